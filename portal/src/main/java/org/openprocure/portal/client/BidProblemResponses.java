package org.openprocure.portal.client;

import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.rest.client.ext.ResponseExceptionMapper;

/** Turns bid-service's error answers into {@link BidServiceException}, keeping the problem document. */
public class BidProblemResponses implements ResponseExceptionMapper<BidServiceException> {

    @Override
    public BidServiceException toThrowable(Response response) {
        String body = null;
        try {
            if (response.hasEntity()) {
                body = response.readEntity(String.class);
            }
        } catch (RuntimeException unreadable) {
            body = null;
        }
        return new BidServiceException(ProblemResponses.problem(response.getStatus(), body));
    }
}
