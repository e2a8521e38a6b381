#!/usr/bin/env bash
# Stops the local OpenProcure platform started by start.sh and checks that no process of it
# is left. Safe to run when nothing runs.
set -uo pipefail

SCRIPT_DIR="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
REPO="$(cd "$SCRIPT_DIR/../.." && pwd)"
HOME_DIR="${OPENPROCURE_HOME:-$REPO/.local}"
RUN="$HOME_DIR/run"

alive() {
  local pid="$1" state
  kill -0 "$pid" 2>/dev/null || return 1
  # A zombie has exited already; it only waits to be reaped.
  state="$(sed -E 's/^.*\) (.).*$/\1/' "/proc/$pid/stat" 2>/dev/null || true)"
  [[ "$state" != "Z" ]]
}

# "name pid" lines, read before the supervisor removes the file on a clean stop.
declare -a names=() pids=()
if [[ -f "$RUN/pids" ]]; then
  pids_written=$(stat -c %Y "$RUN/pids")
  while read -r name pid; do
    [[ -n "${pid:-}" ]] || continue
    names+=("$name")
    pids+=("$pid")
  done < "$RUN/pids"
fi

supervisor="$(cat "$RUN/supervisor.pid" 2>/dev/null || true)"
if [[ -n "$supervisor" ]] && alive "$supervisor" \
    && [[ "$(tr '\0' ' ' < "/proc/$supervisor/cmdline" 2>/dev/null)" == *'org.openprocure.stack.LocalStackMain start'* ]]; then
  echo "Stopping OpenProcure (supervisor pid $supervisor)..."
  kill -TERM "$supervisor"
  for _ in $(seq 1 120); do
    alive "$supervisor" || break
    sleep 0.5
  done
  if alive "$supervisor"; then
    echo "Supervisor did not stop within 60 s; killing it (kill -9 $supervisor)"
    kill -9 "$supervisor" 2>/dev/null
  fi
elif [[ ${#pids[@]} -eq 0 ]]; then
  rm -f "$RUN/ready" "$RUN/supervisor.pid"
  echo "OpenProcure is not running; stopped, no process left"
  exit 0
fi

now=$(date +%s)
left=()
for i in "${!pids[@]}"; do
  pid="${pids[$i]}"
  alive "$pid" || continue
  # Only a process that already ran when the pid file was written is ours; a newer one got a
  # reused pid and is left alone.
  elapsed=$(ps -o etimes= -p "$pid" 2>/dev/null | tr -d ' ')
  if [[ -n "$elapsed" ]] && (( elapsed + 2 >= now - pids_written )); then
    echo "Killing leftover ${names[$i]} (pid $pid)"
    kill -9 "$pid" 2>/dev/null
    left+=("$i")
  fi
done

survivors=()
for i in "${left[@]}"; do
  pid="${pids[$i]}"
  for _ in $(seq 1 20); do
    alive "$pid" || break
    sleep 0.5
  done
  if alive "$pid"; then
    survivors+=("${names[$i]} (pid $pid)")
  fi
done

if [[ ${#survivors[@]} -gt 0 ]]; then
  echo "Could not stop: ${survivors[*]}" >&2
  exit 1
fi
rm -f "$RUN/pids" "$RUN/ready" "$RUN/supervisor.pid"
echo "stopped, no process left"
