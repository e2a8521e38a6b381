package org.openprocure.tender.domain;

import com.fasterxml.jackson.annotation.JsonValue;

/** OCDS {@code procurementCategory} codelist. */
public enum ProcurementCategory {
    GOODS, WORKS, SERVICES;

    @JsonValue
    public String code() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
