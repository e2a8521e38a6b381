package org.openprocure.tender.rest;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.openprocure.tender.rest.TenderRequests.amendment;
import static org.openprocure.tender.rest.TenderRequests.answer;
import static org.openprocure.tender.rest.TenderRequests.comment;
import static org.openprocure.tender.rest.TenderRequests.consultationDraft;
import static org.openprocure.tender.rest.TenderRequests.currentTerms;
import static org.openprocure.tender.rest.TenderRequests.draft;
import static org.openprocure.tender.rest.TenderRequests.enquiry;
import static org.openprocure.tender.rest.TenderRequests.enquiryAnswer;
import static org.openprocure.tender.rest.TenderRequests.itemTarget;
import static org.openprocure.tender.rest.TenderRequests.lot;
import static org.openprocure.tender.rest.TenderRequests.lotTarget;
import static org.openprocure.tender.rest.TenderRequests.postJson;
import static org.openprocure.tender.rest.TenderRequests.reason;
import static org.openprocure.tender.rest.TenderRequests.signedComment;
import static org.openprocure.tender.rest.TenderRequests.unique;
import static org.openprocure.tender.rest.TenderRequests.withSchedule;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.openprocure.events.EventEnvelope;
import org.openprocure.events.EventTypes;
import org.openprocure.events.tender.SubmissionDeadlineExtended;
import org.openprocure.events.tender.TenderAmended;
import org.openprocure.events.tender.TenderCancelled;
import org.openprocure.events.tender.TenderPublished;
import org.openprocure.stack.PostgresTestResource;

/**
 * One tender from the officer's draft to its cancellation after the deadline, with everyone who takes
 * part in it: the officer, the public, suppliers, an auditor, and the clock.
 */
@QuarkusTest
@QuarkusTestResource(value = PostgresTestResource.class, initArgs = @ResourceArg(name = "database", value = "tender"))
class TenderJourneyTest extends TenderApiTestSupport {

