package org.openprocure.portal.rest;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.Mockito.doThrow;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.mockito.Mockito.when;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Base64;
import java.util.List;

import org.eclipse.microprofile.rest.client.inject.RestClient;
import org.jboss.resteasy.reactive.RestResponse;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;

import io.quarkus.test.InjectMock;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;

import org.openprocure.portal.client.ContractServiceException;
import org.openprocure.portal.client.IntegrityAuditorClient;
import org.openprocure.portal.client.IntegrityReportClient;
import org.openprocure.portal.client.IntegrityReports;
import org.openprocure.portal.client.Problem;

/**
 * The integrity pages, coded against contract-service/README.md: the public report form and its one-time code,
 * the follow-up page (the code only ever in a POST body), and the auditors' inbox and report with triage and reply.
 */
@QuarkusTest
class IntegrityPagesTest {

    private static final String OCID = "ocds-op7x2k-T-2026-000042";
    private static final String CODE = "7K3M-Q9XA-2B4C-D6EF-G8HJ-K0MN";
    private static final String REFERENCE = "IR-7K3M-Q9XA";
    private static final LocalDate DAY = LocalDate.parse("2026-11-30");

    @InjectMock
    @RestClient
    IntegrityReportClient channel;

    @InjectMock
    @RestClient
    IntegrityAuditorClient auditors;

    @BeforeAll
    static void formsInUtf8() {
        Utf8Forms.install();
    }

    private static ContractServiceException refused(int status, String detail, Problem.FieldError... errors) {
        return new ContractServiceException(new Problem("Refused", status, detail, List.of(errors)));
    }

    private static IntegrityReports.FollowUp followUp(String status, IntegrityReports.Message... messages) {
        return new IntegrityReports.FollowUp(REFERENCE, new IntegrityReports.Subject("tender", OCID), "bidRigging",
                status, DAY, List.of(messages));
    }

    private static IntegrityReports.Report report(String status, List<String> next) {
        return new IntegrityReports.Report(REFERENCE, new IntegrityReports.Subject("tender", OCID), "bidRigging",
                "Three bidders quoted the same prices.", status, DAY, next,
                List.of(new IntegrityReports.AttachmentInfo(1, "application/pdf", 1234, "ab".repeat(32),
                        "/api/integrity-reports/" + REFERENCE + "/attachments/1")),
                List.of(new IntegrityReports.Message("reporter", null, "See the prices.", DAY),
                        new IntegrityReports.Message("auditor", "p-0123456789abcdef", "Which lot?", DAY)),
                List.of());
    }

    // --- the public channel -------------------------------------------------------------------------------------

    @Test
    void theFormIsLinkedFromEveryPageAndFilledInFromATender() {
        given().get("/integrity").then().statusCode(200)
                .body(containsString("<a href=\"/integrity\" id=\"footer-integrity\">Report wrongdoing</a>"),
                        containsString("<option value=\"general\" selected>"),
                        containsString("What we never keep: your name, your IP address"),
                        containsString("enctype=\"multipart/form-data\""),
                        not(containsString("id=\"integrity-signed-in\"")));
        given().get("/integrity?tender=" + OCID).then().statusCode(200)
                .body(containsString("<option value=\"tender\" selected>"),
                        containsString("value=\"" + OCID + "\""));
        given().header("Accept-Language", "uk").get("/integrity").then().statusCode(200)
                .body(containsString("Повідомити про порушення"));
        verifyNoInteractions(channel);
    }

    @Test
    void aReportGoesOnWithoutTheVisitorAndTheCodeIsShownOnceNotStored() {
        when(channel.report(any())).thenReturn(new IntegrityReports.Receipt(REFERENCE, CODE, "received"));
        byte[] pdf = "%PDF-1.7\n%minutes\n%%EOF\n".getBytes(StandardCharsets.US_ASCII);

        given().header("X-Forwarded-For", "203.0.113.77").header("User-Agent", "Probe/1.0")
                .multiPart("subject.type", "tender").multiPart("subject.id", OCID)
                .multiPart("category", "bidRigging")
                .multiPart("description", "Three bidders quoted the same prices, to the cent.")
                .multiPart("attachment", "olena-kovalenko-notes.pdf", pdf, "application/pdf")
                .multiPart("attachment", "", new byte[0], "application/octet-stream")
                .post("/integrity").then().statusCode(200)
                .header("Cache-Control", "no-store")
                .header("Set-Cookie", nullValue())
                .body(containsString("<code id=\"integrity-reference\">" + REFERENCE + "</code>"),
                        containsString("<code id=\"integrity-code\" class=\"key-card\">" + CODE + "</code>"),
                        containsString("Write this code down now: it is shown only this once."));

        ArgumentCaptor<IntegrityReports.NewReport> sent = ArgumentCaptor.forClass(IntegrityReports.NewReport.class);
        verify(channel).report(sent.capture());
        assertEquals(new IntegrityReports.Subject("tender", OCID), sent.getValue().subject());
        assertEquals("bidRigging", sent.getValue().category());
        assertEquals("Three bidders quoted the same prices, to the cent.", sent.getValue().description());
        assertEquals(List.of(new IntegrityReports.Attachment(Base64.getEncoder().encodeToString(pdf))),
                sent.getValue().attachments());
        assertFalse(sent.getValue().toString().contains("kovalenko"), "no file name goes on");
    }

