package org.openprocure.tender.rest;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.openprocure.tender.rest.TenderRequests.ask;
import static org.openprocure.tender.rest.TenderRequests.consultationDraft;
import static org.openprocure.tender.rest.TenderRequests.draft;
import static org.openprocure.tender.rest.TenderRequests.enquiry;
import static org.openprocure.tender.rest.TenderRequests.enquiryAnswer;
import static org.openprocure.tender.rest.TenderRequests.itemTarget;
import static org.openprocure.tender.rest.TenderRequests.lotTarget;
import static org.openprocure.tender.rest.TenderRequests.openConsultation;
import static org.openprocure.tender.rest.TenderRequests.postJson;
import static org.openprocure.tender.rest.TenderRequests.publish;
import static org.openprocure.tender.rest.TenderRequests.target;
import static org.openprocure.tender.rest.TenderRequests.unique;
import static org.openprocure.tender.rest.TenderRequests.validDraft;
import static org.openprocure.tender.rest.TenderRequests.withSchedule;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.openprocure.events.EventEnvelope;
import org.openprocure.events.EventShape;
import org.openprocure.events.EventTypes;
import org.openprocure.events.tender.EnquiryAnswered;
import org.openprocure.events.tender.SubmissionDeadlineExtended;
import org.openprocure.stack.PostgresTestResource;

/** Enquiries: suppliers ask under a pseudonym until the enquiry deadline; the buyer answers in public. */
@QuarkusTest
@QuarkusTestResource(value = PostgresTestResource.class, initArgs = @ResourceArg(name = "database", value = "tender"))
class EnquiryApiTest extends TenderApiTestSupport {

    private static final String PSEUDONYM = "Supplier [0-9A-F]{6}";

    /** A published tender of Northvale: enquiries until +25 days, bids until +30 days. */
    private String[] publishedTender(String title) {
        Personas.officer();
        String id = draft(withSchedule(validDraft(now(), unique(title)), inDays(25), inDays(30)));
        return new String[] {id, publish(id)};
    }

    @Test
    void aSupplierAsksAndTheBuyerAnswersInPublic() {
        String[] tender = publishedTender("Questions welcome");
        String id = tender[0];
        String ocid = tender[1];
        clock.advance(Duration.ofDays(2));

        Personas.supplierAcme();
        String enquiryId = postJson("/api/notices/{ocid}/enquiries",
                enquiry("May cold plastic replace thermoplastic markings?", itemTarget("item-2")), ocid)
                .statusCode(201)
                .body("number", equalTo(1))
                .body("asker", matchesPattern(PSEUDONYM))
                .body("target.type", equalTo("item"))
                .body("target.itemId", equalTo("item-2"))
                .body("target.lotId", equalTo("lot-2"))
                .body("askedAt", equalTo(now().toString()))
                .body("answer", nullValue())
                .extract().path("id");

        Personas.anonymous();
        given().get("/api/notices/{ocid}/enquiries", ocid).then().statusCode(200)
                .body("question", equalTo(List.of("May cold plastic replace thermoplastic markings?")))
                .body("[0].asker", matchesPattern(PSEUDONYM));
        given().get("/api/notices/{ocid}", ocid).then()
                .body("enquiries.total", equalTo(1)).body("enquiries.unanswered", equalTo(1));

        Personas.officer();
        given().get("/api/tenders/{id}/enquiries", id).then().statusCode(200).body("[0].id", equalTo(enquiryId));
        clock.advance(Duration.ofDays(1));
        postJson("/api/tenders/{id}/enquiries/{e}/answer", enquiryAnswer("Yes: cold plastic of class P5."), id,
                enquiryId).statusCode(200)
                .body("answer.text", equalTo("Yes: cold plastic of class P5."))
                .body("answer.answeredAt", equalTo(now().toString()));

        Personas.anonymous();
        given().get("/api/notices/{ocid}/enquiries", ocid).then()
                .body("[0].answer.text", equalTo("Yes: cold plastic of class P5."));
        given().get("/api/notices/{ocid}", ocid).then()
                .body("enquiries.unanswered", equalTo(0))
                .body("submissionDeadline", equalTo(inDays(30).toString()))
                .body("noticeVersion", equalTo(1));

        EventEnvelope asked = events.one(ocid, EventTypes.ENQUIRY_ASKED);
        EventShape.assertMatchesFixture(EventTypes.ENQUIRY_ASKED, asked);
        assertEquals("supplier", asked.actor().role());
        assertFalse(asked.actor().id().contains("acme"), "the asker's actor id is a pseudonym");
        EventEnvelope answered = events.one(ocid, EventTypes.ENQUIRY_ANSWERED);
        EventShape.assertMatchesFixture(EventTypes.ENQUIRY_ANSWERED, answered);
        assertFalse(answered.payloadAs(EventTypes.ENQUIRY_ANSWERED).afterEnquiryDeadline());
        assertEquals(0, outboxEvents(ocid, "SubmissionDeadlineExtended"), "an answer in time moves nothing");

        Personas.officer();
        Map<String, Long> before = databaseState();
        postJson("/api/tenders/{id}/enquiries/{e}/answer", enquiryAnswer("Again"), id, enquiryId).statusCode(409)
                .contentType("application/problem+json")
                .body("detail", containsString("already answered"));
        postJson("/api/tenders/{id}/enquiries/{e}/answer", enquiryAnswer(" "), id, enquiryId).statusCode(400)
                .body("errors[0].field", equalTo("answer"));
        postJson("/api/tenders/{id}/enquiries/{e}/answer", enquiryAnswer("To nobody"), id, UUID.randomUUID())
                .statusCode(404).contentType("application/problem+json");
        assertEquals(before, databaseState(), "refused answers change nothing");
    }

