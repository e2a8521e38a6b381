package org.openprocure.portal.view;

import java.util.List;
import java.util.Locale;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpServerRequest;

/**
 * The language a page is rendered in: the best match of the browser's Accept-Language
 * among the languages the portal has messages for, else the default.
 */
@Named("requestLocale")
@RequestScoped
public class RequestLocale {

    @Inject
    HttpServerRequest request;

    @ConfigProperty(name = "quarkus.locales")
    List<Locale> supported;

    @ConfigProperty(name = "quarkus.default-locale")
    Locale fallback;

    private Locale locale;

    public Locale get() {
        if (locale == null) {
            locale = negotiate(request.getHeader(HttpHeaders.ACCEPT_LANGUAGE), supported, fallback);
        }
        return locale;
    }

    /** The BCP 47 tag for the page's {@code lang} attribute. */
    public String tag() {
        return get().toLanguageTag();
    }

    public static Locale negotiate(String acceptLanguage, List<Locale> supported, Locale fallback) {
        if (acceptLanguage == null || acceptLanguage.isBlank()) {
            return fallback;
        }
        try {
            Locale match = Locale.lookup(Locale.LanguageRange.parse(acceptLanguage), supported);
            return match == null ? fallback : match;
        } catch (IllegalArgumentException malformedHeader) {
            return fallback;
        }
    }
}
