package org.openprocure.support.testing;

import io.quarkus.arc.Arc;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.runtime.QuarkusPrincipal;
import io.quarkus.security.runtime.QuarkusSecurityIdentity;
import io.quarkus.test.security.TestIdentityAssociation;
import io.quarkus.test.security.TestSecurityIdentityAugmentor;
import io.quarkus.test.security.oidc.Claim;
import io.quarkus.test.security.oidc.ClaimType;
import io.quarkus.test.security.oidc.ConfigMetadata;
import io.quarkus.test.security.oidc.OidcSecurity;
import io.quarkus.test.security.oidc.TokenIntrospection;
import io.quarkus.test.security.oidc.UserInfo;
import java.lang.annotation.Annotation;
import java.util.ArrayList;
import java.util.List;

/**
 * Gives the following requests of a component test the identity that {@code @TestSecurity} +
 * {@code @OidcSecurity} would give them — a user with one role and a token carrying the {@code org}
 * (and {@code org_name}) claims — so that one test can switch between the people of a story;
 * {@link #anonymous()} sends them without a token.
 */
public final class TestIdentities {

    private TestIdentities() {
    }

    /** No token at all: the public. */
    public static void anonymous() {
        Arc.container().select(TestIdentityAssociation.class).get().setTestIdentity(null);
    }

    public static void act(String user, String role, String org, String orgName) {
        SecurityIdentity identity = QuarkusSecurityIdentity.builder()
                .setPrincipal(new QuarkusPrincipal(user))
                .addRole(role)
                .build();
        List<Claim> claims = new ArrayList<>();
        claims.add(new ClaimLiteral("org", org));
        if (orgName != null) {
            claims.add(new ClaimLiteral("org_name", orgName));
        }
        Annotation[] annotations = {new OidcSecurityLiteral(claims.toArray(Claim[]::new))};
        SecurityIdentity withToken = Arc.container().select(TestSecurityIdentityAugmentor.class).get()
                .augment(identity, annotations);
        Arc.container().select(TestIdentityAssociation.class).get().setTestIdentity(withToken);
    }

    @SuppressWarnings("ClassExplicitlyAnnotation")
    private record ClaimLiteral(String key, String value) implements Claim {
        @Override
        public ClaimType type() {
            return ClaimType.STRING;
        }

        @Override
        public Class<? extends Annotation> annotationType() {
            return Claim.class;
        }
    }

    @SuppressWarnings("ClassExplicitlyAnnotation")
    private record OidcSecurityLiteral(Claim[] claims) implements OidcSecurity {
        @Override
        public boolean introspectionRequired() {
            return false;
        }

        @Override
        public TokenIntrospection[] introspection() {
            return new TokenIntrospection[0];
        }

        @Override
        public UserInfo[] userinfo() {
            return new UserInfo[0];
        }

        @Override
        public ConfigMetadata[] config() {
            return new ConfigMetadata[0];
        }

        @Override
        public Class<? extends Annotation> annotationType() {
            return OidcSecurity.class;
        }
    }
}
