package org.openprocure.bid.rest;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.greaterThanOrEqualTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.openprocure.bid.SealedBid;
import org.openprocure.events.EventTypes;
import org.openprocure.events.GoldenFixtures;
import org.openprocure.stack.PostgresTestResource;

/**
 * EU Directive 2014/24/EU, Annex IV: the requirements for tools for the electronic receipt of
 * tenders, one test each, plus the older directive's "simultaneous action of several authorised
 * persons" as the quorum rule.
 */
@QuarkusTest
@QuarkusTestResource(value = PostgresTestResource.class, initArgs = @ResourceArg(name = "database", value = "bid"))
class AnnexIvTest extends BidApiTestSupport {

    @Inject
    EntityManager em;

    @Test
    void a_theExactTimeAndDateOfReceiptAreDeterminedAndSigned() {
        String ocid = publishedTender();
        clock.set(Instant.parse("2026-12-29T23:59:59.987Z"));

        var receipt = bid(ocid, "supplier.acme", "supplier-acme", "1000.00").statusCode(201)
                .body("receivedAt", equalTo("2026-12-29T23:59:59.987Z"))
                .body("signedText", containsString("receivedAt=2026-12-29T23:59:59.987Z")).extract().jsonPath();

        assertEquals(Instant.parse("2026-12-29T23:59:59.987Z"), QuarkusTransaction.requiringNew().call(() ->
                ((SealedBid) SealedBid.find("ocid", ocid).firstResult()).receivedAt));
        Personas.anonymous();
        given().get("/.well-known/openprocure-receipt-key").then().statusCode(200);
        assertFalse(receipt.getString("signature").isBlank());
    }

    @Test
    void b_nobodyHasAccessToTheBidsBeforeTheTimeLimit() {
        String ocid = publishedTender();
        String anna = card(ocid, "officer.anna");
        String bruno = card(ocid, "officer.bruno");
        bid(ocid, "supplier.acme", "supplier-acme", "98765.43").statusCode(201);
        clock.set(DEADLINE.minusMillis(1));

        handIn(ocid, "officer.anna", anna).statusCode(409);
        handIn(ocid, "officer.bruno", bruno).statusCode(409);
        for (Runnable who : List.<Runnable>of(Personas::anonymous, () -> Personas.supplier("supplier.acme",
                "supplier-acme"), () -> Personas.officer("officer.anna", NORTHVALE))) {
            who.run();
            given().get("/api/tenders/{ocid}/bids", ocid).then().statusCode(409);
            given().get("/api/tenders/{ocid}/opening", ocid).then().statusCode(404);
        }
        String stored = QuarkusTransaction.requiringNew().call(() -> String.join("\n",
                rows("select t::text from sealed_bid t where ocid = '" + ocid + "'"),
                rows("select t::text from bid_request t where receipt like '%" + ocid + "%'"),
                rows("select t::text from outbox_event t where record_key = '" + ocid + "'")));
        assertEquals(java.util.Optional.empty(), SealedText.number(stored, "98765"),
                "no price in the database before the opening");
    }

