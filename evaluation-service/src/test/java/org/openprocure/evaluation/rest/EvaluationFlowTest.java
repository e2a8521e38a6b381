package org.openprocure.evaluation.rest;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.io.IOException;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.openprocure.evaluation.config.EvaluationConfig;
import org.openprocure.evaluation.report.EvaluationReportData;
import org.openprocure.evaluation.service.Dossier;
import org.openprocure.evaluation.service.EvaluationReports;
import org.openprocure.events.EventEnvelope;
import org.openprocure.events.EventShape;
import org.openprocure.events.EventType;
import org.openprocure.events.EventTypes;
import org.openprocure.events.GoldenFixtures;
import org.openprocure.events.evaluation.AwardConfirmed;
import org.openprocure.events.evaluation.AwardProposed;
import org.openprocure.events.evaluation.EvaluationConcluded;
import org.openprocure.events.evaluation.TenderUnsuccessful;
import org.openprocure.events.tender.TenderCancelled;
import org.openprocure.stack.PostgresTestResource;
import org.openprocure.support.testing.TestIdentities;

/**
 * The evaluation of a tender from the committee to the award: declarations, qualification, scores, the
 * abnormally-low procedure, the proposal with its report, complaints, the standstill and its watch, the
 * award notice and the conclusion; and the ways a lot ends otherwise.
 */
@QuarkusTest
@QuarkusTestResource(value = PostgresTestResource.class, initArgs = @ResourceArg(name = "database", value = "evaluation"))
class EvaluationFlowTest extends EvaluationTestSupport {

    static final Instant EARLY = OPENED.minus(Duration.ofDays(9));

    @Inject
    EvaluationReports reports;

    @Inject
    EvaluationConfig config;

    static Offer acme() {
        return Offer.of("supplier-acme", "Acme Build Ltd", EARLY, Map.of("lot-1", "61800.00"));
    }

    static Offer zielinski() {
        return Offer.of("supplier-zielinski", "Zieliński i Synowie sp. z o.o.", EARLY.plusSeconds(60),
                Map.of("lot-1", "104250.00"));
    }

    static Offer borealis() {
        return Offer.of("supplier-borealis", "Borealis Roads AB", EARLY.plusSeconds(120), Map.of("lot-1", "99000.00"));
    }

