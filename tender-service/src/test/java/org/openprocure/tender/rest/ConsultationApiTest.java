package org.openprocure.tender.rest;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.openprocure.tender.rest.TenderRequests.answer;
import static org.openprocure.tender.rest.TenderRequests.comment;
import static org.openprocure.tender.rest.TenderRequests.consultationDraft;
import static org.openprocure.tender.rest.TenderRequests.consultationEnd;
import static org.openprocure.tender.rest.TenderRequests.draft;
import static org.openprocure.tender.rest.TenderRequests.lotTarget;
import static org.openprocure.tender.rest.TenderRequests.openConsultation;
import static org.openprocure.tender.rest.TenderRequests.postComment;
import static org.openprocure.tender.rest.TenderRequests.postJson;
import static org.openprocure.tender.rest.TenderRequests.publish;
import static org.openprocure.tender.rest.TenderRequests.reason;
import static org.openprocure.tender.rest.TenderRequests.sectionTarget;
import static org.openprocure.tender.rest.TenderRequests.signedComment;
import static org.openprocure.tender.rest.TenderRequests.target;
import static org.openprocure.tender.rest.TenderRequests.unique;
import static org.openprocure.tender.rest.TenderRequests.validDraft;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.openprocure.events.EventEnvelope;
import org.openprocure.events.EventShape;
import org.openprocure.events.EventTypes;
import org.openprocure.events.tender.ConsultationOpened;
import org.openprocure.stack.PostgresTestResource;

/** The public pre-tender consultation: opening it, commenting, hiding, answering, and what it holds back. */
@QuarkusTest
@QuarkusTestResource(value = PostgresTestResource.class, initArgs = @ResourceArg(name = "database", value = "tender"))
class ConsultationApiTest extends TenderApiTestSupport {

    @Test
    void openingTheConsultationMakesTheDraftPublicUnderAnOcidAsVersion0() {
        Personas.officer();
        String title = unique("Consulted resurfacing");
        String id = draft(consultationDraft(now(), title));

        // No body: the consultation runs until the draft's consultationEnd.
        String ocid = given().contentType(ContentType.JSON).post("/api/tenders/{id}/consultation", id)
                .then().statusCode(200)
                .body("status", equalTo("planning"))
                .body("statusDetails", equalTo("consultation"))
                .body("ocid", matchesPattern("ocds-op7x2k-T-2026-\\d{6}"))
                .body("consultationPeriod.startDate", equalTo(now().toString()))
                .body("consultationPeriod.endDate", equalTo(inDays(7).toString()))
                .body("noticeVersion", nullValue())
                .extract().path("ocid");

        Personas.anonymous();
        given().get("/api/tenders/{id}", id).then().statusCode(200).body("ocid", equalTo(ocid));
        given().get("/api/notices/{ocid}", ocid).then().statusCode(200)
                .body("title", equalTo(title))
                .body("statusDetails", equalTo("consultation"));
        given().queryParam("q", title).get("/api/notices").then().statusCode(200)
                .body("items.ocid", equalTo(List.of(ocid)))
                .body("items[0].status", equalTo("planning"));
        given().get("/api/notices/{ocid}/versions", ocid).then().statusCode(200)
                .body("version", equalTo(List.of(0)))
                .body("[0].label", equalTo("consultation draft"));
        given().get("/api/notices/{ocid}/versions/0", ocid).then().statusCode(200)
                .body("terms.title", equalTo(title))
                .body("changes", hasSize(0));
        given().get("/api/notices/{ocid}/notice.pdf", ocid).then().statusCode(404)
                .contentType("application/problem+json");
        given().get("/api/notices/{ocid}/consultation-report.pdf", ocid).then().statusCode(404)
                .contentType("application/problem+json");

        EventEnvelope opened = events.one(ocid, EventTypes.CONSULTATION_OPENED);
        EventShape.assertMatchesFixture(EventTypes.CONSULTATION_OPENED, opened);
        assertEquals("officer", opened.actor().role());
        ConsultationOpened payload = opened.payloadAs(EventTypes.CONSULTATION_OPENED);
        assertEquals(id, payload.tenderId());
        assertEquals(inDays(7), payload.consultationPeriod().endDate());
    }

