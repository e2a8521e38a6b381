package org.openprocure.bid.sealing;

import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;

/** Repeatable randomness for tests whose data must be the same on every run; production code is given a real one. */
final class SeededRandom {

    private SeededRandom() {
    }

    /** SHA1PRNG seeded before first use produces only what the seed determines. */
    static SecureRandom seeded(long seed) {
        try {
            SecureRandom random = SecureRandom.getInstance("SHA1PRNG");
            random.setSeed(seed);
            return random;
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    static byte[] bytes(SecureRandom random, int length) {
        byte[] bytes = new byte[length];
        random.nextBytes(bytes);
        return bytes;
    }
}
