package org.openprocure.tender.rest;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.quarkus.test.security.oidc.Claim;
import io.quarkus.test.security.oidc.OidcSecurity;
import io.restassured.http.ContentType;
import io.smallrye.reactive.messaging.memory.InMemoryConnector;
import io.smallrye.reactive.messaging.memory.InMemorySink;
import jakarta.enterprise.inject.Any;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.eclipse.microprofile.reactive.messaging.Message;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openprocure.events.EventEnvelope;
import org.openprocure.events.EventJson;
import org.openprocure.events.EventTypes;
import org.openprocure.events.EventShape;
import org.openprocure.events.tender.TenderPublished;
import org.openprocure.stack.PostgresTestResource;
import org.openprocure.support.time.MutableClock;
import org.openprocure.support.time.ClockProducer;

@QuarkusTest
@QuarkusTestResource(value = PostgresTestResource.class, initArgs = @ResourceArg(name = "database", value = "tender"))
class TenderResourceTest {

    @Inject
    MutableClock clock;

    @Inject
    @Any
    InMemoryConnector connector;

    private InMemorySink<String> published;

    @BeforeEach
    void reset() {
        clock.set(ClockProducer.TEST_START);
        published = connector.sink("events-out");
        published.clear();
    }

    @Test
    @TestSecurity(user = "officer.anna", roles = "officer")
    @OidcSecurity(claims = {@Claim(key = "org", value = "buyer-northvale"),
            @Claim(key = "org_name", value = "Northvale City Council")})
    void anOfficerDraftsAndPublishesATenderThatTheNoticeBoardThenLists() {
        String id = draft("Road resurfacing — Zieliński Street")
                .statusCode(201)
                .header("Location", containsString("/api/tenders/"))
                .body("status", equalTo("planning"))
                .body("ocid", nullValue())
                .body("buyer.name", equalTo("Northvale City Council"))
                .body("value.amount", equalTo(125000.0f))
                .body("lots[1].id", equalTo("lot-2"))
                .extract().path("id");

        given().get("/api/notices").then().statusCode(200).body("items.tenderId", org.hamcrest.Matchers.not(hasItem(id)));

        String ocid = given().post("/api/tenders/{id}/publish", id).then()
                .statusCode(200)
                .body("status", equalTo("active"))
                .body("noticeVersion", equalTo(1))
                .body("ocid", matchesPattern("ocds-op7x2k-T-2026-\\d{6}"))
                .extract().path("ocid");

        // Searched by its ocid: the shared database holds other tests' notices, newer ones among them.
        given().queryParam("q", ocid).get("/api/notices").then().statusCode(200)
                .body("items.find { it.ocid == '" + ocid + "' }.title", equalTo("Road resurfacing — Zieliński Street"))
                .body("items.find { it.ocid == '" + ocid + "' }.submissionDeadline", equalTo("2026-12-30T09:00:00Z"));
        given().get("/api/notices/{ocid}", ocid).then().statusCode(200).body("id", equalTo(id));

        EventEnvelope event = awaitPublished(ocid);
        assertEquals("TenderPublished", event.type());
        assertEquals(1, event.sequence());
        assertEquals("tender-service", event.producer());
        assertEquals("officer", event.actor().role());
        assertTrue(event.actor().id().startsWith("p-") && !event.actor().id().contains("anna"),
                "the actor is pseudonymous");
        assertTrue(event.hashIsValid());
        TenderPublished payload = event.payloadAs(EventTypes.TENDER_PUBLISHED);
        assertEquals(id, payload.tenderId());
        assertEquals(ClockProducer.TEST_START.plus(Duration.ofDays(30)), payload.tenderPeriod().endDate());
        assertEquals(2, payload.openingCommittee().threshold());
        assertEquals(3, payload.openingCommittee().members().size());
    }

    @Test
    @TestSecurity(user = "officer.anna", roles = "officer")
    @OidcSecurity(claims = @Claim(key = "org", value = "buyer-northvale"))
    void thePublishedEventHasExactlyTheShapeOfTheGoldenFixture() {
        String id = draft("Shape check").statusCode(201).extract().path("id");
        String ocid = given().post("/api/tenders/{id}/publish", id).then().statusCode(200).extract().path("ocid");

        EventEnvelope produced = awaitPublished(ocid);
        EventShape.assertMatchesFixture(EventTypes.TENDER_PUBLISHED, produced);
    }

