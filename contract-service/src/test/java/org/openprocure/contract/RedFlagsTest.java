package org.openprocure.contract;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.closeTo;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.greaterThanOrEqualTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.quarkus.test.security.oidc.Claim;
import io.quarkus.test.security.oidc.OidcSecurity;
import io.restassured.path.json.JsonPath;
import io.smallrye.reactive.messaging.memory.InMemoryConnector;
import jakarta.enterprise.inject.Any;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.openprocure.support.time.MutableClock;
import org.openprocure.contract.flags.RedFlagService;
import org.openprocure.events.EventJson;
import org.openprocure.events.EventTypes;
import org.openprocure.events.Money;
import org.openprocure.events.Organization;
import org.openprocure.events.evaluation.AwardConfirmed;
import org.openprocure.events.bid.BidsOpened;
import org.openprocure.events.contract.ContractAmended;
import org.openprocure.events.tender.TenderCancelled;
import org.openprocure.stack.PostgresTestResource;

/**
 * The red flags over the platform's own data: processes built from the golden fixtures, re-sealed onto
 * processes of each test, then one recompute, as an auditor reads the flags with their evidence.
 */
@QuarkusTest
@QuarkusTestResource(value = PostgresTestResource.class, initArgs = @ResourceArg(name = "database", value = "contract"))
@TestSecurity(user = "auditor.farah", roles = "auditor")
@OidcSecurity(claims = @Claim(key = "org", value = "audit-office"))
class RedFlagsTest {

    private static final Duration PATIENCE = Duration.ofSeconds(30);
    private static final AtomicInteger NUMBERS = new AtomicInteger(new java.util.Random().nextInt(400_000));

    @Inject
    @Any
    InMemoryConnector connector;

    @Inject
    RedFlagService redFlags;

    @Inject
    MutableClock clock;

    @Test
    void aSingleBidProcessIsFlaggedR018WithTheOpeningAsEvidence() {
        String ocid = newOcid();
        EventChain tender = new EventChain(ocid);
        send(tender.next(EventTypes.TENDER_PUBLISHED));
        String opening = new EventChain(ocid).next(EventTypes.BIDS_OPENED, o -> withBids(o, o.bids().subList(0, 1)));
        send(opening);
        awaitTimeline(ocid, 2);

        redFlags.recompute();

        JsonPath flags = flags("ocid", ocid, "code", "R018");
        assertEquals(1, flags.getInt("total"));
        assertEquals("Single bid received", flags.getString("items[0].name"));
        assertEquals("Road resurfacing — Zieliński Street", flags.getString("items[0].title"));
        assertEquals("process", flags.getString("items[0].subject.type"));
        assertEquals(ocid, flags.getString("items[0].subject.id"));
        assertEquals("buyer-northvale", flags.getString("items[0].buyer.id"));
        assertEquals("cardinal", flags.getString("items[0].source"));
        assertEquals(1.0, flags.getDouble("items[0].value"));
        assertEquals(1, flags.getInt("items[0].evidence.numberOfTenderers"));
        assertEquals("open", flags.getString("items[0].evidence.procurementMethod"));
        assertEquals(List.of(Map.of("type", "BidsOpened", "eventId", eventId(opening))),
                flags.getList("items[0].evidence.events"));
        assertEquals("numberOfTenderers = 1 in procurement method open|selective", flags.getString("items[0].threshold"));
        assertTrue(flags.getString("items[0].explanation").contains("Only one bid was received"),
                flags.getString("items[0].explanation"));
        assertTrue(flags.getString("items[0].explanation").contains(ocid));
        // Two opened envelopes in the fixture (one unreadable) make two tenderers: not a single bid.
        String twoBids = newOcid();
        send(new EventChain(twoBids).next(EventTypes.TENDER_PUBLISHED));
        send(new EventChain(twoBids).next(EventTypes.BIDS_OPENED));
        awaitTimeline(twoBids, 2);
        redFlags.recompute();
        assertEquals(0, flags("ocid", twoBids, "code", "R018").getInt("total"));
    }

