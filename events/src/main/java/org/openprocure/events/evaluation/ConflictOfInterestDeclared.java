package org.openprocure.events.evaluation;

import java.util.List;

/**
 * An evaluator declared, for every bidder of the tender, whether they have a conflict of interest. One
 * conflict recuses them from the whole evaluation ({@code recused}): they see nothing further. The
 * statement explains a conflict; it may be null where there is none.
 */
public record ConflictOfInterestDeclared(String tenderId, String evaluator, String evaluatorName,
        List<Declaration> declarations, boolean recused) {

    public record Declaration(String bidderId, String bidderName, boolean conflictOfInterest, String statement) {
    }
}
