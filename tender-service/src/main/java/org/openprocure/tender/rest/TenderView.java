package org.openprocure.tender.rest;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.openprocure.events.Money;
import org.openprocure.events.Organization;
import org.openprocure.events.Period;
import org.openprocure.tender.Award;
import org.openprocure.tender.Tender;
import org.openprocure.tender.TenderDocument;
import org.openprocure.tender.domain.AwardCriteria;
import org.openprocure.tender.domain.CpvCatalogue;
import org.openprocure.tender.domain.CriterionType;
import org.openprocure.tender.domain.ProcurementCategory;
import org.openprocure.tender.domain.ProcurementMethod;

/** A tender as its buyer sees it, and as the public sees it from its consultation on. */
public record TenderView(
        UUID id,
        String ocid,
        String status,
        String statusDetails,
        Organization buyer,
        String title,
        String description,
        ProcurementMethod procurementMethod,
        String procurementMethodRationale,
        ProcurementCategory mainProcurementCategory,
        AwardCriteria awardCriteria,
        List<CriterionView> criteria,
        Money value,
        List<LotView> lots,
        Period consultationPeriod,
        Instant enquiryDeadline,
        Instant submissionDeadline,
        Instant openingDate,
        int bidValidityDays,
        CommitteeView openingCommittee,
        List<DocumentView> documents,
        Integer noticeVersion,
        Instant createdAt,
        Instant publishedAt,
        CancellationView cancellation,
        Counts comments,
        Counts enquiries) {

    public record CriterionView(String name, CriterionType type, int weight) {
    }

    /**
     * A lot; {@code status} {@code active}, {@code cancelled} (with {@code cancellationReason}) or
     * {@code unsuccessful} (with {@code unsuccessfulReason}); {@code award} its latest award, null until
     * one is proposed.
     */
    public record LotView(String id, String title, String description, Money value, String status,
            String cancellationReason, String unsuccessfulReason, List<ItemView> items, AwardView award) {
    }

    /**
     * A lot's award, as OCDS {@code Award}: {@code status} {@code pending} (proposed, in its standstill
     * until {@code standstillEnds}, which is null while complaints are pending), {@code active}
     * (confirmed) or {@code cancelled} (void, with the reason and date); {@code date} that of the
     * decision to award.
     */
    public record AwardView(String awardId, String bidId, Organization supplier, Money value, String status,
            Instant date, Instant standstillEnds, int complaintsPending, Instant confirmedAt,
            CancellationView cancellation) {

        static AwardView of(Award a) {
            return new AwardView(a.awardId, a.bidId, new Organization(a.supplierId, a.supplierName),
                    money(a.valueAmount, a.currency), a.status.code(), a.date(), a.standstillEnds,
                    a.complaintsPending, a.confirmedAt,
                    a.cancelledAt == null ? null : new CancellationView(a.cancellationReason, a.cancelledAt));
        }
    }

    public record ItemView(String id, String description, BigDecimal quantity, String unit,
            ClassificationView classification) {
    }

    /** As OCDS {@code Classification}. */
    public record ClassificationView(String scheme, String id, String description) {
    }

    public record CommitteeView(int threshold, List<MemberView> members) {
    }

    public record MemberView(String username, String name) {
    }

    /** A document; {@code url} is where anyone may fetch it once the tender is public. */
    public record DocumentView(UUID id, String title, String fileName, String documentType, long size, String sha256,
            Instant datePublished, String url) {
    }

    public record CancellationView(String reason, Instant date) {
    }

    /** How many comments or enquiries there are, and how many still wait for an answer. */
    public record Counts(long total, long unanswered) {
    }

    static TenderView of(Tender t, List<TenderDocument> documents, Counts comments, Counts enquiries,
            Map<String, Award> awards) {
        CpvCatalogue cpv = CpvCatalogue.load();
        return new TenderView(t.id, t.ocid, t.stage.ocdsStatus(), t.stage.statusDetails(),
                new Organization(t.buyerId, t.buyerName), t.title, t.description, t.procurementMethod,
                t.procurementMethodRationale, t.mainProcurementCategory, t.awardCriteria,
                t.criteria.stream().map(c -> new CriterionView(c.name, c.type, c.weight)).toList(),
                money(t.estimatedValue(), t.currency),
                t.lots.stream().map(l -> new LotView(l.lotId, l.title, l.description,
                        money(l.estimatedValue, t.currency), l.status, l.cancellationReason, l.unsuccessfulReason,
                        t.items.stream().filter(i -> i.lotId.equals(l.lotId))
                                .map(i -> new ItemView(i.itemId, i.description, i.quantity, i.unit,
                                        new ClassificationView("CPV", i.classification,
                                                cpv.label(i.classification).orElse(null))))
                                .toList(),
                        awards.containsKey(l.lotId) ? AwardView.of(awards.get(l.lotId)) : null))
                        .toList(),
                t.consultationStart == null ? null : new Period(t.consultationStart, t.consultationEnd),
                t.enquiryDeadline, t.submissionDeadline, t.openingDate, t.bidValidityDays,
                new CommitteeView(t.committeeThreshold,
                        t.committee.stream().map(m -> new MemberView(m.username, m.name)).toList()),
                documents.stream().map(d -> new DocumentView(d.id, d.title, d.fileName, d.documentType, d.size,
                        d.sha256, d.addedAt, documentUrl(t, d))).toList(),
                t.noticeVersion, t.createdAt, t.publishedAt,
                t.cancelledAt == null ? null : new CancellationView(t.cancellationReason, t.cancelledAt),
                comments, enquiries);
    }

    private static String documentUrl(Tender t, TenderDocument d) {
        return t.ocid == null ? "/api/tenders/" + t.id + "/documents/" + d.id
                : "/api/notices/" + t.ocid + "/documents/" + d.id;
    }

    private static Money money(BigDecimal amount, String currency) {
        return new Money(amount, currency);
    }
}
