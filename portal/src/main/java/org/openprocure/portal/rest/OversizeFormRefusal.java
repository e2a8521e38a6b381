package org.openprocure.portal.rest;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import io.quarkus.qute.i18n.MessageBundles;
import io.quarkus.runtime.configuration.MemorySize;
import io.quarkus.vertx.http.runtime.RouteConstants;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;

import org.openprocure.portal.i18n.AppMessages;
import org.openprocure.portal.view.RequestLocale;

/**
 * A form or upload whose declared {@code Content-Length} is over {@code quarkus.http.limits.max-body-size} is
 * refused with a 413 page saying how large it was and what the portal takes (or a problem+json for a client that
 * asks for JSON). Quarkus's own limit route ends such a request with an empty 413 before the portal's code runs;
 * this route runs just ahead of it, closes the connection, and never reads the body.
 */
@ApplicationScoped
public class OversizeFormRefusal {

    private final Optional<MemorySize> maxBodySize;
    private final List<Locale> supported;
    private final Locale fallback;

    @Inject
    public OversizeFormRefusal(@ConfigProperty(name = "quarkus.http.limits.max-body-size") Optional<MemorySize> maxBodySize,
            @ConfigProperty(name = "quarkus.locales") List<Locale> supported,
            @ConfigProperty(name = "quarkus.default-locale") Locale fallback) {
        this.maxBodySize = maxBodySize;
        this.supported = supported;
        this.fallback = fallback;
    }

    void register(@Observes Router router) {
        if (maxBodySize.isPresent()) {
            long limit = maxBodySize.get().asLongValue();
            router.route().order(RouteConstants.ROUTE_ORDER_UPLOAD_LIMIT - 1).handler(context -> refuseOver(limit, context));
        }
    }

    private void refuseOver(long limit, RoutingContext context) {
        Long declared = declaredLength(context.request().getHeader(HttpHeaders.CONTENT_LENGTH));
        if (declared == null || declared <= limit) {
            context.next();
            return;
        }
        Locale locale = RequestLocale.negotiate(context.request().getHeader(HttpHeaders.ACCEPT_LANGUAGE), supported,
                fallback);
        AppMessages text = MessageBundles.get(AppMessages.class, io.quarkus.qute.i18n.Localized.Literal.of(locale.toLanguageTag()));
        String reason = text.refusedTooLargeBy(size(declared), size(limit));
        context.response().setStatusCode(413).putHeader(HttpHeaders.CONNECTION, "close");
        if (wantsJson(context.request().getHeader(HttpHeaders.ACCEPT))) {
            JsonObject problem = new JsonObject().put("type", "about:blank").put("title", text.refusedTitle())
                    .put("status", 413).put("detail", reason).put("instance", context.request().path());
            context.response().putHeader(HttpHeaders.CONTENT_TYPE, "application/problem+json").end(problem.encode());
            return;
        }
        String html = Templates.tooLarge(reason, locale.toLanguageTag()).setLocale(locale).render();
        context.response().putHeader(HttpHeaders.CONTENT_TYPE, "text/html;charset=UTF-8").end(html);
    }

    static Long declaredLength(String header) {
        if (header == null) {
            return null;
        }
        try {
            return Long.parseLong(header.strip());
        } catch (NumberFormatException e) {
            return null;
        }
    }

    /** Whether the client asks for JSON and not for a page. */
    static boolean wantsJson(String accept) {
        return accept != null && accept.contains("json") && !accept.contains("text/html");
    }

    /** A byte count as people read it: {@code 21 MB}, {@code 640 KB}. */
    static String size(long bytes) {
        if (bytes >= 1024 * 1024) {
            long tenths = Math.round(bytes * 10.0 / (1024 * 1024));
            return (tenths % 10 == 0 ? String.valueOf(tenths / 10) : tenths / 10 + "." + tenths % 10) + " MB";
        }
        if (bytes >= 1024) {
            return Math.round(bytes / 1024.0) + " KB";
        }
        return bytes + " bytes";
    }
}
