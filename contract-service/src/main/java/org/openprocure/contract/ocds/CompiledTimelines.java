package org.openprocure.contract.ocds;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * The compiled timelines of the processes whose events came in last, each with the events it holds in timeline
 * order, so that the release of a process's next event does not compile its history again. A timeline is lent
 * out whole ({@link #take}) and handed back after the event ({@link #keep}): two threads never share one, and one
 * that fails on the way is simply not kept. A timeline counts only for exactly the events it was compiled from:
 * when another event came in before it on the process's timeline (a late topic, another replica), it is not used.
 */
final class CompiledTimelines {

    private record Entry(List<UUID> events, ReleaseCompiler.Timeline timeline) {
    }

    private final Map<String, Entry> byOcid;

    CompiledTimelines(int capacity) {
        byOcid = new LinkedHashMap<>(capacity * 4 / 3 + 1, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<String, Entry> eldest) {
                return size() > capacity;
            }
        };
    }

    /** The process's timeline compiled from exactly these events, in this order, if one is kept; no longer kept. */
    synchronized ReleaseCompiler.Timeline take(String ocid, List<UUID> events) {
        Entry entry = byOcid.remove(ocid);
        return entry != null && entry.events().equals(events) ? entry.timeline() : null;
    }

    /** Keeps the process's timeline, compiled from these events in this order. */
    synchronized void keep(String ocid, List<UUID> events, ReleaseCompiler.Timeline timeline) {
        byOcid.put(ocid, new Entry(List.copyOf(events), timeline));
    }
}