    @Test
    void aRatedTenderGoesFromTheCommitteeToTheConfirmedAwardAndItsNotice() throws IOException {
        String ocid = publish("ratedCriteria");
        Offer acme = acme();
        Offer zielinski = zielinski();
        Offer borealis = borealis();
        open(ocid, acme, zielinski, borealis);

        nameCommittee(ocid, "evaluator.ines");
        declare(ocid, "evaluator.dana", null, acme, zielinski, borealis).statusCode(200)
                .body("recused", equalTo(false));
        declare(ocid, "evaluator.ines", null, acme, zielinski, borealis).statusCode(200);
        for (Offer offer : List.of(acme, zielinski, borealis)) {
            qualify(ocid, "evaluator.dana", offer, "lot-1", true).statusCode(200).body("qualified", equalTo(true));
        }
        evaluator("evaluator.dana");
        given().get("/api/evaluations/{ocid}/lots/lot-1/ranking", ocid).then().statusCode(200)
                .body("status", equalTo("incomplete"))
                .body("missing", hasItem("evaluator.ines has not scored Acme Build Ltd"))
                .body("ranked.size()", equalTo(0));

        score(ocid, "evaluator.dana", acme, "20").statusCode(200);
        score(ocid, "evaluator.dana", zielinski, "26").statusCode(200);
        score(ocid, "evaluator.dana", borealis, "18").statusCode(200);
        score(ocid, "evaluator.ines", acme, "22.5").statusCode(200);
        score(ocid, "evaluator.ines", zielinski, "25.5").statusCode(200);
        score(ocid, "evaluator.ines", borealis, "19").statusCode(200);

        evaluator("evaluator.dana");
        given().get("/api/evaluations/{ocid}/lots/lot-1/ranking", ocid).then().statusCode(200)
                .body("status", equalTo("provisional"))
                .body("abnormallyLow[0].bidderName", equalTo("Acme Build Ltd"))
                .body("abnormallyLow[0].stage", equalTo("flagged"));
        post("", "/api/evaluations/{ocid}/lots/lot-1/proposal", ocid).statusCode(409)
                .body("detail", containsString("provisional"));

        post("", "/api/evaluations/{ocid}/lots/lot-1/bids/{bidId}/justification-request", ocid, acme.bidId())
                .statusCode(200).body("reasons[0]", containsString("80 % of the mean"));
        supplier("supplier-acme");
        given().get("/api/evaluations/{ocid}/my-result", ocid).then().statusCode(200)
                .body("lots[0].abnormallyLow.requestedAt", notNullValue())
                .body("lots[0].qualification", nullValue());
        put("{\"text\":\"We own the asphalt plant two kilometres away; invoices attached.\"}",
                "/api/evaluations/{ocid}/lots/lot-1/bids/{bidId}/justification", ocid, acme.bidId()).statusCode(200);
        evaluator("evaluator.dana");
        post("{\"accepted\":true,\"reason\":\"The plant's own supply explains the price.\"}",
                "/api/evaluations/{ocid}/lots/lot-1/bids/{bidId}/justification-decision", ocid, acme.bidId())
                .statusCode(200);
        given().get("/api/evaluations/{ocid}/lots/lot-1/ranking", ocid).then().statusCode(200)
                .body("status", equalTo("final"))
                .body("ranked.bidderName", equalTo(List.of("Acme Build Ltd", "Zieliński i Synowie sp. z o.o.",
                        "Borealis Roads AB")))
                .body("ranked[0].total", equalTo(91.25f))
                .body("ranked[1].priceScore", equalTo(41.4964f))
                .body("ranked[0].qualityByCriterion.'Technical approach'", equalTo(21.25f))
                .body("abnormallyLow[0].stage", equalTo("accepted"));

        cancelLot2(ocid);

        Instant proposedAt = clock.instant();
        post("", "/api/evaluations/{ocid}/lots/lot-1/proposal", ocid).statusCode(201)
                .body("supplier.name", equalTo("Acme Build Ltd"))
                .body("status", equalTo("standstill"))
                .body("standstillEnds", equalTo(proposedAt.plus(Duration.ofDays(10)).toString()));
        AwardProposed proposed = awaitEvent(ocid, EventTypes.AWARD_PROPOSED).payloadAs(EventTypes.AWARD_PROPOSED);
        assertEquals("bestPriceQuality", proposed.method());
        assertEquals(0, new BigDecimal("91.2500").compareTo(proposed.ranking().get(0).total()));

        given().get("/api/awards/{ocid}/lots/lot-1/notice.pdf", ocid).then().statusCode(404)
                .contentType("application/problem+json");
        byte[] report = given().get("/api/awards/{ocid}/lots/lot-1/report.pdf", ocid).then().statusCode(200)
                .contentType("application/pdf").extract().asByteArray();
        assertEquals(proposed.reportSha256(), sha256Hex(report), "the report published is the one on the event");
        String reportText = text(report).replaceAll("\\s+", " ");
        assertTrue(reportText.contains("Evaluation report"), reportText);
        assertTrue(reportText.contains(ocid), reportText);
        assertReportHoldsEveryJudgement(reportText, ocid, acme, zielinski, borealis);

        clock.advance(Duration.ofDays(3));
        supplier("supplier-acme");
        post("{\"text\":\"We won.\"}", "/api/evaluations/{ocid}/lots/lot-1/complaints", ocid).statusCode(403);
        supplier("supplier-zielinski");
        post("{\"text\":\"Acme's price cannot cover the materials.\"}", "/api/evaluations/{ocid}/lots/lot-1/complaints",
                ocid).statusCode(201).body("number", equalTo(1))
                .body("complainant.name", equalTo("Zieliński i Synowie sp. z o.o."));
        TestIdentities.anonymous();
        given().get("/api/awards/{ocid}", ocid).then().statusCode(200)
                .body("lots[0].status", equalTo("suspended"))
                .body("lots[0].award.complaints", equalTo(1))
                .body("lots[0].reportUrl", equalTo("/api/awards/" + ocid + "/lots/lot-1/report.pdf"))
                .body("lots[0].noticeUrl", nullValue())
                .body("lots[1].status", equalTo("cancelled"));

        clock.advance(Duration.ofDays(2));
        evaluator("evaluator.dana");
        Instant resumed = clock.instant();
        post("{\"decision\":\"dismissed\",\"reason\":\"The committee checked the plant invoices.\"}",
                "/api/evaluations/{ocid}/lots/lot-1/complaints/1/decision", ocid).statusCode(200)
                .body("decision", equalTo("dismissed"));
        Instant ends = resumed.plus(Duration.ofDays(7));
        given().get("/api/evaluations/{ocid}", ocid).then().statusCode(200)
                .body("lots[0].status", equalTo("standstill"))
                .body("lots[0].award.standstillEnds", equalTo(ends.toString()));

        clock.set(ends.minusSeconds(1));
        assertEquals(0, watch.confirmEndedStandstills(), "the standstill has a second to run");
        post("", "/api/evaluations/{ocid}/lots/lot-1/confirmation", ocid).statusCode(409);
        clock.set(ends.plusSeconds(1));
        assertEquals(1, watch.confirmEndedStandstills());
        assertEquals(0, watch.confirmEndedStandstills(), "a confirmed award is not confirmed twice");

        AwardConfirmed confirmed = awaitEvent(ocid, EventTypes.AWARD_CONFIRMED).payloadAs(EventTypes.AWARD_CONFIRMED);
        assertEquals("supplier-acme", confirmed.supplier().id());
        byte[] notice = given().get("/api/awards/{ocid}/lots/lot-1/notice.pdf", ocid).then().statusCode(200)
                .contentType("application/pdf").extract().asByteArray();
        assertEquals(confirmed.noticeSha256(), sha256Hex(notice));
        assertTrue(text(notice).contains("Award notice"));
        EvaluationConcluded concluded = awaitEvent(ocid, EventTypes.EVALUATION_CONCLUDED)
                .payloadAs(EventTypes.EVALUATION_CONCLUDED);
        assertEquals("awarded", concluded.outcome());
        assertEquals(List.of(new EvaluationConcluded.LotOutcome("lot-1", "awarded"),
                new EvaluationConcluded.LotOutcome("lot-2", "cancelled")), concluded.lots());

        auditor();
        given().get("/api/evaluations/{ocid}", ocid).then().statusCode(200)
                .body("status", equalTo("concluded"))
                .body("lots[0].status", equalTo("awarded"))
                .body("lots[0].award.status", equalTo("confirmed"))
                .body("lots[0].award.complaints[0].decision", equalTo("dismissed"));
        supplier("supplier-zielinski");
        given().get("/api/evaluations/{ocid}/my-result", ocid).then().statusCode(200)
                .body("lots[0].rank", equalTo(2))
                .body("lots[0].rankedBids", equalTo(3))
                .body("lots[0].award.mine", equalTo(false))
                .body("lots[0].canComplain", equalTo(false));

        for (EventType<?> type : List.of(EventTypes.COMMITTEE_ASSIGNED, EventTypes.CONFLICT_OF_INTEREST_DECLARED,
                EventTypes.QUALIFICATION_DECIDED, EventTypes.QUALITY_SCORES_SUBMITTED,
                EventTypes.JUSTIFICATION_REQUESTED, EventTypes.JUSTIFICATION_SUBMITTED,
                EventTypes.JUSTIFICATION_DECIDED, EventTypes.AWARD_PROPOSED, EventTypes.COMPLAINT_FILED,
                EventTypes.COMPLAINT_DECIDED, EventTypes.AWARD_CONFIRMED, EventTypes.EVALUATION_CONCLUDED)) {
            EventShape.assertMatchesFixture(type, awaitEvent(ocid, type));
        }
        List<EventEnvelope> chain = published(ocid);
        for (int i = 0; i < chain.size(); i++) {
            assertEquals(i + 1, chain.get(i).sequence(), "one gap-free chain per evaluation");
            assertTrue(chain.get(i).hashIsValid());
        }
    }

