package org.openprocure.portal.client;

import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.rest.client.ext.ResponseExceptionMapper;

/** Turns contract-service's error answers into {@link ContractServiceException}, keeping the problem document. */
public class ContractProblemResponses implements ResponseExceptionMapper<ContractServiceException> {

    @Override
    public ContractServiceException toThrowable(Response response) {
        String body = null;
        try {
            if (response.hasEntity()) {
                body = response.readEntity(String.class);
            }
        } catch (RuntimeException unreadable) {
            body = null;
        }
        return new ContractServiceException(ProblemResponses.problem(response.getStatus(), body));
    }
}
