package org.openprocure.systemtests.faults;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;
import org.openprocure.stack.LocalStack;
import org.openprocure.systemtests.Platform;
import org.openprocure.systemtests.SuiteCounts;

/**
 * The Kafka broker stops for 30 s in the middle of a rush and comes back. During the outage suppliers keep
 * bidding on six open tenders and six closed tenders are opened, their BidsOpened events waiting in
 * bid-service's outbox. When the broker is back nothing is lost and nothing is applied twice: every opening is
 * on {@code procurement.bid} as one event holding each supplier's last accepted bid, and evaluation-service,
 * tender-service and contract-service each took it exactly once.
 */
class BrokerOutageRushIT {

    private static final int TENDERS_PER_GROUP = 6;
    private static final int THREADS = 6;
    private static final Duration OUTAGE = Duration.ofSeconds(30);

    @Test
    void nothingIsLostAndNothingAppliedTwiceWhenTheBrokerStopsForThirtySecondsMidRush() throws Exception {
        LocalStack stack = Platform.get();
        Map<String, String> tokens = Bidding.supplierTokens();
        Bidding.Counters counters = new Bidding.Counters();
        Instant now = Platform.serverTime();
        // Opened during the outage: bid on now, closed a month from now.
        List<Bidding.Tender> openedInOutage = Bidding.publishTenders("Opened while the broker is down",
                TENDERS_PER_GROUP, now);
        // Bid on during the outage: still open after that month.
        List<Bidding.Tender> bidInOutage = Bidding.publishTenders("Bid on while the broker is down",
                TENDERS_PER_GROUP, now.plus(Duration.ofDays(30)));
        List<Bidding.Bidder> earlyBidders = bidders(openedInOutage, tokens, counters);
        earlyBidders.forEach(Bidding.Bidder::next);
        List<Bidding.Bidder> rushBidders = bidders(bidInOutage, tokens, counters);
        Platform.advanceClocks(Duration.ofDays(31));

        AtomicBoolean outage = new AtomicBoolean();
        AtomicBoolean over = new AtomicBoolean();
        AtomicInteger openedDuringOutage = new AtomicInteger();
        AtomicLong acceptedDuringOutage = new AtomicLong();
        ExecutorService pool = Executors.newFixedThreadPool(THREADS + 1);
        List<Future<?>> rush = new ArrayList<>();
        Instant outageStarted;
        try {
            for (int t = 0; t < THREADS; t++) {
                int thread = t;
                rush.add(pool.submit(() -> {
                    while (!over.get()) {
                        for (int i = thread; i < rushBidders.size(); i += THREADS) {
                            rushBidders.get(i).next();
                            if (outage.get()) {
                                acceptedDuringOutage.incrementAndGet();
                            }
                        }
                    }
                    return null;
                }));
            }
            rush.add(pool.submit(() -> {
                await("the outage").atMost(Bidding.PATIENCE).untilTrue(outage);
                for (Bidding.Tender tender : openedInOutage) {
                    Bidding.open(tender);
                    openedDuringOutage.incrementAndGet();
                }
                return null;
            }));

            await("the rush under way").atMost(Bidding.PATIENCE).until(() -> counters.accepted.get() >= 40);
            stack.kafka().stop();
            outageStarted = Instant.now();
            outage.set(true);
            SuiteCounts.add(Bidding.SUITE, "faults injected", 1);
            await("the openings wait in bid-service's outbox").atMost(Bidding.PATIENCE)
                    .until(() -> Bidding.outboxUnsent("bid-service") >= TENDERS_PER_GROUP);
            await("30 s of outage with the rush going on").atMost(OUTAGE.plus(Bidding.PATIENCE))
                    .until(() -> Duration.between(outageStarted, Instant.now()).compareTo(OUTAGE) >= 0
                            && openedDuringOutage.get() == TENDERS_PER_GROUP && acceptedDuringOutage.get() > 0);
            assertTrue(stack.kafka().isRunning() == false, "the broker stayed down");
            outage.set(false);
            bringBack(stack);
            long acceptedAtReturn = counters.accepted.get();
            await("the rush goes on after the broker is back").atMost(Bidding.PATIENCE)
                    .until(() -> counters.accepted.get() >= acceptedAtReturn + 40);
            over.set(true);
            for (Future<?> task : rush) {
                task.get();
            }
        } finally {
            over.set(true);
            pool.shutdownNow();
            if (!stack.kafka().isRunning()) {
                // Failed mid-outage: the other fault tests need their broker.
                bringBack(stack);
            }
        }
        counters.report("broker outage: ");
        SuiteCounts.add(Bidding.SUITE, "broker outage: bids accepted while the broker was down",
                acceptedDuringOutage.get());
        SuiteCounts.add(Bidding.SUITE, "broker outage: tenders opened while the broker was down",
                openedDuringOutage.get());

        Platform.advanceClocks(Duration.ofDays(30));
        bidInOutage.forEach(Bidding::open);

        List<Bidding.Bidder> all = new ArrayList<>(earlyBidders);
        all.addAll(rushBidders);
        Bidding.checkStored(all, tokens);
        Bidding.checkOpened(all);
        long copies = Bidding.checkPublished(all);
        SuiteCounts.add(Bidding.SUITE, "broker outage: BidsOpened records sent again (at-least-once)", copies);

        String auditor = Platform.token("auditor.farah");
        List<Bidding.Tender> tenders = new ArrayList<>(openedInOutage);
        tenders.addAll(bidInOutage);
        for (Bidding.Tender tender : tenders) {
            String ocid = tender.ocid();
            await("evaluation-service takes the opening of " + ocid).atMost(Bidding.PATIENCE).untilAsserted(() ->
                    given().baseUri(Platform.url("evaluation-service")).auth().oauth2(auditor)
                            .get("/api/evaluations/{ocid}", ocid).then().statusCode(200)
                            .body("status", equalTo("bids_opened"))
                            .body("bidCount", equalTo(Bidding.SUPPLIERS.size())));
            await("tender-service moves " + ocid + " to evaluation").atMost(Bidding.PATIENCE).untilAsserted(() ->
                    given().baseUri(Platform.url("tender-service")).get("/api/notices/{ocid}", ocid).then()
                            .statusCode(200).body("statusDetails", equalTo("evaluation")));
            await("contract-service records the opening of " + ocid + " once").atMost(Bidding.PATIENCE)
                    .untilAsserted(() -> given().baseUri(Platform.url("contract-service")).auth().oauth2(auditor)
                            .get("/api/analytics/processes/{ocid}", ocid).then().statusCode(200)
                            .body("timeline.findAll { it.type == 'BidsOpened' }", hasSize(1))
                            .body("chain.status", equalTo("intact")));
        }
        for (String consumer : List.of("evaluation-service", "tender-service", "contract-service")) {
            SuiteCounts.add(Bidding.SUITE, "broker outage: duplicates discarded by " + consumer,
                    (long) Bidding.metric(consumer, "openprocure_events_received_total{outcome=\"duplicate\","
                            + "topic=\"procurement.bid\",type=\"BidsOpened\"}"));
        }
    }

    /**
     * Starts the broker again. On a loaded machine its JVM may miss the local stack's 90 s readiness window; an
     * operator would start it once more, and so does this.
     */
    private static void bringBack(LocalStack stack) {
        try {
            stack.kafka().restart();
        } catch (IllegalStateException slowStart) {
            SuiteCounts.add(Bidding.SUITE, "broker outage: broker starts retried (slow machine)", 1);
            stack.kafka().restart();
        }
    }

    private static List<Bidding.Bidder> bidders(List<Bidding.Tender> tenders, Map<String, String> tokens,
            Bidding.Counters counters) {
        List<Bidding.Bidder> bidders = new ArrayList<>();
        for (Bidding.Tender tender : tenders) {
            for (String supplier : Bidding.SUPPLIERS) {
                bidders.add(new Bidding.Bidder(supplier, tokens.get(supplier), tender.ocid(), counters));
            }
        }
        return bidders;
    }
}
