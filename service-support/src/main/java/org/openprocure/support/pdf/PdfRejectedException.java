package org.openprocure.support.pdf;

import java.util.Objects;

/** An uploaded file that is not accepted as a PDF document; the message says why, for the uploader. */
public final class PdfRejectedException extends RuntimeException {

    /** Why an upload was refused. */
    public enum Reason {
        EMPTY,
        TOO_LARGE,
        NOT_A_PDF,
        UNREADABLE,
        ENCRYPTED,
        HAS_JAVASCRIPT,
        HAS_EMBEDDED_FILES
    }

    private final Reason reason;

    public PdfRejectedException(Reason reason, String message) {
        this(reason, message, null);
    }

    public PdfRejectedException(Reason reason, String message, Throwable cause) {
        super(message, cause);
        this.reason = Objects.requireNonNull(reason, "reason");
    }

    public Reason reason() {
        return reason;
    }
}
