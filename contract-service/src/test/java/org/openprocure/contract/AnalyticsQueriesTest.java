package org.openprocure.contract;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.startsWith;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.quarkus.test.security.oidc.Claim;
import io.quarkus.test.security.oidc.OidcSecurity;
import io.smallrye.reactive.messaging.memory.InMemoryConnector;
import jakarta.enterprise.inject.Any;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openprocure.events.EventTypes;
import org.openprocure.events.Money;
import org.openprocure.events.Organization;
import org.openprocure.events.bid.BidsOpened;
import org.openprocure.events.evaluation.AwardConfirmed;
import org.openprocure.events.evaluation.AwardProposed;
import org.openprocure.events.tender.TenderPublished;
import org.openprocure.stack.PostgresTestResource;

/**
 * The analytics queries over a buyer's three processes, each expectation computed by hand:
 * <ul>
 *   <li>P1 open, one bid (S1), S1 awarded 1000.00 EUR, confirmed; proposed 2027-01-14;</li>
 *   <li>P2 selective, bids of S1 and S2, S2 awarded 3000.00 EUR, confirmed; proposed 2027-02-10;</li>
 *   <li>P3 open, no bids, S1 proposed 500.00 EUR on 2027-02-20, still pending.</li>
 * </ul>
 * Active spend 4000.00: S2 0.75, S1 0.25, HHI 0.5625 + 0.0625 = 0.625.
 */
@QuarkusTest
@QuarkusTestResource(value = PostgresTestResource.class, initArgs = @ResourceArg(name = "database", value = "contract"))
@TestSecurity(user = "auditor.farah", roles = "auditor")
@OidcSecurity(claims = @Claim(key = "org", value = "audit-office"))
class AnalyticsQueriesTest {

    private static final Duration PATIENCE = Duration.ofSeconds(60);
    private static final AtomicInteger NUMBERS = new AtomicInteger(700_000 + new java.util.Random().nextInt(90_000));
    private static final String TITLE = "Road \"A\", phase 1";

    @Inject
    @Any
    InMemoryConnector connector;

    private String buyer;
    private String s1;
    private String s2;
    private String p1;
    private String p2;
    private String p3;

    @BeforeEach
    void threeProcessesOfOneBuyer() {
        String run = UUID.randomUUID().toString().substring(0, 8);
        buyer = "buyer-q-" + run;
        s1 = "supplier-q1-" + run;
        s2 = "supplier-q2-" + run;
        p1 = ocid();
        p2 = ocid();
        p3 = ocid();

        EventChain t1 = new EventChain(p1);
        EventChain e1 = new EventChain(p1);
        send(t1.next(EventTypes.TENDER_PUBLISHED, t -> notice(t, "open", TITLE)));
        send(new EventChain(p1).next(EventTypes.BIDS_OPENED, o -> opened(o, s1)));
        String award1 = UUID.randomUUID().toString();
        send(e1.next(EventTypes.AWARD_PROPOSED, p -> proposal(p, award1, s1, "1000.00"),
                Instant.parse("2027-01-14T12:00:00Z")));
        send(e1.next(EventTypes.AWARD_CONFIRMED, c -> confirmation(c, award1, s1, "1000.00"),
                Instant.parse("2027-01-26T13:15:00Z")));

        EventChain e2 = new EventChain(p2);
        send(new EventChain(p2).next(EventTypes.TENDER_PUBLISHED, t -> notice(t, "selective", "Bridge repair")));
        send(new EventChain(p2).next(EventTypes.BIDS_OPENED, o -> opened(o, s1, s2)));
        String award2 = UUID.randomUUID().toString();
        send(e2.next(EventTypes.AWARD_PROPOSED, p -> proposal(p, award2, s2, "3000.00"),
                Instant.parse("2027-02-10T09:00:00Z")));
        send(e2.next(EventTypes.AWARD_CONFIRMED, c -> confirmation(c, award2, s2, "3000.00"),
                Instant.parse("2027-02-25T09:00:00Z")));

        send(new EventChain(p3).next(EventTypes.TENDER_PUBLISHED, t -> notice(t, "open", "Street lights")));
        send(new EventChain(p3).next(EventTypes.AWARD_PROPOSED,
                p -> proposal(p, UUID.randomUUID().toString(), s1, "500.00"), Instant.parse("2027-02-20T09:00:00Z")));

        await().atMost(PATIENCE).untilAsserted(() -> given().get("/api/analytics/buyers/{id}", buyer).then()
                .statusCode(200).body("processes", equalTo(3)).body("suppliers", hasSize(2)));
        await().atMost(PATIENCE).untilAsserted(() -> given().queryParam("buyer", buyer)
                .get("/api/analytics/awards").then().statusCode(200).body("total", equalTo(3)));
    }

