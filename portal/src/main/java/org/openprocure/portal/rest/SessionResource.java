package org.openprocure.portal.rest;

import java.net.URI;

import jakarta.annotation.security.PermitAll;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.Response;

import io.quarkus.security.Authenticated;

/**
 * Logging in and out. The OIDC code flow does the work; these endpoints only decide
 * where the browser lands afterwards.
 */
@Path("/")
public class SessionResource {

    /** Requiring authentication here starts the code flow; once signed in, back to the board. */
    @GET
    @Path("login")
    @Authenticated
    public Response login() {
        return Response.seeOther(URI.create("/")).build();
    }

    /**
     * A signed-in user's logout is handled by the OIDC extension before this method runs
     * ({@code quarkus.oidc.logout.path}); only visitors without a session get here.
     */
    @GET
    @Path("logout")
    @PermitAll
    public Response logout() {
        return Response.seeOther(URI.create("/")).build();
    }
}
