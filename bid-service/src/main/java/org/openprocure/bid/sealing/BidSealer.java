package org.openprocure.bid.sealing;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.Objects;
import javax.crypto.Cipher;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;

/**
 * Seals a bid to its tender's public key on receipt and opens it with the rebuilt private key at the opening
 * ceremony.
 *
 * <p>Hybrid encryption: a fresh 256-bit data key encrypts the bid with AES-256-GCM under a random 96-bit nonce,
 * authenticating the caller's context (e.g. {@code ocid|bidId|version}) as associated data, so an envelope moved to
 * another bid or tender no longer opens. The data key is wrapped ECIES-style: an ephemeral X25519 key pair agrees a
 * secret with the tender key, HKDF-SHA256 (salt = ephemeral public key || tender public key, info =
 * {@code "openprocure-bid-key-v1"}) turns it into a wrapping key, and AES-256-GCM wraps the data key. See {@link
 * SealedEnvelope} for the bytes.
 *
 * <p>The salt takes the ephemeral key's bytes exactly as stored, so even the top bit, which X25519 itself ignores,
 * cannot be flipped unnoticed. The wrapping key comes from a fresh ephemeral key and encrypts exactly one thing, so
 * its nonce is fixed at zero; the data key is fresh too, but its nonce is random anyway, as AES-GCM users expect.
 */
public final class BidSealer {

    static final String KEY_WRAP_INFO = "openprocure-bid-key-v1";

    private static final byte[] WRAP_NONCE = new byte[SealedEnvelope.NONCE_LENGTH];
    private static final int TAG_BITS = SealedEnvelope.TAG_LENGTH * 8;

    private BidSealer() {
    }

    public static SealedEnvelope seal(PublicKey tenderPublicKey, byte[] content, String context,
            SecureRandom random) {
        byte[] tenderKey = TenderKeys.rawPublicKey(tenderPublicKey);
        Objects.requireNonNull(content, "content");
        byte[] associatedData = contextBytes(context);
        Objects.requireNonNull(random, "random");

        KeyPair ephemeral = TenderKeys.newKeyPair(random);
        byte[] ephemeralKey = TenderKeys.rawPublicKey(ephemeral.getPublic());
        byte[] dataKey = new byte[SealedEnvelope.DATA_KEY_LENGTH];
        byte[] wrappingKey = null;
        try {
            wrappingKey = wrappingKey(X25519.agree(ephemeral.getPrivate(), tenderPublicKey), ephemeralKey, tenderKey);
            random.nextBytes(dataKey);
            byte[] nonce = new byte[SealedEnvelope.NONCE_LENGTH];
            random.nextBytes(nonce);
            byte[] wrappedDataKey = aesGcm(Cipher.ENCRYPT_MODE, wrappingKey, WRAP_NONCE, new byte[0], dataKey);
            byte[] sealedContent = aesGcm(Cipher.ENCRYPT_MODE, dataKey, nonce, associatedData, content);
            return new SealedEnvelope(ephemeralKey, wrappedDataKey, nonce, sealedContent);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("sealing failed: " + e.getMessage(), e);
        } finally {
            Arrays.fill(dataKey, (byte) 0);
            if (wrappingKey != null) {
                Arrays.fill(wrappingKey, (byte) 0);
            }
        }
    }

    /**
     * The bid's bytes, exactly as sealed, or an exception: never bytes that were not sealed with this tender key and
     * this context.
     */
    public static byte[] open(PrivateKey tenderPrivateKey, SealedEnvelope envelope, String context)
            throws EnvelopeUnreadableException {
        Objects.requireNonNull(tenderPrivateKey, "tenderPrivateKey");
        Objects.requireNonNull(envelope, "envelope");
        byte[] associatedData = contextBytes(context);
        byte[] tenderKey = TenderKeys.rawPublicKeyOf(tenderPrivateKey);
        byte[] wrappingKey = null;
        byte[] dataKey = null;
        try {
            PublicKey ephemeralKey = ephemeralKey(envelope);
            wrappingKey = wrappingKey(X25519.agree(tenderPrivateKey, ephemeralKey), envelope.ephemeralPublicKey(),
                    tenderKey);
            dataKey = aesGcm(Cipher.DECRYPT_MODE, wrappingKey, WRAP_NONCE, new byte[0], envelope.wrappedDataKey());
            return aesGcm(Cipher.DECRYPT_MODE, dataKey, envelope.nonce(), associatedData, envelope.sealedContent());
        } catch (GeneralSecurityException e) {
            throw new EnvelopeUnreadableException("the envelope does not open with this tender key and context: it "
                    + "was altered, sealed for another tender or bid, or the key is wrong", e);
        } finally {
            if (wrappingKey != null) {
                Arrays.fill(wrappingKey, (byte) 0);
            }
            if (dataKey != null) {
                Arrays.fill(dataKey, (byte) 0);
            }
        }
    }

    /** Shorthand for {@link #open(PrivateKey, SealedEnvelope, String)} on the envelope's stored bytes. */
    public static byte[] open(PrivateKey tenderPrivateKey, byte[] envelope, String context)
            throws EnvelopeUnreadableException {
        return open(tenderPrivateKey, SealedEnvelope.parse(envelope), context);
    }

    private static PublicKey ephemeralKey(SealedEnvelope envelope) throws EnvelopeUnreadableException {
        try {
            return TenderKeys.publicKeyFrom(envelope.ephemeralPublicKey());
        } catch (IllegalArgumentException e) {
            throw new EnvelopeUnreadableException("the envelope's ephemeral key is not an X25519 key", e);
        }
    }

    private static byte[] wrappingKey(byte[] sharedSecret, byte[] ephemeralKey, byte[] tenderKey) {
        byte[] salt = new byte[ephemeralKey.length + tenderKey.length];
        System.arraycopy(ephemeralKey, 0, salt, 0, ephemeralKey.length);
        System.arraycopy(tenderKey, 0, salt, ephemeralKey.length, tenderKey.length);
        try {
            return Hkdf.derive(salt, sharedSecret, KEY_WRAP_INFO.getBytes(StandardCharsets.US_ASCII),
                    SealedEnvelope.DATA_KEY_LENGTH);
        } finally {
            Arrays.fill(sharedSecret, (byte) 0);
        }
    }

    private static byte[] aesGcm(int mode, byte[] key, byte[] nonce, byte[] associatedData, byte[] input)
            throws GeneralSecurityException {
        Cipher cipher = Crypto.instance(() -> Cipher.getInstance("AES/GCM/NoPadding"));
        cipher.init(mode, new SecretKeySpec(key, "AES"), new GCMParameterSpec(TAG_BITS, nonce));
        cipher.updateAAD(associatedData);
        return cipher.doFinal(input);
    }

    private static byte[] contextBytes(String context) {
        Objects.requireNonNull(context, "context");
        return context.getBytes(StandardCharsets.UTF_8);
    }
}
