package org.openprocure.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;

/** A running local platform (deploy/local/start.sh) on ports shifted by an offset, used through its public APIs. */
final class Platform {

    static final ObjectMapper JSON = new ObjectMapper();

    final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(10)).build();
    final String tenderService;
    final String bidService;
    final String contractService;
    final String keycloak;
    final String bidDatabase;
    final String contractDatabase;
    final String kafka;

    Platform(int portOffset) {
        tenderService = "http://localhost:" + (8081 + portOffset);
        bidService = "http://localhost:" + (8082 + portOffset);
        contractService = "http://localhost:" + (8084 + portOffset);
        keycloak = "http://localhost:" + (8180 + portOffset);
        bidDatabase = "jdbc:postgresql://localhost:" + (5432 + portOffset) + "/bid";
        contractDatabase = "jdbc:postgresql://localhost:" + (5432 + portOffset) + "/contract";
        kafka = "localhost:" + (9092 + portOffset);
    }

    /** A producer's settings as the services' outbox relays publish: string keys and values, idempotent, acks=all. */
    java.util.Properties producerConfig() {
        java.util.Properties config = new java.util.Properties();
        config.put(org.apache.kafka.clients.producer.ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, kafka);
        config.put(org.apache.kafka.clients.producer.ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG,
                org.apache.kafka.common.serialization.StringSerializer.class.getName());
        config.put(org.apache.kafka.clients.producer.ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG,
                org.apache.kafka.common.serialization.StringSerializer.class.getName());
        config.put(org.apache.kafka.clients.producer.ProducerConfig.ACKS_CONFIG, "all");
        config.put(org.apache.kafka.clients.producer.ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, "true");
        return config;
    }

    /** An access token of a demo user, by password grant, as a script gets one. */
    String token(String username) throws IOException, InterruptedException {
        String form = "client_id=openprocure-cli&grant_type=password&username="
                + URLEncoder.encode(username, StandardCharsets.UTF_8) + "&password=demo";
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(
                        URI.create(keycloak + "/realms/procurement/protocol/openid-connect/token"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.ofString());
        return expect(response, 200).get("access_token").asText();
    }

    /** Drafts and publishes a two-lot open tender closing in 30 days; returns its ocid. */
    String publishTender(String officerToken, String title) throws IOException, InterruptedException {
        Instant now = Instant.parse(expect(http.send(HttpRequest.newBuilder(URI.create(tenderService + "/api/clock"))
                .build(), HttpResponse.BodyHandlers.ofString()), 200).get("now").asText());
        String id = expect(http.send(HttpRequest.newBuilder(URI.create(tenderService + "/api/tenders"))
                .header("Authorization", "Bearer " + officerToken).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(draft(title, now))).build(),
                HttpResponse.BodyHandlers.ofString()), 201).get("id").asText();
        return expect(http.send(HttpRequest.newBuilder(URI.create(tenderService + "/api/tenders/" + id + "/publish"))
                .header("Authorization", "Bearer " + officerToken).POST(HttpRequest.BodyPublishers.noBody()).build(),
                HttpResponse.BodyHandlers.ofString()), 200).get("ocid").asText();
    }

    /** Waits until bid-service has learnt the tender from Kafka and made its sealing key. */
    void awaitSealingKey(String ocid, Duration timeout) throws IOException, InterruptedException {
        long until = System.nanoTime() + timeout.toNanos();
        while (System.nanoTime() < until) {
            int status = http.send(HttpRequest.newBuilder(URI.create(bidService + "/api/tenders/" + ocid
                    + "/sealing-key")).build(), HttpResponse.BodyHandlers.discarding()).statusCode();
            if (status == 200) {
                return;
            }
            Thread.sleep(200);
        }
        throw new IllegalStateException("bid-service has no sealing key for " + ocid + " after " + timeout);
    }

    static JsonNode expect(HttpResponse<String> response, int status) throws IOException {
        if (response.statusCode() != status) {
            throw new IllegalStateException(response.request().method() + " " + response.uri() + ": expected "
                    + status + ", got " + response.statusCode() + ": " + response.body());
        }
        return JSON.readTree(response.body());
    }

    private static String draft(String title, Instant now) {
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
