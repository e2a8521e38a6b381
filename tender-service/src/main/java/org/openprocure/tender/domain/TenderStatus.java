package org.openprocure.tender.domain;

import com.fasterxml.jackson.annotation.JsonValue;

/** Where a tender is in its life; the public sees it from {@code active} on (OCDS {@code tenderStatus}). */
public enum TenderStatus {
    /** Being drafted by the buyer; not public. */
    PLANNING,
    /** Published: open for enquiries and bids until the submission deadline. */
    ACTIVE;

    @JsonValue
    public String code() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }

    public boolean isPublic() {
        return this != PLANNING;
    }
}
