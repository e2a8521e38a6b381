package org.openprocure.tender.rest;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.openprocure.tender.rest.TenderRequests.postJson;
import static org.openprocure.tender.rest.TenderRequests.reason;
import static org.openprocure.tender.rest.TenderRequests.unique;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.openprocure.events.EventTypes;
import org.openprocure.events.GoldenFixtures;
import org.openprocure.events.Money;
import org.openprocure.events.Organization;
import org.openprocure.events.evaluation.AwardConfirmed;
import org.openprocure.events.evaluation.AwardProposed;
import org.openprocure.events.evaluation.ComplaintDecided;
import org.openprocure.stack.PostgresTestResource;

/**
 * What the public and the buyer see of each lot's award as evaluation-service decides it: its
 * proposal, standstill, complaints, confirmation or voiding, and the lots no bid could win. The
 * evaluation's golden fixtures are re-sealed onto a tender of each test.
 */
@QuarkusTest
@QuarkusTestResource(value = PostgresTestResource.class, initArgs = @ResourceArg(name = "database", value = "tender"))
class OutcomeEventsConsumerAwardsTest extends TenderApiTestSupport {

    private static final Duration PATIENCE = Duration.ofSeconds(30);
    private static final String ACME_AWARD = "c5e7a9b1-3d4f-4a6b-8c0d-2e4f6a8b0c1d";

    @Test
    void anAwardIsPendingThroughItsStandstillAndComplaintsThenActiveOnceConfirmed() {
        String[] tender = inEvaluation("Awarded after a complaint");
        EvaluationChain evaluation = new EvaluationChain(tender[1]);
        Personas.anonymous();
        notice(tender[1]).body("lots[0].award", nullValue()).body("lots[1].award", nullValue());

        send(evaluation.next(EventTypes.AWARD_PROPOSED));
        await().atMost(PATIENCE).untilAsserted(() -> notice(tender[1])
                .body("lots[0].status", equalTo("active"))
                .body("lots[0].award.awardId", equalTo(ACME_AWARD))
                .body("lots[0].award.status", equalTo("pending"))
                .body("lots[0].award.supplier.id", equalTo("supplier-acme"))
                .body("lots[0].award.supplier.name", equalTo("Acme Build Ltd"))
                .body("lots[0].award.value.amount", equalTo(61800.00f))
                .body("lots[0].award.value.currency", equalTo("EUR"))
                .body("lots[0].award.date", equalTo("2027-01-14T12:00:00Z"))
                .body("lots[0].award.standstillEnds", equalTo("2027-01-24T12:00:00Z"))
                .body("lots[0].award.complaintsPending", equalTo(0))
                .body("lots[0].award.confirmedAt", nullValue())
                .body("lots[1].award", nullValue()));

        send(evaluation.next(EventTypes.COMPLAINT_FILED));
        await().atMost(PATIENCE).untilAsserted(() -> notice(tender[1])
                .body("lots[0].award.status", equalTo("pending"))
                .body("lots[0].award.complaintsPending", equalTo(1))
                .body("lots[0].award.standstillEnds", nullValue()));

        send(evaluation.next(EventTypes.COMPLAINT_DECIDED));
        await().atMost(PATIENCE).untilAsserted(() -> notice(tender[1])
                .body("lots[0].award.status", equalTo("pending"))
                .body("lots[0].award.complaintsPending", equalTo(0))
                .body("lots[0].award.standstillEnds", equalTo("2027-01-26T13:15:00Z")));

        send(evaluation.next(EventTypes.AWARD_CONFIRMED));
        await().atMost(PATIENCE).untilAsserted(() -> notice(tender[1])
                .body("lots[0].award.status", equalTo("active"))
                .body("lots[0].award.confirmedAt", equalTo("2027-01-26T13:15:00Z"))
                .body("lots[0].award.standstillEnds", nullValue())
                .body("lots[0].award.date", equalTo("2027-01-14T12:00:00Z"))
                .body("lots[0].award.cancellation", nullValue()));

        send(evaluation.next(EventTypes.TENDER_UNSUCCESSFUL));
        await().atMost(PATIENCE).untilAsserted(() -> notice(tender[1])
                .body("lots[1].status", equalTo("unsuccessful"))
                .body("lots[1].unsuccessfulReason", equalTo("No bid for the lot was qualified."))
                .body("lots[1].award", nullValue()));

        // The conclusion still moves the stage; the awards stay as they are.
        send(evaluation.next(EventTypes.EVALUATION_CONCLUDED));
        await().atMost(PATIENCE).untilAsserted(() -> notice(tender[1])
                .body("status", equalTo("complete")).body("statusDetails", equalTo("awarded"))
                .body("lots[0].award.status", equalTo("active"))
                .body("lots[1].status", equalTo("unsuccessful")));

        // The buyer's own view shows the same.
        Personas.officer();
        given().get("/api/tenders/{id}", tender[0]).then().statusCode(200)
                .body("lots[0].award.status", equalTo("active"))
                .body("lots[0].award.supplier.name", equalTo("Acme Build Ltd"))
                .body("lots[0].award.bidId", equalTo("71c3e5a7-0b2d-4f6e-8a1c-3e5a7c9b1d2f"))
                .body("lots[1].unsuccessfulReason", equalTo("No bid for the lot was qualified."));
    }

