package org.openprocure.portal.view;

import java.util.List;

import org.openprocure.portal.client.TenderView;

/**
 * The tender form in one of its three uses: {@code create} a draft, {@code edit} a draft, or
 * {@code amend} a published tender (which adds the reason). {@code tender} is null when creating.
 */
public record TenderFormPage(String mode, TenderView tender, TenderForm form) {

    public boolean creating() {
        return "create".equals(mode);
    }

    public boolean amending() {
        return "amend".equals(mode);
    }

    public String action() {
        return switch (mode) {
            case "edit" -> "/officer/tenders/" + tender.id() + "/edit";
            case "amend" -> "/officer/tenders/" + tender.id() + "/amend";
            default -> "/officer/tenders/new";
        };
    }

    public String cancelLink() {
        return tender == null ? "/officer/tenders" : "/officer/tenders/" + tender.id();
    }

    /** The consultation end is a draft's default; once the consultation has opened it is fixed. */
    public boolean asksConsultationEnd() {
        return !amending();
    }

    public List<String> methods() {
        return TenderForm.METHODS;
    }

    public List<String> categories() {
        return TenderForm.CATEGORIES;
    }

    public List<String> awardCriteriaOptions() {
        return TenderForm.AWARD_CRITERIA;
    }

    public List<String> criterionTypes() {
        return TenderForm.CRITERION_TYPES;
    }
}
