package org.openprocure.systemtests.faults;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;
import org.openprocure.stack.LocalStack;
import org.openprocure.systemtests.Platform;
import org.openprocure.systemtests.SuiteCounts;

/**
 * PostgreSQL is shut down under load and started again. While it is down every service refuses what needs the
 * database with a 503 problem+json (never a 500 or a stack trace), and suppliers' bid requests that fail are
 * sent again once bid-service is ready; when it is back every service serves again with nobody touching it,
 * nothing accepted is lost, and events flow between the services again.
 */
class PostgresRestartIT {

    private static final int TENDERS = 3;
    private static final int THREADS = 3;
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    @Test
    void requestsDuringTheOutageGetAClearRefusalAndEveryServiceRecoversByItself() throws Exception {
        LocalStack stack = Platform.get();
        List<Bidding.Tender> tenders = Bidding.publishTenders("Bid on while the database restarts", TENDERS,
                Platform.serverTime());
        String ocid = tenders.get(0).ocid();
        // A read per service that needs its database.
        Map<String, String> reads = new LinkedHashMap<>();
        reads.put("tender-service", "/api/notices/" + ocid);
        reads.put("bid-service", "/api/tenders/" + ocid + "/submission-window");
        reads.put("evaluation-service", "/api/awards/" + ocid);
        reads.put("contract-service", "/api/contracts?ocid=" + ocid);
        Map<String, Integer> healthy = new LinkedHashMap<>();
        reads.forEach((service, path) -> healthy.put(service, status(service, path).statusCode()));

        Map<String, String> tokens = Bidding.supplierTokens();
        Bidding.Counters counters = new Bidding.Counters();
        List<Bidding.Bidder> bidders = new ArrayList<>();
        for (Bidding.Tender tender : tenders) {
            for (String supplier : Bidding.SUPPLIERS) {
                bidders.add(new Bidding.Bidder(supplier, tokens.get(supplier), tender.ocid(), counters));
            }
        }
        AtomicBoolean over = new AtomicBoolean();
        AtomicBoolean down = new AtomicBoolean();
        Map<String, AtomicLong> refusals = new ConcurrentHashMap<>();
        List<String> wrongAnswers = java.util.Collections.synchronizedList(new ArrayList<>());
        ExecutorService pool = Executors.newFixedThreadPool(THREADS + 1);
        List<Future<?>> load = new ArrayList<>();
        try {
            for (int t = 0; t < THREADS; t++) {
                int thread = t;
                load.add(pool.submit(() -> {
                    while (!over.get()) {
                        for (int i = thread; i < bidders.size(); i += THREADS) {
                            bidders.get(i).next();
                        }
                    }
                    return null;
                }));
            }
            load.add(pool.submit(() -> {
                while (!over.get()) {
                    for (Map.Entry<String, String> read : reads.entrySet()) {
                        HttpResponse<String> response = status(read.getKey(), read.getValue());
                        int status = response.statusCode();
                        String type = response.headers().firstValue("Content-Type").orElse("");
                        if (status == 503 && type.contains("application/problem+json")) {
                            if (down.get()) {
                                refusals.computeIfAbsent(read.getKey(), s -> new AtomicLong()).incrementAndGet();
                            }
                        } else if (status != healthy.get(read.getKey())) {
                            wrongAnswers.add(read.getKey() + " " + read.getValue() + ": " + status + " " + type + " "
                                    + response.body());
                        }
                    }
                }
                return null;
            }));

            await("the load under way").atMost(Bidding.PATIENCE).until(() -> counters.accepted.get() >= 20);
            stack.postgres().shutDown();
            down.set(true);
            SuiteCounts.add(Bidding.SUITE, "faults injected", 1);
            await("every service refuses while the database is down").atMost(Bidding.PATIENCE)
                    .until(() -> reads.keySet().stream().allMatch(s -> refusals.containsKey(s))
                            && counters.failed.get() > 0);
            down.set(false);
            stack.postgres().startAgain();
            long acceptedAtReturn = counters.accepted.get();
            await("bids are accepted again").atMost(Bidding.PATIENCE)
                    .until(() -> counters.accepted.get() >= acceptedAtReturn + 20);
            over.set(true);
            for (Future<?> task : load) {
                task.get();
            }
        } finally {
            over.set(true);
            pool.shutdownNow();
            if (!stack.postgres().isRunning()) {
                // Failed mid-outage: the other fault tests need their database.
                stack.postgres().startAgain();
            }
        }
        counters.report("database restart: ");
        long refused = refusals.values().stream().mapToLong(AtomicLong::get).sum();
        SuiteCounts.add(Bidding.SUITE, "database restart: reads refused with 503 while down", refused);
        assertEquals(List.of(), wrongAnswers, "only the usual answer or a 503 problem+json, never a 500");

        reads.forEach((service, path) -> await(service + " serves again").atMost(Bidding.PATIENCE)
                .untilAsserted(() -> assertEquals(healthy.get(service), status(service, path).statusCode())));
        for (String service : reads.keySet()) {
            await(service + " is ready again").atMost(Bidding.PATIENCE).untilAsserted(() ->
                    given().baseUri(Platform.url(service)).get("/q/health/ready").then().statusCode(200));
        }
        Bidding.checkStored(bidders, tokens);

        // Outbox, scheduler and consumers work again: a tender published now gets its sealing key from bid-service.
        String after = Platform.publishDemoTender("officer.anna", "Published after the database restart");
        await("bid-service takes a tender published after the restart").atMost(Bidding.PATIENCE).untilAsserted(() ->
                given().baseUri(Platform.url("bid-service")).get("/api/tenders/{ocid}/sealing-key", after)
                        .then().statusCode(200));
        assertTrue(refused > 0);
    }

    private static HttpResponse<String> status(String service, String path) {
        try {
            return HTTP.send(HttpRequest.newBuilder(URI.create(Platform.url(service) + path))
                    .timeout(Duration.ofSeconds(30)).header("Accept", "application/json").GET().build(),
                    HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(service + " did not answer " + path, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
