package org.openprocure.systemtests.faults;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.CookieHandler;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.openprocure.stack.KeycloakServer;
import org.openprocure.stack.LocalStack;
import org.openprocure.systemtests.Platform;
import org.openprocure.systemtests.SuiteCounts;

/**
 * Keycloak stops. Tokens issued before keep working against every service until they expire (the services
 * check signatures with the keys they already hold); new logins fail, and the portal says so on a page of its
 * own instead of sending the browser to a dead address, while its public pages still work. When Keycloak is
 * back, a user logs in to the portal through the whole code flow again.
 */
class KeycloakOutageIT {

    private static final List<String> SERVICES = List.of("tender-service", "bid-service", "evaluation-service",
            "contract-service");
    private static final List<String> USERS = List.of("officer.anna", "supplier.acme", "evaluator.dana",
            "auditor.farah");

    @Test
    void issuedTokensKeepWorkingAndNewLoginsGetAClearPageUntilKeycloakIsBack() throws Exception {
        LocalStack stack = Platform.get();
        Map<String, String> tokens = USERS.stream().collect(Collectors.toMap(u -> u, Platform::token));

        stack.keycloak().stop();
        SuiteCounts.add(Bidding.SUITE, "faults injected", 1);
        try {
            for (String user : USERS) {
                String token = tokens.get(user);
                long expiresAt = ((Number) KeycloakServer.claimsOf(token).get("exp")).longValue();
                assertTrue(Instant.ofEpochSecond(expiresAt).isAfter(Instant.now()), "the token of " + user + " is unexpired");
                for (String service : SERVICES) {
                    given().baseUri(Platform.url(service)).auth().oauth2(token).get("/api/me").then()
                            .statusCode(200).body("username", equalTo(user));
                    SuiteCounts.add(Bidding.SUITE, "keycloak outage: requests served on tokens issued before", 1);
                }
            }
            given().baseUri(Platform.url("bid-service")).auth().oauth2(tokens.get("supplier.acme"))
                    .get("/api/bids/mine").then().statusCode(200);

            assertThrows(UncheckedIOException.class, () -> Platform.token("supplier.borealis"),
                    "no new token while Keycloak is down");
            given().baseUri(Platform.portalUrl()).redirects().follow(false).accept("text/html")
                    .get("/login").then()
                    .statusCode(503)
                    .contentType(containsString("text/html"))
                    .body(containsString("Sign-in is unavailable right now"),
                            containsString("Public pages still work."),
                            not(containsString("Exception")),
                            not(containsString("openid-connect/auth")));
            SuiteCounts.add(Bidding.SUITE, "keycloak outage: logins refused with a page", 1);
            given().baseUri(Platform.portalUrl()).accept("text/html").get("/").then().statusCode(200)
                    .body(containsString("href=\"/login\""));
        } finally {
            stack.keycloak().restart();
        }

        String fresh = Platform.token("supplier.borealis");
        given().baseUri(Platform.url("bid-service")).auth().oauth2(fresh).get("/api/me").then().statusCode(200)
                .body("username", equalTo("supplier.borealis"));
        given().baseUri(Platform.portalUrl()).redirects().follow(false).get("/login").then().statusCode(302)
                .header("Location", startsWith(stack.keycloak().realmUrl() + "/protocol/openid-connect/auth?"));
        String board = logInToThePortal("supplier.borealis");
        assertTrue(board.contains("class=\"viewer-name\""), "signed in on the portal: " + board);
    }

    /** The browser's part of the code flow: the portal's login, Keycloak's form, back to the portal signed in. */
    private static String logInToThePortal(String username) throws IOException, InterruptedException {
        HttpClient browser = HttpClient.newBuilder().cookieHandler(new CookieJar())
                .followRedirects(HttpClient.Redirect.NORMAL).connectTimeout(Duration.ofSeconds(10)).build();
        HttpResponse<String> form = browser.send(HttpRequest.newBuilder(URI.create(Platform.portalUrl() + "/login"))
                .header("Accept", "text/html").GET().build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(200, form.statusCode(), form.body());
        Matcher action = Pattern.compile("id=\"kc-form-login\"[^>]*action=\"([^\"]+)\"|action=\"([^\"]+)\"[^>]*id=\"kc-form-login\"")
                .matcher(form.body());
        assertTrue(action.find(), "Keycloak's login form: " + form.body());
        String target = (action.group(1) != null ? action.group(1) : action.group(2)).replace("&amp;", "&");
        String credentials = "username=" + URLEncoder.encode(username, StandardCharsets.UTF_8)
                + "&password=" + URLEncoder.encode(Platform.DEMO_PASSWORD, StandardCharsets.UTF_8) + "&credentialId=";
        HttpResponse<String> board = browser.send(HttpRequest.newBuilder(URI.create(target))
                .header("Content-Type", "application/x-www-form-urlencoded").header("Accept", "text/html")
                .POST(HttpRequest.BodyPublishers.ofString(credentials)).build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(200, board.statusCode(), board.body());
        assertTrue(board.uri().toString().startsWith(Platform.portalUrl()), "back on the portal: " + board.uri());
        return board.body();
    }

    /**
     * Cookies as a browser on localhost keeps them: by name, sent to every port (the portal's and Keycloak's
     * names differ), Secure ones too, since browsers count localhost as a secure origin.
     */
    private static final class CookieJar extends CookieHandler {
        private final Map<String, String> cookies = new ConcurrentHashMap<>();

        @Override
        public Map<String, List<String>> get(URI uri, Map<String, List<String>> requestHeaders) {
            if (cookies.isEmpty()) {
                return Map.of();
            }
            return Map.of("Cookie", List.of(cookies.entrySet().stream().map(e -> e.getKey() + "=" + e.getValue())
                    .collect(Collectors.joining("; "))));
        }

        @Override
        public void put(URI uri, Map<String, List<String>> responseHeaders) {
            responseHeaders.forEach((name, values) -> {
                if (name != null && name.equalsIgnoreCase("Set-Cookie")) {
                    for (String value : values) {
                        String pair = value.split(";", 2)[0];
                        int equals = pair.indexOf('=');
                        if (equals <= 0) {
                            continue;
                        }
                        String cookie = pair.substring(0, equals).trim();
                        String content = pair.substring(equals + 1).trim();
                        String lower = value.toLowerCase(java.util.Locale.ROOT);
                        if (content.isEmpty() || lower.contains("max-age=0") || lower.contains("expires=thu, 01 jan 1970")
                                || lower.contains("expires=thu, 01-jan-1970")) {
                            cookies.remove(cookie);
                        } else {
                            cookies.put(cookie, content);
                        }
                    }
                }
            });
        }
    }
}
