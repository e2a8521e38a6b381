package org.openprocure.tender.rest;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.openprocure.tender.rest.TenderRequests.answer;
import static org.openprocure.tender.rest.TenderRequests.comment;
import static org.openprocure.tender.rest.TenderRequests.consultationDraft;
import static org.openprocure.tender.rest.TenderRequests.draft;
import static org.openprocure.tender.rest.TenderRequests.openConsultation;
import static org.openprocure.tender.rest.TenderRequests.postComment;
import static org.openprocure.tender.rest.TenderRequests.postJson;
import static org.openprocure.tender.rest.TenderRequests.putJson;
import static org.openprocure.tender.rest.TenderRequests.reason;
import static org.openprocure.tender.rest.TenderRequests.sectionTarget;
import static org.openprocure.tender.rest.TenderRequests.signedComment;
import static org.openprocure.tender.rest.TenderRequests.unique;
import static org.openprocure.tender.rest.TenderRequests.validDraft;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ExtractableResponse;
import io.restassured.response.Response;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.openprocure.events.EventEnvelope;
import org.openprocure.events.EventShape;
import org.openprocure.events.EventTypes;
import org.openprocure.events.tender.TenderPublished;
import org.openprocure.stack.PostgresTestResource;

/** Publication: the notice, its PDF, the consultation report, version 1 and the TenderPublished event. */
@QuarkusTest
@QuarkusTestResource(value = PostgresTestResource.class, initArgs = @ResourceArg(name = "database", value = "tender"))
class PublicationApiTest extends TenderApiTestSupport {

    @Test
    void aDraftPublishedWithoutConsultationBecomesNoticeVersion1WithItsPdf() {
        Personas.officer();
        String title = unique("Published directly");
        String id = draft(validDraft(now(), title));
        byte[] specification = TestPdfs.simple("Specification");
        DocumentApiTest.upload(id, specification, "attachment; filename=\"specification.pdf\"", null)
                .statusCode(201);

        String ocid = given().post("/api/tenders/{id}/publish", id).then().statusCode(200)
                .body("status", equalTo("active"))
                .body("statusDetails", equalTo("tendering"))
                .body("ocid", matchesPattern("ocds-op7x2k-T-2026-\\d{6}"))
                .body("noticeVersion", equalTo(1))
                .body("publishedAt", equalTo(now().toString()))
                .body("consultationPeriod", nullValue())
                .body("documents.documentType", hasItem("tenderNotice"))
                .extract().path("ocid");

        Personas.anonymous();
        given().get("/api/notices/{ocid}/versions", ocid).then().statusCode(200)
                .body("version", equalTo(List.of(1)))
                .body("[0].label", equalTo("notice"));
        given().get("/api/notices/{ocid}/versions/1", ocid).then().statusCode(200)
                .body("terms.title", equalTo(title))
                .body("documents.fileName", equalTo(List.of("specification.pdf")))
                .body("changes", hasSize(0));
        ExtractableResponse<Response> notice = given().get("/api/notices/{ocid}/notice.pdf", ocid).then()
                .statusCode(200).contentType("application/pdf").extract();
        String noticeText = TestPdfs.textOf(notice.asByteArray());
        assertTrue(noticeText.contains(title) && noticeText.contains(ocid), noticeText);
        assertEquals("sha-256=" + DocumentApiTest.base64Sha256(notice.asByteArray()), notice.header("Digest"));
        String noticeSha = given().get("/api/notices/{ocid}", ocid).then().extract()
                .path("documents.find { it.documentType == 'tenderNotice' }.sha256");
        assertEquals(DocumentApiTest.sha256Hex(notice.asByteArray()), noticeSha);
        given().get("/api/notices/{ocid}/consultation-report.pdf", ocid).then().statusCode(404)
                .contentType("application/problem+json");

        EventEnvelope published = events.one(ocid, EventTypes.TENDER_PUBLISHED);
        EventShape.assertMatchesFixture(EventTypes.TENDER_PUBLISHED, published);
        TenderPublished payload = published.payloadAs(EventTypes.TENDER_PUBLISHED);
        assertNull(payload.consultationPeriod());
        assertEquals(1, payload.noticeVersion());
        assertEquals(inDays(30), payload.tenderPeriod().endDate());
        assertEquals(List.of("biddingDocuments", "tenderNotice"),
                payload.documents().stream().map(TenderPublished.Document::documentType).sorted().toList());
    }

