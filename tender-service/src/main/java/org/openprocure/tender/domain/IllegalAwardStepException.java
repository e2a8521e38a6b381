package org.openprocure.tender.domain;

/** A step the award's status does not allow, e.g. confirming an award a complaint made void. */
public class IllegalAwardStepException extends RuntimeException {

    public IllegalAwardStepException(String message) {
        super(message);
    }
}
