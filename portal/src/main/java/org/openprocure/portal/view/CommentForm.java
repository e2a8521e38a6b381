package org.openprocure.portal.view;

import java.util.ArrayList;
import java.util.List;

import jakarta.ws.rs.core.MultivaluedMap;

import org.openprocure.portal.client.CommentAuthor;
import org.openprocure.portal.client.CommentRequest;
import org.openprocure.portal.client.CommentTarget;
import org.openprocure.portal.client.Problem.FieldError;
import org.openprocure.portal.i18n.AppMessages;

/**
 * The public consultation comment form. The target is one choice: {@code tender} (the whole draft),
 * {@code section:<name>} or {@code lot:<lotId>}. Name and organisation are optional: a comment with
 * neither is anonymous, and then no author is sent at all.
 */
public record CommentForm(String text, String target, String name, String organisation, FormProblem problem) {

    /** The sections tender-service lets a comment name. */
    public static final List<String> SECTIONS = List.of("description", "procedure", "lots", "items",
            "awardCriteria", "schedule", "openingCommittee", "documents");

    public static CommentForm blank() {
        return new CommentForm(null, "tender", null, null, null);
    }

    public static CommentForm of(MultivaluedMap<String, String> form) {
        return new CommentForm(Forms.first(form, "text"), Forms.first(form, "target"), Forms.first(form, "name"),
                Forms.first(form, "organisation"), null);
    }

    public CommentForm refused(FormProblem refusal) {
        return new CommentForm(text, target, name, organisation, refusal);
    }

    /** The portal's own checks; null when the comment can be sent. */
    public FormProblem check(AppMessages messages) {
        List<FieldError> errors = new ArrayList<>();
        if (Forms.trimmed(text) == null) {
            errors.add(new FieldError("text", messages.errorCommentText()));
        }
        if (parsedTarget() == null) {
            errors.add(new FieldError("target", messages.errorTarget()));
        }
        return errors.isEmpty() ? null : FormProblem.local(errors);
    }

    public CommentRequest toRequest() {
        String authorName = Forms.trimmed(name);
        String authorOrganisation = Forms.trimmed(organisation);
        CommentAuthor author = authorName == null && authorOrganisation == null
                ? null
                : new CommentAuthor(authorName, authorOrganisation);
        return new CommentRequest(Forms.trimmed(text), parsedTarget(), author);
    }

    private CommentTarget parsedTarget() {
        String choice = Forms.trimmed(target);
        if (choice == null || "tender".equals(choice)) {
            return new CommentTarget("tender", null, null);
        }
        if (choice.startsWith("section:") && SECTIONS.contains(choice.substring("section:".length()))) {
            return new CommentTarget("section", choice.substring("section:".length()), null);
        }
        if (choice.startsWith("lot:") && choice.length() > "lot:".length()) {
            return new CommentTarget("lot", null, choice.substring("lot:".length()));
        }
        return null;
    }

    public String error(String field) {
        return problem == null ? null : problem.errorFor(field);
    }

    /** Errors the service raised about the target or the author are shown with those fields. */
    public String targetError() {
        return error("target");
    }

    public String nameError() {
        return problem == null ? null : join(problem.errorFor("author.name"), problem.errorFor("name"));
    }

    public String organisationError() {
        return problem == null ? null : join(problem.errorFor("author.organisation"), problem.errorFor("organisation"));
    }

    public boolean selected(String choice) {
        String current = Forms.trimmed(target);
        return choice.equals(current == null ? "tender" : current);
    }

    public boolean selectedSection(String section) {
        return selected("section:" + section);
    }

    public boolean selectedLot(String lotId) {
        return selected("lot:" + lotId);
    }

    private static String join(String first, String second) {
        if (first == null) {
            return second;
        }
        return second == null ? first : first + " " + second;
    }
}
