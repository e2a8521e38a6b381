package org.openprocure.evaluation;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.quarkus.test.security.oidc.Claim;
import io.quarkus.test.security.oidc.OidcSecurity;
import io.smallrye.reactive.messaging.memory.InMemoryConnector;
import jakarta.enterprise.inject.Any;
import jakarta.inject.Inject;
import java.time.Duration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openprocure.events.EventTypes;
import org.openprocure.events.GoldenFixtures;
import org.openprocure.stack.PostgresTestResource;

@QuarkusTest
@QuarkusTestResource(value = PostgresTestResource.class, initArgs = @ResourceArg(name = "database", value = "evaluation"))
class ProcurementEventsConsumerTest {

    private static final String OCID = "ocds-op7x2k-T-2026-000042";

    @Inject
    @Any
    InMemoryConnector connector;

    @Inject
    javax.sql.DataSource dataSource;

    @BeforeEach
    void publishGoldenTender() {
        connector.source("tender-events").send(GoldenFixtures.json(EventTypes.TENDER_PUBLISHED));
    }

    @Test
    @TestSecurity(user = "auditor.farah", roles = "auditor")
    @OidcSecurity(claims = @Claim(key = "org", value = "audit-office"))
    void aPublishedTenderAwaitsOpening() {
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() ->
                given().get("/api/evaluations/{ocid}", OCID).then().statusCode(200)
                        .body("status", equalTo("awaiting_opening"))
                        .body("lotCount", equalTo(2))
                        .body("awardCriteria", equalTo("ratedCriteria")));
    }

    @Test
    @TestSecurity(user = "auditor.farah", roles = "auditor")
    @OidcSecurity(claims = @Claim(key = "org", value = "audit-office"))
    void theOpeningRecordStartsTheEvaluation() {
        String ocid = "ocds-op7x2k-T-2026-000077";
        java.util.List<String> tender = GoldenFixtures.chainFor(ocid, java.util.UUID.randomUUID().toString(),
                EventTypes.TENDER_PUBLISHED);
        java.util.List<String> opening = GoldenFixtures.chainFor(ocid, java.util.UUID.randomUUID().toString(),
                EventTypes.BIDS_OPENED);
        connector.source("tender-events").send(tender.get(0));
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() ->
                given().get("/api/evaluations/{ocid}", ocid).then().statusCode(200)
                        .body("status", equalTo("awaiting_opening")));

        connector.source("bid-events").send(opening.get(0));

        await().atMost(Duration.ofSeconds(30)).untilAsserted(() ->
                given().get("/api/evaluations/{ocid}", ocid).then().statusCode(200)
                        .body("status", equalTo("bids_opened"))
                        .body("bidCount", equalTo(2))
                        .body("openedAt", equalTo("2027-01-07T12:31:00Z")));
    }

    @Test
    @TestSecurity(user = "auditor.farah", roles = "auditor")
    @OidcSecurity(claims = @Claim(key = "org", value = "audit-office"))
    void anOpeningRecordThatArrivesBeforeItsNoticeStartsTheEvaluationOnceTheNoticeIsIn() {
        String ocid = "ocds-op7x2k-T-2026-000080";
        String tender = GoldenFixtures.chainFor(ocid, java.util.UUID.randomUUID().toString(),
                EventTypes.TENDER_PUBLISHED).get(0);
        connector.source("bid-events").send(GoldenFixtures.chainFor(ocid, java.util.UUID.randomUUID().toString(),
                EventTypes.BIDS_OPENED).get(0));
        await().atMost(Duration.ofSeconds(30)).until(() -> processedEvents(ocid) == 1);
        given().get("/api/evaluations/{ocid}", ocid).then().statusCode(404);

        connector.source("tender-events").send(tender);

        await().atMost(Duration.ofSeconds(30)).untilAsserted(() ->
                given().get("/api/evaluations/{ocid}", ocid).then().statusCode(200)
                        .body("status", equalTo("bids_opened"))
                        .body("bidCount", equalTo(2))
                        .body("openedAt", equalTo("2027-01-07T12:31:00Z"))
                        .body("lotCount", equalTo(2))
                        .body("lots.status", equalTo(java.util.List.of("evaluating", "evaluating"))));
        given().get("/api/evaluations/{ocid}/bids", ocid).then().statusCode(200)
                .body("bidderName", equalTo(java.util.List.of("Zieliński i Synowie sp. z o.o.")));
        long waiting = io.quarkus.narayana.jta.QuarkusTransaction.requiringNew().call(() -> ((Number) Evaluation
                .getEntityManager().createNativeQuery("select count(*) from opening_ahead_of_notice where ocid = :ocid")
                .setParameter("ocid", ocid).getSingleResult()).longValue());
        org.junit.jupiter.api.Assertions.assertEquals(0, waiting, "no opening is left waiting");
    }

    @Test
    @TestSecurity(user = "auditor.farah", roles = "auditor")
    @OidcSecurity(claims = @Claim(key = "org", value = "audit-office"))
    void anOpeningRecordWaitsForTheTendersLockBeforeItLooksForTheEvaluation() throws Exception {
        String ocid = "ocds-op7x2k-T-2026-000081";
        String tender = GoldenFixtures.chainFor(ocid, java.util.UUID.randomUUID().toString(),
                EventTypes.TENDER_PUBLISHED).get(0);
        try (java.sql.Connection notice = dataSource.getConnection()) {
            // Another transaction holds the tender's lock, as the notice's does while it looks for a waiting opening.
            notice.setAutoCommit(false);
            try (java.sql.PreparedStatement lock = notice.prepareStatement("select pg_advisory_xact_lock(hashtext(?))")) {
                lock.setString(1, ocid);
                lock.execute();
            }
            connector.source("bid-events").send(GoldenFixtures.chainFor(ocid, java.util.UUID.randomUUID().toString(),
                    EventTypes.BIDS_OPENED).get(0));
            await().atMost(Duration.ofSeconds(30)).until(() -> waitingForTheTendersLock(ocid));
            org.junit.jupiter.api.Assertions.assertEquals(0, processedEvents(ocid), "the opening is not applied yet");
            notice.commit();
        }
        await().atMost(Duration.ofSeconds(30)).until(() -> processedEvents(ocid) == 1);

        connector.source("tender-events").send(tender);

        await().atMost(Duration.ofSeconds(30)).untilAsserted(() ->
                given().get("/api/evaluations/{ocid}", ocid).then().statusCode(200)
                        .body("status", equalTo("bids_opened")));
    }

    /** Whether a transaction waits for the tender's advisory lock (pg_locks shows the key's two halves unsigned). */
    private boolean waitingForTheTendersLock(String ocid) throws java.sql.SQLException {
        try (java.sql.Connection c = dataSource.getConnection();
                java.sql.PreparedStatement locks = c.prepareStatement("select count(*) from pg_locks"
                        + " where locktype = 'advisory' and not granted and objsubid = 1"
                        + " and ((classid::text::bigint << 32) | objid::text::bigint) = hashtext(?)::bigint")) {
            locks.setString(1, ocid);
            try (java.sql.ResultSet rows = locks.executeQuery()) {
                rows.next();
                return rows.getLong(1) > 0;
            }
        }
    }

    private static int processedEvents(String ocid) {
        return io.quarkus.narayana.jta.QuarkusTransaction.requiringNew().call(() -> ((Number) Evaluation
                .getEntityManager().createNativeQuery("select count(*) from processed_event where ocid = :ocid")
                .setParameter("ocid", ocid).getSingleResult()).intValue());
    }

    @Test
    @TestSecurity(user = "officer.anna", roles = "officer")
    @OidcSecurity(claims = @Claim(key = "org", value = "buyer-northvale"))
    void theBuyersOfficerSeesIt() {
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() ->
                given().get("/api/evaluations/{ocid}", OCID).then().statusCode(200)
                        .body("buyerId", equalTo("buyer-northvale")));
    }

    @Test
    @TestSecurity(user = "officer.dmitri", roles = "officer")
    @OidcSecurity(claims = @Claim(key = "org", value = "buyer-health"))
    void anotherBuyersOfficerDoesNot() {
        await().atMost(Duration.ofSeconds(30)).until(() ->
                io.quarkus.narayana.jta.QuarkusTransaction.requiringNew().call(() -> Evaluation.findById(OCID) != null));

        given().get("/api/evaluations/{ocid}", OCID).then().statusCode(404).contentType("application/problem+json");
    }

    @Test
    @TestSecurity(user = "supplier.acme", roles = "supplier")
    @OidcSecurity(claims = @Claim(key = "org", value = "supplier-acme"))
    void aSupplierIsRefused() {
        given().get("/api/evaluations/{ocid}", OCID).then().statusCode(403).contentType("application/problem+json");
    }

    @Test
    void theAnonymousPublicIsRefused() {
        given().get("/api/evaluations/{ocid}", OCID).then().statusCode(401).contentType("application/problem+json");
    }

    @Test
    @TestSecurity(user = "auditor.farah", roles = "auditor")
    @OidcSecurity(claims = @Claim(key = "org", value = "audit-office"))
    void anAmendmentBeforeTheOpeningUpdatesTheLotsAndTheOpeningRecordKeepsTheReadableBids() {
        String ocid = "ocds-op7x2k-T-2026-000078";
        java.util.List<String> tender = GoldenFixtures.chainFor(ocid, java.util.UUID.randomUUID().toString(),
                EventTypes.TENDER_PUBLISHED, EventTypes.TENDER_AMENDED, EventTypes.TENDER_CANCELLED);
        connector.source("tender-events").send(tender.get(0));
        connector.source("tender-events").send(tender.get(1));
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() ->
                given().get("/api/evaluations/{ocid}", ocid).then().statusCode(200)
                        .body("buyerName", equalTo("Northvale City Council"))
                        .body("lots.lotId", equalTo(java.util.List.of("lot-1", "lot-2")))
                        .body("lots[0].estimate.amount", equalTo(110000.00f))
                        .body("lots[0].status", equalTo("awaiting_opening"))
                        .body("criteria.name", equalTo(java.util.List.of("Price", "Technical approach"))));

        connector.source("bid-events").send(GoldenFixtures.chainFor(ocid, java.util.UUID.randomUUID().toString(),
                EventTypes.BIDS_OPENED).get(0));
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() ->
                given().get("/api/evaluations/{ocid}/bids", ocid).then().statusCode(200)
                        .body("bidderName", equalTo(java.util.List.of("Zieliński i Synowie sp. z o.o.")))
                        .body("[0].lots[0].price.amount", equalTo(104250.00f)));
        given().get("/api/evaluations/{ocid}", ocid).then().statusCode(200)
                .body("bidCount", equalTo(2))
                .body("lots.status", equalTo(java.util.List.of("evaluating", "evaluating")));

        connector.source("tender-events").send(tender.get(2));
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() ->
                given().get("/api/evaluations/{ocid}", ocid).then().statusCode(200)
                        .body("status", equalTo("bids_opened"))
                        .body("lots.status", equalTo(java.util.List.of("evaluating", "cancelled"))));
    }

    @Test
    @TestSecurity(user = "auditor.farah", roles = "auditor")
    @OidcSecurity(claims = @Claim(key = "org", value = "audit-office"))
    void anAmendmentAfterTheOpeningChangesNothingAndEveryOtherEventIsRecordedWithoutEffect() {
        String ocid = "ocds-op7x2k-T-2026-000079";
        String aggregate = java.util.UUID.randomUUID().toString();
        java.util.List<String> tender = GoldenFixtures.chainFor(ocid, aggregate, EventTypes.TENDER_PUBLISHED,
                EventTypes.TENDER_AMENDED);
        connector.source("tender-events").send(tender.get(0));
        connector.source("bid-events").send(GoldenFixtures.chainFor(ocid, java.util.UUID.randomUUID().toString(),
                EventTypes.BIDS_OPENED).get(0));
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() ->
                given().get("/api/evaluations/{ocid}", ocid).then().statusCode(200)
                        .body("status", equalTo("bids_opened")));
        connector.source("tender-events").send(tender.get(1));
        for (org.openprocure.events.EventType<?> other : EventTypes.ALL) {
            String topic = other.topic();
            if (topic.equals(org.openprocure.events.Topics.TENDER) && other != EventTypes.TENDER_CANCELLED
                    && other != EventTypes.TENDER_PUBLISHED && other != EventTypes.TENDER_AMENDED) {
                connector.source("tender-events").send(GoldenFixtures.chainFor(ocid,
                        java.util.UUID.randomUUID().toString(), other).get(0));
            } else if (topic.equals(org.openprocure.events.Topics.BID) && other != EventTypes.BIDS_OPENED) {
                connector.source("bid-events").send(GoldenFixtures.chainFor(ocid,
                        java.util.UUID.randomUUID().toString(), other).get(0));
            }
        }
        await().atMost(Duration.ofSeconds(30)).until(() -> io.quarkus.narayana.jta.QuarkusTransaction.requiringNew()
                .call(() -> ((Number) Evaluation.getEntityManager().createNativeQuery(
                        "select count(*) from processed_event where ocid = :ocid").setParameter("ocid", ocid)
                        .getSingleResult()).intValue()) == 3 + 8 + 3);
        given().get("/api/evaluations/{ocid}", ocid).then().statusCode(200)
                .body("status", equalTo("bids_opened"))
                .body("lots[0].estimate.amount", equalTo(100000.00f));
    }
}
