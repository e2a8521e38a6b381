package org.openprocure.tender.domain;

import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Locale;

/** The price criterion is scored by formula from the bids' prices; quality criteria by the evaluators. */
public enum CriterionType {
    PRICE, QUALITY;

    @JsonValue
    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }
}
