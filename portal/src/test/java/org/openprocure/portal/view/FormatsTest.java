package org.openprocure.portal.view;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.Locale;

import org.junit.jupiter.api.Test;

import org.openprocure.portal.client.Value;

class FormatsTest {

    private static final Locale UKRAINIAN = Locale.forLanguageTag("uk");

    @Test
    void moneyUsesTheReadersNumberFormatAndTheNoticesCurrency() {
        Value value = new Value(new BigDecimal("125000.00"), "EUR");

        assertEquals("€125,000.00", Formats.money(value, Locale.ENGLISH));
        assertEquals("125 000,00 EUR", Formats.money(value, UKRAINIAN).replace('\u00a0', ' ').replace('\u202f', ' '));
    }

    @Test
    void moneyKeepsTheCurrencysOwnDecimals() {
        assertEquals("¥1,250,000", Formats.money(new Value(new BigDecimal("1250000"), "JPY"), Locale.ENGLISH));
    }

    @Test
    void anUnknownCurrencyCodeIsShownAsGiven() {
        assertEquals("1,500.00 XYZ1", Formats.money(new Value(new BigDecimal("1500"), "XYZ1"), Locale.ENGLISH));
    }

    @Test
    void noValueMeansNothingToFormat() {
        assertNull(Formats.money(null, Locale.ENGLISH));
        assertNull(Formats.money(new Value(null, "EUR"), Locale.ENGLISH));
    }

    @Test
    void deadlinesAreStatedInUtcWithLocalisedMonthNames() {
        Instant deadline = Instant.parse("2026-12-20T12:00:00Z");

        assertEquals("20 December 2026, 12:00", Formats.utcDateTime(deadline, Locale.ENGLISH));
        assertEquals("20 грудня 2026, 12:00", Formats.utcDateTime(deadline, UKRAINIAN));
    }

    @Test
    void aDeadlineJustBeforeMidnightUtcStaysOnItsUtcDay() {
        assertEquals("31 January 2027, 23:59", Formats.utcDateTime(Instant.parse("2027-01-31T23:59:00Z"), Locale.ENGLISH));
    }
}
