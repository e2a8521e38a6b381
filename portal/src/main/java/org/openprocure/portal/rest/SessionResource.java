package org.openprocure.portal.rest;

import java.net.URI;

import jakarta.annotation.security.PermitAll;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.Response;

import io.quarkus.security.UnauthorizedException;
import io.quarkus.security.identity.SecurityIdentity;

/**
 * Logging in and out. The OIDC code flow does the work; these endpoints only decide
 * where the browser lands afterwards, and keep it here when the identity provider is down.
 */
@Path("/")
public class SessionResource {

    @Inject
    SecurityIdentity identity;

    @Inject
    SignInAvailability signIn;

    /**
     * Signed in: back to the board. Otherwise the code flow starts (the OIDC extension answers the refusal
     * with the redirect to Keycloak, and brings the browser back here signed in) — unless Keycloak cannot be
     * reached, when the visitor gets a page saying that sign-in is unavailable and public pages still work.
     */
    @GET
    @Path("login")
    @PermitAll
    public Response login() {
        if (!identity.isAnonymous()) {
            return Response.seeOther(URI.create("/")).build();
        }
        if (!signIn.available()) {
            throw new SignInUnavailableException();
        }
        throw new UnauthorizedException();
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
