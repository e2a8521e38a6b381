package org.openprocure.contract;

import static io.restassured.RestAssured.given;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.comparesEqualTo;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.greaterThan;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.lessThan;
import static org.hamcrest.Matchers.lessThanOrEqualTo;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.startsWith;
import static org.hamcrest.Matchers.is;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

import com.fasterxml.jackson.databind.JsonNode;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import io.smallrye.reactive.messaging.memory.InMemoryConnector;
import jakarta.enterprise.inject.Any;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.openprocure.contract.ocds.OcdsPublication;
import org.openprocure.contract.ocds.ReleaseCompiler;
import org.openprocure.events.EventEnvelope;
import org.openprocure.events.EventJson;
import org.openprocure.events.EventTypes;
import org.openprocure.events.Money;
import org.openprocure.events.Period;
import org.openprocure.events.bid.BidsOpened;
import org.openprocure.events.contract.PaymentRecorded;
import org.openprocure.events.evaluation.EvaluationConcluded;
import org.openprocure.events.tender.ConsultationOpened;
import org.openprocure.stack.PostgresTestResource;

/**
 * OCDS open data of a whole process, fed as events (the golden fixtures re-sealed onto the test's
 * process, changed where a lifecycle needs it): the packages validate against the official 1.1.5
 * schemas, codelist values come from the shipped codelists, nothing sealed is published before the
 * opening, and recompiling the history gives the same bytes.
 */
@QuarkusTest
@QuarkusTestResource(value = PostgresTestResource.class, initArgs = @ResourceArg(name = "database", value = "contract"))
class OcdsOpenDataTest {

    private static final Duration PATIENCE = Duration.ofSeconds(30);
    private static final AtomicInteger NUMBERS = new AtomicInteger(new java.util.Random().nextInt(400_000));
    private static final String TENDER_ID = "0d6f7a52-8c3e-4b1a-a2f4-6e9b1c3d5f70";
    private static final Instant OPENED_AT = Instant.parse("2027-01-07T12:31:00Z");
    /** Releases of the lifecycle below: every event but the sealing key's and the consultation comment's. */
    private static final int LIFECYCLE_RELEASES = 18;

    @Inject
    @Any
    InMemoryConnector connector;

    @Inject
    OcdsPublication publication;

    @Inject
    javax.sql.DataSource dataSource;

