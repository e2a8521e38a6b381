package org.openprocure.bid.rest;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.smallrye.reactive.messaging.kafka.api.IncomingKafkaRecordMetadata;
import io.smallrye.reactive.messaging.kafka.api.OutgoingKafkaRecordMetadata;
import io.smallrye.reactive.messaging.memory.InMemorySink;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.HexFormat;
import java.util.List;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.reactive.messaging.Message;
import org.eclipse.microprofile.reactive.messaging.Metadata;
import org.junit.jupiter.api.Test;
import org.openprocure.events.EventJson;
import org.openprocure.events.EventTypes;
import org.openprocure.events.GoldenFixtures;
import org.openprocure.stack.PostgresTestResource;
import org.openprocure.support.inbox.EventInbox;
import org.openprocure.support.testing.LogCapture;

/**
 * What an operator sees of bid-service: a tender event's trace going on through its processing and
 * into the event that processing writes, the count of sealed envelopes, and the opening ceremonies.
 */
@QuarkusTest
@QuarkusTestResource(value = PostgresTestResource.class, initArgs = @ResourceArg(name = "database", value = "bid"))
class ObservabilityTest extends BidApiTestSupport {

    private static final SecureRandom RANDOM = new SecureRandom();

    @Inject
    EntityManager em;

    @Test
    void aRecordsTraceparentBecomesTheTraceOfItsProcessingAndOfTheEventsItWrites() {
        InMemorySink<String> out = connector.sink("events-out");
        String traceId = hex(16);
        String callerSpan = hex(8);
        String ocid = "ocds-op7x2k-T-2026-%06d".formatted(800_000 + RANDOM.nextInt(100_000));
        String published = GoldenFixtures.chainFor(ocid, UUID.randomUUID().toString(), EventTypes.TENDER_PUBLISHED)
                .get(0);
        ConsumerRecord<String, String> record = new ConsumerRecord<>("procurement.tender", 1, 42L, ocid, published);
        record.headers().add("traceparent", ("00-" + traceId + "-" + callerSpan + "-01")
                .getBytes(StandardCharsets.UTF_8));

        try (LogCapture log = LogCapture.of(EventInbox.class)) {
            connector.source("tender-events").send(Message.of(published,
                    Metadata.of(new IncomingKafkaRecordMetadata<>(record, "tender-events"))));

            List<LogCapture.Line> applying = await().atMost(Duration.ofSeconds(30))
                    .until(() -> log.containing("applying TenderPublished", ocid), lines -> !lines.isEmpty());
            assertEquals(traceId, applying.get(0).traceId(), "the processing's log line carries the record's trace id");
        }

        // The sealing key made while processing it is an event of the same trace, stored and sent with it.
        Message<String> keyEvent = await().atMost(Duration.ofSeconds(30)).until(() -> out.received().stream()
                .filter(m -> {
                    var e = EventJson.parse(m.getPayload());
                    return ocid.equals(e.ocid()) && e.type().equals("SealingKeyGenerated");
                }).findFirst(), java.util.Optional::isPresent).orElseThrow();
        String stored = QuarkusTransaction.requiringNew().call(() -> (String) em.createNativeQuery(
                        "select trace_parent from outbox_event where record_key = ?1 and type = 'SealingKeyGenerated'")
                .setParameter(1, ocid).getSingleResult());
        assertTrue(stored.startsWith("00-" + traceId + "-"), "the outbox row keeps the trace: " + stored);
        String sent = traceparent(keyEvent);
        assertTrue(sent.startsWith("00-" + traceId + "-"), "the record carries the trace: " + sent);
        assertNotEquals("00-" + traceId + "-" + callerSpan + "-01", sent, "the record names its own publishing span");
    }

