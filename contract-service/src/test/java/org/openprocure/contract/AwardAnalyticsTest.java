package org.openprocure.contract;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.quarkus.test.security.oidc.Claim;
import io.quarkus.test.security.oidc.OidcSecurity;
import io.restassured.response.ValidatableResponse;
import io.smallrye.reactive.messaging.memory.InMemoryConnector;
import jakarta.enterprise.inject.Any;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.openprocure.events.EventTypes;
import org.openprocure.events.Money;
import org.openprocure.events.Organization;
import org.openprocure.events.evaluation.AwardConfirmed;
import org.openprocure.events.evaluation.AwardProposed;
import org.openprocure.events.evaluation.ComplaintDecided;
import org.openprocure.events.tender.TenderCancelled;
import org.openprocure.events.tender.TenderPublished;
import org.openprocure.stack.PostgresTestResource;

/**
 * The awards read model, fed evaluation-service's and tender-service's golden fixtures re-sealed onto
 * processes of each test, as an auditor reads it from the process summary and the award histories.
 */
@QuarkusTest
@QuarkusTestResource(value = PostgresTestResource.class, initArgs = @ResourceArg(name = "database", value = "contract"))
@TestSecurity(user = "auditor.farah", roles = "auditor")
@OidcSecurity(claims = @Claim(key = "org", value = "audit-office"))
class AwardAnalyticsTest {

    private static final Duration PATIENCE = Duration.ofSeconds(30);
    private static final String ACME_AWARD = "c5e7a9b1-3d4f-4a6b-8c0d-2e4f6a8b0c1d";
    private static final AtomicInteger NUMBERS = new AtomicInteger(new java.util.Random().nextInt(400_000));

    @Inject
    @Any
    InMemoryConnector connector;

    @Test
    void theProcessSummaryFollowsAnAwardFromProposalToConfirmationAndAnUnsuccessfulLot() {
        String ocid = newOcid();
        EventChain tender = new EventChain(ocid);
        EventChain evaluation = new EventChain(ocid);
        send(tender.next(EventTypes.TENDER_PUBLISHED));
        send(evaluation.next(EventTypes.AWARD_PROPOSED));

        await().atMost(PATIENCE).untilAsserted(() -> process(ocid)
                .body("awards", hasSize(1))
                .body("awards[0].awardId", equalTo(ACME_AWARD))
                .body("awards[0].lotId", equalTo("lot-1"))
                .body("awards[0].supplier.id", equalTo("supplier-acme"))
                .body("awards[0].supplier.name", equalTo("Acme Build Ltd"))
                .body("awards[0].value.amount", equalTo(61800.00f))
                .body("awards[0].value.currency", equalTo("EUR"))
                .body("awards[0].status", equalTo("pending"))
                .body("awards[0].date", equalTo("2027-01-14T12:00:00Z")));

        send(evaluation.next(EventTypes.COMPLAINT_FILED));
        send(evaluation.next(EventTypes.COMPLAINT_DECIDED));
        send(evaluation.next(EventTypes.AWARD_CONFIRMED));
        send(evaluation.next(EventTypes.TENDER_UNSUCCESSFUL));

        await().atMost(PATIENCE).untilAsserted(() -> process(ocid)
                .body("timeline", hasSize(6))
                .body("chain.status", equalTo("intact"))
                .body("awards", hasSize(2))
                .body("awards[0].awardId", equalTo(ACME_AWARD))
                .body("awards[0].status", equalTo("active"))
                .body("awards[0].reason", nullValue())
                .body("awards[0].date", equalTo("2027-01-14T12:00:00Z"))
                .body("awards[1].lotId", equalTo("lot-2"))
                .body("awards[1].status", equalTo("unsuccessful"))
                .body("awards[1].reason", equalTo("No bid for the lot was qualified."))
                .body("awards[1].supplier", nullValue())
                .body("awards[1].value", nullValue())
                .body("awards[1].date", equalTo("2027-01-14T12:05:00Z")));

        history("supplier", "supplier-acme", "status", "active").body("items.ocid", org.hamcrest.Matchers.hasItem(ocid));
        given().get("/api/analytics/awards?buyer=buyer-northvale&status=unsuccessful&size=100").then()
                .statusCode(200).body("items.findAll { it.ocid == '" + ocid + "' }.confirmedAt", contains(nullValue()));
    }