    @Test
    void theBuyersProfile() {
        given().get("/api/analytics/buyers/{id}", buyer).then().statusCode(200)
                .body("buyer.id", equalTo(buyer))
                .body("buyer.name", equalTo("Northvale City Council"))
                .body("processes", equalTo(3))
                .body("byMethod.method", contains("open", "selective"))
                .body("byMethod.processes", contains(2, 1))
                .body("nonOpenShare", equalTo(0.3333f))
                .body("spend", hasSize(1))
                .body("spend[0].amount", equalTo(4000.00f))
                .body("spend[0].currency", equalTo("EUR"))
                .body("singleBidProcesses", equalTo(1))
                .body("singleBidShare", equalTo(0.5f))
                .body("suppliers.supplier.id", contains(s2, s1))
                .body("suppliers.wins", contains(1, 1))
                .body("suppliers.amount", contains(3000.00f, 1000.00f))
                .body("suppliers.share", contains(0.75f, 0.25f))
                .body("topSupplierShare", equalTo(0.75f))
                .body("hhi", equalTo(0.625f));
        given().queryParam("size", 100).get("/api/analytics/buyers").then().statusCode(200)
                .body("items.findAll { it.buyer.id == '" + buyer + "' }.processes", contains(3))
                .body("items.findAll { it.buyer.id == '" + buyer + "' }.singleBidProcesses", contains(1));
    }

    @Test
    void theSuppliersProfile() {
        given().get("/api/analytics/suppliers/{id}", s1).then().statusCode(200)
                .body("supplier.id", equalTo(s1))
                .body("supplier.name", equalTo("Supplier " + s1))
                .body("bids", equalTo(2))
                .body("processes", equalTo(2))
                .body("wins", equalTo(1))
                .body("winRate", equalTo(0.5f))
                .body("awardedValue.amount", contains(1000.00f))
                .body("awardedValue.currency", contains("EUR"))
                .body("buyers.buyer.id", contains(buyer))
                .body("buyers[0].wins", equalTo(1))
                .body("buyers[0].amount", equalTo(1000.00f))
                .body("buyers[0].shareOfBuyerSpend", equalTo(0.25f))
                .body("procedures.method", contains("open"))
                .body("procedures.wins", contains(1));
        given().get("/api/analytics/suppliers/{id}", "supplier-nobody-" + UUID.randomUUID()).then().statusCode(404)
                .contentType("application/problem+json");
        given().queryParam("size", 100).get("/api/analytics/suppliers").then().statusCode(200)
                .body("total", org.hamcrest.Matchers.greaterThanOrEqualTo(2));
        given().get("/api/analytics/cpv-divisions").then().statusCode(200)
                .body("items.cpvDivision", org.hamcrest.Matchers.hasItem("45"));
    }

    @Test
    void theOverviewOfTheBuyer() {
        given().queryParam("buyer", buyer).get("/api/analytics/overview").then().statusCode(200)
                .body("spendByMonth.month", contains("2027-01", "2027-02"))
                .body("spendByMonth.currency", contains("EUR", "EUR"))
                .body("spendByMonth.amount", contains(1000.00f, 3000.00f))
                .body("spendByMonth.awards", contains(1, 1))
                .body("processes", equalTo(3))
                .body("withBids", equalTo(2))
                .body("singleBid", equalTo(1))
                .body("singleBidShare", equalTo(0.5f))
                .body("concentration", hasSize(1))
                .body("concentration[0].buyer.id", equalTo(buyer))
                .body("concentration[0].currency", equalTo("EUR"))
                .body("concentration[0].hhi", equalTo(0.625f))
                .body("concentration[0].topSupplier.id", equalTo(s2))
                .body("concentration[0].topShare", equalTo(0.75f));
        given().queryParam("buyer", buyer).queryParam("from", "2027-02-01").get("/api/analytics/overview").then()
                .statusCode(200).body("spendByMonth.month", contains("2027-02"))
                .body("concentration[0].hhi", equalTo(1.0f));
    }

