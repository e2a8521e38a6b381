package org.openprocure.bid.rest;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.smallrye.reactive.messaging.memory.InMemoryConnector;
import io.smallrye.reactive.messaging.memory.InMemorySink;
import jakarta.enterprise.inject.Any;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import org.eclipse.microprofile.reactive.messaging.Message;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openprocure.bid.OpeningShare;
import org.openprocure.events.EventEnvelope;
import org.openprocure.events.EventJson;
import org.openprocure.events.EventShape;
import org.openprocure.events.EventTypes;
import org.openprocure.events.GoldenFixtures;
import org.openprocure.stack.PostgresTestResource;
import org.openprocure.support.time.ClockProducer;
import org.openprocure.support.time.MutableClock;

/**
 * The opening: after the deadline (30 December 2026, 12:00 UTC), two of the three key holders of the
 * golden tender (Anna, Bruno, Chloé of Northvale) hand in their cards; the bids open and the record
 * is public. Early or foreign attempts are refused and recorded.
 */
@QuarkusTest
@QuarkusTestResource(value = PostgresTestResource.class, initArgs = @ResourceArg(name = "database", value = "bid"))
class OpeningCeremonyTest extends BidApiTestSupport {

    @Test
    void twoOfThreeKeyHoldersOpenTheBidsAndTheRecordIsPublic() {
        InMemorySink<String> out = connector.sink("events-out");
        String ocid = publishedTender();
        String anna = card(ocid, "officer.anna");
        String chloe = card(ocid, "officer.chloe");
        bid(ocid, "supplier.acme", "supplier-acme", "104250.00").statusCode(201);
        clock.advance(Duration.ofHours(1));
        bid(ocid, "supplier.zielinski", "supplier-zielinski", "99800.50").statusCode(201);
        clock.set(DEADLINE.plus(Duration.ofMinutes(31)));

        handIn(ocid, "officer.anna", anna).statusCode(200).body("sharesIn", equalTo(1)).body("threshold", equalTo(2))
                .body("opened", equalTo(false));
        handIn(ocid, "officer.anna", anna).statusCode(200).body("sharesIn", equalTo(1));
        Personas.anonymous();
        given().get("/api/tenders/{ocid}/opening", ocid).then().statusCode(404);

        handIn(ocid, "officer.chloe", chloe).statusCode(200).body("opened", equalTo(true))
                .body("record.bidCount", equalTo(2));

        Personas.anonymous();
        given().get("/api/tenders/{ocid}/opening", ocid).then().statusCode(200)
                .body("keyHolders", equalTo(List.of("officer.anna", "officer.chloe")))
                .body("bids.bidderId", equalTo(List.of("supplier-acme", "supplier-zielinski")))
                .body("bids.lots.flatten().amount", equalTo(List.of(104250.00f, 99800.50f)))
                .body("bids.readable", equalTo(List.of(true, true)));
        given().get("/api/tenders/{ocid}/bids", ocid).then().statusCode(200).body("size()", equalTo(2));
        assertEquals(0L, QuarkusTransaction.requiringNew().call(() -> OpeningShare.count("key.ocid", ocid)),
                "the handed-in shares are gone once the bids are open");
        EventEnvelope opened = await().atMost(Duration.ofSeconds(30)).until(() -> out.received().stream()
                .map(Message::getPayload).map(EventJson::parse)
                .filter(e -> ocid.equals(e.ocid()) && e.type().equals("BidsOpened")).findFirst(),
                java.util.Optional::isPresent).orElseThrow();
        EventShape.assertMatchesFixture(EventTypes.BIDS_OPENED, opened);
        handIn(ocid, "officer.bruno", card(ocid, "officer.bruno")).statusCode(409);
    }

    @Test
    void openingBeforeTheDeadlineIsRefusedAndRecordedForAuditors() {
        InMemorySink<String> out = connector.sink("events-out");
        String ocid = publishedTender();
        String anna = card(ocid, "officer.anna");
        clock.set(DEADLINE.minusMillis(1));

        handIn(ocid, "officer.anna", anna).statusCode(409).contentType("application/problem+json")
                .body("detail", containsString("only after the deadline"));
        Personas.supplier("supplier.acme", "supplier-acme");
        given().get("/api/tenders/{ocid}/bids", ocid).then().statusCode(409)
                .body("detail", containsString("sealed until the opening"));

        Personas.act("auditor.farah", "auditor", "audit-office", null);
        given().get("/api/security/access-attempts").then().statusCode(200)
                .body("findAll { it.ocid == '" + ocid + "' }.what", hasItem("openingBeforeDeadline"))
                .body("findAll { it.ocid == '" + ocid + "' }.what", hasItem("sealedBidsRead"));
        EventEnvelope refused = await().atMost(Duration.ofSeconds(30)).until(() -> out.received().stream()
                .map(Message::getPayload).map(EventJson::parse)
                .filter(e -> ocid.equals(e.ocid()) && e.type().equals("AccessAttemptRefused")).findFirst(),
                java.util.Optional::isPresent).orElseThrow();
        EventShape.assertMatchesFixture(EventTypes.ACCESS_ATTEMPT_REFUSED, refused);
        Personas.supplier("supplier.acme", "supplier-acme");
        given().get("/api/security/access-attempts").then().statusCode(403);
    }

    @Test
    void theBidsOfATenderNobodyPublishedAreNotFoundAndNoAttemptIsRecorded() {
        String madeUp = "ocds-zzzzzz-T-0000-" + "x".repeat(2000);

        given().get("/api/tenders/{ocid}/bids", madeUp).then().statusCode(404)
                .contentType("application/problem+json")
                .body("detail", equalTo("No tender " + madeUp + " takes bids here."));
        given().get("/api/tenders/{ocid}/bids", "ocds-zzzzzz-T-0000-000001").then().statusCode(404);

        Personas.act("auditor.farah", "auditor", "audit-office", null);
        given().get("/api/security/access-attempts").then().statusCode(200)
                .body("findAll { it.ocid != null && it.ocid.startsWith('ocds-zzzzzz') }", org.hamcrest.Matchers.empty());
    }

    @Test
    void aCardOfAnotherTenderOrAnotherMemberDoesNotCount() {
        String ocid = publishedTender();
        String other = publishedTender();
        String annaOther = card(other, "officer.anna");
        String bruno = card(ocid, "officer.bruno");
        clock.set(DEADLINE.plusSeconds(1));

        handIn(ocid, "officer.anna", annaOther).statusCode(400).body("detail", containsString("card of"));
        handIn(ocid, "officer.anna", bruno).statusCode(400).body("detail", containsString("not the share issued"));
        handIn(ocid, "officer.zoe", bruno).statusCode(403);
        Personas.officer("officer.anna", NORTHVALE);
        given().contentType(ContentType.JSON).body("{\"card\": \"OPK1/not-a-card\"}")
                .post("/api/tenders/{ocid}/opening/shares", ocid).then().statusCode(400)
                .body("errors[0].field", equalTo("card"));
        assertEquals(0L, QuarkusTransaction.requiringNew().call(() -> OpeningShare.count("key.ocid", ocid)));
    }
}
