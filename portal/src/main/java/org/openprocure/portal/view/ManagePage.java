package org.openprocure.portal.view;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.openprocure.portal.client.Comment;
import org.openprocure.portal.client.Enquiry;
import org.openprocure.portal.client.EvaluationOverview;
import org.openprocure.portal.client.KeyHolder;
import org.openprocure.portal.client.Lot;
import org.openprocure.portal.client.TenderView;

/**
 * The officer's page for one tender: what it says, and the steps its stage allows; once published,
 * who of its key holders has collected their card ({@code keyHolders}, null when bid-service could
 * not say), and the evaluation committee from evaluation-service ({@code evaluation}, null when it could not
 * say). {@code done}
 * names the step just taken, for the confirmation; {@code refusal} names the form the service
 * refused, so its reason and the entered values show at that form.
 */
public record ManagePage(
        TenderView tender,
        List<Comment> comments,
        List<Enquiry> enquiries,
        List<KeyHolder> keyHolders,
        EvaluationOverview evaluation,
        Instant now,
        String done,
        Refusal refusal) {

    /** How an answer says the comment was taken into account. */
    public static final List<String> RESOLUTIONS = List.of("accepted", "partiallyAccepted", "rejected");

    /** Stages in which a tender may still be cancelled: everything before the award. */
    private static final Set<String> CANCELLABLE = Set.of("draft", "consultation", "tendering", "tenderingClosed",
            "evaluation");

    /**
     * A refused step: which form ({@code action}) for which comment, enquiry or lot ({@code target},
     * empty for the tender), why, and what the officer had entered.
     */
    public record Refusal(String action, String target, FormProblem problem, Map<String, String> entered) {

        public Refusal {
            target = target == null ? "" : target;
            entered = entered == null ? Map.of() : Map.copyOf(entered);
        }
    }

    private String stage() {
        return tender.statusDetails() == null ? "" : tender.statusDetails();
    }

    public boolean draft() {
        return "draft".equals(stage());
    }

    public boolean consultation() {
        return "consultation".equals(stage());
    }

    /** The terms of a draft can be replaced until publication, also during the consultation. */
    public boolean editable() {
        return draft() || consultation();
    }

    public boolean canUploadDocuments() {
        return editable();
    }

    public boolean canOpenConsultation() {
        return draft();
    }

    public boolean canPublish() {
        return draft() || consultation();
    }

    public boolean canAnswerComments() {
        return consultation();
    }

    public boolean canAnswerEnquiries() {
        return "tendering".equals(stage());
    }

    public boolean canAmend() {
        return "tendering".equals(stage());
    }

    public boolean canCancel() {
        return CANCELLABLE.contains(stage());
    }

    /** Lots can be cancelled one by one only while the tender itself can be. */
    public List<Lot> cancellableLots() {
        return canCancel() ? tender.activeLots() : List.of();
    }

    public boolean hasOcid() {
        return tender.ocid() != null;
    }

    public String lotTitle(String lotId) {
        Lot lot = tender.lot(lotId);
        return lot == null ? lotId : lot.title();
    }

    /** The refusal of this form, or null. */
    public Refusal refusalOf(String action, String target) {
        boolean thisForm = refusal != null && refusal.action().equals(action)
                && refusal.target().equals(target == null ? "" : target);
        return thisForm ? refusal : null;
    }

    public Refusal refusalOf(String action) {
        return refusalOf(action, "");
    }

    /** What the officer entered in a refused form, so nothing typed is lost. */
    public String entered(String action, String target, String field) {
        Refusal of = refusalOf(action, target);
        return of == null ? null : of.entered().get(field);
    }

    public String entered(String action, String field) {
        return entered(action, "", field);
    }

    public String fieldError(String action, String target, String field) {
        Refusal of = refusalOf(action, target);
        return of == null ? null : of.problem().errorFor(field);
    }

    /** An id for a field of a form that repeats on the page (one answer form per comment, …). */
    public String fieldId(String action, String target, String field) {
        return Forms.fieldId(action + "-" + target + "-" + field);
    }

    /** The id of a step's form, so a refusal at the top of the page can link down to it. */
    public String formId(String action, String target) {
        return "form-" + Forms.fieldId(action + "-" + (target == null ? "" : target)).substring("f-".length());
    }

    public String formId(String action) {
        return formId(action, "");
    }

    public String refusedFormId() {
        return refusal == null ? null : formId(refusal.action(), refusal.target());
    }

    public List<String> resolutions() {
        return RESOLUTIONS;
    }

    public String fieldError(String action, String field) {
        return fieldError(action, "", field);
    }

    /** The committee may be named or renamed until the first award proposal, while the tender stands. */
    public boolean canNameCommittee() {
        return evaluation != null && !evaluation.anyProposal() && !"cancelled".equals(evaluation.status())
                && !"concluded".equals(evaluation.status());
    }

    /** The committee form's rows: what was sent when it was refused, else the current committee. */
    public List<CommitteeForm.Row> committeeRows() {
        Refusal refused = refusalOf("committee");
        return CommitteeForm.rows(evaluation, refused == null ? null : refused.entered());
    }
}
