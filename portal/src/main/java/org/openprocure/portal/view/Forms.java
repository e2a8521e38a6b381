package org.openprocure.portal.view;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.List;

import jakarta.ws.rs.core.MultivaluedMap;

/** Reading what a browser posts: trimmed text, empty meaning "not given", UTC date-times. */
public final class Forms {

    private static final DateTimeFormatter DATETIME_LOCAL = DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm");

    private Forms() {
    }

    /** The trimmed value, or null when the field is missing or blank. */
    public static String text(MultivaluedMap<String, String> form, String name) {
        if (form == null) {
            return null;
        }
        return trimmed(form.getFirst(name));
    }

    /**
     * A form's Idempotency-Key, which travels on as an HTTP header: as sent when it is visible ASCII, else
     * empty, which the service refuses with its reason (a header cannot carry control characters at all).
     */
    public static String idempotencyKey(MultivaluedMap<String, String> form) {
        String key = text(form, "idempotencyKey");
        if (key == null) {
            return null;
        }
        for (int i = 0; i < key.length(); i++) {
            if (key.charAt(i) < 0x21 || key.charAt(i) > 0x7e) {
                return "";
            }
        }
        return key;
    }

    public static String trimmed(String value) {
        if (value == null) {
            return null;
        }
        String trimmed = value.strip();
        return trimmed.isEmpty() ? null : trimmed;
    }

    public static boolean allBlank(String... values) {
        for (String value : values) {
            if (trimmed(value) != null) {
                return false;
            }
        }
        return true;
    }

    /**
     * A {@code datetime-local} value read as UTC: deadlines are legal instants, and the form says
     * UTC next to each of them rather than guessing the officer's zone.
     */
    public static Instant utcInstant(String value) {
        String text = trimmed(value);
        if (text == null) {
            return null;
        }
        return LocalDateTime.parse(text).toInstant(ZoneOffset.UTC);
    }

    /** The value a {@code datetime-local} input shows for an instant, in UTC to the minute. */
    public static String datetimeLocal(Instant instant) {
        if (instant == null) {
            return null;
        }
        return DATETIME_LOCAL.format(instant.truncatedTo(ChronoUnit.MINUTES).atOffset(ZoneOffset.UTC));
    }

    /** An element id from a field name; ids may not hold brackets a CSS selector or fragment trips on. */
    public static String fieldId(String name) {
        if (name == null) {
            return null;
        }
        return "f-" + name.replaceAll("[^A-Za-z0-9_-]+", "-").replaceAll("-+$", "");
    }

    /** The first value of each field, for re-showing what was entered. */
    public static String first(MultivaluedMap<String, String> form, String name) {
        if (form == null) {
            return null;
        }
        List<String> values = form.get(name);
        return values == null || values.isEmpty() ? null : values.get(0);
    }
}
