package org.openprocure.portal.client;

import java.time.Instant;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

/** One entry of a notice's version history: 0 the consulted draft, 1 the notice, then each amendment. */
@JsonIgnoreProperties(ignoreUnknown = true)
public record NoticeVersionSummary(int version, String label, String reason, Instant createdAt) {
}
