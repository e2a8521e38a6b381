package org.openprocure.evaluation.rest;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import io.smallrye.reactive.messaging.memory.InMemoryConnector;
import io.smallrye.reactive.messaging.memory.InMemorySink;
import jakarta.enterprise.inject.Any;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import org.eclipse.microprofile.reactive.messaging.Message;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.openprocure.evaluation.service.StandstillWatch;
import org.openprocure.events.Actor;
import org.openprocure.events.EventEnvelope;
import org.openprocure.events.EventJson;
import org.openprocure.events.EventType;
import org.openprocure.events.EventTypes;
import org.openprocure.events.GoldenFixtures;
import org.openprocure.events.bid.BidsOpened;
import org.openprocure.events.tender.TenderPublished;
import org.openprocure.support.testing.TestIdentities;
import org.openprocure.support.time.MutableClock;

/**
 * The golden tender of Northvale (lot-1 Carriageway, estimate 100,000 EUR; lot-2 Road markings, 25,000
 * EUR; Price 70 + Technical approach 30) published under an ocid of each test's own, opened with the
 * bids a test chooses, and the people of the story: officer Anna, chair Dana, evaluators Inês and Omar,
 * bidders Acme, Zieliński and Borealis.
 */
abstract class EvaluationTestSupport {

    static final String NORTHVALE = "buyer-northvale";
    static final Instant OPENED = Instant.parse("2027-01-07T12:31:00Z");
    static final String QUALITY = "Technical approach";
    private static final AtomicInteger NEXT = new AtomicInteger(5000);

    /** A bidder's readable bid: prices per lot. */
    record Offer(String bidId, String bidderId, String bidderName, Instant receivedAt, Map<String, String> prices) {
        static Offer of(String bidderId, String bidderName, Instant receivedAt, Map<String, String> prices) {
            return new Offer(UUID.randomUUID().toString(), bidderId, bidderName, receivedAt, prices);
        }

        String document() {
            return sha256Of(bidId + "/method");
        }
    }

    @Inject
    @Any
    InMemoryConnector connector;

    @Inject
    MutableClock clock;

    @Inject
    StandstillWatch watch;

    @BeforeEach
    void atTheOpening() {
        clock.set(OPENED.plus(Duration.ofHours(1)));
    }

    @AfterEach
    void nobody() {
        TestIdentities.anonymous();
    }

    static String sha256Of(String text) {
        try {
            return java.util.HexFormat.of().formatHex(java.security.MessageDigest.getInstance("SHA-256")
                    .digest(text.getBytes(java.nio.charset.StandardCharsets.UTF_8)));
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    static String newOcid() {
        return "ocds-op7x2k-T-2027-%06d".formatted(NEXT.incrementAndGet());
    }

    /** Publishes the golden tender under a new ocid ({@code priceOnly}: without quality criteria). */
    String publish(String awardCriteria) {
        String ocid = newOcid();
        ObjectNode payload = (ObjectNode) GoldenFixtures.envelope(EventTypes.TENDER_PUBLISHED).payload().deepCopy();
        payload.put("awardCriteria", awardCriteria);
        if (!"ratedCriteria".equals(awardCriteria)) {
            payload.putArray("criteria");
        }
        TenderPublished tender = EventJson.fromTree(payload, TenderPublished.class);
        send("tender-events", EventTypes.TENDER_PUBLISHED, ocid, tender);
        awaitStatus(ocid, "awaiting_opening");
        return ocid;
    }

    <P> void send(String channel, EventType<P> type, String ocid, P payload) {
        EventEnvelope envelope = EventEnvelope.seal(type, ocid, UUID.randomUUID().toString(), 1, null,
                clock.instant(), channel.startsWith("tender") ? "tender-service" : "bid-service",
                new Actor("officer", "p-test"), payload);
        connector.source(channel).send(EventJson.toJson(envelope));
    }

    void open(String ocid, Offer... offers) {
        List<BidsOpened.Bid> bids = new ArrayList<>();
        for (Offer offer : offers) {
            List<BidsOpened.LotPrice> lots = offer.prices().entrySet().stream().sorted(Map.Entry.comparingByKey())
                    .map(e -> new BidsOpened.LotPrice(e.getKey(), new BigDecimal(e.getValue()), "EUR")).toList();
            bids.add(new BidsOpened.Bid(offer.bidId(), 1, offer.bidderId(), offer.bidderName(), offer.receivedAt(),
                    sha256Of(offer.bidId()), lots, List.of(new BidsOpened.Answer(QUALITY, "Night work.")),
                    List.of(new BidsOpened.Document("Method statement", "method.pdf", offer.document())), true, true,
                    null));
        }
        bids.add(new BidsOpened.Bid(UUID.randomUUID().toString(), 1, null, null, OPENED.minusSeconds(3600),
                sha256Of("unreadable" + ocid), List.of(), List.of(), List.of(), false, false,
                "the envelope does not open with the tender's key"));
        send("bid-events", EventTypes.BIDS_OPENED, ocid, new BidsOpened(UUID.randomUUID().toString(), OPENED,
                bids.size(), List.of("officer.anna", "officer.chloe"), bids, List.of()));
        awaitStatus(ocid, "bids_opened");
    }

    static void awaitStatus(String ocid, String status) {
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
            auditor();
            given().get("/api/evaluations/{ocid}", ocid).then().statusCode(200)
                    .body("status", org.hamcrest.Matchers.equalTo(status));
        });
    }

