package org.openprocure.tender.domain;

import com.fasterxml.jackson.annotation.JsonValue;

/** OCDS {@code method} codelist. Anything but {@code open} must be justified in writing. */
public enum ProcurementMethod {
    OPEN, SELECTIVE, LIMITED, DIRECT;

    @JsonValue
    public String code() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }

    public boolean needsJustification() {
        return this != OPEN;
    }
}