    @Test
    void aWholeLifecycleIsPublishedAsValidReleasesAndARecordWithItsCompiledRelease() {
        String ocid = lifecycle();

        JsonNode recordPackage = json(given().get("/api/ocds/records/{ocid}", ocid).then().statusCode(200)
                .contentType("application/json").extract().asString());
        assertThat(OcdsSchemas.errors(OcdsSchemas.RECORD_PACKAGE, recordPackage), empty());
        assertThat(OcdsSchemas.codelistViolations(recordPackage), empty());
        assertThat(OcdsSchemas.codelistValues(recordPackage), greaterThan(100));
        assertThat(recordPackage.get("version").asText(), equalTo("1.1"));
        assertThat(recordPackage.at("/publisher/name").asText(), equalTo("OpenProcure"));
        assertThat(recordPackage.get("license").asText(), startsWith("https://"));
        assertThat(recordPackage.get("publicationPolicy").asText(), startsWith("https://"));

        JsonNode record = recordPackage.at("/records/0");
        List<String> tags = new ArrayList<>();
        record.get("releases").forEach(r -> tags.add(String.join("+", texts(r.get("tag")))));
        assertThat(tags, contains("planning", "tender", "tenderUpdate", "tenderUpdate", "tenderAmendment",
                "tenderAmendment", "tenderUpdate", "tenderUpdate", "tenderUpdate", "award", "award", "contract",
                "tenderUpdate", "contractAmendment", "implementation", "implementation", "implementation",
                "contractTermination"));
        for (JsonNode release : record.get("releases")) {
            assertThat(release.get("ocid").asText(), equalTo(ocid));
            assertThat(release.get("id").asText(), startsWith(ocid + "-"));
            assertThat(release.get("initiationType").asText(), equalTo("tender"));
            // Each release on its own, as the release endpoint serves it.
            JsonNode releasePackage = json(given().get("/api/ocds/releases/{id}", release.get("id").asText())
                    .then().statusCode(200).extract().asString());
            assertThat(OcdsSchemas.errors(OcdsSchemas.RELEASE_PACKAGE, releasePackage), empty());
            assertThat(OcdsSchemas.codelistViolations(releasePackage), empty());
            assertThat(releasePackage.at("/releases/0"), equalTo(release));
        }

        JsonNode compiled = record.get("compiledRelease");
        assertThat(texts(compiled.get("tag")), contains("compiled"));
        assertThat(compiled.at("/buyer/name").asText(), equalTo("Northvale City Council"));
        assertThat(compiled.at("/tender/status").asText(), equalTo("complete"));
        assertThat(compiled.at("/tender/numberOfTenderers").asInt(), equalTo(2));
        assertThat(texts(compiled.at("/tender/tenderers"), "name"),
                contains("Zieliński i Synowie sp. z o.o.", "Acme Build Ltd"));
        assertThat(texts(compiled.at("/tender/lots"), "status"), contains("complete", "cancelled"));
        assertThat(texts(compiled.at("/tender/amendments"), "id"),
                contains(startsWith("notice-version-2"), startsWith("notice-version-3"), startsWith("cancellation-")));
        assertThat(compiled.at("/tender/tenderPeriod/endDate").asText(), equalTo("2027-01-07T12:00:00.000Z"));
        assertThat(compiled.at("/tender/value/amount").decimalValue(), comparesEqualTo(new BigDecimal("135000")));
        assertThat(compiled.at("/tender/enquiries/0/answer").asText(), startsWith("Yes: cold plastic"));
        assertThat(compiled.at("/tender/milestones/0/status").asText(), equalTo("met"));
        assertThat(compiled.at("/awards/0/status").asText(), equalTo("active"));
        assertThat(compiled.at("/awards/0/date").asText(), equalTo("2027-01-14T12:00:00.000Z"));
        assertThat(compiled.at("/awards/0/value/amount").decimalValue(), comparesEqualTo(new BigDecimal("61800")));
        JsonNode contract = compiled.at("/contracts/0");
        assertThat(contract.get("status").asText(), equalTo("terminated"));
        assertThat(contract.get("statusDetails").asText(), equalTo("completed"));
        assertThat(contract.at("/value/amount").decimalValue(), comparesEqualTo(new BigDecimal("67980")));
        assertThat(contract.at("/period/endDate").asText(), equalTo("2027-07-31T23:59:59.000Z"));
        assertThat(contract.at("/documents/0/documentType").asText(), equalTo("contractSigned"));
        assertThat(contract.get("amendments").size(), equalTo(1));
        assertThat(contract.at("/implementation/milestones/0/status").asText(), equalTo("met"));
        assertThat(texts(contract.at("/implementation/transactions"), "id"), contains("payment-1", "payment-2"));
        assertThat(compiled.get("parties").size(), equalTo(3));
        for (JsonNode party : compiled.get("parties")) {
            switch (party.at("/identifier/id").asText()) {
                case "buyer-northvale" -> assertThat(texts(party.get("roles")),
                        contains("buyer", "procuringEntity", "payer"));
                case "supplier-acme" -> assertThat(texts(party.get("roles")),
                        contains("tenderer", "supplier", "payee"));
                case "supplier-zielinski" -> assertThat(texts(party.get("roles")), contains("tenderer"));
                default -> throw new AssertionError("unexpected party " + party);
            }
        }
        assertThat(OcdsSchemas.errors(OcdsSchemas.RELEASE, compiled), empty());
    }

    @Test
    void noReleaseBeforeTheOpeningNamesABidderOrABidPrice() {
        String ocid = lifecycle();
        JsonNode releases = json(given().get("/api/ocds/records/{ocid}", ocid).then().statusCode(200).extract()
                .asString()).at("/records/0/releases");
        int beforeOpening = 0;
        for (JsonNode release : releases) {
            if (Instant.parse(release.get("date").asText()).isBefore(OPENED_AT)) {
                beforeOpening++;
                String text = EventJson.canonical(release);
                for (String secret : List.of("supplier-acme", "Acme Build", "supplier-zielinski",
                        "Zieliński i Synowie", "61800", "104250", "tenderer", "Supplier 4F7A2C")) {
                    assertThat(release.get("id").asText(), text, not(containsString(secret)));
                }
            }
        }
        assertThat(beforeOpening, equalTo(8));
        // The opening publishes the bidders.
        assertThat(EventJson.canonical(releases.get(8)), allOf(containsString("tenderer"), containsString("Acme Build Ltd")));
    }

