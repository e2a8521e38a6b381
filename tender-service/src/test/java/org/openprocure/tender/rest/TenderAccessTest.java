package org.openprocure.tender.rest;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.openprocure.tender.rest.TenderRequests.amendment;
import static org.openprocure.tender.rest.TenderRequests.answer;
import static org.openprocure.tender.rest.TenderRequests.ask;
import static org.openprocure.tender.rest.TenderRequests.comment;
import static org.openprocure.tender.rest.TenderRequests.consultationDraft;
import static org.openprocure.tender.rest.TenderRequests.draft;
import static org.openprocure.tender.rest.TenderRequests.enquiry;
import static org.openprocure.tender.rest.TenderRequests.enquiryAnswer;
import static org.openprocure.tender.rest.TenderRequests.openConsultation;
import static org.openprocure.tender.rest.TenderRequests.postComment;
import static org.openprocure.tender.rest.TenderRequests.publish;
import static org.openprocure.tender.rest.TenderRequests.reason;
import static org.openprocure.tender.rest.TenderRequests.unique;
import static org.openprocure.tender.rest.TenderRequests.validDraft;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openprocure.stack.PostgresTestResource;

/**
 * Who may call what: every officer endpoint is refused without a token (401), to other roles (403)
 * and, for another organisation's tender, answers as if it did not exist (404); unknown tenders,
 * comments, enquiries, documents, lots and notices are 404. No refusal changes anything.
 */
@QuarkusTest
@QuarkusTestResource(value = PostgresTestResource.class, initArgs = @ResourceArg(name = "database", value = "tender"))
class TenderAccessTest extends TenderApiTestSupport {

    /** One request of the API, sent as whoever is current. */
    record Call(String name, Function<RequestSpecification, Response> send) {
        int status() {
            return send.apply(given()).then().extract().statusCode();
        }

        void expect(int status) {
            send.apply(given()).then().statusCode(status).contentType("application/problem+json")
                    .body("status", equalTo(status));
        }
    }

    private String consulted;
    private String consultedOcid;
    private String commentId;
    private String documentId;
    private String published;
    private String publishedOcid;
    private String enquiryId;

    /** Northvale's tender in consultation, with a document and a comment, and a published one with a question. */
    @BeforeEach
    void northvalesTenders() {
        Personas.officer();
        consulted = draft(consultationDraft(now(), unique("Access, consulted")));
        documentId = DocumentApiTest.upload(consulted, TestPdfs.simple("Plan"), "attachment; filename=\"plan.pdf\"",
                null).statusCode(201).extract().path("id");
        consultedOcid = openConsultation(consulted);
        published = draft(validDraft(now(), unique("Access, published")));
        publishedOcid = publish(published);
        Personas.anonymous();
        commentId = postComment(consultedOcid, comment("A comment to answer"));
        Personas.supplierAcme();
        enquiryId = ask(publishedOcid, enquiry("A question to answer"));
        Personas.anonymous();
    }