    @Test
    void everySealedEnvelopeMovesTheBidCountsOnceItIsStored() {
        String ocid = publishedTender();
        double submitted = metric("openprocure_bids_submitted_total\\{kind=\"new\"}");
        double replaced = metric("openprocure_bids_submitted_total\\{kind=\"replacement\"}");
        double withdrawn = metric("openprocure_bids_withdrawn_total");

        String bidId = bid(ocid, "supplier.acme", "supplier-acme", "104250.00").statusCode(201)
                .extract().path("bidId");
        assertEquals(submitted + 1, metric("openprocure_bids_submitted_total\\{kind=\"new\"}"));

        bid(ocid, "supplier.acme", "supplier-acme", "99000.00").statusCode(409);
        assertEquals(submitted + 1, metric("openprocure_bids_submitted_total\\{kind=\"new\"}"),
                "a refused bid is not counted");

        Personas.supplier("supplier.acme", "supplier-acme");
        given().contentType("application/json").header("Idempotency-Key", UUID.randomUUID().toString())
                .body(offer("98000.00").toString()).put("/api/tenders/{ocid}/bids/{bidId}", ocid, bidId)
                .then().statusCode(200);
        assertEquals(replaced + 1, metric("openprocure_bids_submitted_total\\{kind=\"replacement\"}"));

        Personas.supplier("supplier.acme", "supplier-acme");
        given().header("Idempotency-Key", UUID.randomUUID().toString())
                .delete("/api/tenders/{ocid}/bids/{bidId}", ocid, bidId).then().statusCode(200);
        assertEquals(withdrawn + 1, metric("openprocure_bids_withdrawn_total"));
        assertEquals(submitted + 1, metric("openprocure_bids_submitted_total\\{kind=\"new\"}"));
    }

    @Test
    void anOpeningCeremonyIsCountedWhenItStartsAndWhenItCompletes() {
        String ocid = publishedTender();
        String anna = card(ocid, "officer.anna");
        String chloe = card(ocid, "officer.chloe");
        bid(ocid, "supplier.acme", "supplier-acme", "104250.00").statusCode(201);
        clock.set(DEADLINE.plus(Duration.ofMinutes(31)));
        double started = metric("openprocure_opening_ceremonies_started_total");
        double completed = metric("openprocure_opening_ceremonies_completed_total");
        double inProgress = metric("openprocure_opening_ceremonies_in_progress");
        double decrypted = metric("openprocure_opening_decrypt_seconds_count");

        handIn(ocid, "officer.anna", anna).statusCode(200);
        assertEquals(started + 1, metric("openprocure_opening_ceremonies_started_total"));
        assertEquals(inProgress + 1, metric("openprocure_opening_ceremonies_in_progress"));
        assertEquals(completed, metric("openprocure_opening_ceremonies_completed_total"));
        handIn(ocid, "officer.anna", anna).statusCode(200);
        assertEquals(started + 1, metric("openprocure_opening_ceremonies_started_total"),
                "the same card again starts nothing");

        handIn(ocid, "officer.chloe", chloe).statusCode(200);
        assertEquals(started + 1, metric("openprocure_opening_ceremonies_started_total"));
        assertEquals(completed + 1, metric("openprocure_opening_ceremonies_completed_total"));
        assertEquals(inProgress, metric("openprocure_opening_ceremonies_in_progress"));
        assertEquals(decrypted + 1, metric("openprocure_opening_decrypt_seconds_count"));
        assertFalse(metric("openprocure_opening_decrypt_seconds_sum") <= 0, "the decryption took some time");
    }

    private static String traceparent(Message<String> message) {
        var headers = message.getMetadata(OutgoingKafkaRecordMetadata.class).orElseThrow().getHeaders();
        var header = headers.lastHeader("traceparent");
        assertTrue(header != null, "the record has a traceparent header");
        return new String(header.value(), StandardCharsets.UTF_8);
    }

    /** A sample's value on /q/metrics (0 when absent); {@code name} is a regular expression. */
    private static double metric(String name) {
        String metrics = RestAssured.get("/q/metrics").then().statusCode(200).extract().asString();
        Matcher m = Pattern.compile("(?m)^" + name + " ([0-9.E+-]+)$").matcher(metrics);
        return m.find() ? Double.parseDouble(m.group(1)) : 0;
    }

    private static String hex(int bytes) {
        byte[] b = new byte[bytes];
        RANDOM.nextBytes(b);
        return HexFormat.of().formatHex(b);
    }
}
