package org.openprocure.portal.client;

/**
 * evaluation-service refused a request. Carries the service's problem document so the page can show the
 * reason next to the form the user filled in.
 */
public class EvaluationServiceException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final transient Problem problem;

    public EvaluationServiceException(Problem problem) {
        super("evaluation-service answered " + problem.status() + ": " + problem.title());
        this.problem = problem;
    }

    public Problem problem() {
        return problem;
    }

    public int status() {
        return problem.status();
    }

    /**
     * A refusal the user can act on at the form: bad input (400, 413, 422), a step the lot's stage does not
     * allow (409), or a step this member may not take, e.g. an undeclared or recused one (403).
     */
    public boolean userCanFix() {
        int status = status();
        return status == 400 || status == 403 || status == 409 || status == 413 || status == 422;
    }
}