    @Test
    void fromDraftThroughConsultationEnquiriesAndAnAmendmentToTheDeadlineAndCancellation() {
        // Day 0: the officer drafts, with the specification, and opens the consultation for a week.
        Personas.officer();
        String title = unique("Harbour Road resurfacing");
        ObjectNode body = withSchedule(consultationDraft(now(), title), inDays(25), inDays(30));
        String id = draft(body);
        byte[] specification = TestPdfs.simple("Specification of the Harbour Road works");
        String documentId = DocumentApiTest.upload(id, specification,
                "attachment; filename=\"specification.pdf\"", "Specification").statusCode(201).extract().path("id");
        given().get("/api/tenders/{id}", id).then()
                .body("documents[0].sha256", equalTo(DocumentApiTest.sha256Hex(specification)));
        given().get("/api/tenders/{id}/documents/{d}", id, documentId).then().statusCode(200)
                .header("Digest", equalTo("sha-256=" + DocumentApiTest.base64Sha256(specification)));

        String ocid = given().contentType(ContentType.JSON).body("{}").post("/api/tenders/{id}/consultation", id)
                .then().statusCode(200)
                .body("ocid", matchesPattern("ocds-op7x2k-T-2026-\\d{6}"))
                .extract().path("ocid");
        given().get("/api/notices/{ocid}/versions", ocid).then().body("version", equalTo(List.of(0)));

        // Days 1-3: the public comments, anonymously and signed; one comment is abusive.
        clock.set(inDays(1));
        Personas.anonymous();
        String anonymous = TenderRequests.postComment(ocid, comment("Thirty days is short for works this size."));
        ObjectNode signedBody = signedComment("Allow cold plastic markings.", "Łukasz Żółkiewski",
                "Zieliński & Søn Bygg");
        signedBody.set("target", lotTarget("lot-2"));
        String signed = TenderRequests.postComment(ocid, signedBody);
        clock.set(inDays(3));
        String abusive = TenderRequests.postComment(ocid, comment("Crooks, all of you."));

        Personas.officer();
        postJson("/api/tenders/{id}/comments/{c}/hide", reason("Insults towards officers"), id, abusive)
                .statusCode(200);
        Personas.anonymous();
        given().get("/api/notices/{ocid}/comments", ocid).then()
                .body("[0].text", equalTo("Thirty days is short for works this size."))
                .body("[1].text", equalTo("Allow cold plastic markings."))
                .body("[2].hiddenReason", equalTo("Insults towards officers"))
                .body("[2].text", nullValue())
                .body("[1].author.organisation", equalTo("Zieliński & Søn Bygg"));
        Personas.auditor();
        given().get("/api/notices/{ocid}/comments", ocid).then().body("[2].text", equalTo("Crooks, all of you."));

        // Days 4-7: the officer answers every comment; after the consultation's end, publishes.
        clock.set(inDays(4));
        Personas.officer();
        given().get("/api/tenders/{id}/comments", id).then().body("[2].text", equalTo("Crooks, all of you."));
        postJson("/api/tenders/{id}/comments/{c}/answer", answer("rejected", "Thirty days suffice for 1.2 km."),
                id, anonymous).statusCode(200);
        postJson("/api/tenders/{id}/comments/{c}/answer", answer("accepted", "Cold plastic is now allowed."),
                id, signed).statusCode(200);
        postJson("/api/tenders/{id}/comments/{c}/answer", answer("rejected", "Not about the draft."), id, abusive)
                .statusCode(200);
        given().post("/api/tenders/{id}/publish", id).then().statusCode(409);

        clock.set(inDays(7));
        given().post("/api/tenders/{id}/publish", id).then().statusCode(200)
                .body("noticeVersion", equalTo(1))
                .body("statusDetails", equalTo("tendering"));
        Personas.anonymous();
        given().get("/api/notices/{ocid}/notice.pdf", ocid).then().statusCode(200).contentType("application/pdf");
        String report = TestPdfs.textOf(given().get("/api/notices/{ocid}/consultation-report.pdf", ocid).then()
                .statusCode(200).contentType("application/pdf").extract().asByteArray());
        for (String expected : List.of("Thirty days is short for works this size.", "Thirty days suffice for 1.2 km.",
                "Allow cold plastic markings.", "Cold plastic is now allowed.", "Insults towards officers")) {
            assertTrue(report.contains(expected), expected + " in " + report);
        }
        TenderPublished notice = events.one(ocid, EventTypes.TENDER_PUBLISHED).payloadAs(EventTypes.TENDER_PUBLISHED);
        assertEquals(inDays(7), notice.consultationPeriod().endDate());

        // Day 10: suppliers ask; the same supplier is one pseudonym, two suppliers are two.
        clock.set(inDays(10));
        Personas.supplierAcme();
        String acmeQuestion = postJson("/api/notices/{ocid}/enquiries",
                enquiry("Is the asphalt layer 40 or 50 mm?", itemTarget("item-1")), ocid).statusCode(201)
                .extract().path("id");
        Personas.supplierAcmeColleague();
        TenderRequests.ask(ocid, enquiry("Is night work allowed?"));
        Personas.supplierBrightway();
        TenderRequests.ask(ocid, enquiry("Which marking colour?", lotTarget("lot-2")));
        List<String> askers = given().get("/api/notices/{ocid}/enquiries", ocid).then().extract().path("asker");
        assertEquals(askers.get(0), askers.get(1));
        assertNotEquals(askers.get(0), askers.get(2));

        // Day 25: the enquiry period ends with questions open; the watch gives bidders a day more.
        clock.set(inDays(25));
        deadlineWatch.runOnce();
        Personas.anonymous();
        given().get("/api/notices/{ocid}", ocid).then()
                .body("submissionDeadline", equalTo(inDays(31).toString()))
                .body("noticeVersion", equalTo(2));

        // Day 26: a late answer gives bidders six days from it.
        clock.set(inDays(26));
        Personas.officer();
        postJson("/api/tenders/{id}/enquiries/{e}/answer", enquiryAnswer("50 mm, as in the specification."), id,
                acmeQuestion).statusCode(200);
        Personas.anonymous();
        given().get("/api/notices/{ocid}", ocid).then()
                .body("submissionDeadline", equalTo(inDays(32).toString()))
                .body("noticeVersion", equalTo(3));
        List<SubmissionDeadlineExtended> extensions = events.await(ocid, EventTypes.SUBMISSION_DEADLINE_EXTENDED, 2)
                .stream().map(e -> e.payloadAs(EventTypes.SUBMISSION_DEADLINE_EXTENDED)).toList();
        assertEquals(List.of("unansweredEnquiries", "lateEnquiryAnswer"),
                extensions.stream().map(SubmissionDeadlineExtended::reason).toList());

        // Day 28: an amendment raises lot 1's value; with four days left the deadline moves to a week out.
        clock.set(inDays(28));
        ObjectNode terms = currentTerms(ocid);
        lot(terms, 0).put("estimatedValue", new BigDecimal("112000.00"));
        Personas.officer();
        postJson("/api/tenders/{id}/amendments", amendment("Quantities after the site survey.", terms), id)
                .statusCode(200)
                .body("noticeVersion", equalTo(4))
                .body("submissionDeadline", equalTo(inDays(35).toString()));
        Personas.anonymous();
        given().get("/api/notices/{ocid}/versions", ocid).then()
                .body("version", equalTo(List.of(0, 1, 2, 3, 4)))
                .body("label", equalTo(List.of("consultation draft", "notice", "deadline extended",
                        "deadline extended", "amendment")));
        given().get("/api/notices/{ocid}/versions/4", ocid).then()
                .body("reason", equalTo("Quantities after the site survey."))
                .body("changes.field", equalTo(List.of("lots[0].estimatedValue", "submissionDeadline",
                        "openingDate")));
        TenderAmended amended = events.one(ocid, EventTypes.TENDER_AMENDED).payloadAs(EventTypes.TENDER_AMENDED);
        assertTrue(amended.bidsMustBeReconfirmed());
        assertTrue(amended.deadlineExtended());

        // Day 29: lot 2 is cancelled; tendering goes on for lot 1.
        clock.set(inDays(29));
        Personas.officer();
        postJson("/api/tenders/{id}/lots/{lot}/cancel", reason("Markings by the council's own crew."), id, "lot-2")
                .statusCode(200).body("statusDetails", equalTo("tendering"));

        // Day 35: the deadline passes; the watch closes tendering, once.
        clock.set(inDays(35));
        deadlineWatch.runOnce();
        deadlineWatch.runOnce();
        Personas.anonymous();
        given().get("/api/notices/{ocid}", ocid).then()
                .body("status", equalTo("active"))
                .body("statusDetails", equalTo("tenderingClosed"));

        // Day 36: the buyer cancels what is left.
        clock.set(inDays(36));
        Personas.officer();
        postJson("/api/tenders/{id}/cancel", reason("The national agency rebuilds the road."), id).statusCode(200)
                .body("status", equalTo("cancelled"));

        // The process's events: in order, numbered without gaps, each chained to the one before.
        List<String> expected = List.of("ConsultationOpened", "ConsultationCommentPosted",
                "ConsultationCommentPosted", "ConsultationCommentPosted", "ConsultationCommentHidden",
                "ConsultationCommentAnswered", "ConsultationCommentAnswered", "ConsultationCommentAnswered",
                "TenderPublished", "EnquiryAsked", "EnquiryAsked", "EnquiryAsked", "SubmissionDeadlineExtended",
                "EnquiryAnswered", "SubmissionDeadlineExtended", "TenderAmended", "TenderCancelled",
                "TenderingClosed", "TenderCancelled");
        events.await(ocid, EventTypes.TENDER_CANCELLED, 2);
        List<EventEnvelope> history = events.of(ocid);
        assertEquals(expected, history.stream().map(EventEnvelope::type).toList());
        for (int i = 0; i < history.size(); i++) {
            EventEnvelope event = history.get(i);
            assertEquals(i + 1, event.sequence());
            assertEquals(id, event.aggregateId());
            assertTrue(event.hashIsValid());
            if (i == 0) {
                assertNull(event.prevHash());
            } else {
                assertEquals(history.get(i - 1).hash(), event.prevHash());
            }
        }
        TenderCancelled lotCancelled = history.get(16).payloadAs(EventTypes.TENDER_CANCELLED);
        assertEquals("lot-2", lotCancelled.lotId());
        assertFalse(lotCancelled.tenderCancelled());
        assertTrue(history.get(18).payloadAs(EventTypes.TENDER_CANCELLED).tenderCancelled());
        assertEquals(inDays(35), history.get(17).payloadAs(EventTypes.TENDERING_CLOSED).submissionDeadline());
        assertEquals(1, outboxEvents(ocid, "TenderingClosed"));
    }
}