    @Test
    void anUpheldComplaintCancelsTheAwardAndTheRunnerUpsProposalFollowsIt() {
        String ocid = newOcid();
        EventChain evaluation = new EventChain(ocid);
        send(new EventChain(ocid).next(EventTypes.TENDER_PUBLISHED));
        send(evaluation.next(EventTypes.AWARD_PROPOSED));
        send(evaluation.next(EventTypes.COMPLAINT_FILED));
        send(evaluation.next(EventTypes.COMPLAINT_DECIDED, d -> new ComplaintDecided(d.tenderId(), d.lotId(),
                d.awardId(), d.number(), "upheld", "The price does not cover the asphalt.", null)));
        String runnerUp = UUID.randomUUID().toString();
        send(evaluation.next(EventTypes.AWARD_PROPOSED, p -> new AwardProposed(p.tenderId(), p.lotId(), runnerUp,
                "4b7e0c1a-9d2f-4e3b-8a5c-6f1d2e3c4b5a",
                new Organization("supplier-zielinski", "Zieliński i Synowie sp. z o.o."),
                new Money(new BigDecimal("104250.00"), "EUR"), p.method(), p.ranking().subList(1, 2),
                Instant.parse("2027-02-01T09:00:00Z"), p.reportSha256()), Instant.parse("2027-01-22T09:00:00Z")));

        await().atMost(PATIENCE).untilAsserted(() -> process(ocid)
                .body("awards.awardId", contains(ACME_AWARD, runnerUp))
                .body("awards.status", contains("cancelled", "pending"))
                .body("awards[0].reason", equalTo("Complaint upheld: The price does not cover the asphalt."))
                .body("awards[1].supplier.name", equalTo("Zieliński i Synowie sp. z o.o."))
                .body("awards[1].value.amount", equalTo(104250.00f))
                .body("awards[1].date", equalTo("2027-01-22T09:00:00Z")));
        given().get("/api/analytics/awards?supplier=supplier-acme&status=cancelled&size=100").then().statusCode(200)
                .body("items.findAll { it.ocid == '" + ocid + "' }.cancelledAt", contains("2027-01-18T10:00:00Z"));
    }

    @Test
    void aCancelledTenderVoidsItsPendingAwardsWhicheverTopicIsReadFirst() {
        // Read in the order things happened: proposal, then cancellation.
        String inOrder = newOcid();
        EventChain tender = new EventChain(inOrder);
        send(tender.next(EventTypes.TENDER_PUBLISHED));
        send(new EventChain(inOrder).next(EventTypes.AWARD_PROPOSED));
        send(tender.next(EventTypes.TENDER_CANCELLED, wholeTender()));

        // The tender's topic read ahead of the evaluation's, as a replay may do.
        String tenderFirst = newOcid();
        EventChain tender2 = new EventChain(tenderFirst);
        send(tender2.next(EventTypes.TENDER_PUBLISHED));
        send(tender2.next(EventTypes.TENDER_CANCELLED, wholeTender()));
        send(new EventChain(tenderFirst).next(EventTypes.AWARD_PROPOSED));

        for (String ocid : new String[] {inOrder, tenderFirst}) {
            await().atMost(PATIENCE).untilAsserted(() -> process(ocid)
                    .body("status", equalTo("cancelled"))
                    .body("awards", hasSize(1))
                    .body("awards[0].status", equalTo("cancelled"))
                    .body("awards[0].reason", equalTo("Budget withdrawn")));
        }
    }

    @Test
    void aConfirmedAwardStandsWhenTheTenderIsCancelledAndOnlyTheCancelledLotsPendingAwardIsVoid() {
        String ocid = newOcid();
        EventChain tender = new EventChain(ocid);
        EventChain evaluation = new EventChain(ocid);
        String secondLot = UUID.randomUUID().toString();
        send(tender.next(EventTypes.TENDER_PUBLISHED));
        send(evaluation.next(EventTypes.AWARD_PROPOSED));
        send(evaluation.next(EventTypes.AWARD_CONFIRMED));
        send(evaluation.next(EventTypes.AWARD_PROPOSED, p -> new AwardProposed(p.tenderId(), "lot-2", secondLot,
                p.bidId(), p.supplier(), new Money(new BigDecimal("21000.00"), "EUR"), p.method(), p.ranking(),
                p.standstillEnds(), p.reportSha256()), Instant.parse("2027-01-27T09:00:00Z")));
        // The fixture cancels lot-2 only.
        send(tender.next(EventTypes.TENDER_CANCELLED, c -> c, Instant.parse("2027-01-28T09:00:00Z")));

        await().atMost(PATIENCE).untilAsserted(() -> process(ocid)
                .body("awards.lotId", contains("lot-1", "lot-2"))
                .body("awards.status", contains("active", "cancelled"))
                .body("awards[1].reason", equalTo("The markings will be done by the council's own road crew.")));
    }

