package org.openprocure.bid.rest;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.openprocure.stack.PostgresTestResource;

/**
 * A supplier's view of its own bids on the golden tender: the current bid and every receipt issued for
 * it, exactly as signed; never the sealed prices, and nothing about whether anyone else bid.
 */
@QuarkusTest
@QuarkusTestResource(value = PostgresTestResource.class, initArgs = @ResourceArg(name = "database", value = "bid"))
class OwnBidsTest extends BidApiTestSupport {

    private static final AtomicInteger NEXT_ORG = new AtomicInteger();

    /** An organisation of each test's own, so that the list across tenders holds only this test's bids. */
    private static String freshOrganisation() {
        return "supplier-own-" + NEXT_ORG.incrementAndGet() + "-" + UUID.randomUUID().toString().substring(0, 8);
    }

    @Test
    void theCurrentBidAndEveryReceiptThroughSubmitReplaceAndWithdraw() {
        String ocid = publishedTender();
        String org = freshOrganisation();
        Personas.supplier("supplier.acme", org);
        given().get("/api/tenders/{ocid}/bids/mine", ocid).then().statusCode(200)
                .body("ocid", equalTo(ocid)).body("current", nullValue()).body("receipts.size()", equalTo(0));

        JsonPath submitted = bid(ocid, "supplier.acme", org, "104250.00").statusCode(201).extract().jsonPath();
        String bidId = submitted.getString("bidId");
        given().get("/api/tenders/{ocid}/bids/mine", ocid).then().statusCode(200)
                .body("current.bidId", equalTo(bidId)).body("current.version", equalTo(1))
                .body("current.lotIds", equalTo(List.of("lot-1")))
                .body("current.receivedAt", equalTo(submitted.getString("receivedAt")))
                .body("current.envelopeSha256", equalTo(submitted.getString("envelopeSha256")))
                .body("receipts.kind", equalTo(List.of("SUBMITTED")))
                .body("receipts[0].signature", equalTo(submitted.getString("signature")));

        clock.advance(Duration.ofMinutes(5));
        given().contentType(ContentType.JSON).header("Idempotency-Key", UUID.randomUUID().toString())
                .body(offer("99000.00").toString()).put("/api/tenders/{ocid}/bids/{bid}", ocid, bidId)
                .then().statusCode(200);
        clock.advance(Duration.ofMinutes(5));
        given().header("Idempotency-Key", UUID.randomUUID().toString())
                .delete("/api/tenders/{ocid}/bids/{bid}", ocid, bidId).then().statusCode(200);

        String mine = given().get("/api/tenders/{ocid}/bids/mine", ocid).then().statusCode(200)
                .body("current", nullValue())
                .body("receipts.kind", equalTo(List.of("SUBMITTED", "REPLACED", "WITHDRAWN")))
                .body("receipts.version", equalTo(List.of(1, 2, 2)))
                .extract().asString();
        assertEquals(java.util.Optional.empty(), SealedText.number(mine, "104250"), "the sealed prices are never shown");
        assertEquals(java.util.Optional.empty(), SealedText.number(mine, "99000"), "the sealed prices are never shown");
        for (Map<String, Object> receipt : JsonPath.from(mine).<Map<String, Object>>getList("receipts")) {
            Map<String, Object> fields = new HashMap<>(receipt);
            fields.remove("signedText");
            Personas.anonymous();
            given().contentType(ContentType.JSON).body(fields).post("/api/receipts/verify").then().statusCode(200)
                    .body("valid", equalTo(true));
        }
    }

    @Test
    void anotherOrganisationLearnsNothingOfTheBid() {
        String ocid = publishedTender();
        bid(ocid, "supplier.acme", freshOrganisation(), "104250.00").statusCode(201);

        Personas.supplier("supplier.zielinski", freshOrganisation());
        given().get("/api/tenders/{ocid}/bids/mine", ocid).then().statusCode(200)
                .body("current", nullValue()).body("receipts.size()", equalTo(0));
        given().get("/api/bids/mine").then().statusCode(200).body("size()", equalTo(0));
    }

    @Test
    void theListAcrossTendersHasEachTenderTheOrganisationBidFor() {
        String first = publishedTender();
        String second = publishedTender();
        String org = freshOrganisation();
        String firstBid = bid(first, "supplier.acme", org, "500.00").statusCode(201).extract().path("bidId");
        clock.advance(Duration.ofMinutes(1));
        bid(second, "supplier.acme", org, "600.00").statusCode(201);
        clock.advance(Duration.ofMinutes(1));
        Personas.supplier("supplier.acme", org);
        given().header("Idempotency-Key", UUID.randomUUID().toString())
                .delete("/api/tenders/{ocid}/bids/{bid}", first, firstBid).then().statusCode(200);

        List<Map<String, Object>> tenders = given().get("/api/bids/mine").then().statusCode(200)
                .body("ocid", equalTo(List.of(first, second)))
                .body("[0].current", nullValue())
                .body("[0].receipts.kind", equalTo(List.of("SUBMITTED", "WITHDRAWN")))
                .body("[1].current.version", equalTo(1))
                .body("[1].receipts.kind", equalTo(List.of("SUBMITTED")))
                .extract().jsonPath().getList("");
        assertEquals(2, tenders.size());
    }

    @Test
    void onlySuppliersAskAndOnlyAboutKnownTenders() {
        String ocid = publishedTender();
        Personas.anonymous();
        given().get("/api/tenders/{ocid}/bids/mine", ocid).then().statusCode(401);
        given().get("/api/bids/mine").then().statusCode(401);
        Personas.officer("officer.anna", NORTHVALE);
        given().get("/api/tenders/{ocid}/bids/mine", ocid).then().statusCode(403);
        given().get("/api/bids/mine").then().statusCode(403);
        Personas.supplier("supplier.acme", freshOrganisation());
        given().get("/api/tenders/{ocid}/bids/mine", "ocds-op7x2k-T-2026-999999").then().statusCode(404)
                .contentType("application/problem+json");
        given().get("/api/bids/mine").then().statusCode(200).body("ocid", not(hasItem(ocid)));
    }
}