    @Test
    void recompilingTheStoredHistoryGivesByteIdenticalReleases() {
        String ocid = lifecycle();
        String before = given().get("/api/ocds/records/{ocid}", ocid).then().statusCode(200).extract().asString();
        List<String> releasesBefore = new ArrayList<>();
        json(before).at("/records/0/releases").forEach(r -> releasesBefore.add(r.get("id").asText()));
        List<String> bytesBefore = releasesBefore.stream().map(id -> given().get("/api/ocds/releases/{id}", id)
                .then().statusCode(200).extract().asString()).toList();

        publication.recompile(ocid);

        assertThat(given().get("/api/ocds/records/{ocid}", ocid).then().statusCode(200).extract().asString(),
                equalTo(before));
        assertThat(releasesBefore.stream().map(id -> given().get("/api/ocds/releases/{id}", id)
                .then().statusCode(200).extract().asString()).toList(), equalTo(bytesBefore));
    }

    @Test
    void eventsReadOutOfTimelineOrderArePublishedAsCompiledFromTheEventsStoredBeforeThem() {
        outOfTimelineOrder(false);
    }

    /**
     * The same events polled as one batch, with one of them delivered twice: the batch is applied in one
     * transaction, and every release is what the events read one at a time give.
     */
    @Test
    void aBatchOfEventsIsPublishedExactlyAsTheSameEventsReadOneAtATime() {
        outOfTimelineOrder(true);
    }

    private void outOfTimelineOrder(boolean oneBatch) {
        String ocid = "ocds-op7x2k-T-2027-" + String.format("%06d", 700_000 + NUMBERS.incrementAndGet());
        EventChain tender = new EventChain(ocid);
        EventChain bids = new EventChain(ocid);
        EventChain evaluation = new EventChain(ocid);
        EventChain contract = new EventChain(ocid);
        String published = tender.next(EventTypes.TENDER_PUBLISHED);
        String asked = tender.next(EventTypes.ENQUIRY_ASKED);
        String answered = tender.next(EventTypes.ENQUIRY_ANSWERED);
        String closed = tender.next(EventTypes.TENDERING_CLOSED);
        String opened = bids.next(EventTypes.BIDS_OPENED, OcdsOpenDataTest::twoReadableBids);
        String proposed = evaluation.next(EventTypes.AWARD_PROPOSED);
        String confirmed = evaluation.next(EventTypes.AWARD_CONFIRMED);
        String signed = contract.next(EventTypes.CONTRACT_SIGNED);
        String milestone = contract.next(EventTypes.MILESTONE_RECORDED);
        String payment = contract.next(EventTypes.PAYMENT_RECORDED);
        String completed = contract.next(EventTypes.CONTRACT_COMPLETED);
        // The tender topic read behind the others: the contract is signed before its notice is read.
        List<String> arrival = List.of(opened, proposed, confirmed, signed, published, asked, answered, closed,
                milestone, payment, completed);
        if (oneBatch) {
            List<String> batch = new ArrayList<>(arrival);
            batch.add(5, confirmed); // delivered twice: applied once
            connector.source("procurement-events").send(batch);
        } else {
            arrival.forEach(this::send);
        }
        await().atMost(PATIENCE).until(() -> given().get("/api/ocds/records/{ocid}", ocid).then().extract()
                .statusCode() == 200 && json(given().get("/api/ocds/records/{ocid}", ocid).then().extract().asString())
                .at("/records/0/releases").size() == expectedReleases(arrival).size());

        // Each event's release, as compiled from scratch from the events read up to it, in timeline order.
        Map<String, String> expected = expectedReleases(arrival);
        Map<String, String> releases = new LinkedHashMap<>();
        json(given().get("/api/ocds/records/{ocid}", ocid).then().statusCode(200).extract().asString())
                .at("/records/0/releases").forEach(r -> releases.put(r.get("id").asText(), EventJson.canonical(r)));
        assertThat(releases, equalTo(expected));
        // Read in timeline order, some of them would have been published otherwise.
        assertThat(expected, not(equalTo(expectedReleases(List.of(published, asked, answered, closed, opened, proposed,
                confirmed, signed, milestone, payment, completed)))));
    }

