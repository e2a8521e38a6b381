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

        await().atMost(Duration.ofSeconds(10)).untilAsserted(() ->
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

        await().atMost(Duration.ofSeconds(10)).until(() -> received("applied") + received("duplicate")
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

        await().atMost(Duration.ofSeconds(10)).untilAsserted(() ->
                RestAssured.get("/q/metrics").then().statusCode(200)
                        .body(containsString("outcome=\"tampered\""))
                        .body(containsString("outcome=\"malformed\"")));
        given().get("/api/tenders/{ocid}/submission-window", "ocds-op7x2k-T-2026-999999").then()
                .statusCode(404).contentType("application/problem+json");
    }
}
