package org.openprocure.tender.rest;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.quarkus.test.security.oidc.Claim;
import io.quarkus.test.security.oidc.OidcSecurity;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openprocure.stack.PostgresTestResource;
import org.openprocure.support.time.MutableClock;
import org.openprocure.tender.Tender;
import org.openprocure.support.time.ClockProducer;
import org.openprocure.tender.domain.TenderStage;

/** Refused requests: a clear problem+json naming what is wrong, and nothing changed. */
@QuarkusTest
@QuarkusTestResource(value = PostgresTestResource.class, initArgs = @ResourceArg(name = "database", value = "tender"))
class TenderApiRefusalsTest {

    @Inject
    MutableClock clock;

    @Inject
    EntityManager em;

    @Inject
    com.fasterxml.jackson.databind.ObjectMapper objectMapper;

    private List<Long> before;

    @BeforeEach
    void snapshot() {
        clock.set(ClockProducer.TEST_START);
        before = counts();
    }

    @AfterEach
    void nothingChanged() {
        assertEquals(before, counts(), "tenders, lots and outbox events are unchanged");
    }

    @Test
    @TestSecurity(user = "officer.anna", roles = "officer")
    @OidcSecurity(claims = @Claim(key = "org", value = "buyer-northvale"))
    void malformedJsonIsA400() {
        post("{\"title\": \"Road\", ").statusCode(400)
                .contentType("application/problem+json")
                .body("title", equalTo("Malformed JSON"))
                .body("status", equalTo(400))
                .body("errors[0].field", equalTo("$"));
    }

    @Test
    @TestSecurity(user = "officer.anna", roles = "officer")
    @OidcSecurity(claims = @Claim(key = "org", value = "buyer-northvale"))
    void aBodyOfAnotherMediaTypeIsA415NamingTheTypeSent() {
        given().contentType("text/plain").body(valid().toString()).post("/api/tenders").then().statusCode(415)
                .contentType("application/problem+json")
                .body("title", equalTo("Unsupported Media Type"))
                .body("detail", equalTo("The body's type 'text/plain; charset=ISO-8859-1' is not accepted on"
                        + " /api/tenders."));
    }

    @Test
    void aBodyOverTheLimitIsA413ProblemSayingHowLargeItWasAndWhatIsTaken() throws Exception {
        byte[] body = new byte[25 * 1024 * 1024];
        java.util.Arrays.fill(body, (byte) ' ');
        java.net.http.HttpResponse<String> response = java.net.http.HttpClient.newBuilder()
                .version(java.net.http.HttpClient.Version.HTTP_1_1).build()
                .send(java.net.http.HttpRequest.newBuilder(java.net.URI.create(
                        io.restassured.RestAssured.baseURI + ":" + io.restassured.RestAssured.port + "/api/tenders"))
                        .header("Content-Type", "application/json")
                        .POST(java.net.http.HttpRequest.BodyPublishers.ofByteArray(body)).build(),
                        java.net.http.HttpResponse.BodyHandlers.ofString());

        assertEquals(413, response.statusCode());
        assertEquals("application/problem+json", response.headers().firstValue("Content-Type").orElse(""));
        com.fasterxml.jackson.databind.JsonNode problem = objectMapper.readTree(response.body());
        assertEquals("Request body too large", problem.path("title").asText());
        assertEquals(413, problem.path("status").asInt());
        assertEquals("The request body is 26214400 bytes; this service takes at most 25165824 bytes (24 MiB).",
                problem.path("detail").asText());
        assertEquals("Content-Length", problem.path("errors").path(0).path("field").asText());
    }

    @Test
    void aControlCharacterInAPathVariableIsA400NamingItNotADatabaseError() {
        given().urlEncodingEnabled(false).get("/api/notices/ocds-op7x2k-T-2026-%00/versions").then().statusCode(400)
                .contentType("application/problem+json")
                .body("errors[0].field", equalTo("ocid"))
                .body("detail", equalTo("ocid: must not contain control characters (found U+0000)"));
    }

