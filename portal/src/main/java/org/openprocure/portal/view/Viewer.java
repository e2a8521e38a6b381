package org.openprocure.portal.view;

import java.security.Principal;
import java.util.List;

import jakarta.enterprise.context.RequestScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import jakarta.json.JsonString;

import org.eclipse.microprofile.jwt.JsonWebToken;

import io.quarkus.security.identity.SecurityIdentity;

/**
 * Who is looking at the page, as the header shows it. Name and organisation come from the
 * ID token (the principal of the code flow); the access token is the fallback, since a
 * realm may map the organisation claims into one token only.
 */
@Named("viewer")
@RequestScoped
public class Viewer {

    /** The platform's audiences in the order the header prefers when a user holds several. */
    static final List<String> ROLES = List.of("officer", "supplier", "evaluator", "auditor");

    @Inject
    SecurityIdentity identity;

    /** In the code flow the unqualified token is the access token. */
    @Inject
    Instance<JsonWebToken> accessToken;

    public boolean signedIn() {
        return !identity.isAnonymous();
    }

    public String name() {
        if (!signedIn()) {
            return null;
        }
        String name = claim("name");
        if (name == null) {
            name = claim("preferred_username");
        }
        return name == null ? identity.getPrincipal().getName() : name;
    }

    /** Officers get the link to their tenders in the header. */
    public boolean officer() {
        return identity.hasRole("officer");
    }

    public boolean supplier() {
        return identity.hasRole("supplier");
    }

    /** Evaluators get the link to the evaluations whose committee they sit on. */
    public boolean evaluator() {
        return identity.hasRole("evaluator");
    }

    /** Auditors get the link to the audit dashboard. */
    public boolean auditor() {
        return identity.hasRole("auditor");
    }

    /** The user's platform role, or null when the user holds none of them. */
    public String role() {
        if (!signedIn()) {
            return null;
        }
        return ROLES.stream().filter(identity::hasRole).findFirst().orElse(null);
    }

    /**
     * The buying organisation or company the user acts for: its name (claim {@code org_name})
     * when the realm maps one, else its identifier (claim {@code org}).
     */
    public String organisation() {
        if (!signedIn()) {
            return null;
        }
        String name = claim("org_name");
        return name == null ? claim("org") : name;
    }

    /** The organisation's identifier (claim {@code org}), e.g. to tell whether an officer is a contract's buyer. */
    public String organisationId() {
        return signedIn() ? claim("org") : null;
    }

    private String claim(String name) {
        Principal principal = identity.getPrincipal();
        if (principal instanceof JsonWebToken idToken) {
            String value = text(idToken.getClaim(name));
            if (value != null) {
                return value;
            }
        }
        if (accessToken.isResolvable()) {
            JsonWebToken token = accessToken.get();
            if (token != null && token.getRawToken() != null) {
                return text(token.getClaim(name));
            }
        }
        return null;
    }

    private static String text(Object claim) {
        if (claim == null) {
            return null;
        }
        String text = claim instanceof JsonString json ? json.getString() : claim.toString();
        return text.isBlank() ? null : text;
    }
}
