package org.openprocure.portal.view.auditor;

import java.math.BigDecimal;
import java.text.NumberFormat;
import java.util.Locale;

import io.quarkus.qute.TemplateExtension;
import io.quarkus.qute.TemplateExtension.TemplateAttribute;

import org.openprocure.portal.view.Formats;
import org.openprocure.portal.client.Value;

/** Figures of the auditor's pages in the page's locale: shares as percentages, indices, amounts, hash prefixes. */
@TemplateExtension
public final class AuditorFormats {

    /** How many hex digits of a hash the timeline shows; enough to compare by eye. */
    static final int HASH_PREFIX = 12;

    private AuditorFormats() {
    }

    /** A share between 0 and 1 as a percentage with one decimal, e.g. 0.375 is "37.5%". */
    static String percent(Double share, @TemplateAttribute("locale") Object locale) {
        if (share == null) {
            return null;
        }
        NumberFormat format = NumberFormat.getPercentInstance(locale(locale));
        format.setMinimumFractionDigits(1);
        format.setMaximumFractionDigits(1);
        return format.format(share);
    }

    /** The Herfindahl-Hirschman index between 0 and 1 with up to four decimals, e.g. "0.52". */
    static String index(Double hhi, @TemplateAttribute("locale") Object locale) {
        if (hhi == null) {
            return null;
        }
        NumberFormat format = NumberFormat.getNumberInstance(locale(locale));
        format.setMinimumFractionDigits(2);
        format.setMaximumFractionDigits(4);
        return format.format(hhi);
    }

    static String moneyIn(BigDecimal amount, String currency, @TemplateAttribute("locale") Object locale) {
        return Formats.money(new Value(amount, currency), locale(locale));
    }

    /** The first hex digits of a hash, the whole one goes in the title. */
    static String prefix(String hash) {
        if (hash == null) {
            return null;
        }
        return hash.length() <= HASH_PREFIX ? hash : hash.substring(0, HASH_PREFIX);
    }

    private static Locale locale(Object attribute) {
        if (attribute instanceof Locale locale) {
            return locale;
        }
        return attribute == null ? Locale.ENGLISH : Locale.forLanguageTag(attribute.toString());
    }
}
