package org.openprocure.contract;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

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
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import javax.sql.DataSource;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringSerializer;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;
import org.openprocure.contract.service.ReadModelTables;
import org.openprocure.events.EventEnvelope;
import org.openprocure.events.EventJson;
import org.openprocure.events.EventTypes;
import org.openprocure.events.Money;
import org.openprocure.events.Organization;
import org.openprocure.events.bid.BidsOpened;
import org.openprocure.events.evaluation.AwardProposed;
import org.openprocure.events.evaluation.ComplaintDecided;
import org.openprocure.events.evaluation.QualificationDecided;
import org.openprocure.events.tender.TenderCancelled;
import org.openprocure.stack.KafkaTestResource;
import org.openprocure.stack.PostgresTestResource;

/**
 * Done "replay equals incremental": a rich history delivered event by event to the live consumer, then the
 * same events produced to the real topics topic by topic, and the rebuild from offset zero gives exactly
 * the same rows in every read model table.
 */
@QuarkusTest
@QuarkusTestResource(value = PostgresTestResource.class, initArgs = @ResourceArg(name = "database", value = "contract"))
@QuarkusTestResource(value = KafkaTestResource.class, restrictToAnnotatedClass = true)
@TestSecurity(user = "auditor.farah", roles = "auditor")
@OidcSecurity(claims = @Claim(key = "org", value = "audit-office"))
class ReadModelRebuildTest {

    private static final Duration PATIENCE = Duration.ofSeconds(60);
    private static final String ACME_AWARD = "c5e7a9b1-3d4f-4a6b-8c0d-2e4f6a8b0c1d";
    private static final String ACME_BID = "71c3e5a7-0000-4000-8000-00000000acme";
    private static final String ZIELINSKI_BID = "4b7e0c1a-9d2f-4e3b-8a5c-6f1d2e3c4b5a";

    private static final java.util.concurrent.atomic.AtomicInteger NUMBERS =
            new java.util.concurrent.atomic.AtomicInteger(900_000 + new java.util.Random().nextInt(90_000));

    @Inject
    @Any
    InMemoryConnector connector;

    @Inject
    DataSource dataSource;

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrapServers;

    @Test
    void theRebuildFromTheTopicsGivesExactlyTheRowsBuiltEventByEvent() throws Exception {
        // Starts from what the (empty) topics hold, whatever other tests left in the database.
        given().post("/api/analytics/rebuild").then().statusCode(200).body("events", equalTo(0));

        List<String> history = richHistory();
        // In batches of seven, as the Kafka consumer polls them, each with its first record delivered twice.
        for (int from = 0; from < history.size(); from += 7) {
            List<String> batch = new ArrayList<>(history.subList(from, Math.min(history.size(), from + 7)));
            batch.add(batch.get(0));
            connector.source("procurement-events").send(batch);
        }
        await().atMost(PATIENCE).untilAsserted(() -> assertEquals(history.size(), count("process_event")));
        Map<String, List<String>> incremental = snapshot();
        assertTrue(incremental.get("award").stream().anyMatch(r -> r.contains("Complaint upheld")), "an upheld complaint");
        for (String status : List.of("pending", "active", "cancelled", "unsuccessful")) {
            assertTrue(incremental.get("award").stream().anyMatch(r -> r.contains("," + status + ",")), status);
        }
        assertTrue(incremental.get("process_bid").stream().anyMatch(r -> r.contains(",disqualified,")));
        assertEquals(4, incremental.get("process").size());
        assertTrue(incremental.get("analytics_supplier").size() >= 2);

        // The same events on the real topics in another order: topic by topic, the evaluation's first.
        try (KafkaProducer<String, String> producer = new KafkaProducer<>(Map.of(
                ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers,
                ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName(),
                ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName()))) {
            Map<String, List<String>> byTopic = new LinkedHashMap<>();
            for (String topic : List.of("procurement.evaluation", "procurement.contract", "procurement.bid",
                    "procurement.tender")) {
                byTopic.put(topic, new ArrayList<>());
            }
            for (String record : history) {
                EventEnvelope event = EventJson.parse(record);
                byTopic.get(EventTypes.byName(event.type()).orElseThrow().topic()).add(record);
            }
            for (Map.Entry<String, List<String>> topic : byTopic.entrySet()) {
                for (String record : topic.getValue()) {
                    producer.send(new ProducerRecord<>(topic.getKey(), EventJson.parse(record).ocid(), record))
                            .get(30, TimeUnit.SECONDS);
                }
            }
        }

        given().post("/api/analytics/rebuild").then().statusCode(200)
                .body("events", equalTo(history.size()))
                .body("processes", equalTo(4));

        assertEquals(incremental, snapshot());
    }

