package org.openprocure.bid.sealing;

import java.math.BigInteger;
import java.security.GeneralSecurityException;
import java.security.InvalidAlgorithmParameterException;
import java.security.KeyFactory;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.SecureRandom;
import java.security.interfaces.XECPrivateKey;
import java.security.interfaces.XECPublicKey;
import java.security.spec.NamedParameterSpec;
import java.security.spec.XECPrivateKeySpec;
import java.security.spec.XECPublicKeySpec;
import java.util.Base64;
import java.util.Objects;

/**
 * A tender's X25519 key pair: bids are sealed to the public key; the private key exists only long enough to be
 * split among the opening committee, and again, rebuilt from k shares, during the opening ceremony.
 *
 * <p>Keys travel as the raw 32-byte strings of RFC 7748 (little-endian), which is what gets split, printed and
 * stored; the JDK's key objects are built from them.
 */
public final class TenderKeys {

    public static final int KEY_LENGTH = 32;

    private static final BigInteger BASE_POINT_U = BigInteger.valueOf(9);

    private final XECPublicKey publicKey;
    private final XECPrivateKey privateKey;

    private TenderKeys(XECPublicKey publicKey, XECPrivateKey privateKey) {
        this.publicKey = publicKey;
        this.privateKey = privateKey;
    }

    public static TenderKeys generate(SecureRandom random) {
        Objects.requireNonNull(random, "random");
        KeyPair pair = newKeyPair(random);
        return new TenderKeys((XECPublicKey) pair.getPublic(), (XECPrivateKey) pair.getPrivate());
    }

    public PublicKey publicKey() {
        return publicKey;
    }

    /** The public key as the raw 32 bytes of RFC 7748. */
    public byte[] rawPublicKey() {
        return encodeU(publicKey.getU());
    }

    /** The public key as unpadded base64url of its raw bytes: what the tender notice and the portal show. */
    public String publicKeyBase64Url() {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(rawPublicKey());
    }

    /** SHA-256 hex of the raw public key, for people to compare keys at a glance. */
    public String fingerprint() {
        return fingerprintOf(rawPublicKey());
    }

    /**
     * The private scalar, 32 bytes, for splitting among the committee and for nothing else: once the shares are
     * handed out the caller drops both this array (zero it) and this object.
     */
    public byte[] rawPrivateKey() {
        return privateKey.getScalar()
                .orElseThrow(() -> new IllegalStateException("the JDK did not expose the X25519 scalar"));
    }

    /** Rebuilds the tender's private key from the 32 bytes that the committee's shares combine to. */
    public static PrivateKey privateKeyFrom(byte[] raw32) {
        requireKeyLength(raw32, "private");
        try {
            return keyFactory().generatePrivate(new XECPrivateKeySpec(NamedParameterSpec.X25519, raw32.clone()));
        } catch (GeneralSecurityException e) {
            throw new IllegalArgumentException("not an X25519 private key: " + e.getMessage(), e);
        }
    }

    public static PublicKey publicKeyFrom(byte[] raw32) {
        requireKeyLength(raw32, "public");
        try {
            return keyFactory().generatePublic(new XECPublicKeySpec(NamedParameterSpec.X25519, decodeU(raw32)));
        } catch (GeneralSecurityException e) {
            throw new IllegalArgumentException("not an X25519 public key: " + e.getMessage(), e);
        }
    }

    public static PublicKey publicKeyFromBase64Url(String text) {
        Objects.requireNonNull(text, "text");
        try {
            return publicKeyFrom(Base64.getUrlDecoder().decode(text.strip()));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("not a base64url X25519 public key: " + e.getMessage(), e);
        }
    }

    /** The raw bytes of an X25519 public key, e.g. one rebuilt by {@link #publicKeyFrom}. */
    public static byte[] rawPublicKey(PublicKey publicKey) {
        return encodeU(asXec(publicKey).getU());
    }

    /**
     * The raw public key that belongs to a private key: X25519(scalar, 9). The opening ceremony compares it with the
     * tender's public key to know that the combined shares are right before it touches any bid.
     */
    public static byte[] rawPublicKeyOf(PrivateKey privateKey) {
        try {
            return X25519.agree(privateKey, keyFactory().generatePublic(
                    new XECPublicKeySpec(NamedParameterSpec.X25519, BASE_POINT_U)));
        } catch (GeneralSecurityException e) {
            throw new IllegalArgumentException("not an X25519 private key: " + e.getMessage(), e);
        }
    }

    public static String fingerprintOf(byte[] rawPublicKey) {
        requireKeyLength(rawPublicKey, "public");
        return Digests.sha256Hex(rawPublicKey);
    }

    @Override
    public String toString() {
        return "TenderKeys[fingerprint=" + fingerprint() + "]";
    }

    static KeyPair newKeyPair(SecureRandom random) {
        KeyPairGenerator generator = Crypto.instance(() -> KeyPairGenerator.getInstance("X25519"));
        try {
            generator.initialize(NamedParameterSpec.X25519, random);
        } catch (InvalidAlgorithmParameterException e) {
            throw new IllegalStateException("X25519 key generation is not available", e);
        }
        return generator.generateKeyPair();
    }

    static XECPublicKey asXec(PublicKey publicKey) {
        Objects.requireNonNull(publicKey, "publicKey");
        if (publicKey instanceof XECPublicKey xec && xec.getParams() instanceof NamedParameterSpec named
                && "X25519".equalsIgnoreCase(named.getName())) {
            return xec;
        }
        throw new IllegalArgumentException("a tender key is an X25519 key, not " + publicKey.getAlgorithm());
    }

    /** RFC 7748: little-endian, 32 bytes. */
    static byte[] encodeU(BigInteger u) {
        byte[] raw = new byte[KEY_LENGTH];
        for (int i = 0; i < KEY_LENGTH; i++) {
            raw[i] = u.shiftRight(8 * i).byteValue();
        }
        return raw;
    }

    /** RFC 7748: little-endian, and the top bit is ignored. */
    static BigInteger decodeU(byte[] raw) {
        byte[] bigEndian = new byte[KEY_LENGTH];
        for (int i = 0; i < KEY_LENGTH; i++) {
            bigEndian[i] = raw[KEY_LENGTH - 1 - i];
        }
        bigEndian[0] &= 0x7F;
        return new BigInteger(1, bigEndian);
    }

    private static KeyFactory keyFactory() {
        return Crypto.instance(() -> KeyFactory.getInstance("X25519"));
    }

    private static void requireKeyLength(byte[] raw, String which) {
        Objects.requireNonNull(raw, which + " key");
        if (raw.length != KEY_LENGTH) {
            throw new IllegalArgumentException("an X25519 " + which + " key has " + KEY_LENGTH + " bytes, not "
                    + raw.length);
        }
    }
}
