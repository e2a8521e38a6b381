package org.openprocure.portal.wire;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.quarkus.test.security.TestSecurity;
import io.quarkus.test.security.oidc.Claim;
import io.quarkus.test.security.oidc.OidcSecurity;

import org.openprocure.portal.wire.FakeTenderService.Received;

/**
 * The portal against tender-service's wire format, with the real REST clients: query parameters,
 * JSON bodies and instants, problem documents, PDFs both ways, and whose token goes with which call.
 */
@QuarkusTest
@TestProfile(FakeTenderServiceProfile.class)
class TenderServiceWireTest {

    private static final String OCID = FakeTenderService.OCID;

    private final ObjectMapper json = new ObjectMapper();

    @BeforeEach
    void forgetEarlierRequests() {
        FakeTenderService.RECEIVED.clear();
    }

    private static Received only(String method, String pathPart) {
        List<Received> matching = FakeTenderService.RECEIVED.stream()
                .filter(received -> received.method().equals(method) && received.target().contains(pathPart))
                .toList();
        assertEquals(1, matching.size(), () -> method + " " + pathPart + " in " + FakeTenderService.RECEIVED);
        return matching.get(0);
    }

    @Test
    void theBoardSendsItsSearchAsQueryParameters() {
        given().queryParam("q", "road works")
                .queryParam("cpv", "4523")
                .queryParam("deadlineFrom", "2026-12-01")
                .queryParam("valueMax", "200000")
                .when().get("/")
                .then()
                .statusCode(200)
                .body(containsString("Road resurfacing — Zieliński Street"),
                        containsString("Open for bids"),
                        containsString("€125,000.00"));

        Received search = only("GET", "/api/notices");
        assertEquals("/fake-tender-service/api/notices?q=road+works&cpv=4523&deadlineFrom=2026-12-01T00%3A00%3A00Z"
                + "&valueMax=200000&page=0&size=20", search.target().replace("%20", "+"));
        assertNull(search.authorization());
    }

    @Test
    void aPagesTraceGoesOnToTheServiceItCalls() {
        String traceId = "4bf92f3577b34da6a3ce929d0e0e4736";
        given().header("traceparent", "00-" + traceId + "-00f067aa0ba902b7-01").when().get("/")
                .then().statusCode(200);

        String sent = only("GET", "/api/notices").traceparent();
        assertTrue(sent != null && sent.startsWith("00-" + traceId + "-"),
                () -> "tender-service's call continues the page's trace: " + sent);
    }

    @Test
    void theTenderPageReadsTheServicesJson() {
        given().when().get("/tenders/" + OCID)
                .then()
                .statusCode(200)
                .body(containsString("Public consultation"),
                        containsString("<code>45233252-0</code> Surfacing work for roads"),
                        containsString("8,400 m2"),
                        containsString("7 December 2026, 12:00 UTC"),
                        containsString("Personal insults."),
                        containsString("Version 0: Consulted draft"),
                        containsString("action=\"/tenders/" + OCID + "/comments\""));
    }

    @Test
    void anUnknownNoticeIsNotFound() {
        given().when().get("/tenders/ocds-op7x2k-T-2026-999999")
                .then()
                .statusCode(404)
                .body(containsString("<h1>Page not found</h1>"));
    }

    @Test
    void anAnonymousCommentIsJsonWithoutAuthorOrToken() throws Exception {
        given().redirects().follow(false)
                .formParam("text", "Keep one lane open.")
                .formParam("target", "section:schedule")
                .when().post("/tenders/" + OCID + "/comments")
                .then()
                .statusCode(303)
                .header("Location", endsWith("?sent=comment#comments"));

        Received comment = only("POST", "/comments");
        assertTrue(comment.contentType().startsWith("application/json"), comment.contentType());
        assertNull(comment.authorization());
        assertEquals(json.readTree("{\"text\":\"Keep one lane open.\",\"target\":{\"type\":\"section\","
                + "\"section\":\"schedule\"}}"), json.readTree(comment.body()));
    }

