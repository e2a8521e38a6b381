package org.openprocure.tender.rest;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.openprocure.events.Money;
import org.openprocure.events.Organization;
import org.openprocure.tender.domain.ProcurementCategory;
import org.openprocure.tender.domain.ProcurementMethod;
import org.openprocure.tender.service.NoticeSearch;

/** One line of the public notice board. */
public record NoticeSummary(
        String ocid,
        UUID tenderId,
        String title,
        Organization buyer,
        ProcurementMethod procurementMethod,
        ProcurementCategory mainProcurementCategory,
        Money value,
        Instant submissionDeadline,
        Instant publishedAt,
        String status,
        String statusDetails) {

    static NoticeSummary of(NoticeSearch.Line t) {
        return new NoticeSummary(t.ocid(), t.tenderId(), t.title(), new Organization(t.buyerId(), t.buyerName()),
                t.procurementMethod(), t.mainProcurementCategory(), new Money(t.value(), t.currency()),
                t.submissionDeadline(), t.publishedAt() != null ? t.publishedAt() : t.publicSince(),
                t.stage().ocdsStatus(), t.stage().statusDetails());
    }

    /** A page of notices. */
    public record Page(List<NoticeSummary> items, int page, int size, long total) {
    }
}