    @Test
    void identicalPricesOfTwoBiddersAreFlaggedR028OnTheProcessAndBothBidders() {
        String ocid = newOcid();
        send(new EventChain(ocid).next(EventTypes.TENDER_PUBLISHED));
        String opening = new EventChain(ocid).next(EventTypes.BIDS_OPENED, o -> {
            BidsOpened.Bid first = o.bids().get(0);
            BidsOpened.Bid second = new BidsOpened.Bid(UUID.randomUUID().toString(), 1, "supplier-acme",
                    "Acme Build Ltd", first.receivedAt().minusSeconds(3600), first.envelopeSha256(),
                    List.of(new BidsOpened.LotPrice("lot-1", new BigDecimal("104250.00"), "EUR")), List.of(),
                    List.of(), false, true, null);
            return withBids(o, List.of(first, second));
        });
        send(opening);
        awaitTimeline(ocid, 2);

        redFlags.recompute();

        JsonPath flags = flags("ocid", ocid, "code", "R028");
        assertEquals(1, flags.getInt("total"));
        assertEquals(104250.0, flags.getDouble("items[0].evidence.amount"));
        assertEquals("EUR", flags.getString("items[0].evidence.currency"));
        assertEquals("two submitted bids of different tenderers at the same price", flags.getString("items[0].threshold"));
        assertTrue(flags.getString("items[0].explanation").contains("exactly the same price, 104250.00 EUR"),
                flags.getString("items[0].explanation"));
        assertEquals(eventId(opening), flags.getString("items[0].evidence.events[0].eventId"));
        // The bidders are flagged too, across processes.
        given().queryParam("code", "R028").queryParam("size", 100).get("/api/analytics/red-flags").then()
                .statusCode(200)
                .body("items.findAll { it.subject.type == 'tenderer' }.subject.id",
                        hasItems("supplier-acme", "supplier-zielinski"))
                .body("items.findAll { it.subject.type == 'tenderer' && it.subject.id == 'supplier-acme' }.subject.name",
                        hasItem("Acme Build Ltd"));
    }

    @Test
    void twoBiddersTakingTurnsAreFlaggedAsAPairWithEveryOpeningAndAwardBehindIt() {
        int n = NUMBERS.incrementAndGet();
        String first = "supplier-rota-" + n;
        String second = "supplier-rotb-" + n;
        List<String> behind = new java.util.ArrayList<>();
        for (int i = 0; i < 3; i++) {
            String ocid = newOcid();
            String winner = i % 2 == 0 ? first : second;
            send(new EventChain(ocid).next(EventTypes.TENDER_PUBLISHED));
            String opening = new EventChain(ocid).next(EventTypes.BIDS_OPENED, o -> withBids(o, List.of(
                    bidOf(o.bids().get(0), first, "110000.00"), bidOf(o.bids().get(0), second, "120000.00"))));
            String award = new EventChain(ocid).next(EventTypes.AWARD_CONFIRMED, a -> new AwardConfirmed(a.tenderId(),
                    "lot-1", a.awardId(), a.bidId(), new Organization(winner, "Rotating " + winner), a.value(),
                    a.confirmedAt(), a.noticeSha256()));
            send(opening);
            send(award);
            awaitTimeline(ocid, 3);
            behind.add(eventId(opening));
            behind.add(eventId(award));
        }

        redFlags.recompute();

        JsonPath flags = flags("code", "BID_ROTATION_PAIR");
        String pair = first + "+" + second;
        List<String> events = flags.getList("items.find { it.subject.id == '" + pair + "' }.evidence.events.eventId");
        assertEquals(behind, events, "the openings and awards of the three processes, in order of the lots");
        assertEquals(3.0, flags.getDouble("items.find { it.subject.id == '" + pair + "' }.evidence.sharedLots"));
    }

    private static BidsOpened.Bid bidOf(BidsOpened.Bid like, String bidderId, String amount) {
        return new BidsOpened.Bid(UUID.randomUUID().toString(), 1, bidderId, "Rotating " + bidderId,
                like.receivedAt(), like.envelopeSha256(),
                List.of(new BidsOpened.LotPrice("lot-1", new BigDecimal(amount), "EUR")), List.of(), List.of(), false,
                true, null);
    }

