package org.openprocure.tender.domain;

import java.time.Instant;
import java.util.Objects;

/**
 * The dates that bind bidders: the end of the consultation (when one is held), the end of
 * enquiries, the submission deadline and the opening time.
 */
public record Schedule(Instant consultationEnd, Instant enquiryDeadline, Instant submissionDeadline,
        Instant openingDate) {

    public Schedule {
        Objects.requireNonNull(enquiryDeadline, "enquiryDeadline");
        Objects.requireNonNull(submissionDeadline, "submissionDeadline");
        Objects.requireNonNull(openingDate, "openingDate");
    }

    public Schedule withConsultationEnd(Instant end) {
        return new Schedule(end, enquiryDeadline, submissionDeadline, openingDate);
    }

    /**
     * The deadline moved to {@code newDeadline} when that is later; the opening moves with it, so
     * the time between deadline and opening stays what the buyer set.
     */
    public Schedule withDeadlineAtLeast(Instant newDeadline) {
        if (!newDeadline.isAfter(submissionDeadline)) {
            return this;
        }
        java.time.Duration openingGap = java.time.Duration.between(submissionDeadline, openingDate);
        return new Schedule(consultationEnd, enquiryDeadline, newDeadline, newDeadline.plus(openingGap));
    }
}
