package org.openprocure.support.security;

import io.quarkus.security.Authenticated;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;

/**
 * Who the service takes the caller to be, from their bearer token: user name, realm roles and the
 * organisation they act for. Lets a client check its token against any service, and is the cheapest
 * authenticated request a service answers.
 */
@Path("/api/me")
@Produces(MediaType.APPLICATION_JSON)
@Authenticated
public class WhoAmIResource {

    public record Me(String username, List<String> roles, String organisation, String organisationName) {
    }

    private final CurrentUser user;
    private final SecurityIdentity identity;

    WhoAmIResource(CurrentUser user, SecurityIdentity identity) {
        this.user = user;
        this.identity = identity;
    }

    @GET
    public Me me() {
        String organisation = user.organisation().orElse(null);
        return new Me(user.username(), identity.getRoles().stream().sorted().toList(), organisation,
                organisation == null ? null : user.organisationName());
    }
}