    @Test
    void aRefusedReportIsShownAgainWithTheReasonAtTheFieldAndEverythingKept() {
        when(channel.report(any())).thenThrow(refused(400, "subject.id: no published tender has the ocid",
                new Problem.FieldError("subject.id", "no published tender has the ocid 'ocds-x-1'")));

        given().multiPart("subject.type", "tender").multiPart("subject.id", "ocds-x-1")
                .multiPart("category", "fraud").multiPart("description", "Invoices for work never done.")
                .post("/integrity").then().statusCode(400)
                .body(containsString("no published tender has the ocid &#39;ocds-x-1&#39;"),
                        containsString("<option value=\"tender\" selected>"),
                        containsString("<option value=\"fraud\" selected>"),
                        containsString("Invoices for work never done.</textarea>"));

        doThrow(refused(429, "limit")).when(channel).report(any());
        given().multiPart("subject.type", "general").multiPart("category", "fraud")
                .multiPart("description", "Again.").post("/integrity").then().statusCode(429)
                .body(containsString("Too many attempts right now"));
    }

    @Test
    void theCodeOpensTheReportOnlyThroughAPostAndIsNeverInALink() {
        given().get("/integrity/follow-up").then().statusCode(200)
                .body(containsString("<form id=\"integrity-follow-up\" method=\"post\" action=\"/integrity/follow-up\""));
        when(channel.followUp(new IntegrityReports.Code(CODE))).thenReturn(followUp("underReview",
                new IntegrityReports.Message("auditor", null, "Which lot, and which bidders?", DAY)));

        String page = given().formParam("code", CODE).post("/integrity/follow-up").then().statusCode(200)
                .header("Cache-Control", "no-store")
                .body(containsString("<dd id=\"integrity-status\">Under review</dd>"),
                        containsString("Which lot, and which bidders?"),
                        containsString("<input type=\"hidden\" name=\"code\" value=\"" + CODE + "\">"),
                        containsString("action=\"/integrity/follow-up/messages\""))
                .extract().asString();
        assertFalse(page.matches("(?s).*href=\"[^\"]*" + CODE + ".*"), "the code is in no link");
    }

    @Test
    void aWrongCodeSaysOnlyThatAndIsNotShownAgain() {
        when(channel.followUp(any())).thenThrow(refused(404, "No report matches this follow-up code."));

        String page = given().formParam("code", "AAAA-BBBB").post("/integrity/follow-up").then().statusCode(404)
                .header("Cache-Control", "no-store")
                .body(containsString("No report matches this follow-up code. Check it and try again."))
                .extract().asString();
        assertFalse(page.contains("AAAA-BBBB"));

        doThrow(refused(429, "Too many")).when(channel).followUp(any());
        given().formParam("code", "AAAA-BBBB").post("/integrity/follow-up").then().statusCode(429)
                .body(containsString("Too many attempts right now"));
    }

    @Test
    void theReporterAnswersTheAuditors() {
        when(channel.write(new IntegrityReports.ReporterMessage(CODE, "Lot 2; all three were from one town.")))
                .thenReturn(followUp("underReview",
                        new IntegrityReports.Message("auditor", null, "Which lot?", DAY),
                        new IntegrityReports.Message("reporter", null, "Lot 2; all three were from one town.", DAY)));

        given().formParam("code", CODE).formParam("text", "Lot 2; all three were from one town.")
                .post("/integrity/follow-up/messages").then().statusCode(200)
                .header("Cache-Control", "no-store")
                .body(containsString("Your message has been sent."),
                        containsString("<li class=\"integrity-message integrity-message-reporter\" id=\"message-2\">"));

        when(channel.followUp(new IntegrityReports.Code(CODE))).thenReturn(followUp("closed"));
        when(channel.write(new IntegrityReports.ReporterMessage(CODE, "Anyone?")))
                .thenThrow(refused(409, "The report is closed; it takes no more messages."));
        given().formParam("code", CODE).formParam("text", "Anyone?").post("/integrity/follow-up/messages").then()
                .statusCode(409)
                .body(containsString("This report is closed; it takes no more messages."));
    }

    // --- the auditors ---------------------------------------------------------------------------------------------