    /** Every officer endpoint that names a tender, on the given tender ids. */
    private List<Call> officerCallsOn(String consultedId, String publishedId) {
        String draftBody = validDraft(now(), "Access check").toString();
        String amendmentBody = amendment("Access check", validDraft(now(), "Access check")).toString();
        String reasonBody = reason("Access check").toString();
        byte[] pdf = TestPdfs.simple("Access check");
        List<Call> calls = new ArrayList<>();
        calls.add(new Call("PUT tender", r -> r.contentType("application/json").body(draftBody)
                .put("/api/tenders/{id}", consultedId)));
        calls.add(new Call("upload document", r -> r.contentType("application/pdf")
                .header("Content-Disposition", "attachment; filename=\"a.pdf\"").body(pdf)
                .post("/api/tenders/{id}/documents", consultedId)));
        calls.add(new Call("remove document", r -> r.delete("/api/tenders/{id}/documents/{d}", consultedId,
                documentId)));
        calls.add(new Call("read document", r -> r.get("/api/tenders/{id}/documents/{d}", consultedId, documentId)));
        calls.add(new Call("open consultation", r -> r.contentType("application/json").body("{}")
                .post("/api/tenders/{id}/consultation", consultedId)));
        calls.add(new Call("list comments", r -> r.get("/api/tenders/{id}/comments", consultedId)));
        calls.add(new Call("answer comment", r -> r.contentType("application/json")
                .body(answer("accepted", "Access check").toString())
                .post("/api/tenders/{id}/comments/{c}/answer", consultedId, commentId)));
        calls.add(new Call("hide comment", r -> r.contentType("application/json").body(reasonBody)
                .post("/api/tenders/{id}/comments/{c}/hide", consultedId, commentId)));
        calls.add(new Call("publish", r -> r.post("/api/tenders/{id}/publish", consultedId)));
        calls.add(new Call("list enquiries", r -> r.get("/api/tenders/{id}/enquiries", publishedId)));
        calls.add(new Call("answer enquiry", r -> r.contentType("application/json")
                .body(enquiryAnswer("Access check").toString())
                .post("/api/tenders/{id}/enquiries/{e}/answer", publishedId, enquiryId)));
        calls.add(new Call("amend", r -> r.contentType("application/json").body(amendmentBody)
                .post("/api/tenders/{id}/amendments", publishedId)));
        calls.add(new Call("cancel", r -> r.contentType("application/json").body(reasonBody)
                .post("/api/tenders/{id}/cancel", publishedId)));
        calls.add(new Call("cancel lot", r -> r.contentType("application/json").body(reasonBody)
                .post("/api/tenders/{id}/lots/{lot}/cancel", publishedId, "lot-1")));
        return calls;
    }

    /** The officer endpoints that name no tender. */
    private List<Call> organisationCalls() {
        String draftBody = validDraft(now(), "Access check").toString();
        return List.of(
                new Call("draft", r -> r.contentType("application/json").body(draftBody).post("/api/tenders")),
                new Call("list own tenders", r -> r.get("/api/tenders")));
    }

    private List<Call> everyOfficerCall() {
        List<Call> calls = new ArrayList<>(organisationCalls());
        calls.addAll(officerCallsOn(consulted, published));
        return calls;
    }

    private void expectEverywhere(List<Call> calls, int status) {
        Map<String, Long> before = databaseState();
        List<String> wrong = new ArrayList<>();
        for (Call call : calls) {
            int actual = call.status();
            if (actual != status) {
                wrong.add(call.name() + ": " + actual);
            }
        }
        assertEquals(List.of(), wrong, "calls not answered with " + status);
        calls.forEach(call -> call.expect(status));
        assertEquals(before, databaseState(), "refused calls change nothing");
    }

    @Test
    void withoutATokenEveryOfficerEndpointIsA401() {
        Personas.anonymous();
        expectEverywhere(everyOfficerCall(), 401);
    }

    @Test
    void aSupplierIsRefusedEveryOfficerEndpoint() {
        Personas.supplierAcme();
        expectEverywhere(everyOfficerCall(), 403);
    }

    @Test
    void anEvaluatorIsRefusedEveryOfficerEndpoint() {
        Personas.evaluator();
        expectEverywhere(everyOfficerCall(), 403);
    }

    @Test
    void anAuditorIsRefusedEveryOfficerEndpoint() {
        Personas.auditor();
        expectEverywhere(everyOfficerCall(), 403);
    }

    @Test
    void anotherOrganisationsOfficerFindsNoneOfItsTenders() {
        Personas.otherOfficer();
        expectEverywhere(officerCallsOn(consulted, published), 404);
        given().get("/api/tenders").then().statusCode(200)
                .body("id", not(hasItems(consulted, published)));
    }

    @Test
    void anUnknownTenderIsA404OnEveryOfficerEndpoint() {
        Personas.officer();
        String unknown = UUID.randomUUID().toString();
        expectEverywhere(officerCallsOn(unknown, unknown), 404);
        given().get("/api/tenders/{id}", unknown).then().statusCode(404).contentType("application/problem+json");
        given().get("/api/tenders/{id}", "not-a-uuid").then().statusCode(404);
    }

