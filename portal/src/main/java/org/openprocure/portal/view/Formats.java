package org.openprocure.portal.view;

import java.text.NumberFormat;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Currency;
import java.util.Locale;

import org.openprocure.portal.client.Value;

/** Locale-aware formatting of the figures a notice shows. */
public final class Formats {

    private Formats() {
    }

    /** The amount in the reader's number format with its currency; null when the notice states none. */
    public static String money(Value value, Locale locale) {
        if (value == null || value.amount() == null) {
            return null;
        }
        Currency currency = currency(value.currency());
        if (currency == null) {
            NumberFormat plain = NumberFormat.getNumberInstance(locale);
            plain.setMinimumFractionDigits(2);
            plain.setMaximumFractionDigits(2);
            String amount = plain.format(value.amount());
            return value.currency() == null ? amount : amount + " " + value.currency();
        }
        NumberFormat format = NumberFormat.getCurrencyInstance(locale);
        format.setCurrency(currency);
        format.setMinimumFractionDigits(currency.getDefaultFractionDigits());
        format.setMaximumFractionDigits(currency.getDefaultFractionDigits());
        return format.format(value.amount());
    }

    /**
     * A deadline as a date and 24-hour time in UTC. Deadlines are legal instants, so the
     * board states them in one zone everyone can check rather than guessing the reader's.
     */
    public static String utcDateTime(Instant instant, Locale locale) {
        if (instant == null) {
            return null;
        }
        return DateTimeFormatter.ofPattern("d MMMM uuuu, HH:mm", locale)
                .withZone(ZoneOffset.UTC)
                .format(instant);
    }

    /** A day in UTC, e.g. "1 February 2027": contract dates are whole days. */
    public static String utcDate(Instant instant, Locale locale) {
        if (instant == null) {
            return null;
        }
        return DateTimeFormatter.ofPattern("d MMMM uuuu", locale).withZone(ZoneOffset.UTC).format(instant);
    }

    private static Currency currency(String code) {
        if (code == null) {
            return null;
        }
        try {
            return Currency.getInstance(code);
        } catch (IllegalArgumentException unknownCode) {
            return null;
        }
    }
}