    @Test
    @TestSecurity(user = "auditor.farah", roles = "auditor")
    void auditorsListTheInboxByStatus() {
        when(auditors.inbox("received", 0, 20)).thenReturn(new IntegrityReports.Inbox(List.of(
                new IntegrityReports.Summary(REFERENCE, new IntegrityReports.Subject("tender", OCID), "bidRigging",
                        "received", DAY, 1, 0)), 21));

        given().get("/auditor/integrity-reports?status=received").then().statusCode(200)
                .body(containsString("<a href=\"/auditor/integrity-reports/" + REFERENCE + "\">" + REFERENCE + "</a>"),
                        containsString("<option value=\"received\" selected>Received</option>"),
                        containsString("Bid rigging"),
                        containsString("href=\"/auditor/integrity-reports?page=1&amp;status=received\""),
                        containsString("id=\"nav-integrity-reports\""));
    }

    @Test
    @TestSecurity(user = "auditor.farah", roles = "auditor")
    void auditorsReadAReportTriageItAndReply() {
        when(auditors.report(REFERENCE)).thenReturn(report("received", List.of("underReview", "closed")));

        given().get("/auditor/integrity-reports/" + REFERENCE).then().statusCode(200)
                .body(containsString("Three bidders quoted the same prices."),
                        containsString("href=\"/auditor/integrity-reports/" + REFERENCE + "/attachments/1\""),
                        containsString("Auditor (p-0123456789abcdef)"),
                        containsString("<option value=\"underReview\">Under review</option>"),
                        containsString("<option value=\"closed\">Closed</option>"),
                        containsString("<a href=\"/tenders/" + OCID + "\">"));

        given().redirects().follow(false).formParam("status", "underReview").formParam("note", "Prices match.")
                .post("/auditor/integrity-reports/" + REFERENCE + "/triage").then().statusCode(303)
                .header("Location", endsWith("/auditor/integrity-reports/" + REFERENCE + "?done=triaged"));
        verify(auditors).triage(REFERENCE, new IntegrityReports.TriageRequest("underReview", "Prices match."));

        when(auditors.triage(anyString(), any())).thenThrow(refused(409,
                "The report is received; it cannot be moved to referred (from received: underReview, closed)."));
        given().formParam("status", "referred").formParam("note", "To the authority.")
                .post("/auditor/integrity-reports/" + REFERENCE + "/triage").then().statusCode(409)
                .body(containsString("The report is received; it cannot be moved to referred"),
                        containsString("To the authority.</textarea>"));

        given().redirects().follow(false).formParam("text", "Which lot?")
                .post("/auditor/integrity-reports/" + REFERENCE + "/replies").then().statusCode(303)
                .header("Location", endsWith("?done=replied"));
        verify(auditors).reply(REFERENCE, new IntegrityReports.Reply("Which lot?"));

        given().formParam("text", " ").post("/auditor/integrity-reports/" + REFERENCE + "/replies").then()
                .statusCode(400).body(containsString("is required"));
    }

    @Test
    @TestSecurity(user = "auditor.farah", roles = "auditor")
    void attachmentsAreDownloadedNeverShownInline() {
        byte[] pdf = "%PDF-1.7\n%%EOF\n".getBytes(StandardCharsets.US_ASCII);
        when(auditors.attachment(REFERENCE, 1)).thenReturn(RestResponse.ResponseBuilder
                .ok((InputStream) new ByteArrayInputStream(pdf), "application/pdf").build());

        given().get("/auditor/integrity-reports/" + REFERENCE + "/attachments/1").then().statusCode(200)
                .contentType("application/pdf")
                .header("Content-Disposition", "attachment; filename=\"" + REFERENCE + "-attachment-1.pdf\"")
                .header("X-Content-Type-Options", "nosniff");
    }

    @Test
    @TestSecurity(user = "officer.anna", roles = "officer")
    void theInboxIsForAuditorsOnly() {
        given().get("/auditor/integrity-reports").then().statusCode(403);
        given().get("/auditor/integrity-reports/" + REFERENCE).then().statusCode(403);
        given().redirects().follow(false).formParam("status", "closed").formParam("note", "x")
                .post("/auditor/integrity-reports/" + REFERENCE + "/triage").then().statusCode(403);
        verifyNoInteractions(auditors);
        given().get("/integrity").then().body(not(containsString("id=\"nav-integrity-reports\"")));
    }

    @Test
    void visitorsAreSentToLogInForTheInbox() {
        given().redirects().follow(false).get("/auditor/integrity-reports").then().statusCode(302);
        verify(auditors, never()).inbox(any(), any(), any());
    }

    @Test
    @TestSecurity(user = "supplier.acme", roles = "supplier")
    void aSignedInReporterIsToldTheReportGoesWithoutTheirName() {
        given().get("/integrity").then().statusCode(200).body(containsString("id=\"integrity-signed-in\""));
    }
}
