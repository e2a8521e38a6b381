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

    /** The services whose clocks the tests move together (the portal only offers forms by its own). */
    static final String[] SERVICES = {"tender-service", "bid-service", "evaluation-service", "contract-service"};

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
                // The services' clocks can be moved ahead (POST /api/clock/advance), so tests let days pass
                // at once; the deadline watch looks every second.
                StackSettings settings = StackSettings.forTests(home, repoRoot)
                        .withProperty("tender-service", "openprocure.tender.deadline-check-every", "1s")
                        .withProperty("evaluation-service", "openprocure.evaluation.standstill-watch.every", "1s");
                for (String service : SERVICES) {
                    settings = settings.withProperty(service, "openprocure.clock.adjustable", "true");
                }
                stack = LocalStack.start(settings);
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
                .contentType(ContentType.JSON).body(draftJson(title, serverTime()))
                .post("/api/tenders").then().statusCode(201).extract().path("id");
        return given().baseUri(url("tender-service")).auth().oauth2(token)
                .post("/api/tenders/{id}/publish", id).then().statusCode(200).extract().path("ocid");
    }

    /**
     * Drafts and publishes a best price-quality tender of the officer's organisation (price 70, "Technical
     * approach" 30); returns its ocid.
     */
    public static String publishRatedTender(String officerUsername, String title) {
        String token = token(officerUsername);
        String draft = draftJson(title, serverTime()).replace("\"awardCriteria\": \"priceOnly\",",
                "\"awardCriteria\": \"ratedCriteria\", \"criteria\": [{\"name\": \"Price\", \"type\": \"price\","
                        + " \"weight\": 70}, {\"name\": \"Technical approach\", \"type\": \"quality\", \"weight\": 30}],");
        String id = given().baseUri(url("tender-service")).auth().oauth2(token)
                .contentType(ContentType.JSON).body(draft)
                .post("/api/tenders").then().statusCode(201).extract().path("id");
        return given().baseUri(url("tender-service")).auth().oauth2(token)
                .post("/api/tenders/{id}/publish", id).then().statusCode(200).extract().path("ocid");
    }

    /** A one-page PDF with the text, base64-encoded, as uploads carry documents. */
    public static String onePagePdfBase64(String text) {
        try (org.apache.pdfbox.pdmodel.PDDocument document = new org.apache.pdfbox.pdmodel.PDDocument();
                java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream()) {
            org.apache.pdfbox.pdmodel.PDPage page = new org.apache.pdfbox.pdmodel.PDPage();
            document.addPage(page);
            try (org.apache.pdfbox.pdmodel.PDPageContentStream content =
                    new org.apache.pdfbox.pdmodel.PDPageContentStream(document, page)) {
                content.beginText();
                content.setFont(new org.apache.pdfbox.pdmodel.font.PDType1Font(
                        org.apache.pdfbox.pdmodel.font.Standard14Fonts.FontName.HELVETICA), 12);
                content.newLineAtOffset(72, 720);
                content.showText(text);
                content.endText();
            }
            document.save(out);
            return java.util.Base64.getEncoder().encodeToString(out.toByteArray());
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /** Moves every service's clock ahead by {@code duration}; returns tender-service's new time. */
    public static Instant advanceClocks(Duration duration) {
        Instant now = null;
        for (String service : SERVICES) {
            String time = given().baseUri(url(service)).contentType(ContentType.JSON)
                    .body("{\"by\": \"" + duration + "\"}").post("/api/clock/advance")
                    .then().statusCode(200).extract().path("now");
            if ("tender-service".equals(service)) {
                now = Instant.parse(time);
            }
        }
        return now;
    }

    /**
     * A restarted service's clock starts again from the system time; this moves it ahead to tender-service's,
     * as the other services' clocks stand after {@link #advanceClocks}. Returns how far it moved.
     */
    public static Duration alignClock(String service) {
        Instant own = Instant.parse(given().baseUri(url(service)).get("/api/clock").then().statusCode(200)
                .extract().path("now"));
        Duration behind = Duration.between(own, serverTime());
        if (behind.isNegative() || behind.isZero()) {
            return Duration.ZERO;
        }
        given().baseUri(url(service)).contentType(ContentType.JSON).body("{\"by\": \"" + behind + "\"}")
                .post("/api/clock/advance").then().statusCode(200);
        return behind;
    }

    /** tender-service's time, which its deadlines are judged by. */
    public static Instant serverTime() {
        return Instant.parse(given().baseUri(url("tender-service")).get("/api/clock").then().statusCode(200)
                .extract().path("now"));
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
                    {"title": "Carriageway", "description": "Milling and asphalt", "estimatedValue": 100000.00,
                     "items": [{"description": "Asphalt surfacing", "quantity": 8400, "unit": "m2",
                                "classification": "45233252-0"}]},
                    {"title": "Road markings", "estimatedValue": 25000.00,
                     "items": [{"description": "Road-surface painting", "quantity": 1.2, "unit": "km",
                                "classification": "45233221-4"}]}
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
