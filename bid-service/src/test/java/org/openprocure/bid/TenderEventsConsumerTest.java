package org.openprocure.bid;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.smallrye.reactive.messaging.memory.InMemoryConnector;
import jakarta.enterprise.inject.Any;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openprocure.events.EventTypes;
import org.openprocure.events.GoldenFixtures;
import org.openprocure.stack.PostgresTestResource;
import org.openprocure.support.time.ClockProducer;
import org.openprocure.support.time.MutableClock;

/** bid-service learns a tender's deadline from the golden TenderPublished event, once. */
@QuarkusTest
@QuarkusTestResource(value = PostgresTestResource.class, initArgs = @ResourceArg(name = "database", value = "bid"))
class TenderEventsConsumerTest {

    private static final String OCID = "ocds-op7x2k-T-2026-000042";

    @Inject
    @Any
    InMemoryConnector connector;

    @Inject
    MutableClock clock;

    @BeforeEach
    void resetClock() {
        clock.set(ClockProducer.TEST_START);
    }

    @Test
    void aPublishedTendersDeadlineIsKnownAndEnforcedByTheServerClock() {
        connector.source("tender-events").send(GoldenFixtures.json(EventTypes.TENDER_PUBLISHED));

        await().atMost(Duration.ofSeconds(30)).untilAsserted(() ->
                given().get("/api/tenders/{ocid}/submission-window", OCID).then().statusCode(200)
                        .body("submissionDeadline", equalTo("2026-12-30T12:00:00Z"))
                        .body("openingDate", equalTo("2026-12-30T12:30:00Z"))
                        .body("serverTime", equalTo("2026-11-30T09:00:00Z"))
                        .body("acceptingBids", equalTo(true)));

        clock.set(java.time.Instant.parse("2026-12-30T12:00:00Z"));
        given().get("/api/tenders/{ocid}/submission-window", OCID).then().statusCode(200)
                .body("acceptingBids", equalTo(false));
    }

    @Test
    void aRedeliveredEventIsAppliedOnce() {
        String fixture = GoldenFixtures.json(EventTypes.TENDER_PUBLISHED);
        double applied = received("applied");
        double duplicates = received("duplicate");

        connector.source("tender-events").send(fixture);
        connector.source("tender-events").send(fixture);

        await().atMost(Duration.ofSeconds(30)).until(() -> received("applied") + received("duplicate")
                >= applied + duplicates + 2);
        org.junit.jupiter.api.Assertions.assertTrue(received("applied") <= applied + 1,
                "the event is applied at most once, however often it arrives");
        given().get("/api/tenders/{ocid}/submission-window", OCID).then().statusCode(200);
    }

    private static double received(String outcome) {
        String metrics = RestAssured.get("/q/metrics").then().statusCode(200).extract().asString();
        var m = java.util.regex.Pattern.compile("openprocure_events_received_total\\{outcome=\"" + outcome
                + "\",topic=\"procurement\\.tender\",type=\"TenderPublished\"} ([0-9.]+)").matcher(metrics);
        return m.find() ? Double.parseDouble(m.group(1)) : 0;
    }

    @Test
    void aTamperedEventIsNeverApplied() {
        String tampered = GoldenFixtures.json(EventTypes.TENDER_PUBLISHED)
                .replace("ocds-op7x2k-T-2026-000042", "ocds-op7x2k-T-2026-999999");
        connector.source("tender-events").send(tampered);
        connector.source("tender-events").send("{ not even json");

        await().atMost(Duration.ofSeconds(30)).untilAsserted(() ->
                RestAssured.get("/q/metrics").then().statusCode(200)
                        .body(containsString("outcome=\"tampered\""))
                        .body(containsString("outcome=\"malformed\"")));
        given().get("/api/tenders/{ocid}/submission-window", "ocds-op7x2k-T-2026-999999").then()
                .statusCode(404).contentType("application/problem+json");
    }

    /**
     * The golden fixtures of one tender, re-sealed as a process of its own: published, asked, answered late (deadline
     * extended), amended (deadline moved again, bids to be reconfirmed), a lot cancelled, closed.
     */
    @Test
    void extensionsAmendmentsCancellationAndClosingKeepTheWindowTrue() {
        String ocid = "ocds-op7x2k-T-2026-000077";
        List<String> chain = GoldenFixtures.chainFor(ocid, "b7a1c0de-0000-4000-8000-000000000077",
                EventTypes.TENDER_PUBLISHED, EventTypes.ENQUIRY_ASKED, EventTypes.ENQUIRY_ANSWERED,
                EventTypes.SUBMISSION_DEADLINE_EXTENDED, EventTypes.TENDER_AMENDED, EventTypes.TENDER_CANCELLED,
                EventTypes.TENDERING_CLOSED);
        chain.subList(0, 4).forEach(connector.source("tender-events")::send);

        await().atMost(Duration.ofSeconds(30)).untilAsserted(() ->
                given().get("/api/tenders/{ocid}/submission-window", ocid).then().statusCode(200)
                        .body("submissionDeadline", equalTo("2026-12-31T12:00:00Z"))
                        .body("openingDate", equalTo("2026-12-31T12:30:00Z"))
                        .body("noticeVersion", equalTo(2)));

        chain.subList(4, 6).forEach(connector.source("tender-events")::send);
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() ->
                given().get("/api/tenders/{ocid}/submission-window", ocid).then().statusCode(200)
                        .body("submissionDeadline", equalTo("2027-01-07T12:00:00Z"))
                        .body("noticeVersion", equalTo(3))
                        .body("bidsMustBeReconfirmedSince", equalTo(3))
                        .body("cancelled", equalTo(false))
                        .body("acceptingBids", equalTo(true)));

        connector.source("tender-events").send(chain.get(6));
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() ->
                given().get("/api/tenders/{ocid}/submission-window", ocid).then().statusCode(200)
                        .body("acceptingBids", equalTo(false)));
    }

    @Test
    void aCancelledTenderAcceptsNoBids() {
        String ocid = "ocds-op7x2k-T-2026-000078";
        List<String> chain = GoldenFixtures.chainFor(ocid, "b7a1c0de-0000-4000-8000-000000000078",
                EventTypes.TENDER_PUBLISHED);
        connector.source("tender-events").send(chain.get(0));
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() ->
                given().get("/api/tenders/{ocid}/submission-window", ocid).then().statusCode(200)
                        .body("acceptingBids", equalTo(true)));

        org.openprocure.events.EventEnvelope first = org.openprocure.events.EventJson.parse(chain.get(0));
        org.openprocure.events.EventEnvelope cancelled = org.openprocure.events.EventEnvelope.seal(
                EventTypes.TENDER_CANCELLED, ocid, first.aggregateId(), 2, first.hash(), first.occurredAt(),
                "tender-service", first.actor(), new org.openprocure.events.tender.TenderCancelled(
                        "0d6f7a52-8c3e-4b1a-a2f4-6e9b1c3d5f70", null, "Budget withdrawn by the council.", true));
        connector.source("tender-events").send(org.openprocure.events.EventJson.toJson(cancelled));

        await().atMost(Duration.ofSeconds(30)).untilAsserted(() ->
                given().get("/api/tenders/{ocid}/submission-window", ocid).then().statusCode(200)
                        .body("cancelled", equalTo(true))
                        .body("acceptingBids", equalTo(false)));
    }
}
