package org.openprocure.systemtests;

import static io.restassured.RestAssured.given;

import io.restassured.http.ContentType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import org.openprocure.stack.LocalStack;
import org.openprocure.stack.StackSettings;

/**
 * The whole platform, started once per test JVM on free ports from the packaged services: an
 * embedded PostgreSQL, a Kafka broker in KRaft mode, Keycloak with the {@code procurement} realm,
 * the four services and the portal. Stopped when the JVM ends.
 */
public final class Platform {

    public static final String DEMO_PASSWORD = "demo";

    private static LocalStack stack;

    private Platform() {
    }

    public static synchronized LocalStack get() {
        if (stack == null) {
            Path repoRoot = Path.of(System.getProperty("openprocure.repo.root", "..")).toAbsolutePath().normalize();
            Path home = Path.of(System.getProperty("openprocure.test.home", "target/platform")).toAbsolutePath();
            try {
                // Every run starts from nothing: no topic, offset or row of an earlier run.
                deleteTree(home);
                Files.createDirectories(home);
                stack = LocalStack.start(StackSettings.forTests(home, repoRoot));
            } catch (Exception e) {
                throw new IllegalStateException("the platform did not start; logs are under " + home, e);
            }
            LocalStack started = stack;
            Runtime.getRuntime().addShutdownHook(new Thread(started::close, "platform-stop"));
        }
        return stack;
    }

    private static void deleteTree(Path root) throws java.io.IOException {
        if (!Files.exists(root)) {
            return;
        }
        try (var paths = Files.walk(root)) {
            for (Path path : paths.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.delete(path);
            }
        }
    }

    public static String url(String service) {
        return get().baseUrl(service);
    }

    public static String portalUrl() {
        return url("portal");
    }

    /** An access token for a demo user, by password grant against the real Keycloak. */
    public static String token(String username) {
        return get().keycloak().passwordGrantToken(username, DEMO_PASSWORD);
    }

    /** Drafts and publishes a tender of the officer's organisation; returns its ocid. */
    public static String publishDemoTender(String officerUsername, String title) {
        String token = token(officerUsername);
        String id = given().baseUri(url("tender-service")).auth().oauth2(token)
                .contentType(ContentType.JSON).body(draftJson(title, Instant.now()))
                .post("/api/tenders").then().statusCode(201).extract().path("id");
        return given().baseUri(url("tender-service")).auth().oauth2(token)
                .post("/api/tenders/{id}/publish", id).then().statusCode(200).extract().path("ocid");
    }

    /** A valid draft whose schedule lies ahead of {@code now}. */
    public static String draftJson(String title, Instant now) {
        Instant start = now.truncatedTo(ChronoUnit.HOURS);
        return """
                {
                  "title": "%s",
                  "description": "Milling and resurfacing of 1.2 km of carriageway, including markings.",
                  "procurementMethod": "open",
                  "mainProcurementCategory": "works",
                  "awardCriteria": "priceOnly",
                  "currency": "EUR",
                  "lots": [
                    {"title": "Carriageway", "description": "Milling and asphalt", "estimatedValue": 100000.00},
                    {"title": "Road markings", "estimatedValue": 25000.00}
                  ],
                  "enquiryDeadline": "%s",
                  "submissionDeadline": "%s",
                  "openingDate": "%s",
                  "bidValidityDays": 90,
                  "openingCommittee": {
                    "threshold": 2,
                    "members": [
                      {"username": "officer.anna", "name": "Anna Kowalczyk"},
                      {"username": "officer.bruno", "name": "Bruno Díaz"},
                      {"username": "officer.chloe", "name": "Chloé Martin"}
                    ]
                  }
                }
                """.formatted(title, start.plus(Duration.ofDays(20)), start.plus(Duration.ofDays(30)),
                start.plus(Duration.ofDays(30)).plus(Duration.ofMinutes(30)));
    }
}