    @Test
    void theAskerIsAPseudonymStableWithinATenderAndUnrelatedAcrossTenders() {
        String first = publishedTender("Pseudonyms, first")[1];
        String second = publishedTender("Pseudonyms, second")[1];

        Personas.supplierAcme();
        String acmeFirst = asker(first, "First question of Acme");
        String acmeSecond = asker(second, "Acme again, another tender");
        Personas.supplierAcmeColleague();
        String colleagueFirst = asker(first, "A colleague at Acme asks too");
        Personas.supplierBrightway();
        String brightwayFirst = asker(first, "Brightway asks");

        assertEquals(acmeFirst, colleagueFirst, "one supplier has one pseudonym within a tender");
        assertNotEquals(acmeFirst, brightwayFirst, "two suppliers differ");
        assertNotEquals(acmeFirst, acmeSecond, "the same supplier is not recognisable across tenders");
        for (String pseudonym : List.of(acmeFirst, acmeSecond, brightwayFirst)) {
            assertTrue(pseudonym.matches(PSEUDONYM) && !pseudonym.toLowerCase().contains("acme"), pseudonym);
        }
    }

    private static String asker(String ocid, String question) {
        return postJson("/api/notices/{ocid}/enquiries", enquiry(question), ocid).statusCode(201).extract()
                .path("asker");
    }

    @Test
    void aQuestionWithABadTargetIsRefusedNamingTheField() {
        String ocid = publishedTender("Strict questions")[1];
        Personas.supplierAcme();
        Map<String, Long> before = databaseState();

        postJson("/api/notices/{ocid}/enquiries", enquiry("Item 9?", itemTarget("item-9")), ocid).statusCode(400)
                .contentType("application/problem+json")
                .body("errors[0].field", equalTo("target.itemId"))
                .body("errors[0].message", containsString("[item-1, item-2]"));
        postJson("/api/notices/{ocid}/enquiries", enquiry("Lot 7?", lotTarget("lot-7")), ocid).statusCode(400)
                .body("errors[0].field", equalTo("target.lotId"));
        postJson("/api/notices/{ocid}/enquiries", enquiry("A section?", target("section")), ocid).statusCode(400)
                .body("errors[0].field", equalTo("target.type"));
        postJson("/api/notices/{ocid}/enquiries", enquiry("   "), ocid).statusCode(400)
                .body("errors[0].field", equalTo("question"));
        postJson("/api/notices/{ocid}/enquiries", enquiry("Anyone there?"), "ocds-op7x2k-T-2026-999999")
                .statusCode(404).contentType("application/problem+json");

        assertEquals(before, databaseState(), "refused questions are not stored");
    }

    @Test
    void onlyASupplierAsks() {
        String ocid = publishedTender("Suppliers only")[1];
        Map<String, Long> before = databaseState();

        Personas.anonymous();
        postJson("/api/notices/{ocid}/enquiries", enquiry("Anonymous?"), ocid).statusCode(401)
                .contentType("application/problem+json");
        Personas.officer();
        postJson("/api/notices/{ocid}/enquiries", enquiry("The buyer itself?"), ocid).statusCode(403)
                .contentType("application/problem+json");
        Personas.auditor();
        postJson("/api/notices/{ocid}/enquiries", enquiry("An auditor?"), ocid).statusCode(403);
        Personas.evaluator();
        postJson("/api/notices/{ocid}/enquiries", enquiry("An evaluator?"), ocid).statusCode(403);

        assertEquals(before, databaseState());
    }