    @Test
    void aConsultedTenderIsPublishedWithAReportOfEveryCommentAnswerAndChange() {
        Personas.officer();
        String title = unique("Consulted and published");
        ObjectNode body = consultationDraft(now(), title);
        String id = draft(body);
        String ocid = openConsultation(id);

        Personas.anonymous();
        String deadline = postComment(ocid, comment("Thirty days is too short for the works."));
        ObjectNode signed = signedComment("Quality should weigh more than price.", "Oleksandra Shevchenko",
                "Dorozhnyk Ltd");
        signed.set("target", sectionTarget("awardCriteria"));
        String weights = postComment(ocid, signed);
        String abusive = postComment(ocid, comment("You are all crooks"));

        Personas.officer();
        postJson("/api/tenders/{id}/comments/{c}/answer", answer("accepted", "The description now names the kerbs."),
                id, deadline).statusCode(200);
        postJson("/api/tenders/{id}/comments/{c}/answer", answer("rejected", "Price stays the only criterion."),
                id, weights).statusCode(200);
        postJson("/api/tenders/{id}/comments/{c}/hide", reason("Insults the officers"), id, abusive)
                .statusCode(200);
        postJson("/api/tenders/{id}/comments/{c}/answer", answer("rejected", "No point about the draft."), id,
                abusive).statusCode(200);
        body.put("description", "Milling, resurfacing and new granite kerbs.");
        putJson("/api/tenders/{id}", body, id).statusCode(200);

        clock.set(inDays(7));
        given().post("/api/tenders/{id}/publish", id).then().statusCode(200)
                .body("noticeVersion", equalTo(1))
                .body("consultationPeriod.startDate", equalTo(inDays(0).toString()))
                .body("consultationPeriod.endDate", equalTo(inDays(7).toString()))
                .body("documents.documentType", hasItem("consultationReport"));

        Personas.anonymous();
        given().get("/api/notices/{ocid}/versions", ocid).then()
                .body("version", equalTo(List.of(0, 1)));
        given().get("/api/notices/{ocid}/versions/1", ocid).then()
                .body("changes.field", equalTo(List.of("description")))
                .body("changes[0].before", equalTo(
                        "Milling and resurfacing of 1.2 km of carriageway, including markings."))
                .body("changes[0].after", equalTo("Milling, resurfacing and new granite kerbs."));
        byte[] report = given().get("/api/notices/{ocid}/consultation-report.pdf", ocid).then().statusCode(200)
                .contentType("application/pdf").extract().asByteArray();
        String text = TestPdfs.textOf(report);
        for (String expected : List.of(ocid, "Thirty days is too short for the works.",
                "The description now names the kerbs.", "Quality should weigh more than price.",
                "Oleksandra Shevchenko", "Price stays the only criterion.", "Insults the officers",
                "No point about the draft.", "Milling, resurfacing and new granite kerbs.")) {
            assertTrue(text.contains(expected), "the report shows '" + expected + "' in: " + text);
        }
        assertFalse(text.contains("You are all crooks"), "a hidden comment's text stays out of the report");
        given().get("/api/notices/{ocid}/notice.pdf", ocid).then().statusCode(200).contentType("application/pdf");

        EventEnvelope published = events.one(ocid, EventTypes.TENDER_PUBLISHED);
        EventShape.assertMatchesFixture(EventTypes.TENDER_PUBLISHED, published);
        TenderPublished payload = published.payloadAs(EventTypes.TENDER_PUBLISHED);
        assertEquals(inDays(0), payload.consultationPeriod().startDate());
        assertEquals(inDays(7), payload.consultationPeriod().endDate());
        assertEquals("Milling, resurfacing and new granite kerbs.", payload.description());
        assertEquals(ocid, published.ocid());
        given().get("/api/notices/{ocid}", ocid).then()
                .body("documents.findAll { it.documentType == 'consultationReport' }", hasSize(1))
                .body("comments.total", equalTo(3))
                .body("comments.unanswered", equalTo(0))
                .body("statusDetails", containsString("tendering"));
    }
}
