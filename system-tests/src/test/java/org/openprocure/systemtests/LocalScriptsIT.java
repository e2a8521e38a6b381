package org.openprocure.systemtests;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItems;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;

/**
 * The README's start command brings the platform up with its demo data and prints where to click;
 * running it again is harmless; the stop command ends every process it started. Runs the scripts
 * themselves, on ports shifted by an offset so that a developer's own local platform is untouched.
 */
@Order(1) // before the shared test platform starts, so the two never compete for the machine
class LocalScriptsIT {

    /** Keeps every port (at most 9093 + offset) below Linux's ephemeral range, which starts at 32768. */
    private static final int PORT_OFFSET = 21000;

    @Test
    void startPrintsWhereToClickAndStopLeavesNoProcessBehind() throws Exception {
        Path repo = Path.of(System.getProperty("openprocure.repo.root", "..")).toAbsolutePath().normalize();
        Path home = Path.of(System.getProperty("openprocure.test.home", "target/platform")).toAbsolutePath()
                .resolveSibling("local-scripts-home");
        Map<String, String> env = Map.of("OPENPROCURE_HOME", home.toString(), "OPENPROCURE_SKIP_BUILD", "1",
                "OPENPROCURE_PORT_OFFSET", String.valueOf(PORT_OFFSET));
        List<Long> pids = new ArrayList<>();
        deleteTree(home);
        try {
            Result start = run(repo.resolve("deploy/local/start.sh"), env, home.resolve("start.out"));
            assertEquals(0, start.exitCode(), start.output());
            String portal = "http://localhost:" + (8080 + PORT_OFFSET);
            assertTrue(start.output().contains("Portal                 " + portal), start.output());
            assertTrue(start.output().contains("officer.anna"), "demo logins are printed");
            assertTrue(start.output().contains("auditor.farah"), "demo logins are printed");
            assertTrue(start.output().contains("/q/swagger-ui"), "service URLs are printed");

            pids.addAll(recordedPids(home));
            assertEquals(9, pids.size(), "postgres, kafka, keycloak (script and JVM), four services and the portal");
            given().baseUri(portal).get("/").then().statusCode(200)
                    .body(containsString("Road resurfacing — Zieliński Street"));
            // The demo's history: a tender published weeks ago, bid for, opened by two of its key holders,
            // evaluated, complained about and awarded...
            String tenders = "http://localhost:" + (8081 + PORT_OFFSET);
            String opened = given().baseUri(tenders).queryParam("q", "Street lighting LED retrofit").get("/api/notices")
                    .then().statusCode(200).body("items.statusDetails", equalTo(List.of("awarded")))
                    .extract().path("items[0].ocid");
            given().baseUri("http://localhost:" + (8083 + PORT_OFFSET)).get("/api/awards/{ocid}", opened).then()
                    .statusCode(200).body("lots.status", equalTo(List.of("awarded", "awarded")))
                    .body("lots.award.supplier.id", equalTo(List.of("supplier-acme", "supplier-zielinski")))
                    .body("lots[0].award.complaints", equalTo(1));
            // ...whose contracts were signed, one amended and paid twice...
            given().baseUri("http://localhost:" + (8084 + PORT_OFFSET)).queryParam("ocid", opened).get("/api/contracts")
                    .then().statusCode(200).body("items.status", equalTo(List.of("active", "active")))
                    .body("items.find { it.lotId == 'lot-1' }.amendments.size()", equalTo(1))
                    .body("items.find { it.lotId == 'lot-1' }.payments.size()", equalTo(2))
                    .body("items.find { it.lotId == 'lot-1' }.totalPaid.amount", equalTo(106215.00f));
            given().baseUri("http://localhost:" + (8084 + PORT_OFFSET)).get("/api/ocds/records/{ocid}", opened).then()
                    .statusCode(200).body("records[0].compiledRelease.contracts.size()", equalTo(2));
            // ...and one whose evaluation is under way.
            given().baseUri(tenders).queryParam("q", "Riverside park benches").get("/api/notices").then()
                    .statusCode(200).body("items.statusDetails", equalTo(List.of("evaluation")));
            given().baseUri("http://localhost:" + (8082 + PORT_OFFSET)).get("/api/tenders/{ocid}/opening", opened)
                    .then().statusCode(200).body("bidCount", equalTo(3))
                    .body("keyHolders", equalTo(List.of("officer.anna", "officer.bruno")));
            // ...one with a single bid, awarded just under its estimate and amended by more than a fifth, which
            // the red flags point out to the auditor, as does the anonymous tip about it in the inbox...
            String contracts = "http://localhost:" + (8084 + PORT_OFFSET);
            String footbridge = given().baseUri(tenders).queryParam("q", "Mill Lane footbridge").get("/api/notices")
                    .then().statusCode(200).body("items.statusDetails", equalTo(List.of("awarded")))
                    .extract().path("items[0].ocid");
            String auditor = given().baseUri("http://localhost:" + (8180 + PORT_OFFSET))
                    .contentType("application/x-www-form-urlencoded").formParam("grant_type", "password")
                    .formParam("client_id", "openprocure-cli").formParam("username", "auditor.farah")
                    .formParam("password", "demo").post("/realms/procurement/protocol/openid-connect/token")
                    .then().statusCode(200).extract().path("access_token");
            await().atMost(Duration.ofMinutes(2)).untilAsserted(() -> given().baseUri(contracts).auth().oauth2(auditor)
                    .queryParam("ocid", footbridge).get("/api/analytics/red-flags").then().statusCode(200)
                    .body("items.code", hasItems("R018", "AWARD_NEAR_ESTIMATE", "AMENDMENT_OVER_20_PERCENT")));
            given().baseUri(contracts).auth().oauth2(auditor).get("/api/integrity-reports").then().statusCode(200)
                    .body("items.status", equalTo(List.of("underReview")));
            // ...after which the clocks were brought to the present.
            Instant serverTime = Instant.parse(given().baseUri(tenders).get("/api/clock").then().statusCode(200)
                    .extract().path("now"));
            assertTrue(Duration.between(serverTime, Instant.now()).abs().compareTo(Duration.ofMinutes(1)) < 0,
                    "tender-service's clock is at the present: " + serverTime);

            Result again = run(repo.resolve("deploy/local/start.sh"), env, home.resolve("start-again.out"));
            assertEquals(0, again.exitCode(), again.output());
            assertTrue(again.output().contains("already running"), again.output());
            assertEquals(pids, recordedPids(home), "a second start starts nothing");
        } finally {
            Result stop = run(repo.resolve("deploy/local/stop.sh"), env, home.resolve("stop.out"));
            assertEquals(0, stop.exitCode(), stop.output());
            assertTrue(stop.output().contains("stopped, no process left"), stop.output());
        }
        for (long pid : pids) {
            assertFalse(ProcessHandle.of(pid).map(ProcessHandle::isAlive).orElse(false), "process " + pid + " is gone");
        }
    }