    @Test
    @TestSecurity(user = "officer.anna", roles = "officer")
    @OidcSecurity(claims = @Claim(key = "org", value = "buyer-northvale"))
    void publishingTwiceIsAConflictAndEmitsOneEvent() {
        String id = draft("Twice").statusCode(201).extract().path("id");
        String ocid = given().post("/api/tenders/{id}/publish", id).then().statusCode(200).extract().path("ocid");

        given().post("/api/tenders/{id}/publish", id).then()
                .statusCode(409)
                .contentType("application/problem+json")
                .body("detail", containsString(ocid));

        awaitPublished(ocid);
        assertEquals(1, eventsFor(ocid).size());
    }

    @Test
    @TestSecurity(user = "officer.anna", roles = "officer")
    @OidcSecurity(claims = @Claim(key = "org", value = "buyer-northvale"))
    void twoSimultaneousPublishesMakeOneNoticeAndOneEvent() throws Exception {
        String id = draft("Double click").statusCode(201).extract().path("id");
        var pool = java.util.concurrent.Executors.newFixedThreadPool(2);
        try {
            var first = pool.submit(() -> given().post("/api/tenders/{id}/publish", id).then().extract().statusCode());
            var second = pool.submit(() -> given().post("/api/tenders/{id}/publish", id).then().extract().statusCode());
            assertEquals(Set.of(200, 409), Set.of(first.get(), second.get()));
        } finally {
            pool.shutdown();
        }
        String ocid = given().get("/api/tenders/{id}", id).then().statusCode(200).extract().path("ocid");
        awaitPublished(ocid);
        assertEquals(1, eventsFor(ocid).size());
    }

    @Test
    @TestSecurity(user = "officer.anna", roles = "officer")
    @OidcSecurity(claims = @Claim(key = "org", value = "buyer-northvale"))
    void aDeadlineShorterThanTheMinimumPeriodIsRefused() {
        ObjectNode body = TenderRequests.validDraft(clock.instant(), "Too short for its value");
        ((ObjectNode) body.get("lots").get(0)).put("estimatedValue", new java.math.BigDecimal("500000.00"));
        String id = given().contentType(ContentType.JSON).body(body.toString()).post("/api/tenders").then()
                .statusCode(201).extract().path("id");

        given().post("/api/tenders/{id}/publish", id).then()
                .statusCode(409)
                .contentType("application/problem+json")
                .body("errors.field", hasItem("submissionDeadline"))
                .body("errors.message", hasItem(containsString("needs at least 35 days")));
    }

    @Test
    @TestSecurity(user = "officer.anna", roles = "officer")
    @OidcSecurity(claims = @Claim(key = "org", value = "buyer-northvale"))
    void aDraftWhoseDeadlineHasPassedCannotBePublished() {
        String id = draft("Too late").statusCode(201).extract().path("id");
        clock.advance(Duration.ofDays(31));

        given().post("/api/tenders/{id}/publish", id).then()
                .statusCode(409)
                .contentType("application/problem+json")
                .body("errors.field", hasItem("submissionDeadline"));
        given().get("/api/tenders/{id}", id).then().statusCode(200).body("status", equalTo("planning"));
    }

    @Test
    @TestSecurity(user = "officer.anna", roles = "officer")
    @OidcSecurity(claims = @Claim(key = "org", value = "buyer-northvale"))
    void listsOnlyTheOfficersOwnOrganisationsTenders() {
        draft("Northvale only").statusCode(201);

        given().get("/api/tenders").then().statusCode(200)
                .body("title", hasItem("Northvale only"))
                .body("buyer.id", org.hamcrest.Matchers.everyItem(equalTo("buyer-northvale")));
    }

    @Test
    void theNoticeBoardPagesAndRefusesABadPageSize() {
        given().queryParam("size", 1).get("/api/notices").then().statusCode(200)
                .body("size", equalTo(1)).body("total", notNullValue());
        given().queryParam("size", 1000).get("/api/notices").then()
                .statusCode(400)
                .contentType("application/problem+json")
                .body("errors.field", hasItem("size"));
        given().queryParam("page", "second").get("/api/notices").then()
                .statusCode(400)
                .contentType("application/problem+json")
                .body("errors[0].field", equalTo("page"))
                .body("errors[0].message", containsString("'second' is not a whole number"));
    }

    private io.restassured.response.ValidatableResponse draft(String title) {
        ObjectNode body = TenderRequests.validDraft(clock.instant(), title);
        return given().contentType(ContentType.JSON).body(body.toString()).post("/api/tenders").then();
    }

    private EventEnvelope awaitPublished(String ocid) {
        await().atMost(Duration.ofSeconds(10)).until(() -> !eventsFor(ocid).isEmpty());
        return eventsFor(ocid).get(0);
    }

    private List<EventEnvelope> eventsFor(String ocid) {
        return published.received().stream().map(Message::getPayload).map(EventJson::parse)
                .filter(e -> ocid.equals(e.ocid())).toList();
    }
}
