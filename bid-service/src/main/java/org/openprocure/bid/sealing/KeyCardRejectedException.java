package org.openprocure.bid.sealing;

/**
 * A key card's text was not accepted. The message says why in words a committee member can act on and never repeats
 * the card, which carries a secret.
 */
public class KeyCardRejectedException extends IllegalArgumentException {

    /** What is wrong with the text. */
    public enum Reason {
        /** Not a key card: wrong shape, a character that cannot be on a card, or a part that cannot be read. */
        MALFORMED,
        /** Shaped like a key card, but the checksum disagrees: a character was probably mistyped. */
        CHECKSUM_MISMATCH,
        /** A key card of a format version this platform does not read. */
        UNKNOWN_VERSION
    }

    private final Reason reason;

    public KeyCardRejectedException(Reason reason, String message) {
        super(message);
        this.reason = reason;
    }

    public Reason reason() {
        return reason;
    }
}
