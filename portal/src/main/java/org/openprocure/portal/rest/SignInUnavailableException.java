package org.openprocure.portal.rest;

/** A login was asked for while the identity provider cannot be reached; the visitor gets a page saying so. */
public class SignInUnavailableException extends RuntimeException {

    public SignInUnavailableException() {
        super("the identity provider cannot be reached", null, false, false);
    }
}