    @Test
    void unknownCommentsEnquiriesDocumentsAndLotsAre404() {
        Personas.officer();
        String unknown = UUID.randomUUID().toString();
        String answerBody = answer("accepted", "To nobody").toString();
        String reasonBody = reason("Nothing").toString();
        expectEverywhere(List.of(
                new Call("answer unknown comment", r -> r.contentType("application/json").body(answerBody)
                        .post("/api/tenders/{id}/comments/{c}/answer", consulted, unknown)),
                new Call("hide unknown comment", r -> r.contentType("application/json").body(reasonBody)
                        .post("/api/tenders/{id}/comments/{c}/hide", consulted, unknown)),
                new Call("answer another tender's comment", r -> r.contentType("application/json").body(answerBody)
                        .post("/api/tenders/{id}/comments/{c}/answer", published, commentId)),
                new Call("answer unknown enquiry", r -> r.contentType("application/json")
                        .body(enquiryAnswer("To nobody").toString())
                        .post("/api/tenders/{id}/enquiries/{e}/answer", published, unknown)),
                new Call("answer another tender's enquiry", r -> r.contentType("application/json")
                        .body(enquiryAnswer("To nobody").toString())
                        .post("/api/tenders/{id}/enquiries/{e}/answer", consulted, enquiryId)),
                new Call("read unknown document", r -> r.get("/api/tenders/{id}/documents/{d}", consulted, unknown)),
                new Call("read another tender's document", r -> r.get("/api/tenders/{id}/documents/{d}", published,
                        documentId)),
                new Call("remove unknown document", r -> r.delete("/api/tenders/{id}/documents/{d}", consulted,
                        unknown)),
                new Call("cancel unknown lot", r -> r.contentType("application/json").body(reasonBody)
                        .post("/api/tenders/{id}/lots/{lot}/cancel", published, "lot-3"))), 404);
    }

    @Test
    void anUnknownNoticeIsA404OnEveryPublicEndpoint() {
        String unknown = "ocds-op7x2k-T-2026-999999";
        String document = UUID.randomUUID().toString();
        List<Call> calls = List.of(
                new Call("notice", r -> r.get("/api/notices/{ocid}", unknown)),
                new Call("versions", r -> r.get("/api/notices/{ocid}/versions", unknown)),
                new Call("version", r -> r.get("/api/notices/{ocid}/versions/1", unknown)),
                new Call("notice PDF", r -> r.get("/api/notices/{ocid}/notice.pdf", unknown)),
                new Call("consultation report", r -> r.get("/api/notices/{ocid}/consultation-report.pdf", unknown)),
                new Call("document", r -> r.get("/api/notices/{ocid}/documents/{d}", unknown, document)),
                new Call("comments", r -> r.get("/api/notices/{ocid}/comments", unknown)),
                new Call("comment", r -> r.contentType("application/json").body(comment("Hello?").toString())
                        .post("/api/notices/{ocid}/comments", unknown)),
                new Call("enquiries", r -> r.get("/api/notices/{ocid}/enquiries", unknown)),
                new Call("another tender's document", r -> r.get("/api/notices/{ocid}/documents/{d}", publishedOcid,
                        documentId)));
        Personas.anonymous();
        expectEverywhere(calls, 404);
        Personas.supplierAcme();
        expectEverywhere(List.of(new Call("ask", r -> r.contentType("application/json")
                .body(enquiry("Hello?").toString()).post("/api/notices/{ocid}/enquiries", unknown))), 404);
    }

    @Test
    void thePublicReadsEverythingPublicWithoutLogin() {
        Personas.anonymous();
        for (String path : List.of("/api/notices/{ocid}", "/api/notices/{ocid}/versions",
                "/api/notices/{ocid}/comments", "/api/notices/{ocid}/enquiries")) {
            given().get(path, consultedOcid).then().statusCode(200);
            given().get(path, publishedOcid).then().statusCode(200);
        }
        given().get("/api/notices/{ocid}/documents/{d}", consultedOcid, documentId).then().statusCode(200);
        given().get("/api/notices/{ocid}/notice.pdf", publishedOcid).then().statusCode(200);
        given().get("/api/tenders/{id}", published).then().statusCode(200);
        given().get("/api/notices").then().statusCode(200);
        given().get("/api/notices/feed.atom").then().statusCode(200);
        given().queryParam("prefix", "45").get("/api/cpv").then().statusCode(200);
    }
}
