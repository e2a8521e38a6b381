package org.openprocure.contract.rest;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.regex.Pattern;
import org.openprocure.contract.service.ReadModelQueries;
import org.openprocure.support.problem.ProblemException;

/** The analytics queries' parameters, checked: a bad one is a 400 problem naming it. */
final class AnalyticsParams {

    /** Organisation ids as the {@code org} claim carries them. */
    private static final Pattern ORGANISATION_ID = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._:-]{0,99}");
    private static final Pattern CPV = Pattern.compile("[0-9]{2,8}(-[0-9])?");
    private static final Pattern CURRENCY = Pattern.compile("[A-Z]{3}");

    private AnalyticsParams() {
    }

    static String organisation(String name, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        String id = value.strip();
        if (!ORGANISATION_ID.matcher(id).matches()) {
            throw ProblemException.badRequest(name, "'" + value + "' is not an organisation id, e.g. buyer-northvale"
                    + " (letters, digits, '.', '_', ':', '-'; at most 100)");
        }
        return id;
    }

    /** Comma-separated codes out of {@code allowed}; none = every one. */
    static Set<String> codes(String name, String value, Set<String> allowed, String what) {
        Set<String> codes = new LinkedHashSet<>();
        if (value == null || value.isBlank()) {
            return codes;
        }
        for (String code : value.split(",", -1)) {
            String wanted = code.strip();
            if (!allowed.contains(wanted)) {
                throw ProblemException.badRequest(name, "'" + wanted + "' is not " + what + " ("
                        + String.join(", ", allowed.stream().sorted().toList()) + ")");
            }
            codes.add(wanted);
        }
        return codes;
    }

    /** A CPV division (2 digits) or a longer prefix of a CPV code, e.g. 45 or 452332 or 45233252-0. */
    static String cpv(String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        String code = value.strip();
        if (!CPV.matcher(code).matches() || (code.contains("-") && code.indexOf('-') != 8)) {
            throw ProblemException.badRequest("cpv", "'" + value + "' is not a CPV division or code prefix,"
                    + " e.g. 45 or 45233252-0");
        }
        return code;
    }

    static String method(String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        String method = value.strip();
        if (!ReadModelQueries.METHODS.contains(method)) {
            throw ProblemException.badRequest("method", "'" + value + "' is not a procurement method"
                    + " (open, selective, limited, direct)");
        }
        return method;
    }

    /**
     * An ISO date or instant; a date stands for the start of its day (UTC), or with {@code endOfDay} for the
     * start of the next one (an exclusive end).
     */
    static Instant instant(String name, String value, boolean endOfDay) {
        if (value == null || value.isBlank()) {
            return null;
        }
        String text = value.strip();
        try {
            if (text.length() == 10) {
                LocalDate date = LocalDate.parse(text);
                return (endOfDay ? date.plusDays(1) : date).atStartOfDay(ZoneOffset.UTC).toInstant();
            }
            return Instant.parse(text);
        } catch (DateTimeParseException e) {
            throw ProblemException.badRequest(name, "'" + value + "' is not an ISO date or instant,"
                    + " e.g. 2027-01-31 or 2027-01-31T12:00:00Z");
        }
    }

    static BigDecimal amount(String name, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            BigDecimal amount = new BigDecimal(value.strip());
            if (amount.signum() < 0) {
                throw ProblemException.badRequest(name, "'" + value + "' is negative");
            }
            return amount;
        } catch (NumberFormatException e) {
            throw ProblemException.badRequest(name, "'" + value + "' is not an amount, e.g. 50000.00");
        }
    }

    static String currency(String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        String code = value.strip();
        if (!CURRENCY.matcher(code).matches()) {
            throw ProblemException.badRequest("currency", "'" + value + "' is not an ISO 4217 currency code, e.g. EUR");
        }
        return code;
    }

    static String month(String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return YearMonth.parse(value.strip()).toString();
        } catch (DateTimeParseException e) {
            throw ProblemException.badRequest("month", "'" + value + "' is not a month, e.g. 2027-01");
        }
    }

    static Boolean bool(String name, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        return switch (value.strip()) {
            case "true" -> true;
            case "false" -> false;
            default -> throw ProblemException.badRequest(name, "'" + value + "' is not true or false");
        };
    }
}