    /**
     * The report's data holds every judgement: the PDF renderer in this branch prints only its heading, so
     * the names, scores and reasons are checked on what it is given.
     */
    /** The report read back from its PDF: every score with its reason, every qualification and decision. */
    private void assertReportHoldsEveryJudgement(String reportText, String ocid, Offer... offers) {
        EvaluationReportData data = QuarkusTransaction.requiringNew().call(() -> {
            Dossier dossier = Dossier.load(ocid).orElseThrow();
            Dossier.LotRanking ranking = dossier.rank("lot-1", config.abnormallyLowRule());
            return reports.reportData(dossier, ranking, clock.instant(), null, null, null);
        });
        assertEquals(List.of("Dana Novák", "Inês Ferreira"), data.committee().stream()
                .map(EvaluationReportData.Member::name).toList());
        assertEquals(6, data.scores().size());
        for (Offer offer : offers) {
            for (String member : List.of("evaluator.dana", "evaluator.ines")) {
                assertTrue(data.scores().stream().anyMatch(s -> s.reason().equals(reasonOf(member, offer))
                        && s.evaluatorName().equals(nameOf(member)) && s.bidderName().equals(offer.bidderName())),
                        "the score of " + offer.bidderName() + " by " + member);
            }
        }
        assertTrue(data.scores().stream().anyMatch(s -> s.score().compareTo(new BigDecimal("22.5")) == 0));
        assertEquals(3, data.qualifications().size());
        assertEquals(6, data.declarations().size());
        assertEquals("The plant's own supply explains the price.", data.abnormallyLow().get(0).decisionReason());
        assertEquals("Acme Build Ltd", data.ranking().get(0).bidderName());
        for (EvaluationReportData.Score score : data.scores()) {
            assertTrue(reportText.contains(score.reason()), "the reason: " + score.reason());
            assertTrue(reportText.contains(score.score().toPlainString() + " of " + score.maximum()),
                    "the score " + score.score() + " of " + score.maximum() + " by " + score.evaluatorName());
        }
        for (EvaluationReportData.Qualification qualification : data.qualifications()) {
            assertTrue(reportText.contains(qualification.reason()), qualification.reason());
        }
        for (Offer offer : offers) {
            assertTrue(reportText.contains(offer.bidderName()), offer.bidderName());
        }
        assertTrue(reportText.contains("We own the asphalt plant two kilometres away; invoices attached."));
        assertTrue(reportText.contains("Accepted: The plant's own supply explains the price."));
        assertTrue(reportText.contains("Proposed supplier Acme Build Ltd"));
        for (EvaluationReportData.Ranked ranked : data.ranking()) {
            assertTrue(reportText.contains(ranked.total().toPlainString()), "the total " + ranked.total());
        }
    }

