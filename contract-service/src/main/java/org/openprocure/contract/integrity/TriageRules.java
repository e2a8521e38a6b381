package org.openprocure.contract.integrity;

import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A report's statuses and the triage steps between them: {@code received} → {@code underReview} →
 * {@code referred} (handed to the body that can act on it) → {@code closed}. A report can be closed from
 * any open status (unfounded, out of scope, dealt with); a closed report stays closed.
 */
public final class TriageRules {

    public static final String RECEIVED = "received";
    public static final String UNDER_REVIEW = "underReview";
    public static final String REFERRED = "referred";
    public static final String CLOSED = "closed";

    public static final List<String> STATUSES = List.of(RECEIVED, UNDER_REVIEW, REFERRED, CLOSED);

    private static final Map<String, Set<String>> NEXT = Map.of(
            RECEIVED, Set.of(UNDER_REVIEW, CLOSED),
            UNDER_REVIEW, Set.of(REFERRED, CLOSED),
            REFERRED, Set.of(CLOSED),
            CLOSED, Set.of());

    private TriageRules() {
    }

    public static boolean isStatus(String status) {
        return NEXT.containsKey(status);
    }

    public static boolean allows(String from, String to) {
        return NEXT.getOrDefault(from, Set.of()).contains(to);
    }

    /** The statuses a report in {@code from} can be moved to, in the order of the flow. */
    public static List<String> next(String from) {
        Set<String> next = NEXT.getOrDefault(from, Set.of());
        return STATUSES.stream().filter(next::contains).toList();
    }
}