    @Test
    void anUpheldComplaintCancelsTheAwardAndTheLotsNextProposalTakesItsPlace() {
        String[] tender = inEvaluation("Awarded to the runner-up");
        EvaluationChain evaluation = new EvaluationChain(tender[1]);
        Personas.anonymous();

        send(evaluation.next(EventTypes.AWARD_PROPOSED));
        send(evaluation.next(EventTypes.COMPLAINT_FILED));
        send(evaluation.next(EventTypes.COMPLAINT_DECIDED, d -> new ComplaintDecided(d.tenderId(), d.lotId(),
                d.awardId(), d.number(), "upheld", "The price does not cover the asphalt.", null)));
        await().atMost(PATIENCE).untilAsserted(() -> notice(tender[1])
                .body("lots[0].award.awardId", equalTo(ACME_AWARD))
                .body("lots[0].award.status", equalTo("cancelled"))
                .body("lots[0].award.cancellation.reason",
                        equalTo("Complaint upheld: The price does not cover the asphalt."))
                .body("lots[0].award.cancellation.date", equalTo("2027-01-18T10:00:00Z"))
                .body("lots[0].award.standstillEnds", nullValue()));

        // Evaluated again: the runner-up is proposed.
        String runnerUpAward = UUID.randomUUID().toString();
        send(evaluation.next(EventTypes.AWARD_PROPOSED, p -> new AwardProposed(p.tenderId(), p.lotId(), runnerUpAward,
                "4b7e0c1a-9d2f-4e3b-8a5c-6f1d2e3c4b5a",
                new Organization("supplier-zielinski", "Zieliński i Synowie sp. z o.o."),
                new Money(new BigDecimal("104250.00"), "EUR"), p.method(), p.ranking().subList(1, 2),
                Instant.parse("2027-02-01T09:00:00Z"), p.reportSha256()), Instant.parse("2027-01-22T09:00:00Z")));
        await().atMost(PATIENCE).untilAsserted(() -> notice(tender[1])
                .body("lots[0].award.awardId", equalTo(runnerUpAward))
                .body("lots[0].award.status", equalTo("pending"))
                .body("lots[0].award.supplier.name", equalTo("Zieliński i Synowie sp. z o.o."))
                .body("lots[0].award.value.amount", equalTo(104250.00f))
                .body("lots[0].award.date", equalTo("2027-01-22T09:00:00Z"))
                .body("lots[0].award.standstillEnds", equalTo("2027-02-01T09:00:00Z")));
    }

    @Test
    void theSameEventDeliveredTwiceCountsOnce() {
        String[] tender = inEvaluation("Complained about once");
        EvaluationChain evaluation = new EvaluationChain(tender[1]);
        Personas.anonymous();
        String proposal = evaluation.next(EventTypes.AWARD_PROPOSED);
        String complaint = evaluation.next(EventTypes.COMPLAINT_FILED);
        double duplicates = received("ComplaintFiled", "duplicate");

        send(proposal);
        send(complaint);
        send(proposal);
        send(complaint);

        await().atMost(PATIENCE).until(() -> received("ComplaintFiled", "duplicate") >= duplicates + 1);
        notice(tender[1]).body("lots[0].award.status", equalTo("pending"))
                .body("lots[0].award.complaintsPending", equalTo(1));
        assertEquals(1L, count("select count(*) from tender_award a join tender t on t.id = a.tender_id"
                + " where t.ocid = '" + tender[1] + "'"));
    }

