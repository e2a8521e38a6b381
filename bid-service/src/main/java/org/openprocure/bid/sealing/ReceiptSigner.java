package org.openprocure.bid.sealing;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.InvalidAlgorithmParameterException;
import java.security.InvalidKeyException;
import java.security.KeyFactory;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.SecureRandom;
import java.security.Signature;
import java.security.SignatureException;
import java.security.spec.NamedParameterSpec;
import java.security.spec.PKCS8EncodedKeySpec;
import java.security.spec.X509EncodedKeySpec;
import java.util.Objects;

/**
 * The platform's Ed25519 key for receipts. The public key is published, so a supplier, a court or an auditor can check
 * a receipt without asking the platform; the private key stays on the server, stored as PKCS#8.
 */
public final class ReceiptSigner {

    private static final String ALGORITHM = "Ed25519";
    private static final byte[] PAIR_CHECK = "openprocure-receipt-key-check".getBytes(StandardCharsets.US_ASCII);

    private final PrivateKey privateKey;
    private final PublicKey publicKey;

    private ReceiptSigner(PrivateKey privateKey, PublicKey publicKey) {
        this.privateKey = privateKey;
        this.publicKey = publicKey;
    }

    public static ReceiptSigner generate(SecureRandom random) {
        Objects.requireNonNull(random, "random");
        KeyPairGenerator generator = Crypto.instance(() -> KeyPairGenerator.getInstance(ALGORITHM));
        try {
            generator.initialize(NamedParameterSpec.ED25519, random);
        } catch (InvalidAlgorithmParameterException e) {
            throw new IllegalStateException("Ed25519 key generation is not available", e);
        }
        KeyPair pair = generator.generateKeyPair();
        return new ReceiptSigner(pair.getPrivate(), pair.getPublic());
    }

    /**
     * The signer saved earlier. PKCS#8 for Ed25519 need not carry the public key, so both are given and checked to
     * belong together: a mismatched pair would sign receipts nobody can verify.
     */
    public static ReceiptSigner load(byte[] privateKeyPkcs8, byte[] publicKeyX509) {
        Objects.requireNonNull(privateKeyPkcs8, "privateKeyPkcs8");
        PrivateKey privateKey;
        try {
            privateKey = keyFactory().generatePrivate(new PKCS8EncodedKeySpec(privateKeyPkcs8));
        } catch (GeneralSecurityException e) {
            throw new IllegalArgumentException("not an Ed25519 private key in PKCS#8: " + e.getMessage(), e);
        }
        ReceiptSigner signer = new ReceiptSigner(privateKey, publicKeyFrom(publicKeyX509));
        if (!verify(publicKeyX509, PAIR_CHECK, signer.sign(PAIR_CHECK))) {
            throw new IllegalArgumentException("the public key does not belong to the private key");
        }
        return signer;
    }

    public byte[] privateKeyPkcs8() {
        return privateKey.getEncoded();
    }

    /** The key to publish at the well-known URL. */
    public byte[] publicKeyX509() {
        return publicKey.getEncoded();
    }

    /** SHA-256 hex of the X.509 public key, for people to compare the published key at a glance. */
    public String publicKeyFingerprint() {
        return Digests.sha256Hex(publicKeyX509());
    }

    /** A 64-byte Ed25519 signature; Ed25519 needs no randomness here, the same receipt always gets the same one. */
    public byte[] sign(byte[] canonicalReceipt) {
        Objects.requireNonNull(canonicalReceipt, "canonicalReceipt");
        Signature signature = Crypto.instance(() -> Signature.getInstance(ALGORITHM));
        try {
            signature.initSign(privateKey);
            signature.update(canonicalReceipt);
            return signature.sign();
        } catch (InvalidKeyException | SignatureException e) {
            throw new IllegalStateException("signing a receipt failed: " + e.getMessage(), e);
        }
    }

    public byte[] sign(Receipt receipt) {
        return sign(receipt.canonicalBytes());
    }

    /**
     * Whether {@code signature} is the platform's signature on exactly these bytes. A signature of the wrong length
     * or shape is simply not valid.
     *
     * @throws IllegalArgumentException if {@code publicKeyX509} is not an Ed25519 public key
     */
    public static boolean verify(byte[] publicKeyX509, byte[] canonicalReceipt, byte[] signature) {
        PublicKey publicKey = publicKeyFrom(publicKeyX509);
        Objects.requireNonNull(canonicalReceipt, "canonicalReceipt");
        Objects.requireNonNull(signature, "signature");
        Signature verifier = Crypto.instance(() -> Signature.getInstance(ALGORITHM));
        try {
            verifier.initVerify(publicKey);
            verifier.update(canonicalReceipt);
            return verifier.verify(signature);
        } catch (InvalidKeyException e) {
            throw new IllegalArgumentException("not an Ed25519 public key: " + e.getMessage(), e);
        } catch (SignatureException e) {
            return false;
        }
    }

    @Override
    public String toString() {
        return "ReceiptSigner[publicKey=" + publicKeyFingerprint() + "]";
    }

    private static PublicKey publicKeyFrom(byte[] publicKeyX509) {
        Objects.requireNonNull(publicKeyX509, "publicKeyX509");
        try {
            return keyFactory().generatePublic(new X509EncodedKeySpec(publicKeyX509));
        } catch (GeneralSecurityException e) {
            throw new IllegalArgumentException("not an Ed25519 public key in X.509: " + e.getMessage(), e);
        }
    }

    private static KeyFactory keyFactory() {
        return Crypto.instance(() -> KeyFactory.getInstance(ALGORITHM));
    }
}
