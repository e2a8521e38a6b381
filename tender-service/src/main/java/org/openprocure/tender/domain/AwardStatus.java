package org.openprocure.tender.domain;

import java.util.Locale;

/** Where the award of a lot stands, as the OCDS {@code awardStatus} codelist names it. */
public enum AwardStatus {
    /** Proposed by the evaluation committee; in its standstill, open to complaints. */
    PENDING,
    /** Confirmed after the standstill: final. */
    ACTIVE,
    /** Void: a complaint against it was upheld, or the tender or lot was cancelled before confirmation. */
    CANCELLED;

    /** The OCDS code, e.g. {@code pending}. */
    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }
}
