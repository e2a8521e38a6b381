package org.openprocure.bid.sealing;

import java.security.GeneralSecurityException;

/** Looks up JDK algorithms that every Java 17 runtime must provide, so their absence is a broken runtime, not input. */
final class Crypto {

    interface Lookup<T> {
        T get() throws GeneralSecurityException;
    }

    private Crypto() {
    }

    static <T> T instance(Lookup<T> lookup) {
        try {
            return lookup.get();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("this Java runtime lacks a standard algorithm: " + e.getMessage(), e);
        }
    }
}
