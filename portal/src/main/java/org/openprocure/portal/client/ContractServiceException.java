package org.openprocure.portal.client;

/**
 * contract-service refused a request. Carries the service's problem document so the contract page can show
 * the reason at the form the officer filled in.
 */
public class ContractServiceException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final transient Problem problem;

    public ContractServiceException(Problem problem) {
        super("contract-service answered " + problem.status() + ": " + problem.title());
        this.problem = problem;
    }

    public Problem problem() {
        return problem;
    }

    public int status() {
        return problem.status();
    }

    /**
     * A refusal the officer can act on at the form: bad input (400, 413, 422), a step the contract's status
     * does not allow (409), or a contract of another buyer (403).
     */
    public boolean userCanFix() {
        int status = status();
        return status == 400 || status == 403 || status == 409 || status == 413 || status == 422;
    }
}
