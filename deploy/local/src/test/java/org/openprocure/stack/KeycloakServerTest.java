package org.openprocure.stack;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The realm contract the services and the portal rely on, checked against a real Keycloak. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class KeycloakServerTest {

    /** username, role, org, org name, display name. */
    private static final List<List<String>> DEMO_USERS = List.of(
            List.of("officer.anna", "officer", "buyer-northvale", "Northvale City Council", "Anna Kowalczyk"),
            List.of("officer.bruno", "officer", "buyer-northvale", "Northvale City Council", "Bruno Díaz"),
            List.of("officer.chloe", "officer", "buyer-northvale", "Northvale City Council", "Chloé Martin"),
            List.of("officer.dmitri", "officer", "buyer-health", "National Health Procurement Agency", "Dmitri Ivanov"),
            List.of("officer.eun-ji", "officer", "buyer-health", "National Health Procurement Agency", "Eun-ji Park"),
            List.of("supplier.acme", "supplier", "supplier-acme", "Acme Build Ltd", "Alice Thornton"),
            List.of("supplier.borealis", "supplier", "supplier-borealis", "Borealis Medical SA", "Björn Lindqvist"),
            List.of("supplier.zielinski", "supplier", "supplier-zielinski", "Zieliński i Synowie sp. z o.o.", "Zofia Zielińska"),
            List.of("evaluator.dana", "evaluator", "buyer-northvale", "Northvale City Council", "Dana Novák"),
            List.of("evaluator.emeka", "evaluator", "buyer-health", "National Health Procurement Agency", "Emeka Okafor"),
            List.of("auditor.farah", "auditor", "audit-office", "National Audit Office", "Farah Haddad"));
    private static final List<String> ROLES = List.of("officer", "supplier", "evaluator", "auditor");

    @TempDir
    static Path home;

    private KeycloakServer keycloak;

    @BeforeAll
    void startKeycloak() {
        keycloak = KeycloakServer.start(home, 0, TestPaths.realmFile(), TestPaths.keycloakZip());
    }

    @AfterAll
    void stopKeycloak() {
        if (keycloak != null) {
            long pid = keycloak.pid();
            keycloak.close();
            assertFalse(ChildProcesses.isAlive(pid), "kc.sh gone");
        }
    }

    @Test
    void everyDemoUserGetsATokenWithItsRoleAndOrganisation() {
        for (List<String> user : DEMO_USERS) {
            String username = user.get(0);
            Map<String, Object> claims = KeycloakServer.claimsOf(keycloak.passwordGrantToken(username, "demo"));

            assertEquals(keycloak.realmUrl(), claims.get("iss"), username);
            assertEquals(username, claims.get("preferred_username"));
            assertEquals(user.get(4), claims.get("name"), username);
            assertEquals(user.get(2), claims.get("org"), username);
            assertEquals(user.get(3), claims.get("org_name"), username);
            assertTrue(claims.get("sub") instanceof String, username + " has a subject");
            Object audience = claims.get("aud");
            assertTrue("openprocure-api".equals(audience)
                            || audience instanceof List<?> list && list.contains("openprocure-api"),
                    username + "'s token is issued for the platform's APIs, aud=" + audience);
            List<?> roles = realmRoles(claims);
            assertTrue(roles.contains(user.get(1)), username + " has role " + user.get(1) + ": " + roles);
            for (String other : ROLES) {
                if (!other.equals(user.get(1))) {
                    assertFalse(roles.contains(other), username + " must not have role " + other);
                }
            }
            long lifetime = ((Number) claims.get("exp")).longValue() - ((Number) claims.get("iat")).longValue();
            assertEquals(15 * 60, lifetime, "access tokens live 15 minutes");
        }
    }

    @Test
    void wrongPasswordIsRefused() {
        KeycloakServer.TokenRefusedException refused = assertThrows(KeycloakServer.TokenRefusedException.class,
                () -> keycloak.passwordGrantToken("officer.anna", "not-the-password"));
        assertEquals(401, refused.status());
        assertEquals("invalid_grant", refused.error());
    }

    @Test
    void portalMayRedirectToAnyLocalPortButNowhereElse() throws Exception {
        int anyPort = Ports.free();
        assertEquals(200, authorize("http://localhost:" + anyPort + "/callback"));
        assertEquals(200, authorize("http://127.0.0.1:" + anyPort + "/q/oidc/callback?x=1"));
        assertEquals(400, authorize("http://localhost.attacker.example.org/callback"));
        assertEquals(400, authorize("https://attacker.example.org/callback"));
    }

    @Test
    void portalAuthenticatesWithItsDemoSecret() throws Exception {
        String token = keycloak.passwordGrantToken("supplier.acme", "demo");
        HttpResponse<String> accepted = introspect("portal-demo-secret", token);
        assertEquals(200, accepted.statusCode());
        Map<String, Object> result = Json.parseObject(accepted.body());
        assertEquals(Boolean.TRUE, result.get("active"));
        assertEquals("supplier-acme", result.get("org"));

        assertEquals(401, introspect("wrong-secret", token).statusCode());
    }

    @Test
    void restartsOnTheSamePortWithTheRealmAndItsSigningKeyKept() {
        String before = keycloak.passwordGrantToken("supplier.acme", "demo");
        keycloak.stop();
        assertFalse(keycloak.isRunning());
        assertThrows(java.io.UncheckedIOException.class, () -> keycloak.passwordGrantToken("supplier.acme", "demo"),
                "no logins while stopped");

        keycloak.restart();
        assertTrue(keycloak.isRunning());
        String after = keycloak.passwordGrantToken("supplier.acme", "demo");
        assertEquals(header(before).get("kid"), header(after).get("kid"), "tokens are signed with the same key");
        assertEquals(KeycloakServer.claimsOf(before).get("iss"), KeycloakServer.claimsOf(after).get("iss"));
    }

    private static Map<String, Object> header(String jwt) {
        return Json.parseObject(new String(java.util.Base64.getUrlDecoder().decode(jwt.split("\\.")[0]),
                java.nio.charset.StandardCharsets.UTF_8));
    }

    @Test
    void startsAgainOnTheSameHomeWithTheRealmKept() {
        keycloak.stop();
        assertFalse(keycloak.isRunning());
        keycloak = KeycloakServer.start(home, keycloak.port(), TestPaths.realmFile(), TestPaths.keycloakZip());
        Map<String, Object> claims = KeycloakServer.claimsOf(keycloak.passwordGrantToken("auditor.farah", "demo"));
        assertEquals("audit-office", claims.get("org"));
    }

    private static List<?> realmRoles(Map<String, Object> claims) {
        Object realmAccess = claims.get("realm_access");
        assertTrue(realmAccess instanceof Map, "realm_access claim present");
        Object roles = ((Map<?, ?>) realmAccess).get("roles");
        assertTrue(roles instanceof List, "realm_access.roles present");
        return (List<?>) roles;
    }

    private int authorize(String redirectUri) throws Exception {
        String url = keycloak.realmUrl() + "/protocol/openid-connect/auth?response_type=code&scope=openid&client_id=portal"
                + "&state=s&redirect_uri=" + URLEncoder.encode(redirectUri, StandardCharsets.UTF_8);
        return Http.status(url);
    }

    private HttpResponse<String> introspect(String secret, String token) throws Exception {
        String form = "client_id=portal&client_secret=" + URLEncoder.encode(secret, StandardCharsets.UTF_8)
                + "&token=" + URLEncoder.encode(token, StandardCharsets.UTF_8);
        HttpRequest request = HttpRequest.newBuilder(URI.create(keycloak.realmUrl() + "/protocol/openid-connect/token/introspect"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form))
                .build();
        return Http.CLIENT.send(request, HttpResponse.BodyHandlers.ofString());
    }
}