    @Test
    void anUpheldComplaintSendsTheLotBackToEvaluationAndANewProposalFollows() {
        String ocid = publish("priceOnly");
        Offer zielinski = zielinski();
        Offer borealis = borealis();
        open(ocid, zielinski, borealis);
        nameCommittee(ocid);
        declare(ocid, "evaluator.dana", null, zielinski, borealis).statusCode(200);
        qualify(ocid, "evaluator.dana", zielinski, "lot-1", true).statusCode(200);
        qualify(ocid, "evaluator.dana", borealis, "lot-1", true).statusCode(200);
        evaluator("evaluator.dana");
        String first = post("", "/api/evaluations/{ocid}/lots/lot-1/proposal", ocid).statusCode(201)
                .body("supplier.id", equalTo("supplier-borealis")).extract().path("awardId");

        supplier("supplier-zielinski");
        post("{\"text\":\"Borealis has no licence for works on public roads.\"}",
                "/api/evaluations/{ocid}/lots/lot-1/complaints", ocid).statusCode(201);
        evaluator("evaluator.dana");
        post("{\"decision\":\"upheld\",\"reason\":\"The licence was not in the bid.\"}",
                "/api/evaluations/{ocid}/lots/lot-1/complaints/1/decision", ocid).statusCode(200);
        given().get("/api/evaluations/{ocid}", ocid).then().statusCode(200)
                .body("lots[0].status", equalTo("evaluating"))
                .body("lots[0].award.status", equalTo("void"));
        supplier("supplier-zielinski");
        post("{\"text\":\"Again.\"}", "/api/evaluations/{ocid}/lots/lot-1/complaints", ocid).statusCode(409)
                .body("detail", containsString("evaluating"));

        qualify(ocid, "evaluator.dana", borealis, "lot-1", false).statusCode(200);
        evaluator("evaluator.dana");
        String second = post("", "/api/evaluations/{ocid}/lots/lot-1/proposal", ocid).statusCode(201)
                .body("supplier.id", equalTo("supplier-zielinski")).extract().path("awardId");
        assertFalse(first.equals(second));
        await().atMost(Duration.ofSeconds(30)).until(() -> count(ocid, EventTypes.AWARD_PROPOSED) == 2);
        given().get("/api/evaluations/{ocid}/lots/lot-1/ranking", ocid).then().statusCode(200)
                .body("excluded[0].why", containsString("disqualified: No insurance certificate"));
    }

