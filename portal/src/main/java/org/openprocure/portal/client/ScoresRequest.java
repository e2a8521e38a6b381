package org.openprocure.portal.client;

import java.math.BigDecimal;
import java.util.List;

/** A member's scores of one bid: every quality criterion once, 0 to its weight, each with a reason. */
public record ScoresRequest(List<Score> scores) {

    public record Score(String criterion, BigDecimal score, String reason) {
    }
}
