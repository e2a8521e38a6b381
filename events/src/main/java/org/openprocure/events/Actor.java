package org.openprocure.events;

import java.util.Objects;

/**
 * Who caused an event: a role and a pseudonymous id, stable per person and producer. The id never
 * reveals a supplier's identity; payloads name parties only once the law makes them public.
 */
public record Actor(String role, String id) {

    public static final String SYSTEM_ROLE = "system";

    public Actor {
        Objects.requireNonNull(role, "role");
        Objects.requireNonNull(id, "id");
    }

    public static Actor system(String producer) {
        return new Actor(SYSTEM_ROLE, producer);
    }
}