    @Test
    void aControlCharacterInAQueryParameterIsA400NamingIt() {
        given().urlEncodingEnabled(false).get("/api/notices?q=road%00works").then().statusCode(400)
                .contentType("application/problem+json")
                .body("errors[0].field", equalTo("q"))
                .body("detail", equalTo("q: must not contain control characters (found U+0000)"));
    }

    @Test
    @TestSecurity(user = "officer.anna", roles = "officer")
    @OidcSecurity(claims = @Claim(key = "org", value = "buyer-northvale"))
    void anArrayOfMoreThanAThousandEntriesIsRefusedBeforeItsEntriesAreValidated() {
        ObjectNode body = valid();
        com.fasterxml.jackson.databind.node.ArrayNode lots = body.putArray("lots");
        for (int i = 0; i < 10_000; i++) {
            lots.addNull();
        }

        post(body.toString()).statusCode(400)
                .contentType("application/problem+json")
                .body("errors[0].field", equalTo("lots"))
                .body("errors[0].message", equalTo("must have at most 1000 entries (found 10000)"));
    }

    @Test
    @TestSecurity(user = "officer.anna", roles = "officer")
    @OidcSecurity(claims = @Claim(key = "org", value = "buyer-northvale"))
    void aMissingRequiredFieldIsNamed() {
        ObjectNode body = valid();
        body.remove("title");
        ((ObjectNode) body.get("openingCommittee").get("members").get(1)).remove("name");

        post(body.toString()).statusCode(400)
                .contentType("application/problem+json")
                .body("errors.field", hasItem("title"))
                .body("errors.field", hasItem("openingCommittee.members[1].name"));
    }

    @Test
    @TestSecurity(user = "officer.anna", roles = "officer")
    @OidcSecurity(claims = @Claim(key = "org", value = "buyer-northvale"))
    void anUnknownEnumValueIsNamedWithTheAllowedOnes() {
        ObjectNode body = valid();
        body.put("procurementMethod", "auction");

        post(body.toString()).statusCode(400)
                .contentType("application/problem+json")
                .body("errors[0].field", equalTo("procurementMethod"))
                .body("errors[0].message", containsString("'auction' is not one of open, selective, limited, direct"));
    }

    @Test
    @TestSecurity(user = "officer.anna", roles = "officer")
    @OidcSecurity(claims = @Claim(key = "org", value = "buyer-northvale"))
    void aWronglyTypedOrUnknownFieldIsNamed() {
        ObjectNode wrongType = valid();
        wrongType.put("lots", "all of them");
        post(wrongType.toString()).statusCode(400).body("errors[0].field", equalTo("lots"));

        ObjectNode badDate = valid();
        badDate.put("submissionDeadline", "next Tuesday");
        post(badDate.toString()).statusCode(400).body("errors[0].field", equalTo("submissionDeadline"));

        ObjectNode unknown = valid();
        unknown.put("budgetCode", "X1");
        post(unknown.toString()).statusCode(400)
                .body("errors[0].field", equalTo("budgetCode"))
                .body("errors[0].message", containsString("unknown field"));
    }

    @Test
    @TestSecurity(user = "officer.anna", roles = "officer")
    @OidcSecurity(claims = @Claim(key = "org", value = "buyer-northvale"))
    void valuesTheDatabaseCouldNotStoreAreRefusedUpFront() {
        ObjectNode nul = valid();
        nul.put("title", "Road\u0000works");
        post(nul.toString()).statusCode(400)
                .body("errors[0].field", equalTo("title"))
                .body("errors[0].message", containsString("control characters"));

        ObjectNode farFuture = valid();
        farFuture.put("openingDate", "+300000-01-01T00:00:00Z");
        post(farFuture.toString()).statusCode(400)
                .body("errors[0].field", equalTo("openingDate"))
                .body("errors[0].message", containsString("must lie between"));
    }

    @Test
    @TestSecurity(user = "officer.anna", roles = "officer")
    @OidcSecurity(claims = @Claim(key = "org", value = "buyer-northvale"))
    void domainRulesAreFieldErrorsToo() {
        ObjectNode body = valid();
        body.put("procurementMethod", "direct");
        ((ObjectNode) body.get("openingCommittee")).put("threshold", 5);

        post(body.toString()).statusCode(400)
                .contentType("application/problem+json")
                .body("errors.field", hasItem("procurementMethodRationale"))
                .body("errors.field", hasItem("openingCommittee.threshold"));
    }

