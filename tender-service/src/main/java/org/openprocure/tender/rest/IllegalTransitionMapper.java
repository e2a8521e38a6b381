package org.openprocure.tender.rest;

import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;
import org.openprocure.support.problem.Problem;
import org.openprocure.tender.domain.IllegalTransitionException;

/** A step the tender's stage or the clock does not allow: 409, with the reason and the current stage. */
public class IllegalTransitionMapper {

    @ServerExceptionMapper
    public Response illegalTransition(IllegalTransitionException e, UriInfo uri) {
        Problem problem = new Problem("about:blank", "Not allowed now", 409,
                e.getMessage() + " (the tender is " + e.stage().statusDetails() + ").", uri.getPath(), null);
        return Response.status(409).type(Problem.MEDIA_TYPE).entity(problem).build();
    }
}