    @Test
    void anAwardOfAnUnknownProcessIsRecordedAsProcessedAndChangesNothing() {
        String unknown = "ocds-op7x2k-T-2026-9" + (100000 + new java.util.Random().nextInt(899999));
        String confirmation = new EvaluationChain(unknown).next(EventTypes.AWARD_CONFIRMED);
        Map<String, Long> before = databaseState();

        send(confirmation);

        UUID eventId = EvaluationChain.eventId(confirmation);
        await().atMost(PATIENCE).until(() -> count("select count(*) from processed_event where event_id = '"
                + eventId + "' and ocid = '" + unknown + "'") == 1);
        assertEquals(before, databaseState());
        Personas.anonymous();
        given().get("/api/notices/{ocid}", unknown).then().statusCode(404);
    }

    @Test
    void cancellingALotOrTheTenderVoidsItsPendingAwardForGood() {
        String[] tender = inEvaluation("Cancelled during the standstill");
        EvaluationChain evaluation = new EvaluationChain(tender[1]);
        String secondLotAward = UUID.randomUUID().toString();
        send(evaluation.next(EventTypes.AWARD_PROPOSED));
        send(evaluation.next(EventTypes.AWARD_PROPOSED, p -> new AwardProposed(p.tenderId(), "lot-2", secondLotAward,
                p.bidId(), p.supplier(), new Money(new BigDecimal("21000.00"), "EUR"), p.method(), p.ranking(),
                p.standstillEnds(), p.reportSha256())));
        Personas.anonymous();
        await().atMost(PATIENCE).untilAsserted(() -> notice(tender[1])
                .body("lots[0].award.status", equalTo("pending"))
                .body("lots[1].award.status", equalTo("pending")));

        Personas.officer();
        clock.set(Instant.parse("2027-01-20T08:00:00Z"));
        postJson("/api/tenders/{id}/lots/{lot}/cancel", reason("Markings done in-house"), tender[0], "lot-2")
                .statusCode(200)
                .body("lots[1].award.status", equalTo("cancelled"))
                .body("lots[1].award.cancellation.reason", equalTo("Markings done in-house"))
                .body("lots[1].award.cancellation.date", equalTo("2027-01-20T08:00:00Z"))
                .body("lots[0].award.status", equalTo("pending"));
        postJson("/api/tenders/{id}/cancel", reason("Budget withdrawn"), tender[0]).statusCode(200)
                .body("lots[0].award.status", equalTo("cancelled"))
                .body("lots[0].award.cancellation.reason", equalTo("Budget withdrawn"));

        // A confirmation that crossed the cancellation does not bring the award back.
        double confirmations = received("AwardConfirmed", "applied");
        send(evaluation.next(EventTypes.AWARD_CONFIRMED));
        await().atMost(PATIENCE).until(() -> received("AwardConfirmed", "applied") > confirmations);
        Personas.anonymous();
        notice(tender[1]).body("status", equalTo("cancelled"))
                .body("lots[0].award.status", equalTo("cancelled"))
                .body("lots[0].award.confirmedAt", nullValue());
    }

    // ---- helpers ----

    /** A published two-lot tender whose bids were opened; returns its id and ocid. Leaves the officer acting. */
    private String[] inEvaluation(String title) {
        Personas.officer();
        String id = TenderRequests.draft(TenderRequests.validDraft(now(), unique(title)));
        String ocid = TenderRequests.publish(id);
        String deadline = given().get("/api/tenders/{id}", id).then().extract().path("submissionDeadline");
        clock.set(Instant.parse(deadline).plusSeconds(1));
        deadlineWatch.runOnce();
        connector.source("bid-events").send(GoldenFixtures.chainFor(ocid, UUID.randomUUID().toString(),
                EventTypes.BIDS_OPENED).get(0));
        await().atMost(PATIENCE).untilAsserted(() -> given().get("/api/tenders/{id}", id).then()
                .body("statusDetails", equalTo("evaluation")));
        return new String[] {id, ocid};
    }

    private void send(String record) {
        connector.source("evaluation-events").send(record);
    }

    private static ValidatableResponse notice(String ocid) {
        return given().get("/api/notices/{ocid}", ocid).then().statusCode(200);
    }

    private long count(String sql) {
        return QuarkusTransaction.requiringNew().call(() ->
                ((Number) em.createNativeQuery(sql).getSingleResult()).longValue());
    }

    private static double received(String type, String outcome) {
        String metrics = given().get("/q/metrics").then().statusCode(200).extract().asString();
        Matcher m = Pattern.compile("openprocure_events_received_total\\{outcome=\"" + outcome
                + "\",topic=\"procurement\\.evaluation\",type=\"" + type + "\"} ([0-9.]+)").matcher(metrics);
        return m.find() ? Double.parseDouble(m.group(1)) : 0;
    }
}
