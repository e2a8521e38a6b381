package org.openprocure.contract.redflags;

import java.math.BigDecimal;

/** Numbers as a threshold's text shows them: no trailing zeros, no exponent. */
final class Numbers {

    private Numbers() {
    }

    static String text(double value) {
        if (Double.isNaN(value) || Double.isInfinite(value)) {
            return Double.toString(value);
        }
        return new BigDecimal(Double.toString(value)).stripTrailingZeros().toPlainString();
    }
}