    // --- people ---

    static void officer() {
        TestIdentities.act("officer.anna", "officer", NORTHVALE, "Northvale City Council");
    }

    static void evaluator(String user) {
        TestIdentities.act(user, "evaluator", NORTHVALE, "Northvale City Council");
    }

    static void supplier(String org) {
        TestIdentities.act(org.replace("supplier-", "supplier."), "supplier", org, null);
    }

    static void auditor() {
        TestIdentities.act("auditor.farah", "auditor", "audit-office", null);
    }

    // --- steps ---

    static ValidatableResponse put(String body, String path, Object... params) {
        return given().contentType(ContentType.JSON).body(body).put(path, params).then();
    }

    static ValidatableResponse post(String body, String path, Object... params) {
        return given().contentType(ContentType.JSON).body(body).post(path, params).then();
    }

    /** Dana chairs; Inês and, when named, Omar are members. */
    static void nameCommittee(String ocid, String... others) {
        officer();
        StringBuilder members = new StringBuilder("{\"members\":[{\"username\":\"evaluator.dana\",\"name\":\"Dana Novák\","
                + "\"chair\":true}");
        for (String other : others) {
            members.append(",{\"username\":\"").append(other).append("\",\"name\":\"").append(nameOf(other))
                    .append("\",\"chair\":false}");
        }
        put(members.append("]}").toString(), "/api/evaluations/{ocid}/committee", ocid).statusCode(200);
    }

    static String nameOf(String username) {
        return switch (username) {
            case "evaluator.dana" -> "Dana Novák";
            case "evaluator.ines" -> "Inês Ferreira";
            case "evaluator.omar" -> "Omar Haddad";
            default -> username;
        };
    }

    /** The member declares no conflict about every bidder; with {@code conflictWith}, a conflict with that one. */
    static ValidatableResponse declare(String ocid, String member, String conflictWith, Offer... bidders) {
        evaluator(member);
        ArrayNode declarations = EventJson.mapper().createArrayNode();
        bidders(bidders).forEach(b -> {
            ObjectNode d = declarations.addObject().put("bidderId", b).put("conflictOfInterest", b.equals(conflictWith));
            if (b.equals(conflictWith)) {
                d.put("statement", "My brother-in-law manages " + b + ".");
            }
        });
        ObjectNode body = EventJson.mapper().createObjectNode();
        body.set("declarations", declarations);
        return put(body.toString(), "/api/evaluations/{ocid}/declarations/mine", ocid);
    }

    private static List<String> bidders(Offer... offers) {
        return java.util.Arrays.stream(offers).map(Offer::bidderId).distinct().toList();
    }

    static ValidatableResponse qualify(String ocid, String member, Offer offer, String lotId, boolean qualified) {
        evaluator(member);
        String body = "{\"qualified\":" + qualified + ",\"reason\":\"" + (qualified ? "Turnover and references shown"
                : "No insurance certificate") + " for " + offer.bidderName() + ".\",\"documents\":[\""
                + offer.document() + "\"]}";
        return put(body, "/api/evaluations/{ocid}/bids/{bidId}/lots/{lotId}/qualification", ocid, offer.bidId(),
                lotId);
    }

    static ValidatableResponse score(String ocid, String member, Offer offer, String score) {
        evaluator(member);
        String body = "{\"scores\":[{\"criterion\":\"" + QUALITY + "\",\"score\":" + score + ",\"reason\":\""
                + reasonOf(member, offer) + "\"}]}";
        return put(body, "/api/evaluations/{ocid}/bids/{bidId}/scores/mine", ocid, offer.bidId());
    }

    static String reasonOf(String member, Offer offer) {
        return nameOf(member) + " on " + offer.bidderName() + ": the lane plan is clear";
    }

    // --- events ---

    List<EventEnvelope> published(String ocid) {
        InMemorySink<String> out = connector.sink("events-out");
        return out.received().stream().map(Message::getPayload).map(EventJson::parse)
                .filter(e -> ocid.equals(e.ocid())).toList();
    }

    EventEnvelope awaitEvent(String ocid, EventType<?> type) {
        return await().atMost(Duration.ofSeconds(30)).until(() -> published(ocid).stream()
                .filter(e -> e.type().equals(type.name())).reduce((a, b) -> b), java.util.Optional::isPresent)
                .orElseThrow();
    }

    long count(String ocid, EventType<?> type) {
        return published(ocid).stream().filter(e -> e.type().equals(type.name())).count();
    }
}
