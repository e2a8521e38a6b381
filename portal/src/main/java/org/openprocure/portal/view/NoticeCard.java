package org.openprocure.portal.view;

import java.util.Locale;

import org.openprocure.portal.client.Notice;

/** A notice as the board shows it: figures already formatted for the reader's locale. */
public record NoticeCard(
        String ocid,
        String title,
        String buyerName,
        String procurementMethod,
        String mainProcurementCategory,
        String estimatedValue,
        String deadlineIso,
        String deadlineText,
        String stage) {

    /** The page of this notice on the portal. */
    public String link() {
        return "/tenders/" + ocid;
    }

    public static NoticeCard of(Notice notice, Locale locale) {
        return new NoticeCard(
                notice.ocid(),
                notice.title(),
                notice.buyer() == null ? null : notice.buyer().name(),
                notice.procurementMethod(),
                notice.mainProcurementCategory(),
                Formats.money(notice.value(), locale),
                notice.submissionDeadline() == null ? null : notice.submissionDeadline().toString(),
                Formats.utcDateTime(notice.submissionDeadline(), locale),
                notice.statusDetails() != null ? notice.statusDetails() : notice.status());
    }
}
