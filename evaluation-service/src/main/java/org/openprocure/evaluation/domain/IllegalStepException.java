package org.openprocure.evaluation.domain;

/** A step the evaluation's current stage does not allow; the message names the stage and why. */
public class IllegalStepException extends IllegalStateException {

    public IllegalStepException(String message) {
        super(message);
    }
}
