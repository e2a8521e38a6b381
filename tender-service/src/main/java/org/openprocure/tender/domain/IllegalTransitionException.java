package org.openprocure.tender.domain;

/** A lifecycle step the tender's stage or the clock does not allow; the message says why. */
public class IllegalTransitionException extends RuntimeException {

    private final TenderStage stage;

    public IllegalTransitionException(TenderStage stage, String message) {
        super(message);
        this.stage = stage;
    }

    public TenderStage stage() {
        return stage;
    }
}