    @Test
    @TestSecurity(user = "officer.anna", roles = "officer")
    @OidcSecurity(claims = @Claim(key = "org", value = "buyer-northvale"))
    void anEmptyBodyIsRefused() {
        given().contentType(ContentType.JSON).post("/api/tenders").then()
                .statusCode(400).contentType("application/problem+json");
    }

    @Test
    void noTokenIsA401() {
        post(valid().toString()).statusCode(401).contentType("application/problem+json")
                .body("status", equalTo(401));
        given().get("/api/tenders").then().statusCode(401).contentType("application/problem+json");
    }

    @Test
    void anInvalidTokenIsA401() {
        given().auth().oauth2("not-a-token").contentType(ContentType.JSON).body(valid().toString())
                .post("/api/tenders").then().statusCode(401);
    }

    @Test
    @TestSecurity(user = "supplier.acme", roles = "supplier")
    @OidcSecurity(claims = @Claim(key = "org", value = "supplier-acme"))
    void aSupplierCannotDraftATender() {
        post(valid().toString()).statusCode(403).contentType("application/problem+json")
                .body("status", equalTo(403));
    }

    @Test
    @TestSecurity(user = "officer.anna", roles = "officer")
    void anOfficerWithoutOrganisationCannotDraft() {
        post(valid().toString()).statusCode(403).contentType("application/problem+json")
                .body("detail", containsString("org"));
    }

    @Test
    @TestSecurity(user = "officer.anna", roles = "officer")
    @OidcSecurity(claims = @Claim(key = "org", value = "buyer-northvale"))
    void anotherOrganisationsDraftDoesNotExistForAnOfficer() {
        java.util.UUID id = draftOfAnotherOrganisation();
        before = counts();

        given().get("/api/tenders/{id}", id).then().statusCode(404).contentType("application/problem+json");
        given().post("/api/tenders/{id}/publish", id).then().statusCode(404).contentType("application/problem+json");
        given().get("/api/tenders").then().statusCode(200).body("id", org.hamcrest.Matchers.not(hasItem(id.toString())));
    }

    @Test
    void theAnonymousPublicCannotSeeADraft() {
        java.util.UUID id = draftOfAnotherOrganisation();
        before = counts();

        given().get("/api/tenders/{id}", id).then().statusCode(404).contentType("application/problem+json");
        given().post("/api/tenders/{id}/publish", id).then().statusCode(401);
    }

    private java.util.UUID draftOfAnotherOrganisation() {
        return QuarkusTransaction.requiringNew().call(() -> {
            Tender tender = new Tender();
            tender.id = java.util.UUID.randomUUID();
            tender.buyerId = "buyer-health";
            tender.buyerName = "National Health Procurement Agency";
            tender.stage = TenderStage.DRAFT;
            tender.createdAt = clock.instant();
            tender.createdBy = "officer.dmitri";
            tender.applyTerms(objectMapper.treeToValue(valid(), TenderDraftRequest.class).toTerms());
            tender.persist();
            return tender.id;
        });
    }

    @Test
    void anUnknownPathIsAProblemToo() {
        given().get("/api/nothing-here").then().statusCode(404).contentType("application/problem+json");
    }

    private ObjectNode valid() {
        return TenderRequests.validDraft(clock.instant(), "Refusal check");
    }

    private static ValidatableResponse post(String body) {
        return given().contentType(ContentType.JSON).body(body).post("/api/tenders").then();
    }

    private List<Long> counts() {
        return QuarkusTransaction.requiringNew().call(() -> List.of(
                ((Number) em.createNativeQuery("select count(*) from tender").getSingleResult()).longValue(),
                ((Number) em.createNativeQuery("select count(*) from tender_lot").getSingleResult()).longValue(),
                ((Number) em.createNativeQuery("select count(*) from outbox_event").getSingleResult()).longValue()));
    }
}
