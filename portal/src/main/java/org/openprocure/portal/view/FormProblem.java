package org.openprocure.portal.view;

import java.util.List;
import java.util.stream.Collectors;

import org.openprocure.portal.client.Problem;
import org.openprocure.portal.client.Problem.FieldError;

/**
 * Why a form was refused, as the page shows it: the service's {@code detail} above the form and
 * each field's message next to that field. Also used for the portal's own checks, which never reach
 * the service.
 */
public record FormProblem(int status, String detail, List<FieldError> errors) {

    public FormProblem {
        errors = errors == null ? List.of() : List.copyOf(errors);
    }

    public static FormProblem of(Problem problem) {
        String detail = problem.detail() != null ? problem.detail() : problem.title();
        return new FormProblem(problem.status(), detail, problem.errors());
    }

    /** Refused by the portal itself: the request was never sent. */
    public static FormProblem local(List<FieldError> errors) {
        return new FormProblem(400, null, errors);
    }

    /**
     * The messages for a field, joined; null when the field is fine. A field also collects the errors
     * of its parts, so {@code target} shows an error the service names {@code target.lotId}.
     */
    public String errorFor(String field) {
        String messages = errors.stream()
                .filter(error -> covers(field, error.field()))
                .map(FieldError::message)
                .collect(Collectors.joining(" "));
        return messages.isEmpty() ? null : messages;
    }

    static boolean covers(String field, String named) {
        if (field == null || named == null) {
            return false;
        }
        return named.equals(field) || named.startsWith(field + ".") || named.startsWith(field + "[");
    }
}
