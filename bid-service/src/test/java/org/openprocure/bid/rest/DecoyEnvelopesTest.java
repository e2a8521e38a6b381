package org.openprocure.bid.rest;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.random.RandomGenerator;
import org.junit.jupiter.api.Test;
import org.openprocure.bid.SealedBid;
import org.openprocure.bid.service.DecoyEnvelopes;
import org.openprocure.stack.PostgresTestResource;

/**
 * Decoy envelopes keep the number of bids unknowable before the opening: in the database a decoy is
 * a sealed envelope with a bidder tag, lots, a receipt time and a signed receipt like any bid; at the
 * opening it opens as a decoy, stays out of the bids and is listed so that every envelope is
 * accounted for.
 */
@QuarkusTest
@QuarkusTestResource(value = PostgresTestResource.class, initArgs = @ResourceArg(name = "database", value = "bid"))
class DecoyEnvelopesTest extends BidApiTestSupport {

    @Inject
    DecoyEnvelopes decoys;

    @Inject
    EntityManager em;

    @Test
    void aDumpCannotTellDecoysFromTheBidAndTheOpeningAccountsForEveryEnvelope() throws Exception {
        String ocid = publishedTender();
        String anna = card(ocid, "officer.anna");
        String bruno = card(ocid, "officer.bruno");
        bid(ocid, "supplier.acme", "supplier-acme", "104250.00").statusCode(201);
        // A new decoy, a second, then one of them replaced, then one withdrawn.
        assertTrue(move(ocid, 0.1));
        clock.advance(Duration.ofHours(5));
        assertTrue(move(ocid, 0.1));
        clock.advance(Duration.ofDays(2));
        assertTrue(move(ocid, 0.7));
        clock.advance(Duration.ofDays(1));
        assertTrue(move(ocid, 0.95));

        List<Object[]> rows = QuarkusTransaction.requiringNew().call(() -> em.createNativeQuery("select bidder_tag,"
                + " encode(substring(envelope from 1 for 4), 'escape'), envelope_sha256, lot_ids, state, version,"
                + " length(envelope) from sealed_bid where ocid = ?1 order by received_at", Object[].class)
                .setParameter(1, ocid).getResultList());
        assertTrue(rows.size() >= 4, "the bid, two decoys and a replacement: " + rows.size());
        for (Object[] row : rows) {
            assertTrue(((String) row[0]).matches("[0-9a-f]{64}"), "a bidder tag like any other");
            assertEquals("OPSB", row[1], "a sealed envelope like any other");
            assertTrue(((String) row[2]).matches("[0-9a-f]{64}"));
            assertTrue(((String) row[3]).matches("lot-[0-9]+(,lot-[0-9]+)*"));
        }
        List<String> receipts = QuarkusTransaction.requiringNew().call(() -> em.createNativeQuery(
                "select receipt from bid_request where receipt like ?1", String.class)
                .setParameter(1, "%" + ocid + "%").getResultList());
        assertEquals(5, receipts.size(), "one signed receipt per request: the bid's and the four decoy moves'");
        for (String receipt : receipts) {
            JsonNode signed = JSON.readTree(receipt);
            com.fasterxml.jackson.databind.node.ObjectNode body = ((com.fasterxml.jackson.databind.node.ObjectNode)
                    signed.get("receipt")).deepCopy();
            body.put("signature", signed.get("signature").asText());
            given().contentType(ContentType.JSON).body(body.toString()).post("/api/receipts/verify").then()
                    .statusCode(200).body("valid", equalTo(true));
        }
        given().get("/api/tenders/{ocid}/bids", ocid).then().statusCode(409);

        clock.set(DEADLINE.plusSeconds(1));
        assertFalse(move(ocid, 0.1), "no decoy after the deadline");
        handIn(ocid, "officer.anna", anna).statusCode(200);
        JsonNode record = JSON.readTree(handIn(ocid, "officer.bruno", bruno).statusCode(200).extract().asString())
                .get("record");

        assertEquals(1, record.get("bidCount").asInt());
        assertEquals("supplier-acme", record.at("/bids/0/bidderId").asText());
        assertEquals(1, record.get("bids").size());
        assertEquals(1, record.get("decoys").size(), "two decoys sealed, one withdrawn");
        Set<String> accounted = new HashSet<>();
        record.get("bids").forEach(b -> accounted.add(b.get("envelopeSha256").asText()));
        record.get("decoys").forEach(d -> accounted.add(d.get("envelopeSha256").asText()));
        Set<String> current = new HashSet<>(QuarkusTransaction.requiringNew().call(() -> em.createNativeQuery(
                "select envelope_sha256 from sealed_bid where ocid = ?1 and state = 'current'", String.class)
                .setParameter(1, ocid).getResultList()));
        assertEquals(current, accounted, "every current envelope is a bid or a decoy in the record");
    }

    @Test
    void decoysMoveWithTheServersClockOnlyWhileBidsAreAccepted() {
        String open = publishedTender();
        decoys.look(new Random(7));
        long before = envelopes(open);
        clock.advance(Duration.ofDays(12));
        int moves = decoys.look(new Random(7));

        assertTrue(moves > 0, "twelve days at half a move a day: " + moves);
        assertTrue(envelopes(open) > before, "decoys sealed for the open tender");
        clock.set(DEADLINE);
        assertFalse(decoys.move(open, DEADLINE, new Random(1)), "none at the deadline");
        assertEquals(0, decoys.look(new Random(7)), "no tender accepts bids any more");
    }

    private boolean move(String ocid, double dice) {
        return decoys.move(ocid, clock.instant(), new Scripted(dice));
    }

    private long envelopes(String ocid) {
        return QuarkusTransaction.requiringNew().call(() -> SealedBid.count("ocid", ocid));
    }

    /** Randomness whose first {@code nextDouble} is given (it picks the move); the rest is random. */
    private static final class Scripted implements RandomGenerator {
        private final Random rest = new Random(11);
        private final Deque<Double> doubles = new ArrayDeque<>();

        Scripted(double first) {
            doubles.add(first);
        }

        @Override
        public long nextLong() {
            return rest.nextLong();
        }

        @Override
        public double nextDouble() {
            return doubles.isEmpty() ? rest.nextDouble() : doubles.poll();
        }
    }
}
