#!/usr/bin/env bash
# Starts the OpenProcure platform locally without Docker: PostgreSQL, Kafka, Keycloak, the
# four services and the portal, supervised by one background JVM. Safe to run again.
#
# Environment:
#   OPENPROCURE_HOME         logs, data and run files (default: <repo>/.local)
#   OPENPROCURE_SKIP_BUILD=1 use the packaged applications as they are
#   OPENPROCURE_DB_URL       external PostgreSQL (JDBC URL of a database to connect to),
#   OPENPROCURE_DB_USER        with OPENPROCURE_DB_USER / OPENPROCURE_DB_PASSWORD
#   OPENPROCURE_DB_PASSWORD    (the user needs CREATEDB); default: embedded PostgreSQL
#   OPENPROCURE_PORT_OFFSET  added to every default port, to run a second stack
#   OPENPROCURE_SERVICE_JVM_OPTIONS  the services' JVM options (default: -Xms64m -Xmx384m -XX:+UseSerialGC;
#                                    contract-service -Xms256m -Xmx1g -XX:+UseSerialGC)
set -euo pipefail

SCRIPT_DIR="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
REPO="$(cd "$SCRIPT_DIR/../.." && pwd)"
HOME_DIR="${OPENPROCURE_HOME:-$REPO/.local}"
mkdir -p "$HOME_DIR/logs" "$HOME_DIR/run"
HOME_DIR="$(cd "$HOME_DIR" && pwd)"
RUN="$HOME_DIR/run"
SUPERVISOR_LOG="$HOME_DIR/logs/supervisor.log"
SERVICES=(tender-service bid-service evaluation-service contract-service portal)
LAUNCHER_CP_FILE="$REPO/deploy/local/target/launcher.classpath"

supervisor_pid() {
  local pid
  pid="$(cat "$RUN/supervisor.pid" 2>/dev/null || true)"
  # The pid must still be our supervisor, not a process that got the number later.
  if [[ -n "$pid" ]] && kill -0 "$pid" 2>/dev/null \
      && [[ "$(tr '\0' ' ' < "/proc/$pid/cmdline" 2>/dev/null)" == *'org.openprocure.stack.LocalStackMain start'* ]]; then
    echo "$pid"
  fi
}

ready_value() {
  grep "^$1=" "$RUN/ready" | head -n1 | cut -d= -f2-
}

launcher_classpath() {
  local jar
  jar="$(ls "$REPO"/deploy/local/target/local-stack-*.jar 2>/dev/null | grep -v -e '-sources' -e '-tests' | head -n1)"
  echo "$(cat "$LAUNCHER_CP_FILE"):$jar"
}

print_summary() {
  local portal keycloak
  portal="$(ready_value portal)"
  keycloak="$(ready_value keycloak)"
  echo
  echo "OpenProcure is running."
  echo
  echo "  Portal                 ${portal:-(not started)}"
  echo "  Keycloak admin console ${keycloak}/admin/   (admin / admin, realm 'procurement')"
  echo "  Swagger UI"
  for service in tender-service bid-service evaluation-service contract-service; do
    local url
    url="$(ready_value "$service" || true)"
    if [[ -n "$url" ]]; then
      printf '    %-20s %s/q/swagger-ui\n' "$service" "$url"
    fi
  done
  echo "  Kafka                  $(ready_value kafka)"
  echo "  PostgreSQL             $(ready_value postgres)"
  echo
  echo "  Demo logins, password 'demo' for all:"
  java -cp "$(launcher_classpath)" org.openprocure.stack.LocalStackMain demo-users --repo "$REPO" 2>/dev/null \
    || echo "    (see deploy/keycloak/procurement-realm.json)"
  echo
  echo "  Logs:  $HOME_DIR/logs/"
  echo "  Data:  $HOME_DIR/data/   (delete it, while stopped, for a fresh start)"
  echo "  Stop:  $REPO/deploy/local/stop.sh"
}

running="$(supervisor_pid)"
if [[ -n "$running" ]]; then
  if [[ -f "$RUN/ready" ]]; then
    echo "OpenProcure is already running (supervisor pid $running)."
    print_summary
  else
    echo "OpenProcure is still starting (supervisor pid $running); follow $SUPERVISOR_LOG"
  fi
  exit 0
fi

needs_build() {
  local oldest="" jar
  for service in "${SERVICES[@]}"; do
    jar="$REPO/$service/target/quarkus-app/quarkus-run.jar"
    [[ -f "$jar" ]] || return 0
    if [[ -z "$oldest" || "$jar" -ot "$oldest" ]]; then
      oldest="$jar"
    fi
  done
  [[ -f "$LAUNCHER_CP_FILE" ]] || return 0
  # Any source or POM newer than the oldest packaged application.
  [[ -n "$(find "$REPO" -path "$REPO/.local" -prune -o -path '*/target' -prune -o -path '*/node_modules' -prune \
      -o -path "$REPO/.git" -prune -o \( -name pom.xml -o -path '*/src/*' \) -type f -newer "$oldest" -print -quit)" ]]
}

if [[ "${OPENPROCURE_SKIP_BUILD:-0}" != "1" ]] && needs_build; then
  echo "Building OpenProcure (mvnw install -DskipTests); this takes a few minutes the first time..."
  (cd "$REPO" && ./mvnw -B -q install -DskipTests)
fi

for service in "${SERVICES[@]}"; do
  if [[ ! -f "$REPO/$service/target/quarkus-app/quarkus-run.jar" ]]; then
    echo "Missing $REPO/$service/target/quarkus-app/quarkus-run.jar; build with: ./mvnw install -DskipTests" >&2
    exit 1
  fi
done
if [[ ! -f "$LAUNCHER_CP_FILE" ]]; then
  echo "Missing $LAUNCHER_CP_FILE; build with: ./mvnw install -DskipTests" >&2
  exit 1
fi

rm -f "$RUN/ready"
echo "Starting OpenProcure (home $HOME_DIR); the first start prepares Keycloak and takes a few minutes..."
echo "==== $(date -u +%FT%TZ) start" >> "$SUPERVISOR_LOG"
# setsid: the supervisor outlives this shell and a Ctrl-C here; it stops on SIGTERM (stop.sh).
setsid nohup java -Xms32m -Xmx256m -Djava.util.logging.manager=org.openprocure.stack.SupervisorLogManager \
  -cp "$(launcher_classpath)" \
  org.openprocure.stack.LocalStackMain start --home "$HOME_DIR" --repo "$REPO" \
  >> "$SUPERVISOR_LOG" 2>&1 < /dev/null &
launched=$!

deadline=$(( $(date +%s) + 1200 ))
last_report=0
until [[ -f "$RUN/ready" ]]; do
  if ! kill -0 "$launched" 2>/dev/null; then
    echo >&2
    echo "OpenProcure failed to start. Last lines of $SUPERVISOR_LOG:" >&2
    tail -n 40 "$SUPERVISOR_LOG" >&2
    failure="$(grep 'failed to start:' "$SUPERVISOR_LOG" | tail -n1 || true)"
    if [[ -n "$failure" ]]; then
      echo >&2
      echo "$failure" >&2
    fi
    exit 1
  fi
  if (( $(date +%s) > deadline )); then
    echo "OpenProcure did not become ready within 20 minutes; see $SUPERVISOR_LOG (stop it with stop.sh)" >&2
    exit 1
  fi
  if (( $(date +%s) - last_report >= 15 )); then
    last_report=$(date +%s)
    echo "  ... $(tail -n1 "$SUPERVISOR_LOG" | cut -c1-150)"
  fi
  sleep 1
done

print_summary
