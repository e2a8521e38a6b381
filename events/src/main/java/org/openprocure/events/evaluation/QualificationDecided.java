package org.openprocure.events.evaluation;

import java.util.List;

/**
 * An evaluator qualified or disqualified a bid for one lot, with the reason and the bid's documents
 * the decision rests on (by title, file name and SHA-256, as the opening record lists them). A later
 * decision on the same bid and lot replaces this one; both stay on the record.
 */
public record QualificationDecided(String tenderId, String lotId, String bidId, String bidderId, String bidderName,
        boolean qualified, String reason, List<Document> documents, String decidedBy) {

    public record Document(String title, String fileName, String sha256) {
    }
}