    @Test
    void everyBidDisqualifiedMakesTheTenderUnsuccessful() {
        String ocid = publish("ratedCriteria");
        Offer acme = acme();
        Offer borealis = borealis();
        open(ocid, acme, borealis);
        nameCommittee(ocid, "evaluator.ines");
        declare(ocid, "evaluator.dana", null, acme, borealis).statusCode(200);
        declare(ocid, "evaluator.ines", null, acme, borealis).statusCode(200);
        qualify(ocid, "evaluator.ines", acme, "lot-1", false).statusCode(200);
        qualify(ocid, "evaluator.ines", borealis, "lot-1", false).statusCode(200);

        evaluator("evaluator.dana");
        post("", "/api/evaluations/{ocid}/lots/lot-1/proposal", ocid).statusCode(200)
                .body("status", equalTo("unsuccessful"))
                .body("unsuccessfulReason", equalTo("No bid for the lot was qualified."));
        EventEnvelope first = awaitEvent(ocid, EventTypes.TENDER_UNSUCCESSFUL);
        EventShape.assertMatchesFixture(EventTypes.TENDER_UNSUCCESSFUL, first);
        TenderUnsuccessful lot1 = first.payloadAs(EventTypes.TENDER_UNSUCCESSFUL);
        assertEquals("lot-1", lot1.lotId());
        assertTrue(lot1.tenderUnsuccessful(), "lot-2 has no readable bid: no lot can be awarded");
        TestIdentities.anonymous();
        given().get("/api/awards/{ocid}/lots/lot-1/report.pdf", ocid).then().statusCode(200)
                .contentType("application/pdf");

        evaluator("evaluator.dana");
        post("", "/api/evaluations/{ocid}/lots/lot-2/proposal", ocid).statusCode(200)
                .body("unsuccessfulReason", equalTo("No readable bid for the lot was received."));
        EvaluationConcluded concluded = awaitEvent(ocid, EventTypes.EVALUATION_CONCLUDED)
                .payloadAs(EventTypes.EVALUATION_CONCLUDED);
        assertEquals("unsuccessful", concluded.outcome());
        assertEquals(2, count(ocid, EventTypes.TENDER_UNSUCCESSFUL));
        TestIdentities.anonymous();
        given().get("/api/awards/{ocid}", ocid).then().statusCode(200)
                .body("status", equalTo("concluded"))
                .body("lots.status", equalTo(List.of("unsuccessful", "unsuccessful")));
    }

    @Test
    void aPriceOnlyTenderIsRankedByPriceWithoutScores() {
        String ocid = publish("priceOnly");
        Offer zielinski = zielinski();
        Offer borealis = borealis();
        open(ocid, zielinski, borealis);
        nameCommittee(ocid, "evaluator.ines");
        declare(ocid, "evaluator.dana", null, zielinski, borealis).statusCode(200);
        declare(ocid, "evaluator.ines", null, zielinski, borealis).statusCode(200);
        qualify(ocid, "evaluator.ines", zielinski, "lot-1", true).statusCode(200);
        qualify(ocid, "evaluator.ines", borealis, "lot-1", true).statusCode(200);

        score(ocid, "evaluator.ines", borealis, "20").statusCode(409).body("detail", containsString("price only"));
        evaluator("evaluator.ines");
        given().get("/api/evaluations/{ocid}/lots/lot-1/ranking", ocid).then().statusCode(200)
                .body("method", equalTo("lowestPrice"))
                .body("status", equalTo("final"))
                .body("ranked.bidderName", equalTo(List.of("Borealis Roads AB", "Zieliński i Synowie sp. z o.o.")))
                .body("ranked[0].total", nullValue())
                .body("ranked[0].qualityByCriterion", nullValue());
        post("", "/api/evaluations/{ocid}/lots/lot-1/proposal", ocid).statusCode(403)
                .contentType("application/problem+json").body("detail", containsString("chair"));
        evaluator("evaluator.dana");
        post("", "/api/evaluations/{ocid}/lots/lot-1/proposal", ocid).statusCode(201)
                .body("value.amount", equalTo(99000.00f));
        assertEquals("lowestPrice", awaitEvent(ocid, EventTypes.AWARD_PROPOSED)
                .payloadAs(EventTypes.AWARD_PROPOSED).method());
        officer();
        put("{\"members\":[{\"username\":\"evaluator.ines\",\"name\":\"Inês Ferreira\",\"chair\":true}]}",
                "/api/evaluations/{ocid}/committee", ocid).statusCode(409)
                .body("detail", containsString("first proposal"));

        clock.advance(Duration.ofDays(10));
        supplier("supplier-zielinski");
        post("{\"text\":\"Too late, we know.\"}", "/api/evaluations/{ocid}/lots/lot-1/complaints", ocid)
                .statusCode(409).contentType("application/problem+json").body("detail", containsString("too late"));
        evaluator("evaluator.dana");
        post("", "/api/evaluations/{ocid}/lots/lot-1/confirmation", ocid).statusCode(200)
                .body("status", equalTo("confirmed"));
    }