    @Test
    @TestSecurity(user = "officer.anna", roles = "officer")
    @OidcSecurity(claims = @Claim(key = "org", value = "buyer-northvale"))
    void onlyAnAuditorMayRebuildOrQueryTheReadModels() {
        given().post("/api/analytics/rebuild").then().statusCode(403).contentType("application/problem+json");
        for (String path : List.of("/api/analytics/awards", "/api/analytics/awards.csv", "/api/analytics/buyers",
                "/api/analytics/suppliers", "/api/analytics/cpv-divisions", "/api/analytics/overview",
                "/api/analytics/processes", "/api/analytics/buyers/buyer-northvale",
                "/api/analytics/suppliers/supplier-acme")) {
            given().get(path).then().statusCode(403);
        }
    }

    /**
     * Four processes: one with bids (one disqualified), a dismissed complaint, a confirmed award, an
     * unsuccessful lot and its contract's events; one with a cancelled lot, an award cancelled by an upheld
     * complaint and the runner-up's pending award; one cancelled as a whole with its award; one in
     * consultation.
     */
    private static List<String> richHistory() {
        List<String> records = new ArrayList<>();
        String full = ocid();
        EventChain tender = new EventChain(full);
        EventChain bids = new EventChain(full);
        EventChain evaluation = new EventChain(full);
        EventChain contract = new EventChain(full);
        records.add(tender.next(EventTypes.TENDER_PUBLISHED));
        records.add(tender.next(EventTypes.ENQUIRY_ASKED));
        records.add(bids.next(EventTypes.ACCESS_ATTEMPT_REFUSED));
        records.add(tender.next(EventTypes.TENDERING_CLOSED));
        records.add(bids.next(EventTypes.BIDS_OPENED, ReadModelRebuildTest::twoBidders));
        records.add(evaluation.next(EventTypes.QUALIFICATION_DECIDED));
        records.add(evaluation.next(EventTypes.QUALIFICATION_DECIDED, q -> new QualificationDecided(q.tenderId(),
                "lot-1", ZIELINSKI_BID, q.bidderId(), q.bidderName(), false, "No insurance certificate.",
                q.documents(), q.decidedBy()), Instant.parse("2027-01-09T11:00:00Z")));
        records.add(evaluation.next(EventTypes.QUALIFICATION_DECIDED, q -> new QualificationDecided(q.tenderId(),
                "lot-1", ACME_BID, "supplier-acme", "Acme Build Ltd", true, "All documents in order.",
                q.documents(), q.decidedBy()), Instant.parse("2027-01-09T11:30:00Z")));
        records.add(evaluation.next(EventTypes.AWARD_PROPOSED));
        records.add(evaluation.next(EventTypes.TENDER_UNSUCCESSFUL));
        records.add(evaluation.next(EventTypes.COMPLAINT_FILED));
        records.add(evaluation.next(EventTypes.COMPLAINT_DECIDED));
        records.add(evaluation.next(EventTypes.AWARD_CONFIRMED));
        records.add(contract.next(EventTypes.CONTRACT_SIGNED));
        records.add(contract.next(EventTypes.PAYMENT_RECORDED));

        String upheld = ocid();
        EventChain tender2 = new EventChain(upheld);
        EventChain evaluation2 = new EventChain(upheld);
        records.add(tender2.next(EventTypes.TENDER_PUBLISHED));
        records.add(tender2.next(EventTypes.TENDER_CANCELLED, c -> c, Instant.parse("2027-01-02T09:00:00Z")));
        records.add(evaluation2.next(EventTypes.AWARD_PROPOSED));
        records.add(evaluation2.next(EventTypes.COMPLAINT_FILED));
        records.add(evaluation2.next(EventTypes.COMPLAINT_DECIDED, d -> new ComplaintDecided(d.tenderId(), d.lotId(),
                d.awardId(), d.number(), "upheld", "The price does not cover the asphalt.", null)));
        records.add(evaluation2.next(EventTypes.AWARD_PROPOSED, p -> new AwardProposed(p.tenderId(), p.lotId(),
                UUID.randomUUID().toString(), ZIELINSKI_BID,
                new Organization("supplier-zielinski", "Zieliński i Synowie sp. z o.o."),
                new Money(new BigDecimal("104250.00"), "EUR"), p.method(), p.ranking().subList(1, 2),
                Instant.parse("2027-02-01T09:00:00Z"), p.reportSha256()), Instant.parse("2027-01-22T09:00:00Z")));

        String cancelled = ocid();
        EventChain tender3 = new EventChain(cancelled);
        records.add(tender3.next(EventTypes.TENDER_PUBLISHED));
        records.add(new EventChain(cancelled).next(EventTypes.AWARD_PROPOSED));
        records.add(tender3.next(EventTypes.TENDER_CANCELLED,
                c -> new TenderCancelled(c.tenderId(), null, "Budget withdrawn", true),
                Instant.parse("2027-01-20T09:00:00Z")));

        EventChain consultation = new EventChain(ocid());
        records.add(consultation.next(EventTypes.CONSULTATION_OPENED));
        records.add(consultation.next(EventTypes.CONSULTATION_COMMENT_POSTED));
        return records;
    }

