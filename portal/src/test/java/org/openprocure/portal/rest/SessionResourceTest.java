package org.openprocure.portal.rest;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.startsWith;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;

@QuarkusTest
class SessionResourceTest {

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