    @Test
    void theEndMayBeGivenWhenOpeningAndMustLeaveTheMinimumBeforeTheEnquiryDeadline() {
        Personas.officer();
        String id = draft(validDraft(now(), unique("Consultation end given")));
        Map<String, Long> before = databaseState();

        given().contentType(ContentType.JSON).body("{}").post("/api/tenders/{id}/consultation", id).then()
                .statusCode(400).contentType("application/problem+json")
                .body("errors[0].field", equalTo("end"));
        postJson("/api/tenders/{id}/consultation", consultationEnd(now().plus(Duration.ofDays(3))), id)
                .statusCode(400).contentType("application/problem+json")
                .body("errors[0].field", equalTo("end"))
                .body("errors[0].message", containsString("at least 5 days"));
        postJson("/api/tenders/{id}/consultation", consultationEnd(inDays(21)), id)
                .statusCode(400).contentType("application/problem+json")
                .body("errors[0].field", equalTo("end"))
                .body("errors[0].message", containsString("before the enquiry deadline"));
        assertEquals(before, databaseState(), "refused openings change nothing");

        postJson("/api/tenders/{id}/consultation", consultationEnd(inDays(10)), id).statusCode(200)
                .body("consultationPeriod.endDate", equalTo(inDays(10).toString()));
        before = databaseState();
        postJson("/api/tenders/{id}/consultation", consultationEnd(inDays(12)), id).statusCode(409)
                .contentType("application/problem+json");
        assertEquals(before, databaseState(), "a consultation opens once");
    }

    @Test
    void anyoneCommentsAnonymouslyOrSignedAndTheCommentsArePublic() {
        Personas.officer();
        String id = draft(consultationDraft(now(), unique("Commented draft")));
        String ocid = openConsultation(id);

        Personas.anonymous();
        postJson("/api/notices/{ocid}/comments", comment("The deadline is too short for works of this size."), ocid)
                .statusCode(201)
                .body("number", equalTo(1))
                .body("author", nullValue())
                .body("target.type", equalTo("tender"))
                .body("postedAt", equalTo(now().toString()))
                .body("hidden", equalTo(false))
                .body("answer", nullValue());
        ObjectNode signed = signedComment("Quality deserves more weight than price.", "Łukasz Żółkiewski",
                "Zieliński & Søn Bygg");
        signed.set("target", sectionTarget("awardCriteria"));
        postJson("/api/notices/{ocid}/comments", signed, ocid).statusCode(201)
                .body("number", equalTo(2))
                .body("author.name", equalTo("Łukasz Żółkiewski"))
                .body("author.organisation", equalTo("Zieliński & Søn Bygg"))
                .body("target.section", equalTo("awardCriteria"));
        Personas.supplierAcme();
        postJson("/api/notices/{ocid}/comments", comment("Allow cold plastic markings.", lotTarget("lot-2")), ocid)
                .statusCode(201).body("number", equalTo(3)).body("target.lotId", equalTo("lot-2"));

        Personas.anonymous();
        given().get("/api/notices/{ocid}/comments", ocid).then().statusCode(200)
                .body("number", equalTo(List.of(1, 2, 3)))
                .body("text", equalTo(List.of("The deadline is too short for works of this size.",
                        "Quality deserves more weight than price.", "Allow cold plastic markings.")))
                .body("target.type", equalTo(List.of("tender", "section", "lot")));
        given().get("/api/notices/{ocid}", ocid).then()
                .body("comments.total", equalTo(3))
                .body("comments.unanswered", equalTo(3));

        List<EventEnvelope> posted = events.await(ocid, EventTypes.CONSULTATION_COMMENT_POSTED, 3);
        EventShape.assertMatchesFixture(EventTypes.CONSULTATION_COMMENT_POSTED, posted.get(1));
        assertEquals("public", posted.get(0).actor().role());
    }

    @Test
    void aCommentWithABadTargetOrAuthorIsRefusedNamingTheField() {
        Personas.officer();
        String ocid = openConsultation(draft(consultationDraft(now(), unique("Strict comments"))));
        Personas.anonymous();
        Map<String, Long> before = databaseState();

        postJson("/api/notices/{ocid}/comments", comment("On prices", sectionTarget("prices")), ocid)
                .statusCode(400).contentType("application/problem+json")
                .body("errors[0].field", equalTo("target.section"))
                .body("errors[0].message", containsString("awardCriteria"));
        postJson("/api/notices/{ocid}/comments", comment("On lot 3", lotTarget("lot-3")), ocid)
                .statusCode(400).body("errors[0].field", equalTo("target.lotId"))
                .body("errors[0].message", containsString("[lot-1, lot-2]"));
        postJson("/api/notices/{ocid}/comments", comment("On an item", target("item")), ocid)
                .statusCode(400).body("errors[0].field", equalTo("target.type"));
        postJson("/api/notices/{ocid}/comments", comment("No type", TenderRequests.JSON.createObjectNode()), ocid)
                .statusCode(400).body("errors[0].field", equalTo("target.type"));
        postJson("/api/notices/{ocid}/comments", signedComment("Signed by nobody", " ", "Acme Roadworks"), ocid)
                .statusCode(400).body("errors[0].field", equalTo("author.name"));
        postJson("/api/notices/{ocid}/comments", comment("  "), ocid)
                .statusCode(400).body("errors[0].field", equalTo("text"));

        assertEquals(before, databaseState(), "refused comments are not stored");
    }