    @Test
    void awardHistoriesFilterSortAndCarryTheProcess() {
        awards("sort", "value").body("items.ocid", contains(p3, p1, p2))
                .body("items.value.amount", contains(500.00f, 1000.00f, 3000.00f))
                .body("items[1].cpvDivision", equalTo("45"))
                .body("items[1].procurementMethod", equalTo("open"))
                .body("items[1].title", equalTo(TITLE));
        awards("status", "active", "sort", "-value").body("items.ocid", contains(p2, p1));
        awards("sort", "date").body("items.ocid", contains(p1, p2, p3));
        awards().body("items.ocid", contains(p3, p2, p1));
        awards("method", "selective").body("items.ocid", contains(p2));
        awards("cpv", "45").body("total", equalTo(3));
        awards("cpv", "45233252-0").body("total", equalTo(3));
        awards("cpv", "33").body("total", equalTo(0));
        awards("from", "2027-02-01", "sort", "date").body("items.ocid", contains(p2, p3));
        awards("to", "2027-01-31").body("items.ocid", contains(p1));
        awards("to", "2027-02-10T09:00:00Z", "sort", "date").body("items.ocid", contains(p1, p2));
        awards("minValue", "900", "currency", "EUR", "sort", "value").body("items.ocid", contains(p1, p2));
        awards("maxValue", "1000.00", "currency", "EUR", "sort", "value").body("items.ocid", contains(p3, p1));
        awards("minValue", "900", "currency", "USD").body("total", equalTo(0));
        awards("sort", "supplier").body("items.supplier.id", contains(s1, s1, s2));
    }

    @Test
    void theCsvHasEveryMatchingAwardQuotedAsRfc4180() {
        String csv = given().queryParam("buyer", buyer).queryParam("sort", "date").get("/api/analytics/awards.csv")
                .then().statusCode(200)
                .contentType(startsWith("text/csv"))
                .header("Content-Disposition", equalTo("attachment; filename=\"awards.csv\""))
                .extract().asString();
        String[] lines = csv.split("\r\n");
        org.junit.jupiter.api.Assertions.assertEquals(4, lines.length);
        org.junit.jupiter.api.Assertions.assertTrue(lines[0].startsWith("ocid,awardId,lotId,bidId,title,buyerId"));
        org.junit.jupiter.api.Assertions.assertTrue(lines[1].startsWith(p1 + ","), lines[1]);
        org.junit.jupiter.api.Assertions.assertTrue(lines[1].contains(",\"Road \"\"A\"\", phase 1\"," + buyer
                + ",Northvale City Council," + s1 + ",Supplier " + s1 + ",1000.00,EUR,active,,2027-01-14T12:00:00Z,"),
                lines[1]);
        org.junit.jupiter.api.Assertions.assertTrue(lines[3].startsWith(p3 + ","), lines[3]);
    }

    @Test
    void theProcessListFilters() {
        processes().body("total", equalTo(3)).body("items.ocid", contains(p1, p2, p3));
        processes("singleBid", "true").body("items.ocid", contains(p1))
                .body("items[0].bidders", equalTo(1))
                .body("items[0].title", equalTo(TITLE))
                .body("items[0].buyer.id", equalTo(buyer))
                .body("items[0].status", equalTo("active"))
                .body("items[0].procurementMethod", equalTo("open"))
                .body("items[0].cpvDivision", equalTo("45"))
                .body("items[0].value.amount", equalTo(125000.00f))
                .body("items[0].publishedAt", equalTo("2026-11-30T09:00:00Z"))
                .body("items[0].awardedValue.amount", equalTo(1000.00f))
                .body("items[0].awardedValue.currency", equalTo("EUR"));
        processes("singleBid", "false").body("items.ocid", contains(p2, p3));
        processes("month", "2027-02").body("items.ocid", contains(p2));
        processes("supplier", s2).body("items.ocid", contains(p2));
        processes("supplier", s1).body("items.ocid", contains(p1, p2, p3));
        processes("method", "selective").body("items.ocid", contains(p2)).body("items[0].bidders", equalTo(2));
        processes("cpv", "45", "status", "active").body("total", equalTo(3));
        processes("size", "2", "page", "1").body("total", equalTo(3)).body("items.ocid", contains(p3));
        processes("ocid", p3).body("items.find { it.ocid == '" + p3 + "' }.awardedValue", equalTo(null));
    }

