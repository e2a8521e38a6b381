package org.openprocure.tender.rest;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.quarkus.test.security.oidc.Claim;
import io.quarkus.test.security.oidc.OidcSecurity;
import io.restassured.http.ContentType;
import io.smallrye.reactive.messaging.memory.InMemoryConnector;
import jakarta.enterprise.inject.Any;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openprocure.events.EventTypes;
import org.openprocure.events.GoldenFixtures;
import org.openprocure.stack.PostgresTestResource;
import org.openprocure.support.time.ClockProducer;
import org.openprocure.support.time.MutableClock;
import org.openprocure.tender.service.DeadlineWatch;

/**
 * The stages after the deadline come from bid-service (the opening) and evaluation-service (the
 * conclusion), fed here as their golden fixtures re-sealed for a tender of this test.
 */
@QuarkusTest
@QuarkusTestResource(value = PostgresTestResource.class, initArgs = @ResourceArg(name = "database", value = "tender"))
@TestSecurity(user = "officer.anna", roles = "officer")
@OidcSecurity(claims = @Claim(key = "org", value = "buyer-northvale"))
class OutcomeEventsConsumerTest {

    @Inject
    MutableClock clock;

    @Inject
    @Any
    InMemoryConnector connector;

    @Inject
    DeadlineWatch deadlines;

    @BeforeEach
    void resetClock() {
        clock.set(ClockProducer.TEST_START);
    }

    @Test
    void openingStartsEvaluationAndTheConclusionAwardsTheTender() {
        String[] tender = published("Awarded in the end");
        clock.set(Instant.parse(submissionDeadline(tender[1])).plusSeconds(1));
        deadlines.runOnce();
        status(tender[1], "active", "tenderingClosed");

        opened(tender[1]);
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> status(tender[1], "active", "evaluation"));

        connector.source("evaluation-events").send(GoldenFixtures.chainFor(tender[1], UUID.randomUUID().toString(),
                EventTypes.EVALUATION_CONCLUDED).get(0));
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> status(tender[1], "complete", "awarded"));

        given().contentType(ContentType.JSON).body("{\"reason\": \"Too late\"}")
                .post("/api/tenders/{id}/cancel", tender[0]).then()
                .statusCode(409).contentType("application/problem+json")
                .body("detail", containsString("awarded"));
    }

    @Test
    void aConclusionThatArrivesBeforeTheOpeningRecordAwardsTheTenderOnceTheOpeningIsIn() {
        String[] tender = published("Concluded before the opening arrived");
        clock.set(Instant.parse(submissionDeadline(tender[1])).plusSeconds(1));
        deadlines.runOnce();
        double conclusions = applied("procurement.evaluation", "EvaluationConcluded");
        connector.source("evaluation-events").send(GoldenFixtures.chainFor(tender[1], UUID.randomUUID().toString(),
                EventTypes.EVALUATION_CONCLUDED).get(0));
        await().atMost(Duration.ofSeconds(30)).until(() ->
                applied("procurement.evaluation", "EvaluationConcluded") > conclusions);
        status(tender[1], "active", "tenderingClosed");

        opened(tender[1]);

        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> status(tender[1], "complete", "awarded"));
    }

    @Test
    void anOpeningAfterTheDeadlineClosesTenderingEvenBeforeTheWatchDoes() {
        String[] tender = published("Opened before the watch looked");
        clock.set(Instant.parse(submissionDeadline(tender[1])).plus(Duration.ofHours(1)));

        opened(tender[1]);

        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> status(tender[1], "active", "evaluation"));
    }

    @Test
    void aCancelledTenderStaysCancelledWhateverArrivesLater() {
        String[] tender = published("Cancelled before opening");
        given().contentType(ContentType.JSON).body("{\"reason\": \"Budget withdrawn\"}")
                .post("/api/tenders/{id}/cancel", tender[0]).then().statusCode(200);

        double openings = applied("procurement.bid", "BidsOpened");
        double conclusions = applied("procurement.evaluation", "EvaluationConcluded");
        opened(tender[1]);
        connector.source("evaluation-events").send(GoldenFixtures.chainFor(tender[1], UUID.randomUUID().toString(),
                EventTypes.EVALUATION_CONCLUDED).get(0));

        await().atMost(Duration.ofSeconds(30)).until(() -> applied("procurement.bid", "BidsOpened") > openings
                && applied("procurement.evaluation", "EvaluationConcluded") > conclusions);
        status(tender[1], "cancelled", "cancelled");
    }

    private static double applied(String topic, String type) {
        String metrics = given().get("/q/metrics").then().statusCode(200).extract().asString();
        var m = java.util.regex.Pattern.compile("openprocure_events_received_total\\{outcome=\"applied\",topic=\""
                + java.util.regex.Pattern.quote(topic) + "\",type=\"" + type + "\"} ([0-9.]+)").matcher(metrics);
        return m.find() ? Double.parseDouble(m.group(1)) : 0;
    }

    private void opened(String ocid) {
        connector.source("bid-events").send(GoldenFixtures.chainFor(ocid, UUID.randomUUID().toString(),
                EventTypes.BIDS_OPENED).get(0));
    }

    private static void status(String ocid, String status, String details) {
        given().get("/api/notices/{ocid}", ocid).then().statusCode(200)
                .body("status", equalTo(status)).body("statusDetails", equalTo(details));
    }

    private static String submissionDeadline(String ocid) {
        return given().get("/api/notices/{ocid}", ocid).then().statusCode(200).extract().path("submissionDeadline");
    }

    /** Drafts and publishes a tender; returns its id and ocid. */
    private String[] published(String title) {
        String id = given().contentType(ContentType.JSON)
                .body(TenderRequests.validDraft(clock.instant(), title).toString())
                .post("/api/tenders").then().statusCode(201).extract().path("id");
        String ocid = given().post("/api/tenders/{id}/publish", id).then().statusCode(200).extract().path("ocid");
        return new String[] {id, ocid};
    }
}
