package org.openprocure.tender.rest;

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
 * The people of a tender's story, so that one test can follow a tender from the officer's draft
 * through the public's comments to a supplier's question. Each switch gives the following requests
 * the identity that {@code @TestSecurity} + {@code @OidcSecurity} would give them (a token with the
 * {@code org} claim); {@link #anonymous()} sends them without a token.
 */
final class Personas {

    static final String NORTHVALE = "buyer-northvale";
    static final String NORTHVALE_NAME = "Northvale City Council";
    static final String HARBOURSIDE = "buyer-harbourside";
    static final String HARBOURSIDE_NAME = "Harbourside Port Authority";
    static final String ACME = "supplier-acme";
    static final String BRIGHTWAY = "supplier-brightway";

    private Personas() {
    }

    /** An officer of Northvale, the buyer of most tenders in these tests. */
    static void officer() {
        act("officer.anna", "officer", NORTHVALE, NORTHVALE_NAME);
    }

    /** An officer of another buying organisation. */
    static void otherOfficer() {
        act("officer.dmitri", "officer", HARBOURSIDE, HARBOURSIDE_NAME);
    }

    static void supplierAcme() {
        act("supplier.acme", "supplier", ACME, "Acme Roadworks");
    }

    /** A second person of the same supplier. */
    static void supplierAcmeColleague() {
        act("supplier.acme.bids", "supplier", ACME, "Acme Roadworks");
    }

    static void supplierBrightway() {
        act("supplier.brightway", "supplier", BRIGHTWAY, "Brightway Paving");
    }

    static void auditor() {
        act("auditor.aino", "auditor", "audit-office", "National Audit Office");
    }

    static void evaluator() {
        act("evaluator.eva", "evaluator", NORTHVALE, NORTHVALE_NAME);
    }

    /** No token at all: the public. */
    static void anonymous() {
        Arc.container().select(TestIdentityAssociation.class).get().setTestIdentity(null);
    }

    /** Called after each test, so that no identity outlives it. */
    static void reset() {
        anonymous();
    }

    static void act(String user, String role, String org, String orgName) {
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
