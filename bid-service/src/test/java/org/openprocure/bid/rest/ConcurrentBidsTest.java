package org.openprocure.bid.rest;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import io.smallrye.reactive.messaging.memory.InMemoryConnector;
import jakarta.enterprise.inject.Any;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openprocure.bid.SealedBid;
import org.openprocure.events.EventTypes;
import org.openprocure.events.GoldenFixtures;
import org.openprocure.stack.PostgresTestResource;
import org.openprocure.support.time.ClockProducer;
import org.openprocure.support.time.MutableClock;

/**
 * Requests of one supplier for one tender arriving at the same moment (a double click, a retry racing the
 * first attempt, two colleagues): still one current bid, one receipt per Idempotency-Key, consecutive versions.
 */
@QuarkusTest
@QuarkusTestResource(value = PostgresTestResource.class, initArgs = @ResourceArg(name = "database", value = "bid"))
class ConcurrentBidsTest {

    private static final AtomicInteger NEXT = new AtomicInteger(900);
    private static final int AT_ONCE = 6;
    private static final String OFFER = """
            {"lots": [{"lotId": "lot-1", "price": {"amount": %s, "currency": "EUR"}}]}""";

    @Inject
    @Any
    InMemoryConnector connector;

    @Inject
    MutableClock clock;

    @BeforeEach
    void start() {
        clock.set(ClockProducer.TEST_START);
        Personas.supplier("supplier.acme", "supplier-acme");
    }

    @AfterEach
    void nobody() {
        Personas.anonymous();
    }

    private String publishedTender() {
        String ocid = "ocds-op7x2k-T-2026-%06d".formatted(NEXT.incrementAndGet());
        connector.source("tender-events").send(GoldenFixtures.chainFor(ocid, UUID.randomUUID().toString(),
                EventTypes.TENDER_PUBLISHED).get(0));
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() ->
                given().get("/api/tenders/{ocid}/sealing-key", ocid).then().statusCode(200));
        return ocid;
    }

    private static Response submit(String ocid, String key, String amount) {
        return given().contentType(ContentType.JSON).header("Idempotency-Key", key).body(OFFER.formatted(amount))
                .post("/api/tenders/{ocid}/bids", ocid);
    }

    private static List<Response> atOnce(Callable<Response> request) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(AT_ONCE);
        try {
            List<Future<Response>> sent = new ArrayList<>();
            for (int i = 0; i < AT_ONCE; i++) {
                sent.add(pool.submit(request));
            }
            List<Response> answers = new ArrayList<>();
            for (Future<Response> answer : sent) {
                answers.add(answer.get());
            }
            return answers;
        } finally {
            pool.shutdown();
        }
    }

    private static Map<Integer, Integer> statuses(List<Response> answers) {
        Map<Integer, Integer> statuses = new TreeMap<>();
        answers.forEach(a -> statuses.merge(a.statusCode(), 1, Integer::sum));
        return statuses;
    }

    private static long currentBids(String ocid) {
        return QuarkusTransaction.requiringNew().call(() -> SealedBid.count("ocid = ?1 and state = ?2", ocid,
                SealedBid.CURRENT));
    }

    @Test
    void submittingSeveralTimesAtOnceMakesOneBidAndTheRestAreConflicts() throws Exception {
        String ocid = publishedTender();

        List<Response> answers = atOnce(() -> submit(ocid, UUID.randomUUID().toString(), "98000.00"));

        assertEquals(Map.of(201, 1, 409, AT_ONCE - 1), statuses(answers));
        assertEquals(1, currentBids(ocid));
    }

    @Test
    void aRetryRacingTheFirstAttemptGetsTheSameReceipt() throws Exception {
        String ocid = publishedTender();
        String key = UUID.randomUUID().toString();

        List<Response> answers = atOnce(() -> submit(ocid, key, "98000.00"));

        assertEquals(Map.of(201, AT_ONCE), statuses(answers));
        Set<String> receipts = new TreeSet<>();
        answers.forEach(a -> receipts.add(a.path("bidId") + " " + a.path("envelopeSha256") + " " + a.path("signature")));
        assertEquals(1, receipts.size());
        assertEquals(1, currentBids(ocid));
    }

    @Test
    void replacementsAtOnceMakeConsecutiveVersionsAndOneCurrentBid() throws Exception {
        String ocid = publishedTender();
        String bidId = submit(ocid, UUID.randomUUID().toString(), "98000.00").then().statusCode(201).extract()
                .path("bidId");
        AtomicInteger price = new AtomicInteger(97000);

        List<Response> answers = atOnce(() -> given().contentType(ContentType.JSON)
                .header("Idempotency-Key", UUID.randomUUID().toString())
                .body(OFFER.formatted(price.getAndIncrement() + ".00"))
                .put("/api/tenders/{ocid}/bids/{bidId}", ocid, bidId));

        assertEquals(Map.of(200, AT_ONCE), statuses(answers));
        Set<Integer> versions = new TreeSet<>();
        answers.forEach(a -> versions.add(a.path("version")));
        assertEquals(Set.of(2, 3, 4, 5, 6, 7), versions);
        assertEquals(1, currentBids(ocid));
    }
}
