package org.openprocure.bid.sealing;

import java.nio.ByteBuffer;
import java.util.Arrays;
import java.util.Objects;

/**
 * A bid as stored before opening: ciphertext only, readable with the tender's private key alone.
 *
 * <p>Binary format, version 1 (all integers big-endian):
 * <pre>
 * offset  length  field
 *      0       4  magic "OPSB" (OpenProcure sealed bid)
 *      4       1  format version, 0x01
 *      5       1  ephemeral public key length, 32
 *      6       1  wrapped data key length, 48
 *      7       1  content nonce length, 12
 *      8       4  sealed content length L (ciphertext and its 16-byte tag), unsigned, at least 16
 *     12      32  ephemeral X25519 public key, raw (RFC 7748)
 *     44      48  wrapped data key: AES-256-GCM of the 32-byte data key (32 bytes) and its tag (16 bytes)
 *     92      12  content nonce
 *    104       L  sealed content: AES-256-GCM ciphertext of the bid, then its 16-byte tag
 * </pre>
 * The lengths in the header are fixed by version 1 and checked, so a reader of a later version, or a person with a
 * hex dump, can tell the parts apart and a truncated or padded envelope is refused before any key is used.
 *
 * <p>{@link #sha256()} is over exactly these bytes: the envelope hash on the bidder's receipt and in the public
 * opening record.
 */
public final class SealedEnvelope {

    static final byte[] MAGIC = {'O', 'P', 'S', 'B'};
    static final int FORMAT_VERSION = 1;
    static final int EPHEMERAL_KEY_LENGTH = TenderKeys.KEY_LENGTH;
    static final int DATA_KEY_LENGTH = 32;
    static final int TAG_LENGTH = 16;
    static final int WRAPPED_KEY_LENGTH = DATA_KEY_LENGTH + TAG_LENGTH;
    static final int NONCE_LENGTH = 12;
    static final int HEADER_LENGTH = 12;
    static final int FIXED_LENGTH = HEADER_LENGTH + EPHEMERAL_KEY_LENGTH + WRAPPED_KEY_LENGTH + NONCE_LENGTH;

    private final byte[] ephemeralPublicKey;
    private final byte[] wrappedDataKey;
    private final byte[] nonce;
    private final byte[] sealedContent;

    SealedEnvelope(byte[] ephemeralPublicKey, byte[] wrappedDataKey, byte[] nonce, byte[] sealedContent) {
        this.ephemeralPublicKey = requireLength(ephemeralPublicKey, EPHEMERAL_KEY_LENGTH, "ephemeral public key");
        this.wrappedDataKey = requireLength(wrappedDataKey, WRAPPED_KEY_LENGTH, "wrapped data key");
        this.nonce = requireLength(nonce, NONCE_LENGTH, "nonce");
        Objects.requireNonNull(sealedContent, "sealed content");
        if (sealedContent.length < TAG_LENGTH || sealedContent.length > Integer.MAX_VALUE - FIXED_LENGTH) {
            throw new IllegalArgumentException("sealed content of " + sealedContent.length + " bytes cannot be");
        }
        this.sealedContent = sealedContent;
    }

