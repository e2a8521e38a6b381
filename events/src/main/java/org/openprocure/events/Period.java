package org.openprocure.events;

import java.time.Instant;

/** As OCDS {@code Period}: both ends in UTC. */
public record Period(Instant startDate, Instant endDate) {
}
