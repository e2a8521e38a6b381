package org.openprocure.portal.client;

import java.time.Instant;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

/** A key holder of a tender, as its buyer's officers see them: who, and when they collected their card. */
@JsonIgnoreProperties(ignoreUnknown = true)
public record KeyHolder(int index, String username, String name, Instant collectedAt) {

    public boolean collected() {
        return collectedAt != null;
    }
}
