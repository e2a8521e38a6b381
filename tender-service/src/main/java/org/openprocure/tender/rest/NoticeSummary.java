package org.openprocure.tender.rest;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.openprocure.events.Money;
import org.openprocure.events.Organization;
import org.openprocure.tender.Tender;
import org.openprocure.tender.domain.ProcurementCategory;
import org.openprocure.tender.domain.ProcurementMethod;
import org.openprocure.tender.domain.TenderStatus;

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
        TenderStatus status) {

    static NoticeSummary of(Tender t) {
        return new NoticeSummary(t.ocid, t.id, t.title, new Organization(t.buyerId, t.buyerName),
                t.procurementMethod, t.mainProcurementCategory, new Money(t.estimatedValue(), t.currency),
                t.submissionDeadline, t.publishedAt, t.status);
    }

    /** A page of notices, newest first. */
    public record Page(List<NoticeSummary> items, int page, int size, long total) {
    }
}
