package org.openprocure.support.money;

import java.util.Currency;

/** Currency codes as every service checks them: three capital letters that ISO 4217 knows. */
public final class Currencies {

    private Currencies() {
    }

    public static boolean isIso4217(String code) {
        if (code == null || !code.matches("[A-Z]{3}")) {
            return false;
        }
        try {
            Currency.getInstance(code);
            return true;
        } catch (IllegalArgumentException e) {
            return false;
        }
    }
}
