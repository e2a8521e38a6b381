package org.openprocure.tender.rest;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.openprocure.tender.rest.TenderRequests.draft;
import static org.openprocure.tender.rest.TenderRequests.unique;
import static org.openprocure.tender.rest.TenderRequests.validDraft;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.smallrye.reactive.messaging.kafka.api.OutgoingKafkaRecordMetadata;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.Statement;
import java.time.Duration;
import java.util.HexFormat;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.sql.DataSource;
import org.eclipse.microprofile.reactive.messaging.Message;
import org.junit.jupiter.api.Test;
import org.openprocure.events.EventJson;
import org.openprocure.stack.PostgresTestResource;
import org.openprocure.support.outbox.EventOutbox;
import org.openprocure.support.outbox.OutboxRelay;
import org.openprocure.support.testing.LogCapture;

/**
 * What an operator sees of tender-service: a request's trace kept with the events it writes and sent
 * on their records, and an event the broker has not taken yet, in the outbox's gauges.
 */
@QuarkusTest
@QuarkusTestResource(value = PostgresTestResource.class, initArgs = @ResourceArg(name = "database", value = "tender"))
class ObservabilityTest extends TenderApiTestSupport {

    private static final SecureRandom RANDOM = new SecureRandom();

    @Inject
    DataSource dataSource;

    @Test
    void aRequestsTraceIsKeptWithTheEventItWritesAndSentOnItsRecord() {
        Personas.officer();
        String id = draft(validDraft(now(), unique("Traced publication")));
        String traceId = hex(16);
        String callerSpan = hex(8);

        String ocid;
        try (LogCapture log = LogCapture.of(EventOutbox.class)) {
            ocid = given().header("traceparent", "00-" + traceId + "-" + callerSpan + "-01")
                    .post("/api/tenders/{id}/publish", id).then().statusCode(200).extract().path("ocid");
            List<LogCapture.Line> recorded = log.containing("recorded TenderPublished", ocid);
            assertEquals(1, recorded.size(), "one line says the event was recorded");
            assertEquals(traceId, recorded.get(0).traceId(), "the request's log line carries the caller's trace id");
        }

        String stored = QuarkusTransaction.requiringNew().call(() -> (String) em.createNativeQuery(
                        "select trace_parent from outbox_event where record_key = ?1 and type = 'TenderPublished'")
                .setParameter(1, ocid).getSingleResult());
        assertTrue(stored.matches("00-" + traceId + "-[0-9a-f]{16}-0[01]"), "the outbox row keeps the trace: " + stored);
        events.one(ocid, org.openprocure.events.EventTypes.TENDER_PUBLISHED);
        Message<String> record = connector.<String>sink("events-out").received().stream()
                .filter(m -> ocid.equals(EventJson.parse(m.getPayload()).ocid())
                        && "TenderPublished".equals(EventJson.parse(m.getPayload()).type()))
                .findFirst().orElseThrow();
        var header = record.getMetadata(OutgoingKafkaRecordMetadata.class).orElseThrow().getHeaders()
                .lastHeader("traceparent");
        assertTrue(header != null, "the record has a traceparent header");
        String sent = new String(header.value(), StandardCharsets.UTF_8);
        assertTrue(sent.startsWith("00-" + traceId + "-"), "the record continues the request's trace: " + sent);
        assertFalse(sent.equals(stored), "the record names the span that published it, a child of the request's");
    }

    @Test
    void anEventTheBrokerHasNotTakenShowsHowLongItHasWaitedUntilItIsSent() throws Exception {
        Personas.officer();
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
            // The relay publishes only while it holds this lock: held here, events wait as in a broker outage.
            statement.execute("select pg_advisory_lock(" + OutboxRelay.RELAY_LOCK + ")");
            String ocid;
            try {
                String id = draft(validDraft(now(), unique("Waiting in the outbox")));
                ocid = given().post("/api/tenders/{id}/publish", id).then().statusCode(200).extract().path("ocid");
                clock.advance(Duration.ofMinutes(2));

                await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
                    assertTrue(metric("openprocure_outbox_oldest_unsent_age_seconds") >= 120,
                            "the oldest waiting event has waited the two minutes");
                    assertTrue(metric("openprocure_outbox_unsent") >= 1, "it is counted as unsent");
                });
                assertTrue(events.of(ocid).isEmpty(), "nothing was published meanwhile");
            } finally {
                statement.execute("select pg_advisory_unlock(" + OutboxRelay.RELAY_LOCK + ")");
            }

            events.one(ocid, org.openprocure.events.EventTypes.TENDER_PUBLISHED);
            await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
                assertEquals(0.0, metric("openprocure_outbox_oldest_unsent_age_seconds"));
                assertEquals(0.0, metric("openprocure_outbox_unsent"));
            });
        }
    }

    /** A sample's value on /q/metrics (0 when absent). */
    private static double metric(String name) {
        String metrics = RestAssured.get("/q/metrics").then().statusCode(200).extract().asString();
        Matcher m = Pattern.compile("(?m)^" + Pattern.quote(name) + " ([0-9.E+-]+)$").matcher(metrics);
        return m.find() ? Double.parseDouble(m.group(1)) : 0;
    }

    private static String hex(int bytes) {
        byte[] b = new byte[bytes];
        RANDOM.nextBytes(b);
        return HexFormat.of().formatHex(b);
    }
}