    @Test
    void anAmendmentOfMoreThanTwentyPercentIsFlaggedWithTheContractsEvents() {
        String ocid = newOcid();
        send(new EventChain(ocid).next(EventTypes.TENDER_PUBLISHED));
        EventChain contract = new EventChain(ocid);
        String signed = contract.next(EventTypes.CONTRACT_SIGNED);
        send(signed);
        String amended = contract.next(EventTypes.CONTRACT_AMENDED, a -> new ContractAmended(a.tenderId(),
                a.contractId(), 1, "Drainage under the whole carriageway.", a.previousValue(),
                new Money(new BigDecimal("80000.00"), "EUR"), a.previousPeriod(), a.period(),
                new Money(new BigDecimal("18200.00"), "EUR"), new BigDecimal("29.45")));
        send(amended);
        awaitTimeline(ocid, 3);

        redFlags.recompute();

        JsonPath flags = flags("ocid", ocid, "source", "screen");
        assertEquals(1, flags.getInt("total"), flags.prettify());
        assertEquals("AMENDMENT_OVER_20_PERCENT", flags.getString("items[0].code"));
        assertEquals("contract", flags.getString("items[0].subject.type"));
        assertEquals("8e2f4a6c-1b3d-4e5f-a7b9-c1d3e5f7a9b2", flags.getString("items[0].subject.id"));
        assertEquals("Contract for Carriageway", flags.getString("items[0].subject.name"));
        assertEquals("lot-1", flags.getString("items[0].lotId"));
        assertEquals(29.4498, flags.getDouble("items[0].value"), 0.001);
        assertEquals(61800.0, flags.getDouble("items[0].evidence.awardedValue"));
        assertEquals(80000.0, flags.getDouble("items[0].evidence.amendedValue"));
        assertEquals("increase > 20 % of awarded value", flags.getString("items[0].threshold"));
        assertEquals(List.of(Map.of("type", "ContractSigned", "eventId", eventId(signed)),
                Map.of("type", "ContractAmended", "eventId", eventId(amended))), flags.getList("items[0].evidence.events"));
        assertTrue(flags.getString("items[0].explanation").contains("29.45 % above the awarded value"),
                flags.getString("items[0].explanation"));
    }

    @Test
    void aCancelledProcessIsNotFlaggedNorCounted() {
        String ocid = newOcid();
        EventChain tender = new EventChain(ocid);
        send(tender.next(EventTypes.TENDER_PUBLISHED));
        send(new EventChain(ocid).next(EventTypes.BIDS_OPENED, o -> withBids(o, o.bids().subList(0, 1))));
        send(tender.next(EventTypes.TENDER_CANCELLED,
                c -> new TenderCancelled(c.tenderId(), null, "Budget withdrawn", true)));
        awaitTimeline(ocid, 3);

        RedFlagService.Run run = redFlags.recompute();

        assertEquals(0, flags("ocid", ocid).getInt("total"));
        given().get("/api/analytics/red-flags/summary").then().statusCode(200)
                .body("processes", equalTo(run.processes()))
                .body("computedAt", notNullValue());
    }

    @Test
    void recomputingTheSameHistoryGivesTheSameFlagsAndTheWatchSkipsAnUnchangedHistory() {
        String ocid = newOcid();
        send(new EventChain(ocid).next(EventTypes.TENDER_PUBLISHED));
        send(new EventChain(ocid).next(EventTypes.BIDS_OPENED, o -> withBids(o, o.bids().subList(0, 1))));
        awaitTimeline(ocid, 2);

        redFlags.recompute();
        String first = given().queryParam("size", 100).get("/api/analytics/red-flags").then().statusCode(200)
                .extract().jsonPath().prettify();
        RedFlagService.Run again = redFlags.recompute();
        JsonPath second = given().queryParam("size", 100).get("/api/analytics/red-flags").then().statusCode(200)
                .extract().jsonPath();

        assertEquals(without(first, "computedAt"), without(second.prettify(), "computedAt"));
        assertEquals(again.computedAt().toString(), second.getString("computedAt"));
        assertTrue(redFlags.recomputeIfChanged().isEmpty(), "nothing changed since the last run");

        String later = newOcid();
        send(new EventChain(later).next(EventTypes.TENDER_PUBLISHED));
        awaitTimeline(later, 1);
        assertTrue(redFlags.recomputeIfChanged().isEmpty(), "not before ten times the last run's duration");
        clock.advance(Duration.ofMillis(RedFlagService.PAUSE_FACTOR * again.millis()));
        assertTrue(redFlags.recomputeIfChanged().isPresent(), "a new event makes a run due once that has passed");
    }

