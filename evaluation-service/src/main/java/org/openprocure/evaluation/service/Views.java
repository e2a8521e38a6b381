package org.openprocure.evaluation.service;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.openprocure.events.Money;
import org.openprocure.events.Organization;

/** What the evaluation API shows, shape by shape (see the service's README). */
public final class Views {

    private Views() {
    }

    public record Evaluation(String ocid, String tenderId, String buyerId, String buyerName, String title,
            String awardCriteria, int lotCount, Instant openingDate, String status, Instant openedAt, Integer bidCount,
            List<Criterion> criteria, List<Member> committee, Me me, List<Lot> lots) {
    }

    public record Criterion(String name, String type, int weight) {
    }

    public record Member(String username, String name, boolean chair, boolean declared, boolean recused) {
    }

    public record Me(boolean member, boolean chair, boolean declared, boolean recused) {
    }

    public record Lot(String lotId, String title, Money estimate, String status, Award award,
            String unsuccessfulReason) {
    }

    public record Award(String awardId, String bidId, Organization supplier, Money value, String status,
            Instant proposedAt, Instant standstillEnds, Instant confirmedAt, List<Complaint> complaints) {
    }

    public record Complaint(int number, Organization complainant, String text, Instant filedAt, String decision,
            String reason, Instant decidedAt) {
    }

    public record Bidder(String bidderId, String bidderName) {
    }

    public record MemberDeclaration(String username, String name, boolean recused, Instant declaredAt,
            List<BidderDeclaration> declarations) {
    }

    public record BidderDeclaration(String bidderId, String bidderName, boolean conflictOfInterest, String statement) {
    }

    public record Bid(String bidId, String bidderId, String bidderName, Instant receivedAt, String envelopeSha256,
            List<BidLot> lots, List<Answer> answers, List<Document> documents, MyScores myScores) {
    }

    public record BidLot(String lotId, Money price, Qualification qualification) {
    }

    public record Qualification(boolean qualified, String reason, List<Document> documents, String decidedBy,
            Instant decidedAt) {
    }

    public record Answer(String criterion, String text) {
    }

    public record Document(String title, String fileName, String sha256) {
    }

    public record MyScores(Instant submittedAt, List<ScoreLine> scores) {
    }

    public record ScoreLine(String criterion, BigDecimal score, int maximum, String reason) {
    }

    public record Scores(boolean complete, List<String> waitingFor, List<Score> scores) {
    }

    public record Score(String username, String name, String criterion, BigDecimal score, int maximum, String reason,
            Instant submittedAt) {
    }

    public record Ranking(String lotId, String method, String status, List<String> missing, List<Ranked> ranked,
            List<Excluded> excluded, List<AbnormallyLow> abnormallyLow) {
    }

    public record Ranked(int rank, String bidId, String bidderName, Money price, BigDecimal priceScore,
            BigDecimal qualityScore, BigDecimal total, Map<String, BigDecimal> qualityByCriterion, Instant receivedAt) {
    }

    public record Excluded(String bidId, String bidderName, Money price, String why) {
    }

    public record AbnormallyLow(String bidId, String bidderName, Money price, List<String> reasons, String stage,
            Instant requestedAt, String justification, Instant justifiedAt, String decisionReason) {
    }

    public record MyResult(String ocid, String title, String bidderId, String bidId, List<MyLot> lots) {
    }

    public record MyLot(String lotId, String title, String status, MyQualification qualification, Integer rank,
            int rankedBids, MyAbnormallyLow abnormallyLow, MyAward award, boolean canComplain) {
    }

    public record MyQualification(boolean qualified, String reason) {
    }

    public record MyAbnormallyLow(List<String> reasons, Instant requestedAt, String justification, Boolean accepted,
            String decisionReason) {
    }

    public record MyAward(String awardId, String bidId, Organization supplier, Money value, String status,
            Instant proposedAt, Instant standstillEnds, Instant confirmedAt, List<Complaint> complaints, boolean mine) {
    }

    public record PublicAwards(String ocid, String title, String buyerName, String status, List<PublicLot> lots) {
    }

    public record PublicLot(String lotId, String title, String status, PublicAward award, String unsuccessfulReason,
            String reportUrl, String noticeUrl) {
    }

    public record PublicAward(String awardId, Organization supplier, Money value, String status, Instant proposedAt,
            Instant standstillEnds, Instant confirmedAt, int complaints) {
    }

    /** A stored PDF and its name for download. */
    public record Pdf(String fileName, byte[] bytes) {
    }
}
