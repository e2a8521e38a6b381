package org.openprocure.portal.rest;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.startsWith;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;

@QuarkusTest
class ErrorPagesTest {

    @Test
    void unknownPagesGetThePortalsNotFoundPage() {
        given().accept("text/html,application/xhtml+xml,*/*;q=0.8")
                .when().get("/no-such-page")
                .then()
                .statusCode(404)
                .contentType(startsWith("text/html"))
                .body(containsString("<h1>Page not found</h1>"),
                        containsString("href=\"/login\""),
                        not(containsString("Exception")));
    }

    @Test
    void theNotFoundPageSpeaksUkrainianToo() {
        given().header("Accept-Language", "uk")
                .when().get("/no-such-page")
                .then()
                .statusCode(404)
                .body(containsString("<h1>Сторінку не знайдено</h1>"));
    }

    @Test
    void clientsAskingForJsonGetAProblemDocument() {
        given().accept("application/json")
                .when().get("/no-such-page")
                .then()
                .statusCode(404)
                .contentType("application/problem+json")
                .body("status", equalTo(404), "title", equalTo("Not Found"));
    }

    @Test
    void aFormSentInAnotherFormatIsARefusalPageSayingSo() {
        given().accept("text/html").contentType("application/json").body("{}")
                .when().post("/integrity")
                .then()
                .statusCode(415)
                .contentType(startsWith("text/html"))
                .body(containsString("<h1>This request was refused</h1>"),
                        containsString("This page only accepts its own form; what was sent came in another format."),
                        not(containsString("Exception")));
    }

    @Test
    void aMalformedFormIsARefusalPageNotAnError() {
        given().accept("text/html").contentType("application/x-www-form-urlencoded").body("a=%ZZ&&==&%")
                .when().post("/tenders/ocds-op7x2k-T-2026-000001/opening/check")
                .then()
                .statusCode(400)
                .contentType(startsWith("text/html"))
                .body(containsString("<h1>This request was refused</h1>"),
                        containsString("is malformed"),
                        not(containsString("Exception")));
    }

    @Test
    void theStylesheetIsPublic() {
        given().when().get("/css/portal.css")
                .then()
                .statusCode(200)
                .contentType(startsWith("text/css"));
    }

    @Test
    void healthIsPublic() {
        given().when().get("/q/health/live")
                .then()
                .statusCode(200);
    }
}
