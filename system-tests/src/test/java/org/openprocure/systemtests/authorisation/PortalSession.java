package org.openprocure.systemtests.authorisation;

import java.io.IOException;
import java.net.CookieManager;
import java.net.CookiePolicy;
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
 * A browser-like HTTP client signed in to the portal by the OIDC authorisation code flow, as a person signs in:
 * the portal's sign-in page redirects to Keycloak's login form, the form is posted with the user name and
 * password, and Keycloak redirects back with the code; the cookies of both are kept.
 */
final class PortalSession {

    private static final Pattern FORM_ACTION = Pattern.compile("<form[^>]*id=\"kc-form-login\"[^>]*action=\"([^\"]+)\"|"
            + "<form[^>]*action=\"([^\"]+)\"[^>]*id=\"kc-form-login\"");

    private PortalSession() {
    }

    /** A client with no session: the anonymous visitor. */
    static HttpClient anonymous() {
        return HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER)
                .cookieHandler(new CookieManager(null, CookiePolicy.ACCEPT_ALL))
                .connectTimeout(Duration.ofSeconds(10)).build();
    }

    /** A client whose cookies hold a portal session of {@code username}. */
    static HttpClient signIn(String portalUrl, String username, String password) {
        HttpClient client = anonymous();
        try {
            HttpResponse<String> page = follow(client, URI.create(portalUrl + "/login"));
            Matcher form = FORM_ACTION.matcher(page.body());
            if (!form.find()) {
                throw new IllegalStateException("no Keycloak login form at " + page.uri() + ": " + page.statusCode());
            }
            String action = (form.group(1) != null ? form.group(1) : form.group(2)).replace("&amp;", "&");
            String credentials = "username=" + URLEncoder.encode(username, StandardCharsets.UTF_8) + "&password="
                    + URLEncoder.encode(password, StandardCharsets.UTF_8) + "&credentialId=";
            HttpResponse<String> posted = client.send(HttpRequest.newBuilder(page.uri().resolve(action))
                    .header("Content-Type", "application/x-www-form-urlencoded")
                    .POST(HttpRequest.BodyPublishers.ofString(credentials)).build(),
                    HttpResponse.BodyHandlers.ofString());
            if (posted.statusCode() / 100 != 3) {
                throw new IllegalStateException(username + " could not sign in: " + posted.statusCode());
            }
            HttpResponse<String> landed = follow(client, posted.uri().resolve(
                    posted.headers().firstValue("Location").orElseThrow()));
            if (landed.statusCode() != 200 || !landed.uri().toString().startsWith(portalUrl)) {
                throw new IllegalStateException(username + " did not land on the portal: " + landed.statusCode() + " "
                        + landed.uri());
            }
            return client;
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static HttpResponse<String> follow(HttpClient client, URI uri) throws IOException, InterruptedException {
        URI next = uri;
        for (int hops = 0; hops < 10; hops++) {
            HttpResponse<String> response = client.send(HttpRequest.newBuilder(next).GET().build(),
                    HttpResponse.BodyHandlers.ofString());
            var location = response.headers().firstValue("Location");
            if (response.statusCode() / 100 != 3 || location.isEmpty()) {
                return response;
            }
            next = next.resolve(location.get());
        }
        throw new IllegalStateException("too many redirects from " + uri);
    }
}
