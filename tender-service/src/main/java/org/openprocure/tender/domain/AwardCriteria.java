package org.openprocure.tender.domain;

import com.fasterxml.jackson.annotation.JsonValue;

/** OCDS {@code awardCriteria} codes the platform supports: lowest price, or best price-quality ratio. */
public enum AwardCriteria {
    PRICE_ONLY("priceOnly"), RATED_CRITERIA("ratedCriteria");

    private final String code;

    AwardCriteria(String code) {
        this.code = code;
    }

    @JsonValue
    public String code() {
        return code;
    }
}
