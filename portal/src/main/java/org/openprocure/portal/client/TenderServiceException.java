package org.openprocure.portal.client;

/**
 * tender-service refused a request. Carries the service's problem document so the page can show
 * the reason and the fields it named next to the form the user filled in.
 */
public class TenderServiceException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final transient Problem problem;

    public TenderServiceException(Problem problem) {
        super("tender-service answered " + problem.status() + ": " + problem.title());
        this.problem = problem;
    }

    public Problem problem() {
        return problem;
    }

    public int status() {
        return problem.status();
    }

    /** A refusal the user can fix on the form: bad input (400, 413, 422) or a step the stage does not allow (409). */
    public boolean userCanFix() {
        int status = status();
        return status == 400 || status == 409 || status == 413 || status == 422;
    }
}
