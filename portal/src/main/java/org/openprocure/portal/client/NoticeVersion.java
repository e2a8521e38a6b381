package org.openprocure.portal.client;

import java.time.Instant;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.databind.JsonNode;

/** The terms as they stood in one version and what changed from the version before it. */
@JsonIgnoreProperties(ignoreUnknown = true)
public record NoticeVersion(
        int version,
        String label,
        String reason,
        Instant createdAt,
        JsonNode terms,
        List<Change> changes) {

    public NoticeVersion {
        changes = changes == null ? List.of() : List.copyOf(changes);
    }
}
