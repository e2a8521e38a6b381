package org.openprocure.portal.view;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Locale;

import org.junit.jupiter.api.Test;

class RequestLocaleTest {

    private static final Locale UKRAINIAN = Locale.forLanguageTag("uk");
    private static final List<Locale> SUPPORTED = List.of(Locale.ENGLISH, UKRAINIAN);

    private static Locale negotiate(String header) {
        return RequestLocale.negotiate(header, SUPPORTED, Locale.ENGLISH);
    }

    @Test
    void aRegionalVariantMatchesItsLanguage() {
        assertEquals(UKRAINIAN, negotiate("uk-UA"));
    }

    @Test
    void theBrowsersPreferenceOrderDecides() {
        assertEquals(UKRAINIAN, negotiate("pl-PL,uk;q=0.8,en;q=0.5"));
        assertEquals(Locale.ENGLISH, negotiate("en-GB,uk;q=0.5"));
    }

    @Test
    void unsupportedMissingOrMalformedHeadersFallBackToTheDefault() {
        assertEquals(Locale.ENGLISH, negotiate("de-DE,de;q=0.9"));
        assertEquals(Locale.ENGLISH, negotiate(null));
        assertEquals(Locale.ENGLISH, negotiate(""));
        assertEquals(Locale.ENGLISH, negotiate("uk;q=nonsense"));
    }
}