    @Test
    void c_onlyTheBuyersPublishedNoticesSetOrChangeTheDeadline() {
        String ocid = publishedTender();
        String aggregate = UUID.randomUUID().toString();
        List<String> chain = GoldenFixtures.chainFor(ocid, aggregate, EventTypes.TENDER_PUBLISHED,
                EventTypes.ENQUIRY_ASKED, EventTypes.ENQUIRY_ANSWERED, EventTypes.SUBMISSION_DEADLINE_EXTENDED);
        String forged = chain.get(3).replace("2026-12-31T12:00:00.000Z", "2027-06-30T12:00:00.000Z");

        connector.source("tender-events").send(forged);
        Personas.supplier("supplier.acme", "supplier-acme");
        given().contentType(ContentType.JSON).body("{\"submissionDeadline\": \"2027-06-30T12:00:00Z\"}")
                .put("/api/tenders/{ocid}/submission-window", ocid).then().statusCode(greaterThanOrEqualTo(400));

        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> given().get("/q/metrics").then()
                .body(containsString("outcome=\"tampered\"")));
        given().get("/api/tenders/{ocid}/submission-window", ocid).then().statusCode(200)
                .body("submissionDeadline", equalTo(DEADLINE.toString()));
    }

    @Test
    void d_duringTheStagesOnlyAuthorisedPersonsReachTheirPartOfTheData() {
        String ocid = publishedTender();
        String bidId = bid(ocid, "supplier.acme", "supplier-acme", "1000.00").statusCode(201).extract().path("bidId");

        Personas.supplier("supplier.borealis", "supplier-borealis");
        given().header("Idempotency-Key", "x").delete("/api/tenders/{ocid}/bids/{bid}", ocid, bidId).then()
                .statusCode(404);
        given().post("/api/tenders/{ocid}/key-shares/mine", ocid).then().statusCode(403);
        given().get("/api/tenders/{ocid}/key-shares", ocid).then().statusCode(403);
        Personas.officer("officer.dmitri", "buyer-health");
        given().get("/api/tenders/{ocid}/key-shares", ocid).then().statusCode(404);
        Personas.officer("officer.anna", NORTHVALE);
        given().get("/api/security/access-attempts").then().statusCode(403);
    }

    @Test
    void e_onlyTheCommitteeActingTogetherOpensAndOnlyAfterTheDeadline() {
        String ocid = publishedTender();
        String anna = card(ocid, "officer.anna");
        bid(ocid, "supplier.acme", "supplier-acme", "1000.00").statusCode(201);
        clock.set(DEADLINE);

        handIn(ocid, "officer.zoe", anna).statusCode(403);
        handIn(ocid, "officer.anna", anna).statusCode(200).body("opened", equalTo(false));
        handIn(ocid, "officer.chloe", card(ocid, "officer.chloe")).statusCode(200).body("opened", equalTo(true));
    }

    @Test
    void f_openedDataStaysWithTheAuthorised() {
        String ocid = publishedTender();
        String anna = card(ocid, "officer.anna");
        String bruno = card(ocid, "officer.bruno");
        bid(ocid, "supplier.acme", "supplier-acme", "1000.00").statusCode(201);
        clock.set(DEADLINE.plusSeconds(5));
        handIn(ocid, "officer.anna", anna).statusCode(200);
        handIn(ocid, "officer.bruno", bruno).statusCode(200).body("opened", equalTo(true));

        Personas.anonymous();
        String record = given().get("/api/tenders/{ocid}/opening", ocid).then().statusCode(200).extract().asString();
        assertFalse(record.contains("envelope\""), "the record gives hashes, never the envelopes themselves");
        given().post("/api/tenders/{ocid}/key-shares/mine", ocid).then().statusCode(401);
        given().get("/api/tenders/{ocid}/key-shares", ocid).then().statusCode(401);
    }

    @Test
    void g_everyAttemptAndEveryTamperingIsClearlyDetectable() {
        String ocid = publishedTender();
        String anna = card(ocid, "officer.anna");
        String chloe = card(ocid, "officer.chloe");
        bid(ocid, "supplier.acme", "supplier-acme", "1000.00").statusCode(201);
        clock.advance(Duration.ofHours(1));
        bid(ocid, "supplier.zielinski", "supplier-zielinski", "900.00").statusCode(201);
        clock.set(DEADLINE.minusSeconds(60));
        handIn(ocid, "officer.anna", anna).statusCode(409);
        QuarkusTransaction.requiringNew().run(() -> {
            SealedBid tampered = SealedBid.find("ocid = ?1 order by receivedAt desc", ocid).firstResult();
            tampered.envelope[tampered.envelope.length - 1] ^= 1;
        });

        Personas.act("auditor.farah", "auditor", "audit-office", null);
        given().get("/api/security/access-attempts").then().statusCode(200)
                .body("findAll { it.ocid == '" + ocid + "' }.what", hasItem("openingBeforeDeadline"));
        clock.set(DEADLINE.plusSeconds(1));
        handIn(ocid, "officer.anna", anna).statusCode(200);
        handIn(ocid, "officer.chloe", chloe).statusCode(200)
                .body("record.bids.readable", equalTo(List.of(true, false)))
                .body("record.bids[1].problem", containsString("SHA-256"));
    }

    @Nested
    class QuorumRule {

        @Test
        void kMinusOneSharesCannotOpenKCanTheSameMemberTwiceCountsOnceAndAForeignShareIsRefused() {
            String ocid = publishedTender();
            String other = publishedTender();
            String anna = card(ocid, "officer.anna");
            String bruno = card(ocid, "officer.bruno");
            String brunoOther = card(other, "officer.bruno");
            bid(ocid, "supplier.acme", "supplier-acme", "1000.00").statusCode(201);
            clock.set(DEADLINE.plusSeconds(1));

            handIn(ocid, "officer.anna", anna).statusCode(200).body("opened", equalTo(false));
            handIn(ocid, "officer.anna", anna).statusCode(200).body("opened", equalTo(false)).body("sharesIn", equalTo(1));
            handIn(ocid, "officer.bruno", brunoOther).statusCode(400);
            Personas.anonymous();
            given().get("/api/tenders/{ocid}/opening", ocid).then().statusCode(404);

            handIn(ocid, "officer.bruno", bruno).statusCode(200).body("opened", equalTo(true))
                    .body("record.keyHolders", not(hasItem("officer.chloe")));
        }
    }

    @SuppressWarnings("unchecked")
    private String rows(String sql) {
        return String.join("\n", em.createNativeQuery(sql).getResultList());
    }
}