    @Test
    void theSummaryCountsFlagsByCodeAndFiltersByBuyer() {
        String ocid = newOcid();
        send(new EventChain(ocid).next(EventTypes.TENDER_PUBLISHED));
        send(new EventChain(ocid).next(EventTypes.BIDS_OPENED, o -> withBids(o, o.bids().subList(0, 1))));
        awaitTimeline(ocid, 2);
        redFlags.recompute();

        JsonPath summary = given().queryParam("buyer", "buyer-northvale").get("/api/analytics/red-flags/summary")
                .then().statusCode(200).extract().jsonPath();
        assertTrue(summary.getInt("byCode.find { it.code == 'R018' }.count") >= 1);
        assertEquals("Single bid received", summary.getString("byCode.find { it.code == 'R018' }.name"));
        assertTrue(summary.getInt("processesFlagged") >= 1);
        assertTrue(summary.getInt("processes") >= summary.getInt("processesFlagged"));
        given().queryParam("buyer", "buyer-nobody").get("/api/analytics/red-flags/summary").then().statusCode(200)
                .body("byCode", empty()).body("processesFlagged", equalTo(0)).body("processes", equalTo(0));
        given().queryParam("buyer", "buyer-northvale").queryParam("size", 100).get("/api/analytics/red-flags").then()
                .statusCode(200).body("items.buyer.id", everyItem(equalTo("buyer-northvale")))
                .body("total", greaterThanOrEqualTo(1));
    }

    @Test
    void badParametersAreRefusedByName() {
        for (String[] bad : new String[][] {{"code", "R999"}, {"source", "rumour"}, {"buyer", "no such buyer"},
                {"ocid", "not an ocid!"}, {"page", "-1"}, {"size", "500"}}) {
            given().queryParam(bad[0], bad[1]).get("/api/analytics/red-flags").then().statusCode(400)
                    .contentType("application/problem+json").body("errors[0].field", equalTo(bad[0]));
        }
        given().queryParam("buyer", "no such buyer").get("/api/analytics/red-flags/summary").then().statusCode(400)
                .body("errors[0].field", equalTo("buyer"));
    }

    @Test
    @TestSecurity(user = "officer.anna", roles = "officer")
    @OidcSecurity(claims = @Claim(key = "org", value = "buyer-northvale"))
    void anOfficerIsRefusedTheRedFlags() {
        given().get("/api/analytics/red-flags").then().statusCode(403);
        given().get("/api/analytics/red-flags/summary").then().statusCode(403);
    }

    // ---- helpers ----

    private static JsonPath flags(String... params) {
        var request = given();
        for (int i = 0; i < params.length; i += 2) {
            request = request.queryParam(params[i], params[i + 1]);
        }
        return request.queryParam("size", 100).get("/api/analytics/red-flags").then().statusCode(200)
                .body("computedAt", notNullValue()).extract().jsonPath();
    }

    private static BidsOpened withBids(BidsOpened o, List<BidsOpened.Bid> bids) {
        return new BidsOpened(o.tenderId(), o.openedAt(), bids.size(), o.keyHolders(), bids, List.of());
    }

    private static String without(String json, String field) {
        return json.lines().filter(l -> !l.contains("\"" + field + "\"")).reduce("", (a, b) -> a + b + "\n");
    }

    private static String eventId(String record) {
        return EventJson.parse(record).eventId().toString();
    }

    private void awaitTimeline(String ocid, int events) {
        await().atMost(PATIENCE).untilAsserted(() -> given().get("/api/analytics/processes/{ocid}", ocid).then()
                .statusCode(200).body("timeline", hasSize(events)));
    }

    private static String newOcid() {
        return "ocds-op7x2k-F-2027-" + String.format("%06d", 100_000 + NUMBERS.incrementAndGet());
    }

    private void send(String record) {
        connector.source("procurement-events").send(java.util.List.of(record));
    }
}
