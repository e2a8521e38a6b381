package org.openprocure.systemtests.faults;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import java.io.IOException;
import java.math.BigDecimal;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.openprocure.events.EventEnvelope;
import org.openprocure.events.EventJson;
import org.openprocure.systemtests.Platform;
import org.openprocure.systemtests.SuiteCounts;

/**
 * What the fault tests do to bid: tenders published and their key cards collected, suppliers submitting and
 * replacing bids the way a client that retries would (same Idempotency-Key after a failure), what each supplier
 * was told, and the openings read back from bid-service and from the {@code procurement.bid} topic.
 */
final class Bidding {

    static final String SUITE = "fault suite";
    static final List<String> SUPPLIERS = List.of("supplier.acme", "supplier.borealis", "supplier.zielinski");
    static final List<String> KEY_HOLDERS = List.of("officer.anna", "officer.chloe");
    static final Duration PATIENCE = Duration.ofSeconds(180);

    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    private Bidding() {
    }

    /** A published tender of buyer-northvale and the cards of two of its three key holders. */
    record Tender(String ocid, Map<String, String> cards) {
    }

    /**
     * Publishes {@code count} tenders whose submission deadline is 30 days after {@code from} (rounded down to
     * the hour), waits for their sealing keys and collects two key holders' cards.
     */
    static List<Tender> publishTenders(String label, int count, Instant from) {
        String officer = Platform.token("officer.anna");
        List<String> ocids = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            String id = given().baseUri(Platform.url("tender-service")).auth().oauth2(officer)
                    .contentType(ContentType.JSON).body(Platform.draftJson(label + " " + i + " " + UUID.randomUUID(), from))
                    .post("/api/tenders").then().statusCode(201).extract().path("id");
            ocids.add(given().baseUri(Platform.url("tender-service")).auth().oauth2(officer)
                    .post("/api/tenders/{id}/publish", id).then().statusCode(200).extract().path("ocid"));
        }
        Map<String, String> holderTokens = new HashMap<>();
        KEY_HOLDERS.forEach(holder -> holderTokens.put(holder, Platform.token(holder)));
        List<Tender> tenders = new ArrayList<>();
        for (String ocid : ocids) {
            await("the sealing key of " + ocid).atMost(PATIENCE).untilAsserted(() ->
                    given().baseUri(Platform.url("bid-service")).get("/api/tenders/{ocid}/sealing-key", ocid)
                            .then().statusCode(200));
            Map<String, String> cards = new LinkedHashMap<>();
            for (String holder : KEY_HOLDERS) {
                cards.put(holder, given().baseUri(Platform.url("bid-service")).auth().oauth2(holderTokens.get(holder))
                        .post("/api/tenders/{ocid}/key-shares/mine", ocid).then().statusCode(200).extract()
                        .path("text"));
            }
            tenders.add(new Tender(ocid, cards));
        }
        return tenders;
    }

    /** Hands in two key holders' cards: the second opens the tender. */
    static void open(Tender tender) {
        for (String holder : KEY_HOLDERS) {
            given().baseUri(Platform.url("bid-service")).auth().oauth2(Platform.token(holder))
                    .contentType(ContentType.JSON).body("{\"card\": \"" + tender.cards().get(holder) + "\"}")
                    .post("/api/tenders/{ocid}/opening/shares", tender.ocid()).then().statusCode(200);
        }
    }

    /** A receipt as bid-service signed it. */
    record Receipt(String bidId, int version, String kind, String envelopeSha256) {

        static Receipt of(JsonPath json, String prefix) {
            return new Receipt(json.getString(prefix + "bidId"), json.getInt(prefix + "version"),
                    json.getString(prefix + "kind"), json.getString(prefix + "envelopeSha256"));
        }
    }

    /** One request to submit or replace a bid, sent again with the same key until it is answered. */
    record Attempt(String supplier, String ocid, int version, BigDecimal amount, String idempotencyKey) {
    }

    /** What happened to an attempt: its receipt, and whether a failed try of it had been stored all the same. */
    record Outcome(Attempt attempt, Receipt receipt, int failedTries, boolean storedDespiteFailure) {
    }

    /**
     * A supplier's sequence of bids on one tender: version 1 submitted, then replaced again and again; every
     * attempt ends with a receipt, however many tries it takes while the platform is being broken.
     */
    static final class Bidder {
        private final String supplier;
        private final String token;
        private final String ocid;
        private final Counters counters;
        private final List<Outcome> outcomes = new ArrayList<>();
        private String bidId;

        Bidder(String supplier, String token, String ocid, Counters counters) {
            this.supplier = supplier;
            this.token = token;
            this.ocid = ocid;
            this.counters = counters;
        }

        String supplier() {
            return supplier;
        }

        String ocid() {
            return ocid;
        }

        List<Outcome> outcomes() {
            return outcomes;
        }

        Outcome last() {
            return outcomes.get(outcomes.size() - 1);
        }

        /** Sends the next version until bid-service answers it with a receipt. */
        Outcome next() {
            int version = outcomes.size() + 1;
            BigDecimal amount = BigDecimal.valueOf(90_000 + Math.floorMod((supplier + ocid).hashCode(), 5_000))
                    .add(BigDecimal.valueOf(version, 2));
            Attempt attempt = new Attempt(supplier, ocid, version, amount, UUID.randomUUID().toString());
            int failed = 0;
            Receipt storedAnyway = null;
            while (true) {
                counters.sent.incrementAndGet();
                HttpResponse<String> response = send(attempt);
                if (response != null && response.statusCode() / 100 == 2) {
                    counters.accepted.incrementAndGet();
                    Receipt receipt = Receipt.of(JsonPath.from(response.body()), "");
                    assertEquals(version, receipt.version(), "the receipt of " + attempt);
                    if (bidId == null) {
                        bidId = receipt.bidId();
                    }
                    assertEquals(bidId, receipt.bidId(), "one bid per supplier and tender");
                    if (storedAnyway != null) {
                        assertEquals(storedAnyway, receipt, "the retry of a stored bid gets its receipt again");
                    }
                    Outcome outcome = new Outcome(attempt, receipt, failed, storedAnyway != null);
                    outcomes.add(outcome);
                    return outcome;
                }
                if (response != null && response.statusCode() < 500) {
                    throw new AssertionError(attempt + " refused with " + response.statusCode() + ": "
                            + response.body());
                }
                failed++;
                counters.failed.incrementAndGet();
                if (response != null) {
                    assertTrue(response.headers().firstValue("Content-Type").orElse("").contains("problem+json"),
                            "a refusal is problem+json, not " + response.headers().map() + " " + response.body());
                }
                awaitAnswering(counters);
                // Before trying again: was the failed try stored all the same? Then wholly, with its receipt.
                if (storedAnyway == null) {
                    storedAnyway = storedVersion(version);
                }
            }
        }

        private HttpResponse<String> send(Attempt attempt) {
            String body = "{\"lots\": [{\"lotId\": \"lot-1\", \"price\": {\"amount\": " + attempt.amount()
                    + ", \"currency\": \"EUR\"}}]}";
            URI uri = URI.create(Platform.url("bid-service") + "/api/tenders/" + ocid + "/bids"
                    + (attempt.version() == 1 ? "" : "/" + bidId));
            HttpRequest.Builder request = HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(60))
                    .header("Authorization", "Bearer " + token).header("Content-Type", "application/json")
                    .header("Idempotency-Key", attempt.idempotencyKey());
            HttpRequest.BodyPublisher publisher = HttpRequest.BodyPublishers.ofString(body);
            request = attempt.version() == 1 ? request.POST(publisher) : request.PUT(publisher);
            try {
                return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
            } catch (IOException e) {
                // Connection refused or reset: bid-service is down or went down mid-request.
                return null;
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }

        /** The receipt of this version among the supplier's own receipts, or null. */
        private Receipt storedVersion(int version) {
            JsonPath mine = mine(token, ocid);
            List<Map<String, Object>> receipts = mine.getList("receipts");
            for (int i = 0; i < receipts.size(); i++) {
                if (((Number) receipts.get(i).get("version")).intValue() == version) {
                    return Receipt.of(mine, "receipts[" + i + "].");
                }
            }
            return null;
        }
    }

    /** The supplier's own bid on a tender and its receipts, as the supplier sees them. */
    static JsonPath mine(String token, String ocid) {
        return JsonPath.from(given().baseUri(Platform.url("bid-service")).auth().oauth2(token)
                .get("/api/tenders/{ocid}/bids/mine", ocid).then().statusCode(200).extract().asString());
    }

    /** Waits until bid-service answers its readiness check, as a client waiting out an outage would. */
    static void awaitAnswering(Counters counters) {
        await("bid-service answers again").atMost(PATIENCE).pollInterval(Duration.ofMillis(250))
                .ignoreExceptions().until(() -> given().baseUri(Platform.url("bid-service"))
                        .get("/q/health/ready").statusCode() == 200);
    }

    /** Counts of one rush. */
    static final class Counters {
        final AtomicLong sent = new AtomicLong();
        final AtomicLong accepted = new AtomicLong();
        final AtomicLong failed = new AtomicLong();

        void report(String prefix) {
            SuiteCounts.add(SUITE, prefix + "bid requests sent", sent.get());
            SuiteCounts.add(SUITE, prefix + "bid requests accepted (2xx)", accepted.get());
            SuiteCounts.add(SUITE, prefix + "bid requests failed and retried", failed.get());
        }
    }

    /**
     * Every receipt a bidder was given is among its own receipts in bid-service, in order, and nothing else is:
     * no version stored twice, none missing, none stored without the receipt its supplier holds.
     */
    static void checkStored(Collection<Bidder> bidders, Map<String, String> tokens) {
        for (Bidder bidder : bidders) {
            JsonPath mine = mine(tokens.get(bidder.supplier()), bidder.ocid());
            List<Receipt> stored = new ArrayList<>();
            int count = mine.getList("receipts").size();
            for (int i = 0; i < count; i++) {
                stored.add(Receipt.of(mine, "receipts[" + i + "]."));
            }
            List<Receipt> given = bidder.outcomes().stream().map(Outcome::receipt).toList();
            // Listed by receipt time, which a restarted bid-service's test clock may set back: compared by version.
            stored.sort(java.util.Comparator.comparingInt(Receipt::version));
            assertEquals(given, stored, bidder.supplier() + "'s receipts on " + bidder.ocid());
            assertEquals(bidder.last().receipt().envelopeSha256(), mine.getString("current.envelopeSha256"),
                    "the current bid is the last one accepted");
            assertEquals(bidder.last().receipt().version(), mine.getInt("current.version"));
            SuiteCounts.add(SUITE, "bids checked", given.size());
        }
    }

    /**
     * The opening of each tender holds each bidder's last accepted version, readable, with its price and the
     * envelope hash of its receipt, and nothing else.
     */
    static void checkOpened(Collection<Bidder> bidders) {
        Map<String, List<Bidder>> byTender = new LinkedHashMap<>();
        bidders.forEach(b -> byTender.computeIfAbsent(b.ocid(), o -> new ArrayList<>()).add(b));
        byTender.forEach((ocid, tenderBidders) -> {
            JsonPath record = JsonPath.from(given().baseUri(Platform.url("bid-service"))
                    .get("/api/tenders/{ocid}/opening", ocid).then().statusCode(200).extract().asString())
                    .using(new io.restassured.path.json.config.JsonPathConfig(
                            io.restassured.path.json.config.JsonPathConfig.NumberReturnType.BIG_DECIMAL));
            assertEquals(tenderBidders.size(), record.getInt("bidCount"), "bids opened on " + ocid);
            for (Bidder bidder : tenderBidders) {
                Outcome last = bidder.last();
                String at = "bids.find { it.bidId == '" + last.receipt().bidId() + "' }.";
                assertEquals(last.receipt().version(), record.getInt(at + "version"), "opened version on " + ocid);
                assertEquals(last.receipt().envelopeSha256(), record.getString(at + "envelopeSha256"));
                assertEquals(Boolean.TRUE, record.getBoolean(at + "readable"), "every stored envelope opens");
                assertEquals(0, last.attempt().amount().compareTo(record.getObject(at + "lots[0].amount", BigDecimal.class)),
                        "the price of the last accepted version");
            }
        });
    }

    /** Every record on {@code procurement.bid} so far, read from the beginning to the current end. */
    static List<EventEnvelope> bidTopic() {
        Properties config = new Properties();
        config.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, Platform.get().kafka().bootstrapServers());
        config.put(ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class.getName());
        config.put(ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class.getName());
        config.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, "false");
        config.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
        List<EventEnvelope> events = new ArrayList<>();
        try (KafkaConsumer<String, String> consumer = new KafkaConsumer<>(config)) {
            List<TopicPartition> partitions = consumer.partitionsFor("procurement.bid", Duration.ofSeconds(30))
                    .stream().map(p -> new TopicPartition(p.topic(), p.partition())).toList();
            consumer.assign(partitions);
            consumer.seekToBeginning(partitions);
            Map<TopicPartition, Long> end = consumer.endOffsets(partitions, Duration.ofSeconds(30));
            while (partitions.stream().anyMatch(p -> consumer.position(p, Duration.ofSeconds(30)) < end.get(p))) {
                for (ConsumerRecord<String, String> record : consumer.poll(Duration.ofSeconds(1))) {
                    events.add(EventJson.parse(record.value()));
                }
            }
        }
        return events;
    }

    /**
     * The BidsOpened records of these tenders on the topic, after bid-service's outbox has sent everything:
     * each tender's opening is there as one event, and every bid of it once.
     *
     * @return how many records were copies of an event already read (at-least-once delivery)
     */
    static long checkPublished(Collection<Bidder> bidders) {
        Set<String> ocids = new java.util.HashSet<>();
        bidders.forEach(b -> ocids.add(b.ocid()));
        await("bid-service's outbox is empty").atMost(PATIENCE).until(() -> outboxUnsent("bid-service") == 0);
        Map<String, List<EventEnvelope>> opened = new HashMap<>();
        await("every opening is on procurement.bid").atMost(PATIENCE).until(() -> {
            opened.clear();
            for (EventEnvelope event : bidTopic()) {
                if ("BidsOpened".equals(event.type()) && ocids.contains(event.ocid())) {
                    opened.computeIfAbsent(event.ocid(), o -> new ArrayList<>()).add(event);
                }
            }
            return opened.keySet().containsAll(ocids);
        });
        long copies = 0;
        Map<String, Integer> bidsSeen = new ConcurrentHashMap<>();
        for (String ocid : ocids) {
            List<EventEnvelope> records = opened.get(ocid);
            assertEquals(1, records.stream().map(EventEnvelope::eventId).distinct().count(),
                    "one BidsOpened event for " + ocid);
            copies += records.size() - 1;
            for (JsonNode bid : records.get(0).payload().get("bids")) {
                bidsSeen.merge(bid.get("bidId").asText() + "/" + bid.get("version").asInt(), 1, Integer::sum);
            }
        }
        for (Bidder bidder : bidders) {
            Receipt last = bidder.last().receipt();
            assertEquals(1, bidsSeen.getOrDefault(last.bidId() + "/" + last.version(), 0),
                    "the bid " + last + " is published once");
        }
        assertEquals(bidders.size(), bidsSeen.size(), "no other bid is published");
        SuiteCounts.add(SUITE, "bids found published", bidsSeen.size());
        return copies;
    }

    static double outboxUnsent(String service) {
        return metric(service, "openprocure_outbox_unsent");
    }

    /** A value from a service's Prometheus metrics ({@code name} with its labels, as quoted), 0 if absent. */
    static double metric(String service, String name) {
        String metrics = given().baseUri(Platform.url(service)).get("/q/metrics").then().statusCode(200)
                .extract().asString();
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("(?m)^" + java.util.regex.Pattern.quote(name)
                + " ([0-9.eE+-]+)$").matcher(metrics);
        return m.find() ? Double.parseDouble(m.group(1)) : 0;
    }

    /** The suppliers' tokens, fetched once: the rush must not depend on Keycloak. */
    static Map<String, String> supplierTokens() {
        Map<String, String> tokens = new HashMap<>();
        SUPPLIERS.forEach(s -> tokens.put(s, Platform.token(s)));
        return tokens;
    }
}
