package org.openprocure.bid.rest;

import org.openprocure.support.testing.TestIdentities;

/** Switches the identity of the following requests, as @TestSecurity + @OidcSecurity would, within one test. */
final class Personas {

    private Personas() {
    }

    static void supplier(String user, String org) {
        act(user, "supplier", org, null);
    }

    static void officer(String user, String org) {
        act(user, "officer", org, null);
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
