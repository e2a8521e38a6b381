package org.openprocure.tender.rest;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.openprocure.events.Money;
import org.openprocure.events.Organization;
import org.openprocure.tender.Tender;
import org.openprocure.tender.domain.AwardCriteria;
import org.openprocure.tender.domain.ProcurementCategory;
import org.openprocure.tender.domain.ProcurementMethod;
import org.openprocure.tender.domain.TenderStatus;

/** A tender as its buyer sees it, and as the public sees it once published. */
public record TenderView(
        UUID id,
        String ocid,
        TenderStatus status,
        Organization buyer,
        String title,
        String description,
        ProcurementMethod procurementMethod,
        String procurementMethodRationale,
        ProcurementCategory mainProcurementCategory,
        AwardCriteria awardCriteria,
        Money value,
        List<LotView> lots,
        Instant enquiryDeadline,
        Instant submissionDeadline,
        Instant openingDate,
        int bidValidityDays,
        CommitteeView openingCommittee,
        Integer noticeVersion,
        Instant createdAt,
        Instant publishedAt) {

    public record LotView(String id, String title, String description, Money value) {
    }

    public record CommitteeView(int threshold, List<MemberView> members) {
    }

    public record MemberView(String username, String name) {
    }

    static TenderView of(Tender t) {
        return new TenderView(t.id, t.ocid, t.status, new Organization(t.buyerId, t.buyerName), t.title,
                t.description, t.procurementMethod, t.procurementMethodRationale, t.mainProcurementCategory,
                t.awardCriteria, money(t.estimatedValue(), t.currency),
                t.lots.stream().map(l -> new LotView(l.lotId, l.title, l.description,
                        money(l.estimatedValue, t.currency))).toList(),
                t.enquiryDeadline, t.submissionDeadline, t.openingDate, t.bidValidityDays,
                new CommitteeView(t.committeeThreshold,
                        t.committee.stream().map(m -> new MemberView(m.username, m.name)).toList()),
                t.noticeVersion, t.createdAt, t.publishedAt);
    }

    private static Money money(BigDecimal amount, String currency) {
        return new Money(amount, currency);
    }
}