    @Test
    void aTenderCancelledDuringTheStandstillStopsTheAward() {
        String ocid = publish("priceOnly");
        Offer zielinski = zielinski();
        open(ocid, zielinski);
        nameCommittee(ocid);
        declare(ocid, "evaluator.dana", null, zielinski).statusCode(200);
        qualify(ocid, "evaluator.dana", zielinski, "lot-1", true).statusCode(200);
        evaluator("evaluator.dana");
        post("", "/api/evaluations/{ocid}/lots/lot-1/proposal", ocid).statusCode(201);

        cancel(ocid, null, "The road will be rebuilt by the region.", true);
        awaitStatus(ocid, "cancelled");

        auditor();
        given().get("/api/evaluations/{ocid}", ocid).then().statusCode(200)
                .body("lots[0].status", equalTo("cancelled"))
                .body("lots[0].award.status", equalTo("stopped"));
        evaluator("evaluator.dana");
        post("", "/api/evaluations/{ocid}/lots/lot-1/confirmation", ocid).statusCode(409);
        qualify(ocid, "evaluator.dana", zielinski, "lot-1", false).statusCode(409)
                .body("detail", containsString("cancelled"));
        supplier("supplier-zielinski");
        post("{\"text\":\"Why?\"}", "/api/evaluations/{ocid}/lots/lot-1/complaints", ocid).statusCode(409);
        clock.advance(Duration.ofDays(11));
        watch.confirmEndedStandstills();
        assertEquals(0, count(ocid, EventTypes.AWARD_CONFIRMED));
        assertEquals(0, count(ocid, EventTypes.EVALUATION_CONCLUDED), "nothing was awarded; the cancellation ends it");
    }

    @Test
    void cancellingTheLastActiveLotCancelsTheEvaluationInsteadOfConcludingItUnsuccessful() {
        String ocid = publish("priceOnly");
        Offer zielinski = zielinski();
        open(ocid, zielinski);
        nameCommittee(ocid);
        declare(ocid, "evaluator.dana", null, zielinski).statusCode(200);
        evaluator("evaluator.dana");
        post("", "/api/evaluations/{ocid}/lots/lot-2/proposal", ocid).statusCode(200)
                .body("unsuccessfulReason", equalTo("No readable bid for the lot was received."));

        cancel(ocid, "lot-1", "Merged into the regional programme.", true);
        awaitStatus(ocid, "cancelled");

        auditor();
        given().get("/api/evaluations/{ocid}", ocid).then().statusCode(200)
                .body("lots.status", equalTo(List.of("cancelled", "unsuccessful")));
        assertEquals(0, count(ocid, EventTypes.EVALUATION_CONCLUDED),
                "the tender is cancelled, not concluded as unsuccessful");
    }

    /** The golden cancellation's tender, cancelled whole ({@code lotId} null) or by one lot. */
    private void cancel(String ocid, String lotId, String reason, boolean tenderCancelled) {
        TenderCancelled golden = GoldenFixtures.envelope(EventTypes.TENDER_CANCELLED)
                .payloadAs(EventTypes.TENDER_CANCELLED);
        send("tender-events", EventTypes.TENDER_CANCELLED, ocid, new TenderCancelled(golden.tenderId(), lotId, reason,
                tenderCancelled));
    }

    private void cancelLot2(String ocid) {
        send("tender-events", EventTypes.TENDER_CANCELLED, ocid,
                GoldenFixtures.envelope(EventTypes.TENDER_CANCELLED).payloadAs(EventTypes.TENDER_CANCELLED));
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
            auditor();
            given().get("/api/evaluations/{ocid}", ocid).then().body("lots[1].status", equalTo("cancelled"));
        });
        evaluator("evaluator.dana");
    }

    static String text(byte[] pdf) throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(document);
        }
    }

    static String sha256Hex(byte[] bytes) throws IOException {
        try {
            return java.util.HexFormat.of().formatHex(java.security.MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