    /** The release of each event in {@code arrival}, compiled from the events read so far up to it on the timeline. */
    private static Map<String, String> expectedReleases(List<String> arrival) {
        Map<String, String> expected = new java.util.TreeMap<>();
        List<EventEnvelope> read = new ArrayList<>();
        for (String record : arrival) {
            EventEnvelope event = EventJson.parse(record);
            read.add(event);
            List<EventEnvelope> timeline = read.stream().sorted(Comparator.comparing(EventEnvelope::occurredAt)
                    .thenComparing(EventEnvelope::aggregateId).thenComparingLong(EventEnvelope::sequence)).toList();
            List<EventEnvelope> upToEvent = timeline.subList(0, timeline.indexOf(event) + 1);
            new ReleaseCompiler().compileAll(upToEvent).stream()
                    .filter(r -> r.event().eventId().equals(event.eventId()))
                    .forEach(r -> expected.put(ReleaseCompiler.releaseId(event), EventJson.canonical(r.release())));
        }
        return expected;
    }

    /**
     * Two replicas storing releases at once: while another replica's transaction that took a feed position is open,
     * a batch's releases wait for the feed's lock, so they commit after it at higher positions, and a reader who has
     * seen a position never finds a release below it later.
     */
    @Test
    void releasesTakeTheirFeedPositionsInTheOrderTheirTransactionsCommit() throws Exception {
        String ocid = "ocds-op7x2k-T-2027-" + String.format("%06d", 700_000 + NUMBERS.incrementAndGet());
        EventChain tender = new EventChain(ocid);
        List<String> batch = List.of(tender.next(EventTypes.TENDER_PUBLISHED), tender.next(EventTypes.ENQUIRY_ASKED));
        long taken;
        // This connection stands for another replica in the middle of storing a release.
        try (java.sql.Connection replica = dataSource.getConnection()) {
            replica.setAutoCommit(false);
            try (java.sql.Statement s = replica.createStatement()) {
                s.execute("select pg_advisory_xact_lock(" + OcdsPublication.FEED_LOCK + ")");
                try (java.sql.ResultSet next = s.executeQuery(
                        "select nextval(pg_get_serial_sequence('ocds_release', 'position'))")) {
                    next.next();
                    taken = next.getLong(1);
                }
            }
            connector.source("procurement-events").send(batch);
            await().atMost(PATIENCE).until(this::waitsForTheFeedLock);
            given().get("/api/ocds/records/{ocid}", ocid).then().statusCode(404);
            replica.commit();
        }
        await().atMost(PATIENCE).until(() -> given().get("/api/ocds/records/{ocid}", ocid).then().extract()
                .statusCode() == 200);
        List<Long> positions = new ArrayList<>();
        try (java.sql.Connection c = dataSource.getConnection(); java.sql.PreparedStatement select = c.prepareStatement(
                "select position from ocds_release where ocid = ? order by position")) {
            select.setString(1, ocid);
            try (java.sql.ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    positions.add(rows.getLong(1));
                }
            }
        }
        assertThat(positions, hasSize(2));
        assertThat(positions.get(0), greaterThan(taken));
    }

    /** Whether a transaction waits for the feed's advisory lock (pg_locks shows a bigint key as two halves). */
    private boolean waitsForTheFeedLock() throws java.sql.SQLException {
        try (java.sql.Connection c = dataSource.getConnection(); java.sql.PreparedStatement waiting = c.prepareStatement(
                "select count(*) from pg_locks where locktype = 'advisory' and not granted and objsubid = 1"
                        + " and (classid::text::bigint << 32 | objid::text::bigint) = ?")) {
            waiting.setLong(1, OcdsPublication.FEED_LOCK);
            try (java.sql.ResultSet rows = waiting.executeQuery()) {
                rows.next();
                return rows.getLong(1) > 0;
            }
        }
    }

    @Test
    void theFeedPagesThroughEveryReleaseOnceAndTheRecordsAndBulkFileFollow() {
        String ocid = lifecycle();
        Set<String> seen = new HashSet<>();
        List<String> ofProcess = new ArrayList<>();
        String since = "0";
        for (int pages = 0; ; pages++) {
            assertThat(pages, lessThan(10_000));
            JsonNode page = json(given().queryParam("since", since).queryParam("limit", 7)
                    .get("/api/ocds/releases").then().statusCode(200).extract().asString());
            if (!page.get("releases").isEmpty()) {
                // Past the end the page is empty, which the schema's minItems does not allow: polled, not published.
                assertThat(OcdsSchemas.errors(OcdsSchemas.RELEASE_PACKAGE, page), empty());
            }
            assertThat(page.get("releases").size(), lessThanOrEqualTo(7));
            for (JsonNode release : page.get("releases")) {
                assertThat("repeated " + release.get("id"), seen.add(release.get("id").asText()), is(true));
                if (release.get("ocid").asText().equals(ocid)) {
                    ofProcess.add(release.get("id").asText());
                }
            }
            String next = page.at("/links/next").asText();
            assertThat(next, containsString("/api/ocds/releases?since="));
            String nextSince = next.replaceAll(".*since=(\\d+).*", "$1");
            if (page.get("releases").isEmpty()) {
                assertThat(nextSince, equalTo(since));
                break;
            }
            since = nextSince;
        }
        List<String> inRecord = new ArrayList<>();
        json(given().get("/api/ocds/records/{ocid}", ocid).then().extract().asString()).at("/records/0/releases")
                .forEach(r -> inRecord.add(r.get("id").asText()));
        assertThat(inRecord, hasSize(LIFECYCLE_RELEASES));
        assertThat(ofProcess, containsInAnyOrder(inRecord.toArray()));

        // Record packages of the processes changed after a cursor: this process is among them.
        JsonNode records = json(given().queryParam("since", 0).queryParam("limit", 1000).get("/api/ocds/records")
                .then().statusCode(200).extract().asString());
        assertThat(OcdsSchemas.errors(OcdsSchemas.RECORD_PACKAGE, records), empty());
        assertThat(texts(records.get("records"), "ocid"), hasItem(ocid));
        String end = records.at("/links/next").asText().replaceAll(".*since=(\\d+).*", "$1");
        assertThat(json(given().queryParam("since", end).get("/api/ocds/records").then().statusCode(200)
                .extract().asString()).get("records").size(), equalTo(0));

        String bulk = given().get("/api/ocds/bulk.jsonl").then().statusCode(200)
                .contentType("application/x-ndjson").extract().asString();
        List<JsonNode> lines = bulk.lines().map(OcdsOpenDataTest::json).toList();
        assertThat(lines, not(empty()));
        JsonNode ours = lines.stream().filter(l -> l.get("ocid").asText().equals(ocid)).findFirst().orElseThrow();
        assertThat(OcdsSchemas.errors(OcdsSchemas.RELEASE, ours), empty());
        assertThat(texts(ours.get("tag")), contains("compiled"));
        assertThat(ours.at("/contracts/0/status").asText(), equalTo("terminated"));
    }

    @Test
    void unknownProcessesAndReleasesAre404ProblemsAndABadCursorIsA400() {
        given().get("/api/ocds/records/{ocid}", "ocds-op7x2k-T-2027-999999x").then().statusCode(404)
                .contentType("application/problem+json").body("status", equalTo(404))
                .body("detail", containsString("ocds-op7x2k-T-2027-999999x"));
        given().get("/api/ocds/releases/{id}", "ocds-op7x2k-nothing").then().statusCode(404)
                .contentType("application/problem+json");
        for (String[] bad : new String[][] {{"since", "-1"}, {"since", "abc"}, {"limit", "0"}, {"limit", "1001"}}) {
            given().queryParam(bad[0], bad[1]).get("/api/ocds/releases").then().statusCode(400)
                    .contentType("application/problem+json").body("errors[0].field", equalTo(bad[0]));
        }
    }

    // ---- the lifecycle ----

    /**
     * Consultation, publication, a question answered late (the deadline moves), an amendment, lot 2
     * cancelled, closing, two bids opened, lot 1 awarded and confirmed, the contract signed, amended,
     * a milestone met, two payments, completion; plus internal events that publish nothing.
     */
    private String lifecycle() {
        String ocid = "ocds-op7x2k-T-2027-" + String.format("%06d", 700_000 + NUMBERS.incrementAndGet());
        EventChain tender = new EventChain(ocid);
        EventChain bids = new EventChain(ocid);
        EventChain evaluation = new EventChain(ocid);
        EventChain contract = new EventChain(ocid);
        send(tender.next(EventTypes.CONSULTATION_OPENED, c -> new ConsultationOpened(TENDER_ID,
                "Road resurfacing — Zieliński Street", c.buyer(), "open", "works",
                new Money(new BigDecimal("125000.00"), "EUR"),
                new Period(Instant.parse("2026-11-16T09:00:00Z"), Instant.parse("2026-11-23T12:00:00Z"))),
                Instant.parse("2026-11-16T09:00:00Z")));
        send(tender.next(EventTypes.CONSULTATION_COMMENT_POSTED, c -> c, Instant.parse("2026-11-18T09:00:00Z")));
        send(tender.next(EventTypes.TENDER_PUBLISHED));
        send(bids.next(EventTypes.SEALING_KEY_GENERATED));
        send(tender.next(EventTypes.ENQUIRY_ASKED));
        send(tender.next(EventTypes.ENQUIRY_ANSWERED));
        send(tender.next(EventTypes.SUBMISSION_DEADLINE_EXTENDED, e -> e, Instant.parse("2026-12-21T10:00:01Z")));
        send(tender.next(EventTypes.TENDER_AMENDED));
        send(tender.next(EventTypes.TENDER_CANCELLED));
        send(tender.next(EventTypes.TENDERING_CLOSED));
        send(bids.next(EventTypes.BIDS_OPENED, OcdsOpenDataTest::twoReadableBids));
        send(evaluation.next(EventTypes.AWARD_PROPOSED));
        send(evaluation.next(EventTypes.AWARD_CONFIRMED));
        send(contract.next(EventTypes.CONTRACT_SIGNED));
        send(evaluation.next(EventTypes.EVALUATION_CONCLUDED, c -> new EvaluationConcluded(c.tenderId(), "awarded",
                List.of(new EvaluationConcluded.LotOutcome("lot-1", "awarded"),
                        new EvaluationConcluded.LotOutcome("lot-2", "cancelled")))));
        send(contract.next(EventTypes.CONTRACT_AMENDED));
        send(contract.next(EventTypes.MILESTONE_RECORDED));
        send(contract.next(EventTypes.PAYMENT_RECORDED));
        send(contract.next(EventTypes.PAYMENT_RECORDED, p -> new PaymentRecorded(p.tenderId(), p.contractId(),
                "payment-2", Instant.parse("2027-07-30T00:00:00Z"), new Money(new BigDecimal("37980.00"), "EUR"),
                p.payer(), p.payee(), null, "Final payment."), Instant.parse("2027-07-30T11:00:00Z")));
        send(contract.next(EventTypes.CONTRACT_COMPLETED));
        await().atMost(PATIENCE).until(() -> given().get("/api/ocds/records/{ocid}", ocid).then().extract()
                .statusCode() == 200 && json(given().get("/api/ocds/records/{ocid}", ocid).then().extract().asString())
                .at("/records/0/releases").size() == LIFECYCLE_RELEASES);
        return ocid;
    }

    private static BidsOpened twoReadableBids(BidsOpened o) {
        BidsOpened.Bid zielinski = o.bids().get(0);
        BidsOpened.Bid acme = new BidsOpened.Bid("71c3e5a7-0b2d-4f6e-8a1c-3e5a7c9b1d2f", 1, "supplier-acme",
                "Acme Build Ltd", Instant.parse("2027-01-04T10:00:00Z"),
                "6b86b273ff34fce19d6b804eff5a3f5747ada4eaa22f1d49c01e52ddb7875b4b",
                List.of(new BidsOpened.LotPrice("lot-1", new BigDecimal("61800.00"), "EUR")), List.of(), List.of(),
                true, true, null);
        return new BidsOpened(o.tenderId(), o.openedAt(), 2, o.keyHolders(), List.of(zielinski, acme), o.decoys());
    }

    private void send(String record) {
        connector.source("procurement-events").send(java.util.List.of(record));
    }

    private static JsonNode json(String text) {
        try {
            return EventJson.mapper().readTree(text);
        } catch (java.io.IOException e) {
            throw new AssertionError("not JSON: " + text, e);
        }
    }

    private static List<String> texts(JsonNode array) {
        List<String> texts = new ArrayList<>();
        array.forEach(e -> texts.add(e.asText()));
        return texts;
    }

    private static List<String> texts(JsonNode array, String field) {
        List<String> texts = new ArrayList<>();
        array.forEach(e -> texts.add(e.path(field).asText()));
        return texts;
    }
}
