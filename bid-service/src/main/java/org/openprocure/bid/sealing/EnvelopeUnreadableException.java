package org.openprocure.bid.sealing;

/**
 * A sealed envelope cannot be opened: it is not an envelope, it was cut short or altered, it was sealed for another
 * tender or another bid, or the key is wrong. Which of these is deliberately not told apart by the cryptography.
 *
 * <p>Checked, because at the opening ceremony an unreadable bid is an outcome to put in the opening record, not a
 * programming error to let fly.
 */
public class EnvelopeUnreadableException extends Exception {

    public EnvelopeUnreadableException(String message) {
        super(message);
    }

    public EnvelopeUnreadableException(String message, Throwable cause) {
        super(message, cause);
    }
}
