package org.openprocure.systemtests;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openprocure.stack.LocalStack;

/**
 * With the Kafka broker down, publishing still succeeds (the event waits in the outbox); when the
 * broker is back, the event reaches every consumer exactly once.
 */
class BrokerOutageIT {

    private static final Pattern APPLIED = Pattern.compile(
            "openprocure_events_received_total\\{outcome=\"applied\",topic=\"procurement\\.tender\","
                    + "type=\"TenderPublished\"} ([0-9.]+)");
    private static final Pattern UNSENT = Pattern.compile("openprocure_outbox_unsent ([0-9.]+)");

    private static final String[] CONSUMERS = {"bid-service", "evaluation-service", "contract-service"};

    @BeforeAll
    static void platform() {
        Platform.get();
    }

    @Test
    void aTenderPublishedWhileTheBrokerIsDownArrivesOnceEverywhereWhenItReturns() {
        LocalStack stack = Platform.get();
        String officerToken = Platform.token("officer.anna");
        String auditorToken = Platform.token("auditor.farah");
        Map<String, Double> appliedBefore = applied();

        stack.kafka().stop();
        String ocid;
        try {
            ocid = Platform.publishDemoTender("officer.anna", "Published during a broker outage " + Instant.now());

            await().atMost(Duration.ofSeconds(30)).until(() -> metric("tender-service", UNSENT) >= 1);
            given().baseUri(Platform.url("bid-service")).get("/api/tenders/{ocid}/submission-window", ocid)
                    .then().statusCode(404);
        } finally {
            stack.kafka().restart();
        }

        await().atMost(Duration.ofSeconds(120)).untilAsserted(() ->
                given().baseUri(Platform.url("contract-service")).auth().oauth2(auditorToken)
                        .get("/api/analytics/processes/{ocid}", ocid)
                        .then().statusCode(200)
                        .body("timeline.findAll { it.type == 'TenderPublished' }", hasSize(1))
                        .body("timeline.type", hasItem("SealingKeyGenerated"))
                        .body("chain.status", equalTo("intact")));
        await().atMost(Duration.ofSeconds(60)).untilAsserted(() ->
                given().baseUri(Platform.url("bid-service")).get("/api/tenders/{ocid}/submission-window", ocid)
                        .then().statusCode(200));
        await().atMost(Duration.ofSeconds(60)).untilAsserted(() ->
                given().baseUri(Platform.url("evaluation-service")).auth().oauth2(auditorToken)
                        .get("/api/evaluations/{ocid}", ocid).then().statusCode(200));
        await().atMost(Duration.ofSeconds(60)).until(() -> metric("tender-service", UNSENT) == 0);

        Map<String, Double> appliedAfter = applied();
        for (String consumer : CONSUMERS) {
            assertEquals(appliedBefore.get(consumer) + 1, appliedAfter.get(consumer),
                    consumer + " applied the event exactly once");
        }
        given().baseUri(Platform.url("tender-service")).auth().oauth2(officerToken).get("/api/notices/{ocid}", ocid)
                .then().statusCode(200).body("status", equalTo("active"));
    }

    private static Map<String, Double> applied() {
        return Map.of(CONSUMERS[0], metric(CONSUMERS[0], APPLIED), CONSUMERS[1], metric(CONSUMERS[1], APPLIED),
                CONSUMERS[2], metric(CONSUMERS[2], APPLIED));
    }

    private static double metric(String service, Pattern pattern) {
        String metrics = given().baseUri(Platform.url(service)).get("/q/metrics").then().statusCode(200)
                .extract().asString();
        Matcher m = pattern.matcher(metrics);
        return m.find() ? Double.parseDouble(m.group(1)) : 0;
    }
}