    @Test
    void badParametersAreA400NamingTheParameter() {
        for (String[] bad : new String[][] {{"cpv", "4"}, {"cpv", "45x"}, {"method", "auction"}, {"sort", "price"},
                {"from", "yesterday"}, {"to", "2027-02-30"}, {"minValue", "cheap"}, {"maxValue", "-1"},
                {"currency", "euro"}}) {
            given().queryParam(bad[0], bad[1]).get("/api/analytics/awards").then().statusCode(400)
                    .contentType("application/problem+json").body("errors[0].field", equalTo(bad[0]));
        }
        given().queryParam("minValue", "10").get("/api/analytics/awards").then().statusCode(400)
                .body("errors[0].field", equalTo("currency"));
        given().queryParam("sort", "price").get("/api/analytics/awards.csv").then().statusCode(400)
                .body("errors[0].field", equalTo("sort"));
        for (String[] bad : new String[][] {{"singleBid", "yes"}, {"month", "2027-13"}, {"status", "open"},
                {"size", "0"}, {"supplier", "a b"}}) {
            given().queryParam(bad[0], bad[1]).get("/api/analytics/processes").then().statusCode(400)
                    .body("errors[0].field", equalTo(bad[0]));
        }
        given().queryParam("from", "soon").get("/api/analytics/overview").then().statusCode(400)
                .body("errors[0].field", equalTo("from"));
        given().get("/api/analytics/buyers/{id}", "a b").then().statusCode(400).body("errors[0].field", equalTo("id"));
    }

    // ---- helpers ----

    private io.restassured.response.ValidatableResponse awards(String... params) {
        var request = given().queryParam("buyer", buyer);
        for (int i = 0; i < params.length; i += 2) {
            request = request.queryParam(params[i], params[i + 1]);
        }
        return request.get("/api/analytics/awards").then().statusCode(200);
    }

    private io.restassured.response.ValidatableResponse processes(String... params) {
        var request = given().queryParam("buyer", buyer);
        for (int i = 0; i < params.length; i += 2) {
            if (!params[i].equals("ocid")) {
                request = request.queryParam(params[i], params[i + 1]);
            }
        }
        return request.get("/api/analytics/processes").then().statusCode(200);
    }

    private static String ocid() {
        return "ocds-op7x2k-T-2027-" + String.format("%06d", NUMBERS.incrementAndGet());
    }

    private void send(String record) {
        connector.source("procurement-events").send(java.util.List.of(record));
    }

    private TenderPublished notice(TenderPublished t, String method, String title) {
        return new TenderPublished(t.tenderId(), t.noticeVersion(), title, t.description(),
                new Organization(buyer, t.buyer().name()), method, t.procurementMethodRationale(),
                t.mainProcurementCategory(), t.awardCriteria(), t.criteria(), t.value(), t.lots(),
                t.consultationPeriod(), t.tenderPeriod(), t.enquiryPeriod(), t.openingDate(), t.bidValidityDays(),
                t.openingCommittee(), t.documents(), t.publishedAt());
    }

    private static BidsOpened opened(BidsOpened o, String... suppliers) {
        List<BidsOpened.Bid> bids = java.util.Arrays.stream(suppliers).map(s -> new BidsOpened.Bid(
                UUID.randomUUID().toString(), 1, s, "Supplier " + s, Instant.parse("2027-01-05T10:00:00Z"),
                o.bids().get(0).envelopeSha256(),
                List.of(new BidsOpened.LotPrice("lot-1", new BigDecimal("900.00"), "EUR")), List.of(), List.of(),
                false, true, null)).toList();
        return new BidsOpened(o.tenderId(), o.openedAt(), bids.size(), o.keyHolders(), bids, List.of());
    }

    private static AwardProposed proposal(AwardProposed p, String awardId, String supplier, String amount) {
        return new AwardProposed(p.tenderId(), "lot-1", awardId, p.bidId(), new Organization(supplier, "Supplier " + supplier),
                new Money(new BigDecimal(amount), "EUR"), p.method(), p.ranking(), p.standstillEnds(), p.reportSha256());
    }

    private static AwardConfirmed confirmation(AwardConfirmed c, String awardId, String supplier, String amount) {
        return new AwardConfirmed(c.tenderId(), "lot-1", awardId, c.bidId(), new Organization(supplier, "Supplier " + supplier),
                new Money(new BigDecimal(amount), "EUR"), c.confirmedAt(), c.noticeSha256());
    }
}
