package org.openprocure.portal.view;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

import jakarta.ws.rs.core.MultivaluedMap;

import org.openprocure.portal.client.CommitteeRequest;
import org.openprocure.portal.client.ComplaintDecision;
import org.openprocure.portal.client.DeclarationRequest;
import org.openprocure.portal.client.JustificationDecision;
import org.openprocure.portal.client.Problem.FieldError;
import org.openprocure.portal.client.QualificationRequest;
import org.openprocure.portal.client.ScoresRequest;
import org.openprocure.portal.client.TextRequest;
import org.openprocure.portal.i18n.EvaluationMessages;

/**
 * Reading the evaluation forms into evaluation-service's requests. The portal checks only what it must
 * convert (numbers, choices) and that required text is there; every rule of the evaluation is the
 * service's. Field names are the service's body paths, so its errors land at the right field.
 */
public final class EvaluationForms {

    /** No form has more rows than this; a longer post is cut here rather than read without end. */
    static final int MAX_ROWS = 200;

    private EvaluationForms() {
    }

    /** The request, or the problem the form has: never both. */
    public record Parsed<T>(T request, FormProblem problem) {

        static <T> Parsed<T> of(T request, List<FieldError> errors) {
            return errors.isEmpty() ? new Parsed<>(request, null) : new Parsed<>(null, FormProblem.local(errors));
        }
    }

    /**
     * One row per bidder: hidden {@code declarations[i].bidderId}, radio {@code declarations[i].conflictOfInterest}
     * (false/true) and {@code declarations[i].statement}.
     */
    public static Parsed<DeclarationRequest> declaration(MultivaluedMap<String, String> form, EvaluationMessages text) {
        List<DeclarationRequest.Declaration> declarations = new ArrayList<>();
        List<FieldError> errors = new ArrayList<>();
        for (int i = 0; i < MAX_ROWS; i++) {
            String row = "declarations[" + i + "]";
            String bidderId = Forms.text(form, row + ".bidderId");
            if (bidderId == null) {
                break;
            }
            String bidder = orElse(Forms.text(form, row + ".bidderName"), bidderId);
            String conflict = Forms.text(form, row + ".conflictOfInterest");
            String statement = Forms.text(form, row + ".statement");
            if (!"true".equals(conflict) && !"false".equals(conflict)) {
                errors.add(new FieldError(row + ".conflictOfInterest", text.errorConflictChoice(bidder)));
            } else if ("true".equals(conflict) && statement == null) {
                errors.add(new FieldError(row + ".statement", text.errorStatement(bidder)));
            }
            declarations.add(new DeclarationRequest.Declaration(bidderId, "true".equals(conflict), statement));
        }
        return Parsed.of(new DeclarationRequest(declarations), errors);
    }

    /** Radio {@code qualified} (true/false), text {@code reason}, checkboxes {@code documents} (SHA-256). */
    public static Parsed<QualificationRequest> qualification(MultivaluedMap<String, String> form,
            EvaluationMessages text) {
        String qualified = Forms.text(form, "qualified");
        List<FieldError> errors = new ArrayList<>();
        if (!"true".equals(qualified) && !"false".equals(qualified)) {
            errors.add(new FieldError("qualified", text.errorQualifiedChoice()));
        }
        String reason = Forms.text(form, "reason");
        if (reason == null) {
            errors.add(new FieldError("reason", text.errorReasonMissing()));
        }
        List<String> documents = form.getOrDefault("documents", List.of()).stream()
                .map(Forms::trimmed).filter(sha -> sha != null).distinct().toList();
        return Parsed.of(new QualificationRequest("true".equals(qualified), reason, documents), errors);
    }

    /** One row per quality criterion: hidden {@code scores[i].criterion}, {@code scores[i].score}, {@code scores[i].reason}. */
    public static Parsed<ScoresRequest> scores(MultivaluedMap<String, String> form, EvaluationMessages text) {
        List<ScoresRequest.Score> scores = new ArrayList<>();
        List<FieldError> errors = new ArrayList<>();
        for (int i = 0; i < MAX_ROWS; i++) {
            String row = "scores[" + i + "]";
            String criterion = Forms.text(form, row + ".criterion");
            if (criterion == null) {
                break;
            }
            String scoreText = Forms.text(form, row + ".score");
            BigDecimal score = null;
            if (scoreText == null) {
                errors.add(new FieldError(row + ".score", text.errorScoreMissing(criterion)));
            } else {
                score = decimal(scoreText);
                if (score == null) {
                    errors.add(new FieldError(row + ".score", text.errorScoreNumber(criterion)));
                }
            }
            String reason = Forms.text(form, row + ".reason");
            if (reason == null) {
                errors.add(new FieldError(row + ".reason", text.errorScoreReason(criterion)));
            }
            scores.add(new ScoresRequest.Score(criterion, score, reason));
        }
        return Parsed.of(new ScoresRequest(scores), errors);
    }

