package org.openprocure.contract.integrity;

import java.time.Duration;

/** A global limit of the integrity channel is reached for now; the client may try again after {@code retryAfter}. */
public class TooManyRequests extends RuntimeException {

    private final Duration retryAfter;

    public TooManyRequests(String detail, Duration retryAfter) {
        super(detail);
        this.retryAfter = retryAfter;
    }

    public Duration retryAfter() {
        return retryAfter;
    }
}
