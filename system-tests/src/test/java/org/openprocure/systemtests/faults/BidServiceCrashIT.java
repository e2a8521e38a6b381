package org.openprocure.systemtests.faults;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.openprocure.stack.LocalStack;
import org.openprocure.stack.ServiceProcess;
import org.openprocure.systemtests.Platform;
import org.openprocure.systemtests.SuiteCounts;

/**
 * A bid rush during which bid-service is killed with SIGKILL (as a crash or the OOM killer would end it) and
 * started again. Three suppliers bid on twelve tenders from six threads, each bid replaced until its eighth
 * version; a client whose request fails waits until bid-service answers and sends it again with the same
 * Idempotency-Key. Afterwards every receipt a supplier was given is among its own receipts and nothing else
 * is, a failed request that had been stored anyway is answered with that same receipt, and after the opening
 * each bid's last accepted version is opened and published once on {@code procurement.bid}.
 */
class BidServiceCrashIT {

    private static final int TENDERS = 12;
    private static final int VERSIONS = 8;
    private static final int THREADS = 6;

    @Test
    void everyAcceptedBidIsStoredAndPublishedOnceAfterAKillMidRush() throws Exception {
        LocalStack stack = Platform.get();
        List<Bidding.Tender> tenders = Bidding.publishTenders("Bid rush with a crash", TENDERS, Platform.serverTime());
        Map<String, String> tokens = Bidding.supplierTokens();
        Bidding.Counters counters = new Bidding.Counters();
        List<Bidding.Bidder> bidders = new ArrayList<>();
        for (Bidding.Tender tender : tenders) {
            for (String supplier : Bidding.SUPPLIERS) {
                bidders.add(new Bidding.Bidder(supplier, tokens.get(supplier), tender.ocid(), counters));
            }
        }

        ServiceProcess bidService = stack.service("bid-service");
        long pidBefore = bidService.pid();
        ExecutorService pool = Executors.newFixedThreadPool(THREADS);
        List<Future<?>> rush = new ArrayList<>();
        try {
            for (int t = 0; t < THREADS; t++) {
                int thread = t;
                rush.add(pool.submit(() -> {
                    // Round by round, so every bidder is mid-sequence when the kill comes.
                    for (int version = 1; version <= VERSIONS; version++) {
                        for (int i = thread; i < bidders.size(); i += THREADS) {
                            bidders.get(i).next();
                        }
                    }
                    return null;
                }));
            }
            long total = (long) bidders.size() * VERSIONS;
            await("a third of the rush accepted").atMost(Bidding.PATIENCE).until(() -> counters.accepted.get() >= total / 3);
            long acceptedAtKill = counters.accepted.get();
            bidService.kill();
            SuiteCounts.add(Bidding.SUITE, "faults injected", 1);
            assertTrue(!bidService.isRunning(), "bid-service is gone");
            stack.restartService("bid-service");
            // Its test clock starts again from the system time; earlier tests moved the platform's ahead.
            Platform.alignClock("bid-service");
            assertNotEquals(pidBefore, bidService.pid(), "a new bid-service process");
            for (Future<?> thread : rush) {
                thread.get();
            }
            assertTrue(acceptedAtKill < total, "the kill came mid-rush");
        } finally {
            pool.shutdownNow();
        }
        counters.report("crash: ");
        long failedStored = bidders.stream().flatMap(b -> b.outcomes().stream())
                .filter(o -> o.failedTries() > 0 && o.storedDespiteFailure()).count();
        long failedNotStored = bidders.stream().flatMap(b -> b.outcomes().stream())
                .filter(o -> o.failedTries() > 0 && !o.storedDespiteFailure()).count();
        SuiteCounts.add(Bidding.SUITE, "crash: failed bids found stored whole before the retry", failedStored);
        SuiteCounts.add(Bidding.SUITE, "crash: failed bids found not stored before the retry", failedNotStored);
        assertTrue(counters.failed.get() > 0, "the kill failed some requests of the rush");

        Bidding.checkStored(bidders, tokens);

        Platform.advanceClocks(Duration.ofDays(31));
        tenders.forEach(Bidding::open);
        Bidding.checkOpened(bidders);
        long copies = Bidding.checkPublished(bidders);
        assertEquals(0, copies, "each opening published once");
    }
}
