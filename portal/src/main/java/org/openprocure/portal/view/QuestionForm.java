package org.openprocure.portal.view;

import java.util.ArrayList;
import java.util.List;

import jakarta.ws.rs.core.MultivaluedMap;

import org.openprocure.portal.client.EnquiryRequest;
import org.openprocure.portal.client.EnquiryTarget;
import org.openprocure.portal.client.Problem.FieldError;
import org.openprocure.portal.i18n.AppMessages;

/**
 * A supplier's question. The target is one choice: {@code tender}, {@code lot:<lotId>} or
 * {@code item:<lotId>:<itemId>}; an item is always named with its lot, whatever way the service
 * numbers items.
 */
public record QuestionForm(String question, String target, FormProblem problem) {

    public static QuestionForm blank() {
        return new QuestionForm(null, "tender", null);
    }

    public static QuestionForm of(MultivaluedMap<String, String> form) {
        return new QuestionForm(Forms.first(form, "question"), Forms.first(form, "target"), null);
    }

    public QuestionForm refused(FormProblem refusal) {
        return new QuestionForm(question, target, refusal);
    }

    public FormProblem check(AppMessages messages) {
        List<FieldError> errors = new ArrayList<>();
        if (Forms.trimmed(question) == null) {
            errors.add(new FieldError("question", messages.errorQuestion()));
        }
        if (parsedTarget() == null) {
            errors.add(new FieldError("target", messages.errorTarget()));
        }
        return errors.isEmpty() ? null : FormProblem.local(errors);
    }

    public EnquiryRequest toRequest() {
        return new EnquiryRequest(Forms.trimmed(question), parsedTarget());
    }

    private EnquiryTarget parsedTarget() {
        String choice = Forms.trimmed(target);
        if (choice == null || "tender".equals(choice)) {
            return new EnquiryTarget("tender", null, null);
        }
        String[] parts = choice.split(":", -1);
        if (parts.length == 2 && "lot".equals(parts[0]) && !parts[1].isEmpty()) {
            return new EnquiryTarget("lot", parts[1], null);
        }
        if (parts.length == 3 && "item".equals(parts[0]) && !parts[1].isEmpty() && !parts[2].isEmpty()) {
            return new EnquiryTarget("item", parts[1], parts[2]);
        }
        return null;
    }

    public String error(String field) {
        return problem == null ? null : problem.errorFor(field);
    }

    public boolean selected(String choice) {
        String current = Forms.trimmed(target);
        return choice.equals(current == null ? "tender" : current);
    }

    public boolean selectedLot(String lotId) {
        return selected("lot:" + lotId);
    }

    public boolean selectedItem(String lotId, String itemId) {
        return selected("item:" + lotId + ":" + itemId);
    }
}
