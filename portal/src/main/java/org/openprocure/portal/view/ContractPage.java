package org.openprocure.portal.view;

import java.util.List;
import java.util.Map;

import org.openprocure.portal.client.Contract;

/**
 * The public page of one contract and, for an officer of its buyer, the forms its status allows. A refused form
 * is shown again with the service's reason at that form and what the officer entered; the payment form carries a
 * fresh idempotency key each time it is rendered, so the same form sent twice records one payment.
 */
public record ContractPage(Contract contract, boolean officerOfBuyer, String done, Refusal refusal,
        String paymentKey) {

    public static final List<String> FORMS = List.of("sign", "amend", "milestone", "payment", "complete",
            "terminate");

    /** The form that was refused, why, and what was entered in it. */
    public record Refusal(String form, FormProblem problem, Map<String, String> entered) {
    }

    public boolean canSign() {
        return officerOfBuyer && contract.pending();
    }

    /** Amendments, milestones, payments, completion and termination: only while the contract is active. */
    public boolean canManage() {
        return officerOfBuyer && contract.active();
    }

    /** The element id of a form or one of its fields, e.g. {@code contract-amend-value-amount}. */
    public String id(String form, String field) {
        return StepForms.ids("contract", form, field);
    }

    public FormProblem problem(String form) {
        return refusal != null && refusal.form().equals(form) ? refusal.problem() : null;
    }

    public String error(String form, String field) {
        FormProblem problem = problem(form);
        return problem == null ? null : problem.errorFor(field);
    }

    /** What was entered in the refused form, else what the form offers first. */
    public String value(String form, String field) {
        if (refusal != null && refusal.form().equals(form)) {
            String entered = refusal.entered().get(field);
            return entered == null ? "" : entered;
        }
        return switch (form + "." + field) {
            case "sign.value.amount" -> contract.awardValue() == null || contract.awardValue().amount() == null ? ""
                    : contract.awardValue().amount().toPlainString();
            case "sign.period.startDate" -> orEmpty(contract.period() == null ? null
                    : ContractForms.dateInput(contract.period().startDate()));
            case "sign.period.endDate" -> orEmpty(contract.period() == null ? null
                    : ContractForms.dateInput(contract.period().endDate()));
            case "milestone.status" -> "scheduled";
            default -> "";
        };
    }

    public boolean selected(String form, String field, String option) {
        return option != null && option.equals(value(form, field));
    }

    public String milestoneTitle(String milestoneId) {
        Contract.Milestone milestone = milestoneId == null ? null : contract.milestone(milestoneId);
        return milestone == null ? milestoneId : milestone.title();
    }

    public List<String> milestoneStatuses() {
        return ContractForms.MILESTONE_STATUSES;
    }

    /** A signed contract's PDF, passed through the portal. */
    public String documentLink() {
        return "/contracts/" + contract.contractId() + "/document.pdf";
    }

    public String summaryLink() {
        return "/contracts/" + contract.contractId() + "/summary.pdf";
    }

    /** The change against the awarded value goes up (+), down (−) or nowhere. */
    public String changeSign() {
        if (contract.cumulativeChange() == null || contract.cumulativeChange().amount() == null) {
            return "";
        }
        return contract.cumulativeChange().amount().signum() > 0 ? "+" : "";
    }

    public boolean terminatedEarly() {
        return "terminatedEarly".equals(contract.statusDetails());
    }

    public boolean completed() {
        return "completed".equals(contract.statusDetails());
    }

    private static String orEmpty(String text) {
        return text == null ? "" : text;
    }
}
