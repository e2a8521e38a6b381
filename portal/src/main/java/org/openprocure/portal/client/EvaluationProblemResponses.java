package org.openprocure.portal.client;

import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.rest.client.ext.ResponseExceptionMapper;

/** Turns evaluation-service's error answers into {@link EvaluationServiceException}, keeping the problem document. */
public class EvaluationProblemResponses implements ResponseExceptionMapper<EvaluationServiceException> {

    @Override
    public EvaluationServiceException toThrowable(Response response) {
        String body = null;
        try {
            if (response.hasEntity()) {
                body = response.readEntity(String.class);
            }
        } catch (RuntimeException unreadable) {
            body = null;
        }
        return new EvaluationServiceException(ProblemResponses.problem(response.getStatus(), body));
    }
}
