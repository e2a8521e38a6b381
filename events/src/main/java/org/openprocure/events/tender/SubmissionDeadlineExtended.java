package org.openprocure.events.tender;

import java.time.Instant;
import org.openprocure.events.Period;

/**
 * The submission deadline moved later, and the opening with it, so bidders have time to act on new
 * information. {@code reason}: {@code lateEnquiryAnswer} (an answer given after the enquiry
 * deadline) or {@code unansweredEnquiries} (questions still open when enquiries closed). The notice
 * is re-issued with the new dates as {@code noticeVersion}.
 */
public record SubmissionDeadlineExtended(
        String tenderId, int noticeVersion, String reason, Instant previousDeadline, Period tenderPeriod,
        Instant openingDate) {
}
