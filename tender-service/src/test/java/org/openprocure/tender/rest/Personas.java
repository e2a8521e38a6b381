package org.openprocure.tender.rest;

import org.openprocure.support.testing.TestIdentities;

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
        TestIdentities.anonymous();
    }

    /** Called after each test, so that no identity outlives it. */
    static void reset() {
        anonymous();
    }

    static void act(String user, String role, String org, String orgName) {
        TestIdentities.act(user, role, org, orgName);
    }
}