    /** Reads an envelope as stored, refusing anything that is not exactly one version-1 envelope. */
    public static SealedEnvelope parse(byte[] bytes) throws EnvelopeUnreadableException {
        Objects.requireNonNull(bytes, "bytes");
        if (bytes.length < HEADER_LENGTH) {
            throw new EnvelopeUnreadableException("a sealed envelope has at least " + (FIXED_LENGTH + TAG_LENGTH)
                    + " bytes; this has " + bytes.length + ", it was cut short");
        }
        ByteBuffer buffer = ByteBuffer.wrap(bytes);
        byte[] magic = new byte[MAGIC.length];
        buffer.get(magic);
        if (!Arrays.equals(magic, MAGIC)) {
            throw new EnvelopeUnreadableException("not a sealed envelope: it does not start with \"OPSB\"");
        }
        int version = Byte.toUnsignedInt(buffer.get());
        if (version != FORMAT_VERSION) {
            throw new EnvelopeUnreadableException("sealed envelope format version " + version
                    + " is not known here; this reads version " + FORMAT_VERSION);
        }
        expectLength(buffer.get(), EPHEMERAL_KEY_LENGTH, "ephemeral public key");
        expectLength(buffer.get(), WRAPPED_KEY_LENGTH, "wrapped data key");
        expectLength(buffer.get(), NONCE_LENGTH, "nonce");
        long contentLength = Integer.toUnsignedLong(buffer.getInt());
        if (contentLength < TAG_LENGTH) {
            throw new EnvelopeUnreadableException("the header announces " + contentLength
                    + " bytes of sealed content, fewer than its " + TAG_LENGTH + "-byte tag");
        }
        long expected = FIXED_LENGTH + contentLength;
        if (bytes.length != expected) {
            throw new EnvelopeUnreadableException("the header announces a " + expected + "-byte envelope but it has "
                    + bytes.length + " bytes: " + (bytes.length < expected ? "it was cut short" : "bytes were added"));
        }
        byte[] ephemeralPublicKey = new byte[EPHEMERAL_KEY_LENGTH];
        byte[] wrappedDataKey = new byte[WRAPPED_KEY_LENGTH];
        byte[] nonce = new byte[NONCE_LENGTH];
        byte[] sealedContent = new byte[(int) contentLength];
        buffer.get(ephemeralPublicKey).get(wrappedDataKey).get(nonce).get(sealedContent);
        return new SealedEnvelope(ephemeralPublicKey, wrappedDataKey, nonce, sealedContent);
    }

    public byte[] toBytes() {
        return ByteBuffer.allocate(size())
                .put(MAGIC)
                .put((byte) FORMAT_VERSION)
                .put((byte) EPHEMERAL_KEY_LENGTH)
                .put((byte) WRAPPED_KEY_LENGTH)
                .put((byte) NONCE_LENGTH)
                .putInt(sealedContent.length)
                .put(ephemeralPublicKey)
                .put(wrappedDataKey)
                .put(nonce)
                .put(sealedContent)
                .array();
    }

    /** The envelope hash: SHA-256 of {@link #toBytes()}, lower-case hex. */
    public String sha256() {
        return Digests.sha256Hex(toBytes());
    }

    /** Bytes in {@link #toBytes()}: the bid's size plus 120. */
    public int size() {
        return FIXED_LENGTH + sealedContent.length;
    }

    byte[] ephemeralPublicKey() {
        return ephemeralPublicKey;
    }

    byte[] wrappedDataKey() {
        return wrappedDataKey;
    }

    byte[] nonce() {
        return nonce;
    }

    byte[] sealedContent() {
        return sealedContent;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof SealedEnvelope envelope
                && Arrays.equals(ephemeralPublicKey, envelope.ephemeralPublicKey)
                && Arrays.equals(wrappedDataKey, envelope.wrappedDataKey)
                && Arrays.equals(nonce, envelope.nonce)
                && Arrays.equals(sealedContent, envelope.sealedContent);
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(ephemeralPublicKey) ^ Arrays.hashCode(nonce);
    }

    @Override
    public String toString() {
        return "SealedEnvelope[" + size() + " bytes, sha256=" + sha256() + "]";
    }

    private static void expectLength(byte actual, int expected, String field) throws EnvelopeUnreadableException {
        if (Byte.toUnsignedInt(actual) != expected) {
            throw new EnvelopeUnreadableException("the header gives the " + field + " " + Byte.toUnsignedInt(actual)
                    + " bytes; version " + FORMAT_VERSION + " has " + expected);
        }
    }

    private static byte[] requireLength(byte[] bytes, int length, String field) {
        Objects.requireNonNull(bytes, field);
        if (bytes.length != length) {
            throw new IllegalArgumentException("the " + field + " has " + length + " bytes, not " + bytes.length);
        }
        return bytes;
    }
}
