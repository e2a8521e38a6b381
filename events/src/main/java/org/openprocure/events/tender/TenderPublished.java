package org.openprocure.events.tender;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import org.openprocure.events.Money;
import org.openprocure.events.Organization;
import org.openprocure.events.Period;

/**
 * A tender notice became public, or (inside {@link TenderAmended}) a new version of it. Carries
 * everything bid-service needs to seal bids (the deadline, the opening time and committee) and
 * everything evaluation-service needs to evaluate (lots, award criteria and their weights). Codes
 * ({@code procurementMethod}, {@code mainProcurementCategory}, {@code awardCriteria}) are OCDS
 * codelist values.
 */
public record TenderPublished(
        String tenderId,
        int noticeVersion,
        String title,
        String description,
        Organization buyer,
        String procurementMethod,
        String procurementMethodRationale,
        String mainProcurementCategory,
        String awardCriteria,
        List<Criterion> criteria,
        Money value,
        List<Lot> lots,
        Period consultationPeriod,
        Period tenderPeriod,
        Period enquiryPeriod,
        Instant openingDate,
        int bidValidityDays,
        OpeningCommittee openingCommittee,
        List<Document> documents,
        Instant publishedAt) {

    /**
     * An award criterion of a {@code ratedCriteria} tender: {@code type} {@code price} or {@code
     * quality}; weights sum to 100.
     */
    public record Criterion(String name, String type, int weight) {
    }

    /** A lot: bids are made and awarded per lot. {@code status} is {@code active} or {@code cancelled}. */
    public record Lot(String id, String title, String description, Money value, String status, List<Item> items) {
    }

    /** What is bought, classified by its CPV 2008 code. */
    public record Item(String id, String description, BigDecimal quantity, String unit, Classification classification) {
    }

    /** As OCDS {@code Classification}: scheme {@code CPV}, the code and its label. */
    public record Classification(String scheme, String id, String description) {
    }

    /** The officers who hold key shares; {@code threshold} of them must act together to open bids. */
    public record OpeningCommittee(int threshold, List<Member> members) {
    }

    /** A committee member by user name and display name. */
    public record Member(String username, String name) {
    }

    /**
     * A published document: {@code documentType} is an OCDS code ({@code tenderNotice}, {@code
     * biddingDocuments}, {@code consultationReport}); its SHA-256 lets anyone check a copy.
     */
    public record Document(String id, String documentType, String title, String fileName, long size, String sha256) {
    }
}
