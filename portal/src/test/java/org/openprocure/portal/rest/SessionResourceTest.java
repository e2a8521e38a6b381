package org.openprocure.portal.rest;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.startsWith;

import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;

@QuarkusTest
@QuarkusTestResource(value = IdentityProviderStub.class, restrictToAnnotatedClass = true)
class SessionResourceTest {

    @AfterEach
    void identityProviderBackUp() {
        IdentityProviderStub.up();
    }

    @Test
    void withKeycloakDownLoginShowsAPageSayingSoInsteadOfSendingTheBrowserThere() {
        IdentityProviderStub.down();
        given().redirects().follow(false).accept("text/html")
                .when().get("/login")
                .then()
                .statusCode(503)
                .header("Retry-After", "30")
                .contentType("text/html")
                .body(containsString("<h1>Sign-in is unavailable right now</h1>"),
                        containsString("Public pages still work."),
                        containsString("href=\"/\""),
                        not(containsString("Exception")),
                        not(containsString("/protocol/openid-connect/auth")));
        given().redirects().follow(false).accept("text/html").header("Accept-Language", "uk")
                .when().get("/login")
                .then()
                .statusCode(503)
                .body(containsString("Вхід зараз недоступний"));
        given().redirects().follow(false).accept("application/json")
                .when().get("/login")
                .then()
                .statusCode(503)
                .contentType("application/problem+json")
                .body("status", equalTo(503));
    }

    @Test
    @TestSecurity(user = "officer.anna", roles = "officer")
    void withKeycloakDownASignedInUserStillLandsOnTheBoard() {
        IdentityProviderStub.down();
        given().redirects().follow(false)
                .when().get("/login")
                .then()
                .statusCode(303)
                .header("Location", endsWith("/"));
    }

    @Test
    void loginSendsAnonymousVisitorsToKeycloak() {
        given().redirects().follow(false)
                .when().get("/login")
                .then()
                .statusCode(302)
                .header("Location", startsWith("http://localhost:8180/realms/procurement/protocol/openid-connect/auth?"))
                .header("Location", containsString("response_type=code"))
                .header("Location", containsString("client_id=portal"))
                .header("Location", containsString("scope=openid"))
                .header("Location", containsString("redirect_uri=http%3A%2F%2Flocalhost%3A"))
                .header("Location", containsString("%2Flogin"));
    }

    @Test
    @TestSecurity(user = "officer.anna", roles = "officer")
    void loginReturnsSignedInUsersToTheNoticeBoard() {
        given().redirects().follow(false)
                .when().get("/login")
                .then()
                .statusCode(303)
                .header("Location", endsWith("/"));
    }

    @Test
    void logoutWithoutASessionGoesBackToTheNoticeBoard() {
        given().redirects().follow(false)
                .when().get("/logout")
                .then()
                .statusCode(303)
                .header("Location", endsWith("/"));
    }
}
