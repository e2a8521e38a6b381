package org.openprocure.portal.client;

import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.rest.client.ext.ResponseExceptionMapper;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Turns tender-service's error answers into {@link TenderServiceException}, keeping the problem
 * document. Bodies that are not problem JSON (a proxy's HTML page, an empty 502) still give the status.
 */
public class ProblemResponses implements ResponseExceptionMapper<TenderServiceException> {

    private static final ObjectMapper JSON = new ObjectMapper()
            .configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false);

    @Override
    public TenderServiceException toThrowable(Response response) {
        String body = null;
        try {
            if (response.hasEntity()) {
                body = response.readEntity(String.class);
            }
        } catch (RuntimeException unreadable) {
            body = null;
        }
        return new TenderServiceException(problem(response.getStatus(), body));
    }

    static Problem problem(int status, String body) {
        if (body != null && !body.isBlank()) {
            try {
                Problem parsed = JSON.readValue(body, Problem.class);
                return new Problem(parsed.title(), status, parsed.detail(), parsed.errors());
            } catch (java.io.IOException notAProblemDocument) {
                // Fall through: the status alone still tells the page what happened.
            }
        }
        return new Problem(null, status, null, null);
    }
}
