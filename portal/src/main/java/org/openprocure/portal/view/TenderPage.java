package org.openprocure.portal.view;

import java.time.Instant;
import java.util.List;

import org.openprocure.portal.client.Comment;
import org.openprocure.portal.client.Enquiry;
import org.openprocure.portal.client.Lot;
import org.openprocure.portal.client.TenderView;

/**
 * The public page of one tender. A list is null when tender-service could not give it; the rest of
 * the page still shows. The forms are offered while the tender's stage and the clock allow them.
 */
public record TenderPage(
        TenderView tender,
        List<VersionEntry> versions,
        List<Comment> comments,
        List<Enquiry> enquiries,
        Instant now,
        boolean supplier,
        boolean signedIn,
        CommentForm commentForm,
        QuestionForm questionForm,
        String sent,
        BidSection bidding,
        AwardSection award,
        ResultSection result,
        TimelineSection timeline,
        ContractsSection contracts) {

    public List<String> sections() {
        return CommentForm.SECTIONS;
    }

    public boolean consultation() {
        return "consultation".equals(tender.statusDetails());
    }

    /** Comments are taken during the consultation, until its end date. */
    public boolean consultationOpen() {
        if (!consultation()) {
            return false;
        }
        Instant end = tender.consultationPeriod() == null ? null : tender.consultationPeriod().endDate();
        return end == null || now.isBefore(end);
    }

    /** Questions are taken while tendering, until the enquiry deadline. */
    public boolean enquiriesOpen() {
        if (!"tendering".equals(tender.statusDetails())) {
            return false;
        }
        Instant deadline = tender.enquiryDeadline();
        return deadline == null || now.isBefore(deadline);
    }

    /** Consultation comments exist from the consultation on; a tender published without one has none. */
    public boolean showsComments() {
        return consultation() || tender.consultationPeriod() != null || (comments != null && !comments.isEmpty());
    }

    public String lotTitle(String lotId) {
        Lot lot = tender.lot(lotId);
        return lot == null ? lotId : lot.title();
    }

    public boolean hasConsultationReport() {
        return tender.publishedAt() != null && tender.consultationPeriod() != null;
    }

    public boolean hasNotice() {
        return tender.publishedAt() != null;
    }
}
