package org.openprocure.contract;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;

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
import org.openprocure.events.EventJson;
import org.openprocure.events.EventType;
import org.openprocure.events.EventTypes;
import java.util.List;
import org.openprocure.events.GoldenFixtures;
import org.openprocure.contract.service.ProcessHistory;
import org.openprocure.stack.PostgresTestResource;

@QuarkusTest
@QuarkusTestResource(value = PostgresTestResource.class, initArgs = @ResourceArg(name = "database", value = "contract"))
class ProcessAnalyticsTest {

    private static final String OCID = "ocds-op7x2k-T-2026-000042";

    @Inject
    @Any
    InMemoryConnector connector;

    @Inject
    javax.sql.DataSource dataSource;

    @BeforeEach
    void deliverGoldenTenderTwice() {
        String fixture = GoldenFixtures.json(EventTypes.TENDER_PUBLISHED);
        connector.source("procurement-events").send(java.util.List.of(fixture));
        connector.source("procurement-events").send(java.util.List.of(fixture));
    }

    @Test
    @TestSecurity(user = "auditor.farah", roles = "auditor")
    @OidcSecurity(claims = @Claim(key = "org", value = "audit-office"))
    void anAuditorSeesTheProcessWithOneEventAndAnIntactChain() {
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() ->
                given().get("/api/analytics/processes/{ocid}", OCID).then().statusCode(200)
                        .body("title", equalTo("Road resurfacing — Zieliński Street"))
                        .body("buyer.name", equalTo("Northvale City Council"))
                        .body("status", equalTo("active"))
                        .body("value.amount", equalTo(125000.00f))
                        .body("submissionDeadline", equalTo("2026-12-30T12:00:00Z"))
                        .body("timeline", hasSize(1))
                        .body("timeline[0].type", equalTo("TenderPublished"))
                        .body("timeline[0].hash", equalTo(GoldenFixtures.envelope(EventTypes.TENDER_PUBLISHED).hash()))
                        .body("chain.status", equalTo("intact")));
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() ->
                io.restassured.RestAssured.get("/q/metrics").then().statusCode(200).body(org.hamcrest.Matchers.containsString(
                        "openprocure_events_received_total{outcome=\"duplicate\",topic=\"procurement.tender\",type=\"TenderPublished\"}")));
        given().get("/api/analytics/processes/{ocid}", OCID).then().statusCode(200).body("timeline", hasSize(1));
    }

    @Test
    @TestSecurity(user = "auditor.farah", roles = "auditor")
    @OidcSecurity(claims = @Claim(key = "org", value = "audit-office"))
    void aConsultationIsOnTheTimelineBeforeAnyNoticeIsPublished() {
        String ocid = "ocds-op7x2k-T-2026-000043";
        for (EventType<?> type : List.of(EventTypes.CONSULTATION_OPENED, EventTypes.CONSULTATION_COMMENT_POSTED,
                EventTypes.CONSULTATION_COMMENT_HIDDEN, EventTypes.CONSULTATION_COMMENT_ANSWERED)) {
            connector.source("procurement-events").send(java.util.List.of(GoldenFixtures.json(type)));
        }

        await().atMost(Duration.ofSeconds(30)).untilAsserted(() ->
                given().get("/api/analytics/processes/{ocid}", ocid).then().statusCode(200)
                        .body("title", equalTo("School meals — Οδός Αθηνάς primary schools"))
                        .body("status", equalTo("planning"))
                        .body("timeline.type", contains("ConsultationOpened", "ConsultationCommentPosted",
                                "ConsultationCommentHidden", "ConsultationCommentAnswered"))
                        .body("chain.status", equalTo("intact")));
    }

    @Test
    @TestSecurity(user = "auditor.farah", roles = "auditor")
    @OidcSecurity(claims = @Claim(key = "org", value = "audit-office"))
    void extensionsAmendmentsAndCancellationUpdateTheProcess() {
        String ocid = "ocds-op7x2k-T-2026-000079";
        List<String> chain = GoldenFixtures.chainFor(ocid, "c0ffee00-0000-4000-8000-000000000079",
                EventTypes.TENDER_PUBLISHED, EventTypes.ENQUIRY_ASKED, EventTypes.ENQUIRY_ANSWERED,
                EventTypes.SUBMISSION_DEADLINE_EXTENDED, EventTypes.TENDER_AMENDED, EventTypes.TENDER_CANCELLED,
                EventTypes.TENDERING_CLOSED);
        chain.forEach(record -> connector.source("procurement-events").send(java.util.List.of(record)));

        await().atMost(Duration.ofSeconds(30)).untilAsserted(() ->
                given().get("/api/analytics/processes/{ocid}", ocid).then().statusCode(200)
                        .body("submissionDeadline", equalTo("2027-01-07T12:00:00Z"))
                        .body("value.amount", equalTo(135000.00f))
                        .body("status", equalTo("active"))
                        .body("timeline", hasSize(7))
                        .body("chain.status", equalTo("intact")));
    }

    @Test
    @TestSecurity(user = "auditor.farah", roles = "auditor")
    @OidcSecurity(claims = @Claim(key = "org", value = "audit-office"))
    void anAlteredStoredEventBreaksTheChainAtThatEventAndARefusedAccessIsMarked() throws Exception {
        String ocid = "ocds-op7x2k-T-2026-" + (100_000 + new java.util.Random().nextInt(800_000));
        EventChain tender = new EventChain(ocid);
        EventChain bids = new EventChain(ocid);
        List<String> records = List.of(tender.next(EventTypes.TENDER_PUBLISHED), tender.next(EventTypes.ENQUIRY_ASKED),
                tender.next(EventTypes.ENQUIRY_ANSWERED), tender.next(EventTypes.TENDERING_CLOSED),
                bids.next(EventTypes.ACCESS_ATTEMPT_REFUSED));
        records.forEach(record -> connector.source("procurement-events").send(java.util.List.of(record)));
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() ->
                given().get("/api/analytics/processes/{ocid}", ocid).then().statusCode(200)
                        .body("timeline", hasSize(5))
                        .body("timeline.findAll { it.security }.type", contains("AccessAttemptRefused"))
                        .body("timeline.findAll { !it.security }", hasSize(4))
                        .body("chain.status", equalTo("intact")));

        String asked = EventJson.parse(records.get(1)).eventId().toString();
        sql("update process_event set envelope = jsonb_set(envelope::jsonb, '{payload,question}',"
                + " '\"Was anything changed?\"')::text where event_id = '" + asked + "'");
        given().get("/api/analytics/processes/{ocid}", ocid).then().statusCode(200)
                .body("chain.status", equalTo("broken"))
                .body("chain.brokenAtEvent", equalTo(asked))
                .body("chain.brokenAtSequence", equalTo(2))
                .body("chain.reason", equalTo("content_altered"));

        // The altered event taken out of the history instead: the next one misses its predecessor.
        sql("delete from process_event where event_id = '" + asked + "'");
        String answered = EventJson.parse(records.get(2)).eventId().toString();
        given().get("/api/analytics/processes/{ocid}", ocid).then().statusCode(200)
                .body("chain.status", equalTo("broken"))
                .body("chain.brokenAtEvent", equalTo(answered))
                .body("chain.reason", equalTo("sequence_gap"));
    }

    @Test
    @TestSecurity(user = "auditor.farah", roles = "auditor")
    @OidcSecurity(claims = @Claim(key = "org", value = "audit-office"))
    void aProcessIsFoldedByOneConsumerAtATimeWhicheverReplicaReadsIt() throws Exception {
        String ocid = "ocds-op7x2k-T-2026-000044";
        String record = GoldenFixtures.chainFor(ocid, "agg-lock", EventTypes.TENDER_PUBLISHED).get(0);
        // This connection stands for another replica, in the middle of folding the same process.
        try (java.sql.Connection replica = dataSource.getConnection()) {
            replica.setAutoCommit(false);
            lockProcess(replica, ocid);
            connector.source("procurement-events").send(java.util.List.of(record));
            await().atMost(Duration.ofSeconds(30)).until(() -> waitsForTheProcessLock(ocid));
            given().get("/api/analytics/processes/{ocid}", ocid).then().statusCode(404);
            replica.rollback();
        }
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> given().get("/api/analytics/processes/{ocid}", ocid)
                .then().statusCode(200).body("timeline", hasSize(1)));
    }

    /**
     * A batch takes the locks of all its processes before it applies any of its records, in the order of their lock
     * keys (as every replica does), so it waits for another replica that folds one of them while holding none of the
     * later ones: two replicas' batches sharing processes queue instead of deadlocking. Then it applies every record.
     */
    @Test
    @TestSecurity(user = "auditor.farah", roles = "auditor")
    @OidcSecurity(claims = @Claim(key = "org", value = "audit-office"))
    void aBatchTakesTheLocksOfAllItsProcessesInKeyOrderBeforeItAppliesAnyRecord() throws Exception {
        String one = "ocds-op7x2k-T-2026-000045";
        String other = "ocds-op7x2k-T-2026-000046";
        String lower = lockKey(one) < lockKey(other) ? one : other;
        String higher = lower.equals(one) ? other : one;
        // The batch reads the process of the higher key first.
        List<String> batch = List.of(GoldenFixtures.chainFor(higher, "agg-higher", EventTypes.TENDER_PUBLISHED).get(0),
                GoldenFixtures.chainFor(lower, "agg-lower", EventTypes.TENDER_PUBLISHED).get(0));
        try (java.sql.Connection replica = dataSource.getConnection()) {
            replica.setAutoCommit(false);
            lockProcess(replica, lower);
            connector.source("procurement-events").send(batch);
            await().atMost(Duration.ofSeconds(30)).until(() -> waitsForTheProcessLock(lower));
            org.junit.jupiter.api.Assertions.assertEquals(0, holdersOfTheProcessLock(higher),
                    "the batch waits holding the lock of the process it reads first");
            given().get("/api/analytics/processes/{ocid}", higher).then().statusCode(404);
            replica.rollback();
        }
        for (String ocid : batch.stream().map(r -> EventJson.parse(r).ocid()).toList()) {
            await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> given()
                    .get("/api/analytics/processes/{ocid}", ocid).then().statusCode(200).body("timeline", hasSize(1)));
        }
    }

    private int lockKey(String ocid) throws java.sql.SQLException {
        try (java.sql.Connection c = dataSource.getConnection();
                java.sql.PreparedStatement hash = c.prepareStatement("select hashtext(?)")) {
            hash.setString(1, ocid);
            try (java.sql.ResultSet rows = hash.executeQuery()) {
                rows.next();
                return rows.getInt(1);
            }
        }
    }

    /** Takes the process's advisory lock in the connection's transaction, as a replica folding it does. */
    private static void lockProcess(java.sql.Connection replica, String ocid) throws java.sql.SQLException {
        try (java.sql.PreparedStatement lock = replica.prepareStatement(
                "select pg_advisory_xact_lock(?, hashtext(?))")) {
            lock.setInt(1, ProcessHistory.PROCESS_LOCK_CLASS);
            lock.setString(2, ocid);
            lock.execute();
        }
    }

    /** How many transactions hold the process's advisory lock. */
    private long holdersOfTheProcessLock(String ocid) throws java.sql.SQLException {
        return processLocks(ocid, true);
    }

    /** Whether a transaction waits for the process's advisory lock. */
    private boolean waitsForTheProcessLock(String ocid) throws java.sql.SQLException {
        return processLocks(ocid, false) > 0;
    }

    /** The process's advisory locks granted, or waited for (pg_locks shows the two keys as unsigned). */
    private long processLocks(String ocid, boolean granted) throws java.sql.SQLException {
        try (java.sql.Connection c = dataSource.getConnection();
                java.sql.PreparedStatement locks = c.prepareStatement("select count(*) from pg_locks"
                        + " where locktype = 'advisory' and granted = ? and objsubid = 2"
                        + " and classid::text::bigint = ? and objid::text::bigint = (hashtext(?)::bigint & 4294967295)")) {
            locks.setBoolean(1, granted);
            locks.setLong(2, ProcessHistory.PROCESS_LOCK_CLASS);
            locks.setString(3, ocid);
            try (java.sql.ResultSet rows = locks.executeQuery()) {
                rows.next();
                return rows.getLong(1);
            }
        }
    }

    private void sql(String statement) throws java.sql.SQLException {
        try (java.sql.Connection c = dataSource.getConnection(); java.sql.Statement s = c.createStatement()) {
            org.junit.jupiter.api.Assertions.assertEquals(1, s.executeUpdate(statement));
        }
    }

    @Test
    @TestSecurity(user = "auditor.farah", roles = "auditor")
    @OidcSecurity(claims = @Claim(key = "org", value = "audit-office"))
    void anUnknownProcessIsA404Problem() {
        given().get("/api/analytics/processes/{ocid}", "ocds-op7x2k-T-2026-999999").then().statusCode(404)
                .contentType("application/problem+json");
    }

    @Test
    @TestSecurity(user = "officer.anna", roles = "officer")
    @OidcSecurity(claims = @Claim(key = "org", value = "buyer-northvale"))
    void anOfficerIsRefused() {
        given().get("/api/analytics/processes/{ocid}", OCID).then().statusCode(403)
                .contentType("application/problem+json");
    }

    @Test
    void theAnonymousPublicIsRefused() {
        given().get("/api/analytics/processes/{ocid}", OCID).then().statusCode(401);
        given().get("/api/analytics/awards").then().statusCode(401);
    }
}