    @Test
    void awardHistoriesFilterByBuyerSupplierAndStatusNewestFirstPageByPage() {
        String buyer = "buyer-test-" + UUID.randomUUID().toString().substring(0, 8);
        String supplier = "supplier-test-" + UUID.randomUUID().toString().substring(0, 8);
        String[] ocids = {newOcid(), newOcid(), newOcid()};
        Instant[] proposed = {Instant.parse("2027-03-01T10:00:00Z"), Instant.parse("2027-03-03T10:00:00Z"),
                Instant.parse("2027-03-02T10:00:00Z")};
        for (int i = 0; i < ocids.length; i++) {
            EventChain evaluation = new EventChain(ocids[i]);
            // Awards first, the notice after: the buyer is filled in when the process learns it.
            send(evaluation.next(EventTypes.AWARD_PROPOSED, p -> new AwardProposed(p.tenderId(), p.lotId(),
                    p.awardId(), p.bidId(), new Organization(supplier, "Test Supplier Ltd"), p.value(), p.method(),
                    p.ranking(), p.standstillEnds(), p.reportSha256()), proposed[i]));
            send(new EventChain(ocids[i]).next(EventTypes.TENDER_PUBLISHED, t -> withBuyer(t, buyer)));
        }
        send(new EventChain(ocids[0]).next(EventTypes.AWARD_CONFIRMED, c -> new AwardConfirmed(c.tenderId(),
                c.lotId(), c.awardId(), c.bidId(), new Organization(supplier, "Test Supplier Ltd"), c.value(),
                Instant.parse("2027-03-12T10:00:00Z"), c.noticeSha256())));

        await().atMost(PATIENCE).untilAsserted(() -> history("buyer", buyer)
                .body("total", equalTo(3))
                .body("items.ocid", contains(ocids[1], ocids[2], ocids[0]))
                .body("items[0].buyer.id", equalTo(buyer))
                .body("items[0].buyer.name", equalTo("Northvale City Council"))
                .body("items[0].supplier.name", equalTo("Test Supplier Ltd"))
                .body("items[0].value.amount", equalTo(61800.00f))
                .body("items[0].lotId", equalTo("lot-1"))
                .body("items[0].date", equalTo("2027-03-03T10:00:00Z"))
                .body("items[2].status", equalTo("active"))
                .body("items[2].confirmedAt", equalTo("2027-03-12T10:00:00Z")));

        given().get("/api/analytics/awards?buyer={b}&size=2&page=0", buyer).then().statusCode(200)
                .body("total", equalTo(3)).body("items.ocid", contains(ocids[1], ocids[2]));
        given().get("/api/analytics/awards?buyer={b}&size=2&page=1", buyer).then().statusCode(200)
                .body("total", equalTo(3)).body("items.ocid", contains(ocids[0]));
        given().get("/api/analytics/awards?supplier={s}&status=pending", supplier).then().statusCode(200)
                .body("total", equalTo(2)).body("items.ocid", contains(ocids[1], ocids[2]));
        given().get("/api/analytics/awards?supplier={s}&status=active,cancelled", supplier).then().statusCode(200)
                .body("total", equalTo(1)).body("items.ocid", contains(ocids[0]));
        given().get("/api/analytics/awards?buyer={b}&supplier=supplier-acme", buyer).then().statusCode(200)
                .body("total", equalTo(0)).body("items", hasSize(0));
    }

    @Test
    void theSameEventTwiceIsAppliedOnce() {
        String ocid = newOcid();
        EventChain evaluation = new EventChain(ocid);
        String tenderPublished = new EventChain(ocid).next(EventTypes.TENDER_PUBLISHED);
        String proposal = evaluation.next(EventTypes.AWARD_PROPOSED);
        send(tenderPublished);
        send(proposal);
        send(evaluation.next(EventTypes.COMPLAINT_DECIDED, d -> new ComplaintDecided(d.tenderId(), d.lotId(),
                d.awardId(), d.number(), "upheld", "Price not justified.", null)));
        // Redelivered: applied again, the proposal would make the voided award pending once more.
        send(proposal);
        send(tenderPublished);
        send(evaluation.next(EventTypes.TENDER_UNSUCCESSFUL));

        await().atMost(PATIENCE).untilAsserted(() -> process(ocid)
                .body("timeline", hasSize(4))
                .body("awards.lotId", contains("lot-1", "lot-2")));
        process(ocid).body("awards.status", contains("cancelled", "unsuccessful"))
                .body("awards[0].reason", equalTo("Complaint upheld: Price not justified."));
    }