    @Test
    void aHiddenCommentShowsTheReasonToThePublicAndTheTextToTheBuyerAndAuditors() {
        Personas.officer();
        String id = draft(consultationDraft(now(), unique("Abused draft")));
        String ocid = openConsultation(id);
        Personas.anonymous();
        String abusive = "You are all crooks and idiots";
        String commentId = postComment(ocid, signedComment(abusive, "Jan Nowak", null));

        Personas.officer();
        postJson("/api/tenders/{id}/comments/{c}/hide", reason("Insults towards named officers"), id, commentId)
                .statusCode(200)
                .body("hidden", equalTo(true))
                .body("hiddenReason", equalTo("Insults towards named officers"))
                .body("text", equalTo(abusive));

        Personas.anonymous();
        given().get("/api/notices/{ocid}/comments", ocid).then().statusCode(200)
                .body("[0].hidden", equalTo(true))
                .body("[0].hiddenReason", equalTo("Insults towards named officers"))
                .body("[0].text", nullValue())
                .body("[0].author.name", equalTo("Jan Nowak"));
        Personas.supplierAcme();
        given().get("/api/notices/{ocid}/comments", ocid).then().body("[0].text", nullValue());
        Personas.otherOfficer();
        given().get("/api/notices/{ocid}/comments", ocid).then().body("[0].text", nullValue());
        Personas.auditor();
        given().get("/api/notices/{ocid}/comments", ocid).then().body("[0].text", equalTo(abusive));
        Personas.officer();
        given().get("/api/notices/{ocid}/comments", ocid).then().body("[0].text", equalTo(abusive));
        given().get("/api/tenders/{id}/comments", id).then().statusCode(200).body("[0].text", equalTo(abusive));

        EventEnvelope hidden = events.one(ocid, EventTypes.CONSULTATION_COMMENT_HIDDEN);
        EventShape.assertMatchesFixture(EventTypes.CONSULTATION_COMMENT_HIDDEN, hidden);

        Map<String, Long> before = databaseState();
        postJson("/api/tenders/{id}/comments/{c}/hide", reason("Again"), id, commentId).statusCode(409)
                .contentType("application/problem+json")
                .body("detail", containsString("already hidden"));
        postJson("/api/tenders/{id}/comments/{c}/hide", reason(" "), id, commentId).statusCode(400)
                .body("errors[0].field", equalTo("reason"));
        assertEquals(before, databaseState(), "a refused hide changes nothing");

        clock.set(inDays(8));
        given().post("/api/tenders/{id}/publish", id).then().statusCode(409)
                .body("detail", containsString("1 consultation comment(s) still need an answer"));
    }