    private static BidsOpened twoBidders(BidsOpened opened) {
        BidsOpened.Bid zielinski = opened.bids().get(0);
        BidsOpened.Bid acme = new BidsOpened.Bid(ACME_BID, 1, "supplier-acme", "Acme Build Ltd",
                Instant.parse("2027-01-06T09:00:00Z"), zielinski.envelopeSha256(),
                List.of(new BidsOpened.LotPrice("lot-1", new BigDecimal("61800.00"), "EUR"),
                        new BidsOpened.LotPrice("lot-2", new BigDecimal("19900.00"), "EUR")),
                List.of(), List.of(), false, true, null);
        List<BidsOpened.Bid> all = new ArrayList<>(opened.bids());
        all.add(acme);
        return new BidsOpened(opened.tenderId(), opened.openedAt(), all.size(), opened.keyHolders(), all,
                opened.decoys());
    }

    private static String ocid() {
        return "ocds-op7x2k-T-2027-" + String.format("%06d", NUMBERS.incrementAndGet());
    }

    private long count(String table) throws SQLException {
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement();
                ResultSet rows = s.executeQuery("select count(*) from " + table)) {
            rows.next();
            return rows.getLong(1);
        }
    }

    /** Every row of every read model table, all columns, in one fixed order. */
    private Map<String, List<String>> snapshot() throws SQLException {
        Map<String, List<String>> tables = new LinkedHashMap<>();
        try (Connection c = dataSource.getConnection()) {
            for (String table : ReadModelTables.TABLES) {
                List<String> rows = new ArrayList<>();
                try (PreparedStatement select = c.prepareStatement("select t::text from " + table + " t order by 1");
                        ResultSet result = select.executeQuery()) {
                    while (result.next()) {
                        rows.add(result.getString(1));
                    }
                }
                tables.put(table, rows);
            }
        }
        return tables;
    }
}
