package org.openprocure.bid.rest;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import io.smallrye.reactive.messaging.memory.InMemoryConnector;
import jakarta.enterprise.inject.Any;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.openprocure.events.EventTypes;
import org.openprocure.events.GoldenFixtures;
import org.openprocure.support.time.ClockProducer;
import org.openprocure.support.time.MutableClock;

/**
 * The golden tender (committee Anna, Bruno and Chloé of Northvale, 2 of 3; lots lot-1 and lot-2;
 * deadline 30 December 2026, 12:00 UTC) published under an ocid of each test's own, and the steps of
 * its suppliers and key holders.
 */
abstract class BidApiTestSupport {

    static final Instant DEADLINE = Instant.parse("2026-12-30T12:00:00Z");
    static final String NORTHVALE = "buyer-northvale";
    static final ObjectMapper JSON = new ObjectMapper();
    private static final AtomicInteger NEXT = new AtomicInteger(3000);

    @Inject
    @Any
    InMemoryConnector connector;

    @Inject
    MutableClock clock;

    @BeforeEach
    void startOfTheStory() {
        clock.set(ClockProducer.TEST_START);
    }

    @AfterEach
    void nobody() {
        Personas.anonymous();
    }

    String publishedTender() {
        String ocid = "ocds-op7x2k-T-2026-%06d".formatted(NEXT.incrementAndGet());
        connector.source("tender-events").send(GoldenFixtures.chainFor(ocid, UUID.randomUUID().toString(),
                EventTypes.TENDER_PUBLISHED).get(0));
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() ->
                given().get("/api/tenders/{ocid}/sealing-key", ocid).then().statusCode(200));
        return ocid;
    }

    static String card(String ocid, String officer) {
        Personas.officer(officer, NORTHVALE);
        return given().post("/api/tenders/{ocid}/key-shares/mine", ocid).then().statusCode(200).extract().path("text");
    }

    static ObjectNode offer(String amount) {
        ObjectNode body = JSON.createObjectNode();
        body.putArray("lots").addObject().put("lotId", "lot-1").putObject("price")
                .put("amount", new java.math.BigDecimal(amount)).put("currency", "EUR");
        return body;
    }

    static ValidatableResponse bid(String ocid, String supplier, String org, String amount) {
        Personas.supplier(supplier, org);
        return given().contentType(ContentType.JSON).header("Idempotency-Key", UUID.randomUUID().toString())
                .body(offer(amount).toString()).post("/api/tenders/{ocid}/bids", ocid).then();
    }

    static ValidatableResponse handIn(String ocid, String officer, String card) {
        Personas.officer(officer, NORTHVALE);
        return given().contentType(ContentType.JSON).body(JSON.createObjectNode().put("card", card).toString())
                .post("/api/tenders/{ocid}/opening/shares", ocid).then();
    }
}
