package org.openprocure.tender.domain;

import com.fasterxml.jackson.annotation.JsonValue;

/** How the buyer took a consultation comment. */
public enum CommentResolution {
    ACCEPTED("accepted"), PARTIALLY_ACCEPTED("partiallyAccepted"), REJECTED("rejected");

    private final String code;

    CommentResolution(String code) {
        this.code = code;
    }

    @JsonValue
    public String code() {
        return code;
    }
}
