package org.openprocure.contract.integrity;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.Locale;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Follow-up codes and report references. A code is 24 characters of Crockford's base32 (120 random bits
 * from {@link SecureRandom}), shown in groups of four; the server keeps only its HMAC-SHA256 under a
 * pepper from the configuration, so neither a database dump nor a guess without the pepper finds a
 * report. A keyed hash is enough here (no slow hash needed): the codes are random, not chosen by people.
 */
public final class FollowUpCodes {

    /** Crockford's base32: no I, L, O or U, so a code read aloud or copied by hand survives. */
    static final String ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";
    public static final int CODE_LENGTH = 24;
    private static final int GROUP = 4;
    private static final String DOMAIN = "openprocure integrity follow-up code\0";

    private final SecureRandom random = new SecureRandom();
    private final byte[] pepper;

    public FollowUpCodes(String pepper) {
        if (pepper == null || pepper.isBlank()) {
            throw new IllegalStateException("openprocure.integrity.code-pepper must be set");
        }
        this.pepper = pepper.getBytes(StandardCharsets.UTF_8);
    }

    /** A new code, grouped for reading: {@code 7K3M-Q9XA-…} (six groups of four). */
    public String newCode() {
        return grouped(randomChars(CODE_LENGTH));
    }

    /** A new report reference, e.g. {@code IR-7K3M-Q9XA}: random, so it tells nothing of the order of receipt. */
    public String newReference() {
        return "IR-" + grouped(randomChars(8));
    }

    /**
     * The stored form of a code as someone typed it: case, spaces and dashes do not matter, and the
     * letters people confuse with digits (O, I, L) count as those digits. Always computed, also for
     * input that cannot be a code, so that a wrong code costs the same time as a right one.
     */
    public String hash(String code) {
        String normalised = normalise(code == null ? "" : code);
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(pepper, "HmacSHA256"));
            return HexFormat.of().formatHex(mac.doFinal((DOMAIN + normalised).getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("every Java runtime provides HmacSHA256", e);
        }
    }

    /** Compares two hashes in time independent of where they differ. */
    public static boolean sameHash(String a, String b) {
        return a != null && b != null && MessageDigest.isEqual(a.getBytes(StandardCharsets.US_ASCII),
                b.getBytes(StandardCharsets.US_ASCII));
    }

    static String normalise(String code) {
        StringBuilder out = new StringBuilder(code.length());
        for (char c : code.toUpperCase(Locale.ROOT).toCharArray()) {
            if (c == 'O') {
                out.append('0');
            } else if (c == 'I' || c == 'L') {
                out.append('1');
            } else if (c != '-' && !Character.isWhitespace(c)) {
                out.append(c);
            }
        }
        return out.toString();
    }

    private String randomChars(int length) {
        StringBuilder out = new StringBuilder(length);
        for (int i = 0; i < length; i++) {
            out.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
        }
        return out.toString();
    }

    private static String grouped(String chars) {
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < chars.length(); i += GROUP) {
            if (i > 0) {
                out.append('-');
            }
            out.append(chars, i, Math.min(chars.length(), i + GROUP));
        }
        return out.toString();
    }
}