    @Test
    void aProposalUnderTheIdOfAConfirmedAwardDoesNotUndoIt() {
        String ocid = newOcid();
        EventChain evaluation = new EventChain(ocid);
        send(new EventChain(ocid).next(EventTypes.TENDER_PUBLISHED));
        send(evaluation.next(EventTypes.AWARD_PROPOSED));
        send(evaluation.next(EventTypes.AWARD_CONFIRMED));
        send(evaluation.next(EventTypes.AWARD_PROPOSED, p -> p, Instant.parse("2027-02-01T09:00:00Z")));

        await().atMost(PATIENCE).untilAsserted(() -> process(ocid).body("timeline", hasSize(4)));
        process(ocid).body("awards", hasSize(1)).body("awards[0].status", equalTo("active"))
                .body("awards[0].date", equalTo("2027-01-14T12:00:00Z"));
    }

    @Test
    void badQueryParametersAreA400NamingTheParameter() {
        for (String[] bad : new String[][] {{"status", "awarded"}, {"status", "pending,"}, {"size", "101"},
                {"size", "0"}, {"page", "-1"}, {"page", "first"}, {"buyer", "buyer northvale"},
                {"supplier", "x".repeat(101)}}) {
            given().queryParam(bad[0], bad[1]).get("/api/analytics/awards").then().statusCode(400)
                    .contentType("application/problem+json")
                    .body("errors[0].field", equalTo(bad[0]))
                    .body("detail", containsString(bad[0]));
        }
    }

    @Test
    @TestSecurity(user = "officer.anna", roles = "officer")
    @OidcSecurity(claims = @Claim(key = "org", value = "buyer-northvale"))
    void anOfficerIsRefusedTheAwardHistories() {
        given().get("/api/analytics/awards").then().statusCode(403).contentType("application/problem+json");
    }

    @Test
    @TestSecurity(user = "supplier.acme", roles = "supplier")
    @OidcSecurity(claims = @Claim(key = "org", value = "supplier-acme"))
    void aSupplierIsRefusedTheAwardHistories() {
        given().get("/api/analytics/awards?supplier=supplier-acme").then().statusCode(403)
                .contentType("application/problem+json");
    }

    @Test
    @TestSecurity(user = "evaluator.eva", roles = "evaluator")
    void anEvaluatorIsRefusedTheProcessWithItsAwards() {
        given().get("/api/analytics/processes/{ocid}", newOcid()).then().statusCode(403)
                .contentType("application/problem+json");
    }

    // ---- helpers ----

    private static String newOcid() {
        return "ocds-op7x2k-T-2027-" + String.format("%06d", 500_000 + NUMBERS.incrementAndGet());
    }

    private void send(String record) {
        connector.source("procurement-events").send(java.util.List.of(record));
    }

    private static ValidatableResponse process(String ocid) {
        return given().get("/api/analytics/processes/{ocid}", ocid).then().statusCode(200);
    }

    private static ValidatableResponse history(String... params) {
        var request = given();
        for (int i = 0; i < params.length; i += 2) {
            request = request.queryParam(params[i], params[i + 1]);
        }
        return request.queryParam("size", 100).get("/api/analytics/awards").then().statusCode(200);
    }

    private static java.util.function.UnaryOperator<TenderCancelled> wholeTender() {
        return c -> new TenderCancelled(c.tenderId(), null, "Budget withdrawn", true);
    }

    private static TenderPublished withBuyer(TenderPublished t, String buyerId) {
        return new TenderPublished(t.tenderId(), t.noticeVersion(), t.title(), t.description(),
                new Organization(buyerId, t.buyer().name()), t.procurementMethod(), t.procurementMethodRationale(),
                t.mainProcurementCategory(), t.awardCriteria(), t.criteria(), t.value(), t.lots(),
                t.consultationPeriod(), t.tenderPeriod(), t.enquiryPeriod(), t.openingDate(), t.bidValidityDays(),
                t.openingCommittee(), t.documents(), t.publishedAt());
    }
}
