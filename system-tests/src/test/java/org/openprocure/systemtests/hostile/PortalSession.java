package org.openprocure.systemtests.hostile;

import java.io.IOException;
import java.net.CookieHandler;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A demo user signed in to the portal over plain HTTP, as a browser would: the portal sends the
 * user to Keycloak's login form, the form is posted with the password, Keycloak sends the user back
 * with a code and the portal sets its session cookie. Requests through {@link #client()} carry it.
 */
final class PortalSession {

    private static final Pattern FORM_ACTION = Pattern.compile("<form[^>]*id=\"kc-form-login\"[^>]*action=\"([^\"]+)\"");
    private static final Pattern ANY_ACTION = Pattern.compile("action=\"([^\"]+login-actions/authenticate[^\"]*)\"");

    private final HttpClient client;

    private PortalSession(HttpClient client) {
        this.client = client;
    }

    /** Nobody signed in. */
    static PortalSession anonymous() {
        return new PortalSession(HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).connectTimeout(Duration.ofSeconds(10))
                .followRedirects(HttpClient.Redirect.NEVER).build());
    }

    static PortalSession signIn(String portalUrl, String username, String password) {
        Cookies cookies = new Cookies();
        HttpClient browser = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).cookieHandler(cookies).connectTimeout(Duration.ofSeconds(10))
                .followRedirects(HttpClient.Redirect.ALWAYS).build();
        try {
            HttpResponse<String> loginPage = browser.send(HttpRequest.newBuilder(URI.create(portalUrl + "/login"))
                    .GET().build(), HttpResponse.BodyHandlers.ofString());
            String html = loginPage.body();
            Matcher action = FORM_ACTION.matcher(html);
            if (!action.find()) {
                action = ANY_ACTION.matcher(html);
                if (!action.find()) {
                    throw new IllegalStateException("no Keycloak login form at " + loginPage.uri() + ": "
                            + Probe.abbreviate(html));
                }
            }
            String post = action.group(1).replace("&amp;", "&");
            String form = "username=" + URLEncoder.encode(username, StandardCharsets.UTF_8) + "&password="
                    + URLEncoder.encode(password, StandardCharsets.UTF_8) + "&credentialId=";
            HttpResponse<String> back = browser.send(HttpRequest.newBuilder(URI.create(post))
                    .header("Content-Type", "application/x-www-form-urlencoded")
                    .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.ofString());
            if (back.statusCode() != 200 || !back.uri().toString().startsWith(portalUrl)) {
                throw new IllegalStateException(username + " did not get back to the portal: " + back.statusCode()
                        + " at " + back.uri());
            }
            if (cookies.values.keySet().stream().noneMatch(name -> name.startsWith("q_session"))) {
                throw new IllegalStateException(username + " has no portal session cookie: " + cookies.values.keySet());
            }
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
        return new PortalSession(HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).cookieHandler(cookies).connectTimeout(Duration.ofSeconds(10))
                .followRedirects(HttpClient.Redirect.NEVER).build());
    }

    HttpClient client() {
        return client;
    }

    /**
     * The cookies of one browser on localhost. Keycloak marks its login cookies Secure, which a browser
     * ignores on localhost and {@link java.net.CookieManager} does not; here every cookie goes back to
     * the host that set it (only localhost is ever talked to).
     */
    private static final class Cookies extends CookieHandler {
        final java.util.Map<String, String> values = new java.util.concurrent.ConcurrentHashMap<>();

        @Override
        public java.util.Map<String, java.util.List<String>> get(URI uri,
                java.util.Map<String, java.util.List<String>> requestHeaders) {
            if (values.isEmpty()) {
                return java.util.Map.of();
            }
            String header = values.entrySet().stream().map(e -> e.getKey() + "=" + e.getValue())
                    .collect(java.util.stream.Collectors.joining("; "));
            return java.util.Map.of("Cookie", java.util.List.of(header));
        }

        @Override
        public void put(URI uri, java.util.Map<String, java.util.List<String>> responseHeaders) {
            responseHeaders.forEach((name, headerValues) -> {
                if (name == null || !name.equalsIgnoreCase("Set-Cookie")) {
                    return;
                }
                for (String cookie : headerValues) {
                    String pair = cookie.split(";", 2)[0];
                    int equals = pair.indexOf('=');
                    if (equals <= 0) {
                        continue;
                    }
                    String key = pair.substring(0, equals).trim();
                    String value = pair.substring(equals + 1).trim();
                    String lower = cookie.toLowerCase(java.util.Locale.ROOT);
                    if (value.isEmpty() || lower.contains("max-age=0") || lower.contains("expires=thu, 01 jan 1970")) {
                        values.remove(key);
                    } else {
                        values.put(key, value);
                    }
                }
            });
        }
    }
}
