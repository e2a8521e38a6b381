package org.openprocure.portal.client;

import jakarta.annotation.Priority;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.client.ClientRequestContext;
import jakarta.ws.rs.client.ClientRequestFilter;
import jakarta.ws.rs.core.HttpHeaders;

import io.quarkus.arc.Arc;
import io.quarkus.oidc.AccessTokenCredential;
import io.quarkus.security.identity.SecurityIdentity;

/**
 * Sends the signed-in user's access token from the code flow as the bearer token, as Quarkus's
 * token-propagation extension would (its 3.33.2 parent POM is missing from the registry the build
 * machines reach). Without a signed-in user nothing is added and tender-service answers 401.
 */
@Priority(Priorities.AUTHENTICATION)
public class UserAccessToken implements ClientRequestFilter {

    @Override
    public void filter(ClientRequestContext request) {
        String token = currentAccessToken();
        if (token != null) {
            request.getHeaders().putSingle(HttpHeaders.AUTHORIZATION, "Bearer " + token);
        }
    }

    static String currentAccessToken() {
        SecurityIdentity identity = Arc.container().instance(SecurityIdentity.class).get();
        if (identity == null || identity.isAnonymous()) {
            return null;
        }
        AccessTokenCredential credential = identity.getCredential(AccessTokenCredential.class);
        return credential == null ? null : credential.getToken();
    }
}
