package org.openprocure.portal.client;

/**
 * bid-service refused a request. Carries the service's problem document so the page can show the
 * reason and the fields it named next to the form the user filled in.
 */
public class BidServiceException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final transient Problem problem;

    public BidServiceException(Problem problem) {
        super("bid-service answered " + problem.status() + ": " + problem.title());
        this.problem = problem;
    }

    public Problem problem() {
        return problem;
    }

    public int status() {
        return problem.status();
    }

    /**
     * A refusal the user can act on at the form: bad input (400, 413, 422), a step the moment does not
     * allow (409, e.g. after the deadline), or a key card that is not the caller's (403).
     */
    public boolean userCanFix() {
        int status = status();
        return status == 400 || status == 403 || status == 409 || status == 413 || status == 422;
    }
}
