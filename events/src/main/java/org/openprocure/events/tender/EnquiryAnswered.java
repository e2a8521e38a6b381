package org.openprocure.events.tender;

import java.time.Instant;

/** The buyer answered a question; an answer after the enquiry deadline is followed by a {@link SubmissionDeadlineExtended}. */
public record EnquiryAnswered(
        String tenderId, String enquiryId, int number, String answer, Instant answeredAt,
        boolean afterEnquiryDeadline) {
}
