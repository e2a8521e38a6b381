package org.openprocure.bid.service;

import jakarta.enterprise.context.ApplicationScoped;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.HexFormat;
import javax.crypto.Cipher;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;
import org.openprocure.bid.config.BidConfig;

/**
 * Keeps uncollected key cards encrypted (AES-256-GCM under the configured share-wrapping key, bound to
 * the tender and share index), so that neither the database nor its backups hold a readable share.
 */
@ApplicationScoped
public class ShareVault {

    private static final int NONCE_BYTES = 12;

    private final SecretKeySpec key;
    private final SecureRandom random = new SecureRandom();

    ShareVault(BidConfig config) {
        byte[] raw;
        try {
            raw = HexFormat.of().parseHex(config.shareWrappingKey().strip());
        } catch (IllegalArgumentException e) {
            throw new IllegalStateException("openprocure.bid.share-wrapping-key must be 64 hex digits", e);
        }
        if (raw.length != 32) {
            throw new IllegalStateException("openprocure.bid.share-wrapping-key must be 64 hex digits (32 bytes), not "
                    + raw.length + " bytes");
        }
        this.key = new SecretKeySpec(raw, "AES");
    }

    public byte[] wrap(String ocid, int index, String cardText) {
        byte[] nonce = new byte[NONCE_BYTES];
        random.nextBytes(nonce);
        try {
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.ENCRYPT_MODE, key, new GCMParameterSpec(128, nonce));
            cipher.updateAAD(context(ocid, index));
            byte[] sealed = cipher.doFinal(cardText.getBytes(StandardCharsets.US_ASCII));
            byte[] out = Arrays.copyOf(nonce, NONCE_BYTES + sealed.length);
            System.arraycopy(sealed, 0, out, NONCE_BYTES, sealed.length);
            return out;
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("AES-GCM is in every Java runtime", e);
        }
    }

    public String unwrap(String ocid, int index, byte[] wrapped) {
        try {
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.DECRYPT_MODE, key, new GCMParameterSpec(128, wrapped, 0, NONCE_BYTES));
            cipher.updateAAD(context(ocid, index));
            return new String(cipher.doFinal(wrapped, NONCE_BYTES, wrapped.length - NONCE_BYTES),
                    StandardCharsets.US_ASCII);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("key share " + index + " of " + ocid + " cannot be unwrapped: the"
                    + " share-wrapping key is not the one it was stored with", e);
        }
    }

    private static byte[] context(String ocid, int index) {
        return ("openprocure-key-share-wrap-v1|" + ocid + "|" + index).getBytes(StandardCharsets.UTF_8);
    }
}
