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
    void anUploadOverTheLimitIsARefusalPageSayingHowLargeItWasAndWhatIsTaken() throws Exception {
        java.net.http.HttpResponse<String> english = postOversized("en");
        org.junit.jupiter.api.Assertions.assertEquals(413, english.statusCode());
        org.hamcrest.MatcherAssert.assertThat(english.headers().firstValue("Content-Type").orElse(""),
                startsWith("text/html"));
        org.hamcrest.MatcherAssert.assertThat(english.body(), org.hamcrest.Matchers.allOf(
                containsString("<h1>This request was refused</h1>"),
                containsString("What was sent (22 MB) is larger than the 21 MB this page accepts: send a smaller file."),
                containsString("</html>")));

        java.net.http.HttpResponse<String> ukrainian = postOversized("uk");
        org.junit.jupiter.api.Assertions.assertEquals(413, ukrainian.statusCode());
        org.hamcrest.MatcherAssert.assertThat(ukrainian.body(),
                containsString("Надіслане (22 MB) більше за 21 MB, які приймає ця сторінка"));
    }

    private static java.net.http.HttpResponse<String> postOversized(String language) throws Exception {
        byte[] body = new byte[22 * 1024 * 1024];
        java.util.Arrays.fill(body, (byte) 'a');
        return java.net.http.HttpClient.newBuilder().version(java.net.http.HttpClient.Version.HTTP_1_1).build()
                .send(java.net.http.HttpRequest.newBuilder(java.net.URI.create(
                        io.restassured.RestAssured.baseURI + ":" + io.restassured.RestAssured.port + "/integrity"))
                        .header("Content-Type", "multipart/form-data; boundary=b")
                        .header("Accept", "text/html")
                        .header("Accept-Language", language)
                        .POST(java.net.http.HttpRequest.BodyPublishers.ofByteArray(body)).build(),
                        java.net.http.HttpResponse.BodyHandlers.ofString());
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