    /** A fresh home, so that the start seeds the demo data itself. */
    private static void deleteTree(Path root) throws IOException {
        if (Files.exists(root)) {
            try (var paths = Files.walk(root)) {
                for (Path path : paths.sorted(java.util.Comparator.reverseOrder()).toList()) {
                    Files.delete(path);
                }
            }
        }
    }

    private static List<Long> recordedPids(Path home) throws IOException {
        List<Long> pids = new ArrayList<>();
        for (String line : Files.readAllLines(home.resolve("run/pids"))) {
            String[] parts = line.trim().split("\\s+");
            if (parts.length == 2) {
                pids.add(Long.parseLong(parts[1]));
            }
        }
        return pids;
    }

    private record Result(int exitCode, String output) {
    }

    private static Result run(Path script, Map<String, String> env, Path outputFile) throws Exception {
        Files.createDirectories(outputFile.getParent());
        ProcessBuilder builder = new ProcessBuilder("bash", script.toString())
                .redirectErrorStream(true).redirectOutput(outputFile.toFile());
        builder.environment().putAll(env);
        Process process = builder.start();
        if (!process.waitFor(10, TimeUnit.MINUTES)) {
            process.destroyForcibly();
            throw new IllegalStateException(script + " did not finish within 10 minutes");
        }
        return new Result(process.exitValue(), Files.readString(outputFile, StandardCharsets.UTF_8));
    }
}
