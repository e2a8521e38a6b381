package org.openprocure.tender.pdf;

import java.time.Instant;
import java.util.List;

/**
 * What the consultation report PDF prints, already resolved to plain values, so the report can be
 * rendered and tested without the entities it was gathered from.
 */
public record ConsultationReport(String ocid, String title, String buyerName, Instant consultationStart,
        Instant consultationEnd, Instant publishedAt, List<Comment> comments, List<Change> changes) {
    /** target: "Whole draft", "Section: Award criteria", "Lot lot-2: Road markings" etc., already worded. */
    public record Comment(int number, String target, String authorName, String authorOrganisation, Instant postedAt,
            String text, String hiddenReason, String resolution, String answer, Instant answeredAt) {}
    /**
     * One changed field between the consulted draft and the published text; before/after may be null
     * (added/removed).
     */
    public record Change(String field, String before, String after) {}
}
