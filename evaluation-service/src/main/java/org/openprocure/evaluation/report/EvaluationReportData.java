package org.openprocure.evaluation.report;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import org.openprocure.events.Money;

/**
 * Everything the evaluation report of one lot states, issued with the committee's award proposal (or
 * with the lot's declaration as unsuccessful): who judged, what each declared, how each bid was
 * qualified and scored and why, the abnormally-low procedure, the ranking and the proposal.
 *
 * @param method {@code lowestPrice} or {@code bestPriceQuality}
 * @param winner null when the lot is unsuccessful; then {@code unsuccessfulReason} says why
 * @param standstillEnds null when the lot is unsuccessful
 */
public record EvaluationReportData(
        String ocid,
        String title,
        String buyerName,
        String lotId,
        String lotTitle,
        Money estimate,
        String method,
        Instant issuedAt,
        List<Criterion> criteria,
        List<Member> committee,
        List<Declaration> declarations,
        List<Qualification> qualifications,
        List<Score> scores,
        List<AbnormallyLow> abnormallyLow,
        List<Ranked> ranking,
        List<Excluded> excluded,
        Winner winner,
        String unsuccessfulReason,
        Instant standstillEnds) {

    /** An award criterion: {@code type} {@code price} or {@code quality}; the weight is the maximum score. */
    public record Criterion(String name, String type, int weight) {
    }

    public record Member(String username, String name, boolean chair) {
    }

    /** One evaluator's declaration about one bidder. */
    public record Declaration(String evaluatorName, String bidderName, boolean conflictOfInterest, String statement,
            Instant declaredAt) {
    }

    /** The latest qualification decision on a bid for this lot, with the documents it rests on (titles). */
    public record Qualification(String bidderName, String bidId, boolean qualified, String reason,
            List<String> documents, String decidedByName, Instant decidedAt) {
    }

    /** One evaluator's score of one criterion of one bid, with the reason. */
    public record Score(String bidderName, String bidId, String evaluatorName, String criterion, BigDecimal score,
            int maximum, String reason, Instant submittedAt) {
    }

    /**
     * A bid found abnormally low: why, the bidder's justification (null if none came), and the committee's
     * decision ({@code accepted} null while undecided) with its reason.
     */
    public record AbnormallyLow(String bidderName, String bidId, Money price, List<String> reasons,
            String justification, Boolean accepted, String decisionReason) {
    }

    /** A ranked bid; the scores are null under lowest price. */
    public record Ranked(int rank, String bidderName, String bidId, Money price, BigDecimal priceScore,
            BigDecimal qualityScore, BigDecimal total, Instant receivedAt) {
    }

    /** A bid left out of the ranking and why (disqualified, justification rejected). */
    public record Excluded(String bidderName, String bidId, Money price, String why) {
    }

    public record Winner(String supplierName, String supplierId, String bidId, Money value) {
    }
}
