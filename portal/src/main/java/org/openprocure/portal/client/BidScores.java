package org.openprocure.portal.client;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.databind.JsonNode;

/**
 * Every member's scores of one bid, once all scoring members have submitted ({@code complete}); until
 * then only the caller's own. {@code waitingFor} is read as the service sends it: a count, or the members
 * still to score.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record BidScores(boolean complete, JsonNode waitingFor, List<EvaluatorScore> scores) {

    public BidScores {
        scores = scores == null ? List.of() : List.copyOf(scores);
    }

    /** How many members have still to submit. */
    public int waitingCount() {
        if (waitingFor == null || waitingFor.isNull()) {
            return 0;
        }
        if (waitingFor.isArray()) {
            return waitingFor.size();
        }
        return waitingFor.asInt();
    }

    /** Who has still to submit, when the service names them; empty otherwise. */
    public List<String> waitingNames() {
        List<String> names = new ArrayList<>();
        if (waitingFor != null && waitingFor.isArray()) {
            for (JsonNode member : waitingFor) {
                names.add(member.isTextual() ? member.asText()
                        : member.path("name").asText(member.path("username").asText()));
            }
        }
        return names;
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record EvaluatorScore(String username, String name, String criterion, BigDecimal score, BigDecimal maximum,
            String reason, Instant submittedAt) {
    }
}
