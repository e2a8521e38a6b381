package org.openprocure.systemtests.endpoints;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A browser-like visitor of the portal, signed in (or not) by the OIDC authorisation code flow as a person signs
 * in: the portal's sign-in page redirects to Keycloak's login form, the form is posted with the user name and
 * password, and Keycloak redirects back with the code. It keeps the cookies of both as a browser does on
 * {@code localhost}, where cookies marked {@code Secure} travel over plain HTTP too (the JDK's cookie manager
 * would drop Keycloak's).
 */
public final class PortalSession {

    private static final Pattern FORM_ACTION = Pattern.compile(
            "<form[^>]*id=\"kc-form-login\"[^>]*action=\"([^\"]+)\"|<form[^>]*action=\"([^\"]+)\"[^>]*id=\"kc-form-login\"");
    private static final HttpClient CLIENT = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .followRedirects(HttpClient.Redirect.NEVER)
            .connectTimeout(Duration.ofSeconds(10)).build();

    private final StringBuilder trace = new StringBuilder();
    private final Map<String, String> cookies = java.util.Collections.synchronizedMap(new LinkedHashMap<>());

    private PortalSession() {
    }

    /** A visitor with no session. */
    public static PortalSession anonymous() {
        return new PortalSession();
    }

    /** A visitor signed in as {@code username}. */
    public static PortalSession signIn(String portalUrl, String username, String password) {
        PortalSession session = new PortalSession();
        HttpResponse<String> page = session.follow(URI.create(portalUrl + "/login"));
        Matcher form = FORM_ACTION.matcher(page.body());
        if (!form.find()) {
            throw new IllegalStateException("no Keycloak login form at " + page.uri() + ": " + page.statusCode());
        }
        String action = (form.group(1) != null ? form.group(1) : form.group(2)).replace("&amp;", "&");
        String credentials = "username=" + URLEncoder.encode(username, StandardCharsets.UTF_8) + "&password="
                + URLEncoder.encode(password, StandardCharsets.UTF_8) + "&credentialId=";
        HttpResponse<String> posted = session.send(HttpRequest.newBuilder(page.uri().resolve(action))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(credentials)));
        if (posted.statusCode() / 100 != 3) {
            throw new IllegalStateException(username + " could not sign in: " + posted.statusCode() + " "
                    + posted.body().replaceAll("\\s+", " ").substring(0, Math.min(300, posted.body().length())));
        }
        HttpResponse<String> landed = session.follow(posted.uri().resolve(
                posted.headers().firstValue("Location").orElseThrow()));
        if (landed.statusCode() != 200 || !landed.uri().toString().startsWith(portalUrl)) {
            throw new IllegalStateException(username + " did not land on the portal: " + session.trace());
        }
        HttpResponse<String> again = session.send(HttpRequest.newBuilder(URI.create(portalUrl + "/login")).GET());
        if (again.statusCode() / 100 != 3 || again.headers().firstValue("Location").orElse("").contains("openid-connect")) {
            throw new IllegalStateException(username + "'s session is not recognised: " + session.trace());
        }
        return session;
    }

    /** Sends the request with this visitor's cookies, and keeps the cookies the answer sets. */
    public HttpResponse<String> send(HttpRequest.Builder request) {
        try {
            return send(request, HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /** As {@link #send(HttpRequest.Builder)}, with the answer's body as {@code handler} reads it. */
    public <T> HttpResponse<T> send(HttpRequest.Builder request, HttpResponse.BodyHandler<T> handler) throws IOException {
        if (!cookies.isEmpty()) {
            synchronized (cookies) {
                request.header("Cookie", String.join("; ", cookies.entrySet().stream()
                        .map(c -> c.getKey() + "=" + c.getValue()).toList()));
            }
        }
        HttpResponse<T> response;
        try {
            response = CLIENT.send(request.build(), handler);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
        for (String header : response.headers().allValues("Set-Cookie")) {
            keep(header);
        }
        synchronized (trace) {
            if (trace.length() < 20_000) {
                trace.append('\n').append(response.request().method()).append(' ').append(response.uri()).append(" -> ")
                        .append(response.statusCode()).append(' ')
                        .append(response.headers().firstValue("Location").orElse("")).append(" sent ")
                        .append(response.request().headers().firstValue("Cookie").map(PortalSession::names).orElse("[]"))
                        .append(" set ").append(response.headers().allValues("Set-Cookie").stream()
                                .map(c -> c.split("=", 2)[0] + (c.toLowerCase(Locale.ROOT).contains("max-age=0") ? "(gone)" : ""))
                                .toList());
            }
        }
        return response;
    }

    private static String names(String cookieHeader) {
        return java.util.Arrays.stream(cookieHeader.split("; ")).map(c -> c.split("=", 2)[0]).toList().toString();
    }

    /** What this visitor sent and got so far (cookie names only), to tell why a session was not recognised. */
    public String trace() {
        return trace.toString();
    }

    private void keep(String setCookie) {
        String[] parts = setCookie.split(";");
        int eq = parts[0].indexOf('=');
        if (eq <= 0) {
            return;
        }
        String name = parts[0].substring(0, eq).strip();
        String value = parts[0].substring(eq + 1).strip();
        boolean expired = value.isEmpty();
        for (int i = 1; i < parts.length; i++) {
            String attribute = parts[i].strip().toLowerCase(Locale.ROOT);
            if (attribute.equals("max-age=0") || attribute.startsWith("expires=thu, 01 jan 1970")
                    || attribute.startsWith("expires=thu, 01-jan-1970")) {
                expired = true;
            }
        }
        if (expired) {
            cookies.remove(name);
        } else {
            cookies.put(name, value);
        }
    }

    private HttpResponse<String> follow(URI uri) {
        URI next = uri;
        for (int hops = 0; hops < 10; hops++) {
            HttpResponse<String> response = send(HttpRequest.newBuilder(next).GET());
            var location = response.headers().firstValue("Location");
            if (response.statusCode() / 100 != 3 || location.isEmpty()) {
                return response;
            }
            next = next.resolve(location.get());
        }
        throw new IllegalStateException("too many redirects from " + uri);
    }
}