    /** Radio {@code accepted} (true/false) and {@code reason}. */
    public static Parsed<JustificationDecision> justificationDecision(MultivaluedMap<String, String> form,
            EvaluationMessages text) {
        String accepted = Forms.text(form, "accepted");
        List<FieldError> errors = new ArrayList<>();
        if (!"true".equals(accepted) && !"false".equals(accepted)) {
            errors.add(new FieldError("accepted", text.errorDecisionChoice()));
        }
        String reason = Forms.text(form, "reason");
        if (reason == null) {
            errors.add(new FieldError("reason", text.errorReasonMissing()));
        }
        return Parsed.of(new JustificationDecision("true".equals(accepted), reason), errors);
    }

    /** Radio {@code decision} (upheld/dismissed) and {@code reason}. */
    public static Parsed<ComplaintDecision> complaintDecision(MultivaluedMap<String, String> form,
            EvaluationMessages text) {
        String decision = Forms.text(form, "decision");
        List<FieldError> errors = new ArrayList<>();
        if (!"upheld".equals(decision) && !"dismissed".equals(decision)) {
            errors.add(new FieldError("decision", text.errorDecisionChoice()));
        }
        String reason = Forms.text(form, "reason");
        if (reason == null) {
            errors.add(new FieldError("reason", text.errorReasonMissing()));
        }
        return Parsed.of(new ComplaintDecision(decision, reason), errors);
    }

    /** A bidder's justification or complaint: {@code text}. */
    public static Parsed<TextRequest> text(MultivaluedMap<String, String> form, EvaluationMessages text) {
        String body = Forms.text(form, "text");
        List<FieldError> errors = body == null ? List.of(new FieldError("text", text.errorTextMissing())) : List.of();
        return Parsed.of(new TextRequest(body), errors);
    }

    /**
     * Rows {@code members[i].username} and {@code members[i].name} and the radio {@code chair} naming a row.
     * Empty rows are not sent and the rows that are move up, so the service's indexes name the form's rows;
     * {@code compacted} receives the form as sent, for showing it again.
     */
    public static Parsed<CommitteeRequest> committee(MultivaluedMap<String, String> form, EvaluationMessages text,
            java.util.Map<String, String> compacted) {
        List<CommitteeRequest.Member> members = new ArrayList<>();
        List<FieldError> errors = new ArrayList<>();
        String chair = Forms.text(form, "chair");
        boolean chairFound = false;
        for (int i = 0; i < MAX_ROWS; i++) {
            String row = "members[" + i + "]";
            if (!form.containsKey(row + ".username") && !form.containsKey(row + ".name")) {
                break;
            }
            String username = Forms.text(form, row + ".username");
            String name = Forms.text(form, row + ".name");
            if (username == null && name == null) {
                continue;
            }
            int index = members.size();
            String sent = "members[" + index + "]";
            boolean isChair = String.valueOf(i).equals(chair);
            chairFound |= isChair;
            if (username == null) {
                errors.add(new FieldError(sent + ".username", text.errorMemberUsername()));
            }
            if (name == null) {
                errors.add(new FieldError(sent + ".name", text.errorMemberName()));
            }
            members.add(new CommitteeRequest.Member(username, name, isChair));
            compacted.put(sent + ".username", username == null ? "" : username);
            compacted.put(sent + ".name", name == null ? "" : name);
            if (isChair) {
                compacted.put("chair", String.valueOf(index));
            }
        }
        if (members.isEmpty()) {
            errors.add(new FieldError("members", text.errorCommitteeEmpty()));
        } else if (!chairFound) {
            errors.add(new FieldError("chair", text.errorChair()));
        }
        return Parsed.of(new CommitteeRequest(members), errors);
    }

    /** A decimal as people type it: a point or a comma, spaces between thousands. */
    static BigDecimal decimal(String text) {
        String plain = text.replace('\u00a0', ' ').replace(" ", "").replace(',', '.');
        try {
            return new BigDecimal(plain);
        } catch (NumberFormatException notANumber) {
            return null;
        }
    }

    private static String orElse(String value, String fallback) {
        return value == null ? fallback : value;
    }
}
