package org.openprocure.bid.sealing;

import java.io.ByteArrayOutputStream;
import java.security.InvalidKeyException;
import java.util.Arrays;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * HKDF with HMAC-SHA256 (RFC 5869), which the JDK does not offer before Java 24: turns an X25519 shared secret,
 * which is not uniformly random, into a key for AES.
 */
final class Hkdf {

    private static final int HASH_LENGTH = 32;

    private Hkdf() {
    }

    static byte[] derive(byte[] salt, byte[] inputKeyMaterial, byte[] info, int length) {
        byte[] pseudoRandomKey = extract(salt, inputKeyMaterial);
        try {
            return expand(pseudoRandomKey, info, length);
        } finally {
            Arrays.fill(pseudoRandomKey, (byte) 0);
        }
    }

    static byte[] extract(byte[] salt, byte[] inputKeyMaterial) {
        byte[] key = salt == null || salt.length == 0 ? new byte[HASH_LENGTH] : salt;
        return hmac(key).doFinal(inputKeyMaterial);
    }

    static byte[] expand(byte[] pseudoRandomKey, byte[] info, int length) {
        if (length < 1 || length > 255 * HASH_LENGTH) {
            throw new IllegalArgumentException("HKDF-SHA256 yields 1 to " + 255 * HASH_LENGTH + " bytes, not "
                    + length);
        }
        Mac mac = hmac(pseudoRandomKey);
        ByteArrayOutputStream output = new ByteArrayOutputStream(length + HASH_LENGTH);
        byte[] block = new byte[0];
        for (int counter = 1; output.size() < length; counter++) {
            mac.update(block);
            mac.update(info);
            mac.update((byte) counter);
            block = mac.doFinal();
            output.writeBytes(block);
        }
        return Arrays.copyOf(output.toByteArray(), length);
    }

    private static Mac hmac(byte[] key) {
        Mac mac = Crypto.instance(() -> Mac.getInstance("HmacSHA256"));
        try {
            mac.init(new SecretKeySpec(key, "HmacSHA256"));
        } catch (InvalidKeyException e) {
            throw new IllegalStateException("HMAC-SHA256 refused a key of " + key.length + " bytes", e);
        }
        return mac;
    }
}