    @Test
    void eachCommentIsAnsweredOnceInPublic() {
        Personas.officer();
        String id = draft(consultationDraft(now(), unique("Answered draft")));
        String ocid = openConsultation(id);
        Personas.anonymous();
        String commentId = postComment(ocid, comment("Publish the bill of quantities as a spreadsheet."));
        Personas.officer();
        clock.advance(Duration.ofDays(1));
        Map<String, Long> before = databaseState();

        postJson("/api/tenders/{id}/comments/{c}/answer", answer("maybe", "We will see."), id, commentId)
                .statusCode(400).contentType("application/problem+json")
                .body("errors[0].field", equalTo("resolution"))
                .body("errors[0].message", containsString("'maybe' is not one of accepted, partiallyAccepted,"
                        + " rejected"));
        postJson("/api/tenders/{id}/comments/{c}/answer", answer("accepted", "  "), id, commentId)
                .statusCode(400).body("errors[0].field", equalTo("answer"));
        postJson("/api/tenders/{id}/comments/{c}/answer", answer("accepted", "Done."), id, UUID.randomUUID())
                .statusCode(404).contentType("application/problem+json");
        assertEquals(before, databaseState(), "refused answers change nothing");

        postJson("/api/tenders/{id}/comments/{c}/answer",
                answer("accepted", "The bill of quantities is now also published as a spreadsheet."), id, commentId)
                .statusCode(200)
                .body("answer.resolution", equalTo("accepted"))
                .body("answer.text", equalTo("The bill of quantities is now also published as a spreadsheet."))
                .body("answer.answeredAt", equalTo(now().toString()));

        before = databaseState();
        postJson("/api/tenders/{id}/comments/{c}/answer", answer("rejected", "Changed my mind."), id, commentId)
                .statusCode(409).contentType("application/problem+json")
                .body("detail", containsString("already answered"));
        assertEquals(before, databaseState(), "a comment is answered once");

        Personas.anonymous();
        given().get("/api/notices/{ocid}/comments", ocid).then()
                .body("[0].answer.resolution", equalTo("accepted"))
                .body("[0].answer.text", equalTo("The bill of quantities is now also published as a spreadsheet."));
        given().get("/api/notices/{ocid}", ocid).then().body("comments.unanswered", equalTo(0));

        EventEnvelope answered = events.one(ocid, EventTypes.CONSULTATION_COMMENT_ANSWERED);
        EventShape.assertMatchesFixture(EventTypes.CONSULTATION_COMMENT_ANSWERED, answered);
    }

    @Test
    void commentsCloseWhenTheConsultationEnds() {
        Personas.officer();
        String ocid = openConsultation(draft(consultationDraft(now(), unique("Closed for comments"))));
        clock.set(inDays(7));
        Personas.anonymous();
        Map<String, Long> before = databaseState();

        postJson("/api/notices/{ocid}/comments", comment("Just in time?"), ocid).statusCode(409)
                .contentType("application/problem+json")
                .body("detail", containsString("ended at " + inDays(7)));

        assertEquals(before, databaseState());
    }

    @Test
    void aTenderPublishedWithoutConsultationTakesNoComments() {
        Personas.officer();
        String ocid = publish(draft(validDraft(now(), unique("Never consulted"))));
        Personas.anonymous();
        Map<String, Long> before = databaseState();

        postJson("/api/notices/{ocid}/comments", comment("Too late"), ocid).statusCode(409)
                .contentType("application/problem+json");
        postJson("/api/notices/{ocid}/comments", comment("Nowhere"), "ocds-op7x2k-T-2026-999999").statusCode(404)
                .contentType("application/problem+json");
        given().get("/api/notices/{ocid}/comments", ocid).then().statusCode(200).body("$", hasSize(0));

        assertEquals(before, databaseState());
    }

    @Test
    void publicationWaitsForTheConsultationsEndAndAnAnswerToEveryComment() {
        Personas.officer();
        String id = draft(consultationDraft(now(), unique("Patient publication")));
        String ocid = openConsultation(id);
        Personas.anonymous();
        String commentId = postComment(ocid, comment("Please split the lots by district."));
        Personas.officer();
        Map<String, Long> before = databaseState();

        clock.set(inDays(7).minusSeconds(1));
        given().post("/api/tenders/{id}/publish", id).then().statusCode(409)
                .contentType("application/problem+json")
                .body("detail", containsString("the consultation runs until " + inDays(7)));
        clock.set(inDays(7));
        given().post("/api/tenders/{id}/publish", id).then().statusCode(409)
                .body("detail", containsString("1 consultation comment(s) still need an answer"));
        assertEquals(before, databaseState(), "refused publications change nothing");
        Personas.anonymous();
        given().get("/api/notices/{ocid}", ocid).then().body("statusDetails", equalTo("consultation"));

        Personas.officer();
        postJson("/api/tenders/{id}/comments/{c}/answer", answer("rejected", "The districts share one crew."), id,
                commentId).statusCode(200);
        given().post("/api/tenders/{id}/publish", id).then().statusCode(200)
                .body("statusDetails", equalTo("tendering"))
                .body("ocid", equalTo(ocid));

        before = databaseState();
        postJson("/api/tenders/{id}/comments/{c}/answer", answer("accepted", "Late"), id, commentId).statusCode(409);
        assertEquals(before, databaseState());
        Personas.anonymous();
        given().get("/api/notices/{ocid}/comments", ocid).then().body("text", not(hasItem(nullValue())));
    }
}