    @Test
    void questionsAreAskedWhileTheTenderIsOpenUntilTheEnquiryDeadline() {
        Personas.officer();
        String consulted = openConsultation(draft(consultationDraft(now(), unique("Still consulting"))));
        String ocid = publishedTender("Questions until the deadline")[1];
        Personas.supplierAcme();
        Map<String, Long> before = databaseState();

        postJson("/api/notices/{ocid}/enquiries", enquiry("Before publication?"), consulted).statusCode(409)
                .contentType("application/problem+json")
                .body("detail", containsString("consultation"));
        clock.set(inDays(25));
        postJson("/api/notices/{ocid}/enquiries", enquiry("Just too late?"), ocid).statusCode(409)
                .contentType("application/problem+json")
                .body("detail", containsString("ended at " + inDays(25)));

        assertEquals(before, databaseState());
        clock.set(inDays(25).minusSeconds(1));
        ask(ocid, enquiry("Just in time"));
    }

    @Test
    void anAnswerAfterTheEnquiryDeadlineMovesTheSubmissionDeadlineInANewNoticeVersion() {
        String[] tender = publishedTender("Late answer");
        String id = tender[0];
        String ocid = tender[1];
        clock.set(inDays(3));
        Personas.supplierBrightway();
        String enquiryId = ask(ocid, enquiry("Is night work allowed?", lotTarget("lot-1")));

        clock.set(inDays(26));
        Personas.officer();
        postJson("/api/tenders/{id}/enquiries/{e}/answer", enquiryAnswer("Yes, between 22:00 and 05:00."), id,
                enquiryId).statusCode(200);

        Personas.anonymous();
        given().get("/api/notices/{ocid}", ocid).then()
                .body("submissionDeadline", equalTo(inDays(32).toString()))
                .body("openingDate", equalTo(inDays(32).plus(Duration.ofMinutes(30)).toString()))
                .body("noticeVersion", equalTo(2));
        given().get("/api/notices/{ocid}/versions", ocid).then()
                .body("version", equalTo(List.of(1, 2)))
                .body("[1].label", equalTo("deadline extended"))
                .body("[1].reason", equalTo("Enquiry 1 answered after the enquiry deadline"));
        given().get("/api/notices/{ocid}/versions/2", ocid).then()
                .body("changes.field", equalTo(List.of("submissionDeadline", "openingDate")))
                .body("changes[0].before", equalTo(inDays(30).toString()))
                .body("changes[0].after", equalTo(inDays(32).toString()));
        String notice = TestPdfs.textOf(given().get("/api/notices/{ocid}/notice.pdf", ocid).then().statusCode(200)
                .extract().asByteArray());
        assertTrue(notice.contains("notice version 2"), notice);

        EventEnvelope answered = events.one(ocid, EventTypes.ENQUIRY_ANSWERED);
        assertTrue(answered.payloadAs(EventTypes.ENQUIRY_ANSWERED).afterEnquiryDeadline());
        EventEnvelope extended = events.one(ocid, EventTypes.SUBMISSION_DEADLINE_EXTENDED);
        EventShape.assertMatchesFixture(EventTypes.SUBMISSION_DEADLINE_EXTENDED, extended);
        SubmissionDeadlineExtended payload = extended.payloadAs(EventTypes.SUBMISSION_DEADLINE_EXTENDED);
        assertEquals("lateEnquiryAnswer", payload.reason());
        assertEquals(2, payload.noticeVersion());
        assertEquals(inDays(30), payload.previousDeadline());
        assertEquals(inDays(32), payload.tenderPeriod().endDate());
    }

    @Test
    void noAnswerIsGivenAfterTheSubmissionDeadline() {
        String[] tender = publishedTender("Answer too late");
        Personas.supplierAcme();
        String enquiryId = ask(tender[1], enquiry("Is there a site visit?"));
        clock.set(inDays(30));
        Personas.officer();
        Map<String, Long> before = databaseState();

        postJson("/api/tenders/{id}/enquiries/{e}/answer", enquiryAnswer("Yes, on Monday."), tender[0], enquiryId)
                .statusCode(409).contentType("application/problem+json")
                .body("detail", containsString("has passed"));

        assertEquals(before, databaseState());
        Personas.anonymous();
        given().get("/api/notices/{ocid}/enquiries", tender[1]).then().body("[0].answer", nullValue())
                .body("[0].question", not(equalTo("")));
    }
}