    @Test
    void theServicesProblemDocumentIsShownAtTheForm() {
        given().formParam("text", "Is it too late?")
                .formParam("target", "tender")
                .when().post("/tenders/" + OCID + "/comments")
                .then()
                .statusCode(409)
                .body(containsString("The consultation ended on 7 December 2026 at 12:00 UTC."),
                        containsString("Comments are no longer taken."),
                        containsString(">Is it too late?</textarea>"));
    }

    @Test
    void aDocumentIsPassedThroughByteForByte() {
        byte[] served = given().when().get("/tenders/" + OCID + "/documents/doc-1")
                .then()
                .statusCode(200)
                .header("Digest", equalTo("sha-256=n4bQgYhMfWWaL+qgxVrQFaO/TxsrC4Is0V1sFbDwCgg="))
                .extract().asByteArray();

        assertArrayEquals(FakeTenderService.PDF, served);
    }

    @Test
    @TestSecurity(user = "officer.anna", roles = "officer")
    @OidcSecurity(claims = @Claim(key = "org", value = "buyer-northvale"))
    void anOfficersDraftGoesAsJsonWithTheOfficersToken() throws Exception {
        given().redirects().follow(false)
                .formParam("title", "Road works")
                .formParam("procurementMethod", "open")
                .formParam("mainProcurementCategory", "works")
                .formParam("currency", "EUR")
                .formParam("awardCriteria", "priceOnly")
                .formParam("lots[0].title", "Carriageway")
                .formParam("lots[0].estimatedValue", "100000.00")
                .formParam("lots[0].items[0].description", "Asphalt surfacing")
                .formParam("lots[0].items[0].quantity", "8400")
                .formParam("lots[0].items[0].unit", "m2")
                .formParam("lots[0].items[0].classification", "45233252-0")
                .formParam("submissionDeadline", "2026-12-30T12:00")
                .when().post("/officer/tenders/new")
                .then()
                .statusCode(303)
                .header("Location", endsWith("/officer/tenders/" + FakeTenderService.CREATED + "?done=created"));

        Received draft = only("POST", "/api/tenders");
        assertTrue(draft.authorization() != null && draft.authorization().startsWith("Bearer ey"),
                draft.authorization());
        JsonNode body = json.readTree(draft.body());
        assertEquals("2026-12-30T12:00:00Z", body.get("submissionDeadline").asText());
        assertEquals("45233252-0", body.at("/lots/0/items/0/classification").asText());
        assertEquals(8400, body.at("/lots/0/items/0/quantity").asInt());
        assertEquals(0, body.get("criteria").size());
        assertTrue(!body.has("openingCommittee") && !body.has("procurementMethodRationale"), body.toString());
    }

    @Test
    @TestSecurity(user = "officer.anna", roles = "officer")
    @OidcSecurity(claims = @Claim(key = "org", value = "buyer-northvale"))
    void anUploadedPdfGoesAsTheBodyWithItsTitleAndName() {
        given().redirects().follow(false)
                .multiPart("title", "Bill of quantities")
                .multiPart("file", "boq.pdf", FakeTenderService.PDF, "application/pdf")
                .when().post("/officer/tenders/" + FakeTenderService.ID + "/documents")
                .then()
                .statusCode(303);

        Received upload = only("POST", "/documents");
        assertEquals("/fake-tender-service/api/tenders/" + FakeTenderService.ID
                + "/documents?title=Bill%20of%20quantities", upload.target().replace("+", "%20"));
        assertEquals("application/pdf", upload.contentType());
        assertEquals("attachment; filename=\"boq.pdf\"", upload.contentDisposition());
        assertArrayEquals(FakeTenderService.PDF, upload.body());
        assertTrue(upload.authorization().startsWith("Bearer "));
    }

    @Test
    @TestSecurity(user = "officer.anna", roles = "officer")
    @OidcSecurity(claims = @Claim(key = "org", value = "buyer-northvale"))
    void theOfficersManagePageReadsTheBuyersView() {
        given().when().get("/officer/tenders/" + FakeTenderService.ID)
                .then()
                .statusCode(200)
                .body(containsString("Draft"),
                        containsString("action=\"/officer/tenders/" + FakeTenderService.ID + "/consultation\""),
                        not(containsString("Public page")));
    }
}
