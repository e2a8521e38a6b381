package org.openprocure.portal.view;

import java.text.NumberFormat;
import java.time.Instant;
import java.util.Locale;

import io.quarkus.qute.TemplateExtension;
import io.quarkus.qute.TemplateExtension.TemplateAttribute;

import org.openprocure.portal.client.Value;

/**
 * Formatting for the templates, in the page's locale (the {@code locale} attribute every page sets),
 * so pages can show the service's records as they come.
 */
@TemplateExtension
public final class TemplateFormats {

    private TemplateFormats() {
    }

    /** A date and time in UTC for people, e.g. "20 December 2026, 12:00". */
    static String utcText(Instant instant, @TemplateAttribute("locale") Object locale) {
        return Formats.utcDateTime(instant, locale(locale));
    }

    /** A day in UTC for people, e.g. "1 February 2027". */
    static String utcDay(Instant instant, @TemplateAttribute("locale") Object locale) {
        return Formats.utcDate(instant, locale(locale));
    }

    /** A day in UTC for {@code <time datetime>}, e.g. "2027-02-01". */
    static String isoDay(Instant instant) {
        return instant == null ? null : instant.atOffset(java.time.ZoneOffset.UTC).toLocalDate().toString();
    }

    /** The machine-readable form for {@code <time datetime>}. */
    static String iso(Instant instant) {
        return instant == null ? null : instant.toString();
    }

    static String money(Value value, @TemplateAttribute("locale") Object locale) {
        return Formats.money(value, locale(locale));
    }

    /** A price as opened from a bid, in the reader's format. */
    static String money(org.openprocure.portal.client.OpeningRecord.OpenedLot lot,
            @TemplateAttribute("locale") Object locale) {
        return lot == null ? null : Formats.money(new Value(lot.amount(), lot.currency()), locale(locale));
    }

    /** A plain decimal in the reader's number format, e.g. a quantity or a weight. */
    static String number(Number number, @TemplateAttribute("locale") Object locale) {
        if (number == null) {
            return null;
        }
        NumberFormat format = NumberFormat.getNumberInstance(locale(locale));
        format.setMaximumFractionDigits(6);
        return format.format(number);
    }

    /** A file size in kB or MB, as people read it. */
    static String fileSize(Long bytes, @TemplateAttribute("locale") Object locale) {
        if (bytes == null) {
            return null;
        }
        NumberFormat format = NumberFormat.getNumberInstance(locale(locale));
        format.setMaximumFractionDigits(1);
        if (bytes < 1024) {
            return format.format(bytes) + " B";
        }
        if (bytes < 1024 * 1024) {
            return format.format(bytes / 1024.0) + " kB";
        }
        return format.format(bytes / (1024.0 * 1024.0)) + " MB";
    }

    /** An element id made from a form field's name, e.g. {@code lots[0].title} becomes {@code lots-0-title}. */
    static String fieldId(String name) {
        return Forms.fieldId(name);
    }

    private static Locale locale(Object attribute) {
        if (attribute instanceof Locale locale) {
            return locale;
        }
        return attribute == null ? Locale.ENGLISH : Locale.forLanguageTag(attribute.toString());
    }
}
