package org.openprocure.systemtests.observability;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.restassured.http.ContentType;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openprocure.systemtests.Platform;
import org.openprocure.systemtests.SuiteCounts;

/**
 * One trace from a request to every service that applies what it caused: a tender published with a
 * known W3C {@code traceparent} shows that trace id on tender-service's log line for the event it wrote,
 * and, after the outbox relay and Kafka, on each consumer's line for applying it — and on
 * contract-service's line for the event bid-service wrote while applying it. The operator's gauges for
 * the same path (outbox age, consumer lag) are on every service's metrics. It runs after the other tests of its
 * execution: Micrometer shows a consumer's lag gauge within a minute of the platform's start, which by then has passed.
 */
@org.junit.jupiter.api.Order(Integer.MAX_VALUE)
class TraceAcrossServicesIT {

    private static final SecureRandom RANDOM = new SecureRandom();
    private static final Pattern OCID = Pattern.compile(" of (ocds-[^\\s]+)");
    private static final List<String> CONSUMERS = List.of("bid-service", "evaluation-service", "contract-service");

    @BeforeAll
    static void platform() {
        Platform.get();
    }

    @Test
    void aRequestsTraceIdIsOnTheLogLinesOfEveryServiceThatAppliesItsEvent() {
        String traceId = hex(16);
        String token = Platform.token("officer.anna");
        String id = given().baseUri(Platform.url("tender-service")).auth().oauth2(token)
                .contentType(ContentType.JSON)
                .body(Platform.draftJson("Traced across the platform " + Instant.now(), Platform.serverTime()))
                .post("/api/tenders").then().statusCode(201).extract().path("id");
        String ocid = given().baseUri(Platform.url("tender-service")).auth().oauth2(token)
                .header("traceparent", "00-" + traceId + "-" + hex(8) + "-01")
                .post("/api/tenders/{id}/publish", id).then().statusCode(200).extract().path("ocid");

        assertTrue(logLine("tender-service", traceId, "recorded TenderPublished", ocid),
                "tender-service logs the event it wrote under the request's trace id " + traceId);
        for (String consumer : CONSUMERS) {
            await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> assertTrue(
                    logLine(consumer, traceId, "applying TenderPublished", ocid),
                    consumer + " applies the event under the request's trace id " + traceId));
        }
        // Two hops: the sealing key bid-service made while applying it, applied by contract-service.
        await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> assertTrue(
                logLine("contract-service", traceId, "applying SealingKeyGenerated", ocid),
                "contract-service applies bid-service's SealingKeyGenerated under the same trace id"));
        // The trace follows the request's consequences (tender-service itself applies bid-service's
        // SealingKeyGenerated), but no line about another process carries it.
        for (String service : List.of("tender-service", "bid-service", "evaluation-service", "contract-service")) {
            List<String> others = linesWithTrace(service, traceId)
                    .flatMap(line -> OCID.matcher(line).results().map(m -> m.group(1)))
                    .filter(other -> !other.equals(ocid)).toList();
            assertEquals(List.of(), others, service + ": the trace id " + traceId
                    + " is the request's own, on no line about another process");
        }
        SuiteCounts.add("observability", "services whose logs carried one request's trace id", 1 + CONSUMERS.size());

        for (String service : List.of("tender-service", "bid-service", "evaluation-service", "contract-service")) {
            String metrics = given().baseUri(Platform.url(service)).get("/q/metrics").then().statusCode(200)
                    .extract().asString();
            assertTrue(metrics.contains("openprocure_outbox_oldest_unsent_age_seconds"), service + ": outbox age");
            assertTrue(metrics.contains("openprocure_outbox_unsent"), service + ": outbox count");
        }
        // Micrometer registers the Kafka client's per-partition metrics when it next looks for new ones
        // (every 60 s), so a consumer's lag appears on /q/metrics within about a minute of its first fetch.
        for (String consumer : CONSUMERS) {
            await().atMost(Duration.ofSeconds(150)).pollInterval(Duration.ofSeconds(2)).untilAsserted(() -> {
                String metrics = given().baseUri(Platform.url(consumer)).get("/q/metrics").then().statusCode(200)
                        .extract().asString();
                assertTrue(Pattern.compile("kafka_consumer_fetch_manager_records_lag\\{[^}]*topic=\"procurement\\.tender\"")
                        .matcher(metrics).find(), consumer + ": its consumer lag on procurement.tender");
            });
        }
    }

    /** The lines of the service's log that show the trace id. */
    private static java.util.stream.Stream<String> linesWithTrace(String service, String traceId) {
        Path log = Platform.get().service(service).logFile();
        try {
            return new String(Files.readAllBytes(log), StandardCharsets.UTF_8).lines()
                    .filter(line -> line.contains("traceId=" + traceId + " "));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Whether a line of the service's log shows the trace id and contains every one of {@code parts}. */
    private static boolean logLine(String service, String traceId, String... parts) {
        Path log = Platform.get().service(service).logFile();
        try {
            return new String(Files.readAllBytes(log), StandardCharsets.UTF_8).lines()
                    .filter(line -> line.contains("traceId=" + traceId + " "))
                    .anyMatch(line -> java.util.Arrays.stream(parts).allMatch(line::contains));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String hex(int bytes) {
        byte[] b = new byte[bytes];
        RANDOM.nextBytes(b);
        return HexFormat.of().formatHex(b);
    }
}
