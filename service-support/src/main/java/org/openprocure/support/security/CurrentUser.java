package org.openprocure.support.security;

import io.quarkus.security.identity.SecurityIdentity;
import jakarta.enterprise.context.RequestScoped;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.Locale;
import java.util.Optional;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.eclipse.microprofile.jwt.JsonWebToken;
import org.openprocure.events.Actor;
import org.openprocure.support.config.PlatformConfig;
import org.openprocure.support.problem.ProblemException;

/**
 * The caller as the bearer token describes them: user name, realm roles and the organisation
 * (claim {@code org}) they act for.
 */
@RequestScoped
public class CurrentUser {

    public static final String ORG_CLAIM = "org";
    public static final String ORG_NAME_CLAIM = "org_name";

    private final SecurityIdentity identity;
    private final JsonWebToken token;
    private final PlatformConfig config;

    CurrentUser(SecurityIdentity identity, JsonWebToken token, PlatformConfig config) {
        this.identity = identity;
        this.token = token;
        this.config = config;
    }

    public String username() {
        String preferred = token.getClaim("preferred_username");
        return preferred != null ? preferred : identity.getPrincipal().getName();
    }

    public Optional<String> organisation() {
        Object org = token.getClaim(ORG_CLAIM);
        return org == null || org.toString().isBlank() ? Optional.empty() : Optional.of(org.toString());
    }

    /** The public name of the caller's organisation, when the token carries it; else its identifier. */
    public String organisationName() {
        Object name = token.getClaim(ORG_NAME_CLAIM);
        return name == null || name.toString().isBlank() ? requireOrganisation() : name.toString();
    }

    /** The caller's organisation; a token without one may not act for any organisation. */
    public String requireOrganisation() {
        return organisation().orElseThrow(() ->
                ProblemException.forbidden("Your token names no organisation (claim 'org')."));
    }

    public boolean hasRole(String role) {
        return identity.hasRole(role);
    }

    /** The caller as the actor of an event: role and a pseudonym that does not reveal who they are. */
    public Actor actor(String role) {
        return new Actor(role, pseudonym(username()));
    }

    /**
     * The caller's organisation under a pseudonym that is stable within {@code scope} (e.g. one
     * tender) and unrelated across scopes, such as {@code Supplier 4F7A2C}: the same supplier is
     * recognisable within a tender's Q&A without anyone learning who it is.
     */
    public String organisationPseudonym(String label, String scope) {
        return label + " " + hmac(scope + '\0' + requireOrganisation().toLowerCase(Locale.ROOT)).substring(0, 6)
                .toUpperCase(Locale.ROOT);
    }

    String pseudonym(String username) {
        // Per producer: the same person has unrelated pseudonyms in different services' events.
        return "p-" + hmac(config.producer() + '\0' + username.toLowerCase(Locale.ROOT)).substring(0, 16);
    }

    private String hmac(String subject) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(config.actors().pseudonymKey().getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            byte[] digest = mac.doFinal(subject.getBytes(StandardCharsets.UTF_8));
            return java.util.HexFormat.of().formatHex(digest, 0, 8);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is in every Java runtime", e);
        }
    }
}
