package org.openprocure.portal.rest;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.ArgumentMatchers.isNull;
import static org.mockito.Mockito.doThrow;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.mockito.Mockito.when;
import static org.openprocure.portal.rest.ContractFixtures.CONTRACT;
import static org.openprocure.portal.rest.ContractFixtures.day;
import static org.openprocure.portal.rest.ContractFixtures.eur;
import static org.openprocure.portal.rest.TenderFixtures.OCID;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.inject.Inject;
import jakarta.ws.rs.ProcessingException;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.eclipse.microprofile.rest.client.inject.RestClient;
import org.jboss.resteasy.reactive.RestResponse;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;

import io.quarkus.test.InjectMock;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.quarkus.test.security.oidc.Claim;
import io.quarkus.test.security.oidc.OidcSecurity;

import org.openprocure.portal.client.BidServiceClient;
import org.openprocure.portal.client.BidServiceUserClient;
import org.openprocure.portal.client.ContractAmendmentRequest;
import org.openprocure.portal.client.ContractEndRequest;
import org.openprocure.portal.client.ContractList;
import org.openprocure.portal.client.ContractServiceClient;
import org.openprocure.portal.client.ContractServiceException;
import org.openprocure.portal.client.ContractServiceUserClient;
import org.openprocure.portal.client.EvaluationServiceClient;
import org.openprocure.portal.client.EvaluationServiceUserClient;
import org.openprocure.portal.client.MilestoneRequest;
import org.openprocure.portal.client.PaymentRequest;
import org.openprocure.portal.client.Period;
import org.openprocure.portal.client.Problem;
import org.openprocure.portal.client.SignatureRequest;
import org.openprocure.portal.client.TenderServiceClient;
import org.openprocure.portal.client.TenderServiceUserClient;

/**
 * The contract pages, coded against contract-service/README.md: the process timeline and the contracts on the
 * public tender page, the public contract page with its PDFs, the officer's list and the buyer's forms (sign,
 * amend, milestone, payment, complete, terminate), each sent to the right client method, refusals shown at the form.
 */
@QuarkusTest
class ContractPagesTest {

    private static final String TENDER = "/tenders/" + OCID;
    private static final String PAGE = "/contracts/" + CONTRACT;
    private static final byte[] PDF = "%PDF-1.7\n%signed contract\n%%EOF\n".getBytes(StandardCharsets.US_ASCII);

    @InjectMock
    @RestClient
    TenderServiceClient tenderService;

    @InjectMock
    @RestClient
    TenderServiceUserClient tenderServiceAsUser;

    @InjectMock
    @RestClient
    BidServiceClient bidService;

    @InjectMock
    @RestClient
    BidServiceUserClient bids;

    @InjectMock
    @RestClient
    EvaluationServiceClient awards;

    @InjectMock
    @RestClient
    EvaluationServiceUserClient evaluations;

    @InjectMock
    @RestClient
    ContractServiceClient contractService;

    @InjectMock
    @RestClient
    ContractServiceUserClient contracts;

    @Inject
    ObjectMapper json;

    @BeforeAll
    static void formsInUtf8() {
        Utf8Forms.install();
    }

    @BeforeEach
    void anAwardedTenderWithAContract() {
        when(tenderService.notice(OCID)).thenReturn(TenderFixtures.inEvaluation());
        when(tenderService.versions(OCID)).thenReturn(List.of());
        when(tenderService.comments(OCID)).thenReturn(List.of());
        when(tenderService.enquiries(OCID)).thenReturn(List.of());
        doThrow(notFound("No record")).when(contractService).record(OCID);
        when(contractService.contracts(OCID, null, null, null, null, null)).thenReturn(new ContractList(List.of(), 0L));
        when(contractService.contract(CONTRACT)).thenReturn(ContractFixtures.active());
    }

    private static ContractServiceException notFound(String detail) {
        return new ContractServiceException(new Problem("Not Found", 404, detail, List.of()));
    }

    private static ContractServiceException refused(int status, String detail, Problem.FieldError... errors) {
        return new ContractServiceException(new Problem(status == 409 ? "Conflict" : "Bad Request", status, detail,
                List.of(errors)));
    }

    // --- the public tender page ---------------------------------------------------------------------------------

    @Test
    void theTenderPageShowsTheWholeLifeOfTheProcessInDateOrderWithTheOpenDataLink() {
        doReturnRecord();

        String page = given().get(TENDER).then().statusCode(200)
                .body(containsString("<section id=\"timeline\" class=\"timeline\" aria-labelledby=\"timeline-heading\">"),
                        containsString("<h2 id=\"timeline-heading\">Timeline</h2>"),
                        containsString("<li class=\"version timeline-entry\" id=\"timeline-1\">\n      "
                                + "<time datetime=\"2026-11-02T08:00:00Z\">2 November 2026, 08:00 UTC</time>: "
                                + "<span class=\"timeline-label\">Draft published for consultation</span>"),
                        containsString("<a id=\"timeline-ocds\" href=\"/tenders/" + OCID
                                + "/ocds-record.json\" type=\"application/json\">Open data (OCDS record)</a>"))
                .extract().asString();
        List<String> inOrder = List.of("Draft published for consultation", "Notice published",
                "Tender updated (questions answered, bids opened)", "Award decided", "Contract published",
                "Contract carried out: milestones and payments", "Contract ended");
        int at = -1;
        for (String label : inOrder) {
            int next = page.indexOf("<span class=\"timeline-label\">" + label + "</span>");
            assertTrue(next > at, label + " should follow the entry before it");
            at = next;
        }
        assertTrue(page.contains("id=\"timeline-7\"") && !page.contains("id=\"timeline-8\""), "one entry per release");
    }

    @Test
    void thereIsNoTimelineForAProcessContractServiceHasNoRecordOf() {
        given().get(TENDER).then().statusCode(200)
                .body(not(containsString("id=\"timeline\"")), not(containsString("id=\"contracts\"")),
                        containsString("Road resurfacing"));
    }

    @Test
    void anUnreachableContractServiceLeavesTheTenderPageStandingAndSaysSo() {
        doThrow(new ProcessingException("Connection refused")).when(contractService).record(OCID);
        doThrow(new ProcessingException("Connection refused")).when(contractService)
                .contracts(OCID, null, null, null, null, null);

        given().get(TENDER).then().statusCode(200)
                .body(containsString("The timeline cannot be shown right now."), containsString("Road resurfacing"));
    }

    @Test
    void theOcdsRecordIsPassedThroughAsJson() {
        byte[] record = ("{\"uri\":\"x\",\"records\":[{\"ocid\":\"" + OCID + "\",\"releases\":[]}]}")
                .getBytes(StandardCharsets.UTF_8);
        when(contractService.recordJson(OCID)).thenReturn(RestResponse.ResponseBuilder
                .ok((InputStream) new ByteArrayInputStream(record), "application/json").build());

        byte[] body = given().get(TENDER + "/ocds-record.json").then().statusCode(200)
                .contentType(startsWith("application/json")).extract().asByteArray();
        assertArrayEquals(record, body);

        when(contractService.recordJson("ocds-op7x2k-T-2026-999999")).thenThrow(notFound("No record."));
        given().get("/tenders/ocds-op7x2k-T-2026-999999/ocds-record.json").then().statusCode(404);
    }

    @Test
    void theTenderPageListsItsContractsWithSupplierValueStatusAndLink() {
        when(contractService.contracts(OCID, null, null, null, null, null))
                .thenReturn(new ContractList(List.of(ContractFixtures.active()), 1L));

        given().get(TENDER).then().statusCode(200)
                .body(containsString("<section id=\"contracts\" class=\"contracts\" aria-labelledby=\"contracts-heading\">"),
                        containsString("<li class=\"lot contract-summary\" id=\"contract-" + CONTRACT + "\">"),
                        containsString("<a href=\"/contracts/" + CONTRACT + "\">Road resurfacing – Carriageway</a>"),
                        containsString("<dd class=\"contract-supplier\">Borek Stavby s.r.o.</dd>"),
                        containsString("<dd class=\"contract-value\">€64,020.00</dd>"),
                        containsString("In force"));
    }

    @Test
    void theTimelineAndContractsSpeakUkrainian() {
        doReturnRecord();
        when(contractService.contracts(OCID, null, null, null, null, null))
                .thenReturn(new ContractList(List.of(ContractFixtures.active()), 1L));

        given().header("Accept-Language", "uk").get(TENDER).then().statusCode(200)
                .body(containsString("Хронологія"), containsString("Оголошення оприлюднено"),
                        containsString("Відкриті дані (запис OCDS)"), containsString("<h2 id=\"contracts-heading\">Договори</h2>"),
                        containsString("Діє"));
    }

    private void doReturnRecord() {
        org.mockito.Mockito.doReturn(ContractFixtures.record()).when(contractService).record(OCID);
    }

    // --- the public contract page --------------------------------------------------------------------------------

    @Test
    void thePublicSeesPartiesValuesTheChangeAmendmentsMilestonesPaymentsAndThePdfsButNoForms() {
        given().get(PAGE).then().statusCode(200)
                .body(containsString("<article id=\"contract\" class=\"contract\" aria-labelledby=\"contract-title\">"),
                        containsString("<h1 id=\"contract-title\">Contract: Road resurfacing – Carriageway</h1>"),
                        containsString("<span class=\"stage stage-active\" id=\"contract-status\">In force</span>"),
                        containsString("<dd class=\"contract-buyer\">Northvale City Council</dd>"),
                        containsString("<dd class=\"contract-supplier\">Borek Stavby s.r.o.</dd>"),
                        containsString("<dd id=\"contract-award-value\">€58,200.00</dd>"),
                        containsString("<dd id=\"contract-value\">€64,020.00</dd>"),
                        containsString("<dd id=\"cumulative-change\">+€5,820.00 (+10 %)</dd>"),
                        containsString("<time datetime=\"2027-02-15\">15 February 2027</time> – <time datetime=\"2027-09-30\">30 September 2027</time>"),
                        containsString("<dd id=\"contract-date-signed\"><time datetime=\"2027-02-01\">1 February 2027</time></dd>"),
                        containsString("<a id=\"contract-document\" href=\"/contracts/" + CONTRACT
                                + "/document.pdf\" type=\"application/pdf\">Signed contract (PDF): Contract for lot 1</a>"),
                        containsString(ContractFixtures.DOC_SHA),
                        containsString("<a id=\"contract-summary\" href=\"/contracts/" + CONTRACT
                                + "/summary.pdf\" type=\"application/pdf\">Contract summary (PDF)</a>"),
                        containsString("Reason: Additional drainage found necessary under Art. 72(1)(c)."),
                        containsString("<dd class=\"amendment-value\">€58,200.00 → €64,020.00</dd>"),
                        containsString("<dd class=\"amendment-period\">31 August 2027 → 30 September 2027</dd>"),
                        containsString("<li class=\"version milestone\" id=\"milestone-m1\">"),
                        containsString("Carriageway milled <span class=\"stage stage-met\">Met</span>"),
                        containsString("<tr id=\"payment-pay-1\"><td><time datetime=\"2027-04-10\">10 April 2027</time></td>"
                                + "<td class=\"payment-amount\">€20,000.00</td><td>Carriageway milled</td><td>First instalment</td></tr>"),
                        containsString("<tr id=\"payment-pay-2\">"),
                        containsString("<dd id=\"total-paid\">€35,000.50</dd>"),
                        not(containsString("<form")), not(containsString("nav-contracts")));
    }

    @Test
    void aContractTerminatedEarlySaysWhenAndWhyAndACompletedOneWhen() {
        when(contractService.contract(CONTRACT)).thenReturn(ContractFixtures.terminatedEarly());
        given().get(PAGE).then().statusCode(200)
                .body(containsString("<span class=\"stage stage-terminatedEarly\" id=\"contract-status\">Terminated early</span>"),
                        containsString("This contract was terminated early on</strong> <time datetime=\"2027-06-20\">20 June 2027</time>"),
                        containsString("<p class=\"termination-reason\">Reason: The supplier went into insolvency.</p>"));

        when(contractService.contract(CONTRACT)).thenReturn(ContractFixtures.completed());
        given().get(PAGE).then().statusCode(200)
                .body(containsString("Completed</span>"),
                        containsString("This contract was completed on <time datetime=\"2027-09-29\">29 September 2027</time>"));
    }

    @Test
    void aPendingContractIsNotSignedYetAndHasNoDocument() {
        when(contractService.contract(CONTRACT)).thenReturn(ContractFixtures.pending());
        given().get(PAGE).then().statusCode(200)
                .body(containsString("Awaiting signature"), containsString("<dd id=\"contract-value\">Not signed yet</dd>"),
                        containsString("<dd id=\"total-paid\">Nothing paid yet</dd>"), not(containsString("id=\"contract-document\"")),
                        not(containsString("id=\"cumulative-change\"")), not(containsString("contract-sign")));
    }

    @Test
    void theSignedDocumentAndTheSummaryArePassedThroughAsPdf() {
        when(contractService.document(CONTRACT)).thenReturn(RestResponse.ResponseBuilder
                .ok((InputStream) new ByteArrayInputStream(PDF), "application/pdf").header("Digest", "sha-256=abc").build());
        when(contractService.summaryPdf(CONTRACT)).thenReturn(RestResponse.ResponseBuilder
                .ok((InputStream) new ByteArrayInputStream(PDF), "application/pdf").build());

        byte[] document = given().get(PAGE + "/document.pdf").then().statusCode(200)
                .contentType(startsWith("application/pdf")).header("Digest", "sha-256=abc")
                .header("Content-Disposition", "inline; filename=\"contract-" + CONTRACT + ".pdf\"")
                .extract().asByteArray();
        assertArrayEquals(PDF, document);
        given().get(PAGE + "/summary.pdf").then().statusCode(200).contentType(startsWith("application/pdf"))
                .header("Content-Disposition", "inline; filename=\"contract-" + CONTRACT + "-summary.pdf\"");
    }

    @Test
    void anUnknownContractIsTheNotFoundPage() {
        when(contractService.contract("nope")).thenThrow(notFound("No contract nope."));
        given().get("/contracts/nope").then().statusCode(404);
        when(contractService.document("nope")).thenThrow(notFound("No contract nope."));
        given().get("/contracts/nope/document.pdf").then().statusCode(404);
    }

    @Test
    void theContractPageFitsAPhoneAndSpeaksUkrainian() {
        given().header("Accept-Language", "uk").get(PAGE).then().statusCode(200)
                .body(containsString("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">"),
                        containsString("<div class=\"table-scroll\">"), not(containsString("style=")),
                        containsString("Договір: Road resurfacing – Carriageway"), containsString("Діє"),
                        containsString("Усього сплачено"), containsString("Зміна відносно суми за рішенням"),
                        containsString("Звіт про договір (PDF)"), containsString("Підписаний договір (PDF)"));
    }

    // --- the officer --------------------------------------------------------------------------------------------

    @Test
    @TestSecurity(user = "officer.anna", roles = "officer")
    @OidcSecurity(claims = @Claim(key = "org", value = ContractFixtures.BUYER))
    void anOfficerFindsTheBuyersContractsInTheHeaderAndTheList() {
        when(contracts.mine()).thenReturn(new ContractList(List.of(ContractFixtures.pending()), 1L));

        given().get("/officer/contracts").then().statusCode(200)
                .body(containsString("<a href=\"/officer/contracts\" id=\"nav-contracts\">Contracts</a>"),
                        containsString("<h1>My contracts</h1>"),
                        containsString("<a href=\"/contracts/" + CONTRACT + "\">Road resurfacing – Carriageway</a>"),
                        containsString("<dd class=\"contract-status\">Awaiting signature</dd>"),
                        containsString("<dd class=\"contract-value\">€58,200.00</dd>"));

        doThrow(new ProcessingException("Connection refused")).when(contracts).mine();
        given().get("/officer/contracts").then().statusCode(200)
                .body(containsString("The contracts cannot be shown right now."));
    }

    @Test
    @TestSecurity(user = "supplier.acme", roles = "supplier")
    void theOfficersListIsForOfficersOnly() {
        given().get("/officer/contracts").then().statusCode(403);
        given().redirects().follow(false).formParam("date", "2027-09-29").post(PAGE + "/completion")
                .then().statusCode(403);
        verifyNoInteractions(contracts);
    }

    @Test
    @TestSecurity(user = "officer.anna", roles = "officer")
    @OidcSecurity(claims = @Claim(key = "org", value = ContractFixtures.BUYER))
    void theBuyersOfficerSignsAPendingContractWithThePdfAsBase64() {
        when(contractService.contract(CONTRACT)).thenReturn(ContractFixtures.pending());

        given().get(PAGE).then().statusCode(200)
                .body(containsString("<form id=\"contract-sign\" method=\"post\" action=\"/contracts/" + CONTRACT
                                + "/signature\" enctype=\"multipart/form-data\" novalidate>"),
                        containsString("<input id=\"contract-sign-value-amount\" name=\"value.amount\" type=\"text\" value=\"58200.00\""),
                        containsString("<input id=\"contract-sign-document-content\" name=\"document.content\" type=\"file\""),
                        containsString("<button type=\"submit\" id=\"contract-sign-submit\">Sign the contract</button>"),
                        not(containsString("id=\"contract-payment\"")));

        given().redirects().follow(false)
                .multiPart("dateSigned", "2027-02-01")
                .multiPart("value.amount", "58200.00")
                .multiPart("value.currency", "EUR")
                .multiPart("period.startDate", "2027-02-15")
                .multiPart("period.endDate", "2027-08-31")
                .multiPart("document.title", "")
                .multiPart("document.content", "contract-lot-1.pdf", PDF, "application/pdf")
                .post(PAGE + "/signature")
                .then().statusCode(303).header("Location", endsWith(PAGE + "?done=signed#contract"));

        verify(contracts).sign(CONTRACT, new SignatureRequest(day("2027-02-01"), eur("58200.00"),
                new Period(day("2027-02-15"), day("2027-08-31")), new SignatureRequest.SignedDocument(
                        "contract-lot-1.pdf", "contract-lot-1.pdf", Base64.getEncoder().encodeToString(PDF))));

        when(contractService.contract(CONTRACT)).thenReturn(ContractFixtures.active());
        given().get(PAGE + "?done=signed").then().statusCode(200)
                .body(containsString("The contract is signed and in force."));
    }

    @Test
    @TestSecurity(user = "officer.anna", roles = "officer")
    @OidcSecurity(claims = @Claim(key = "org", value = ContractFixtures.BUYER))
    void aSignatureWithoutThePdfIsNotSentAndOneTheServiceRefusesShowsWhyKeepingTheEntries() {
        when(contractService.contract(CONTRACT)).thenReturn(ContractFixtures.pending());

        given().multiPart("dateSigned", "2027-02-01").multiPart("value.amount", "58200.00")
                .multiPart("period.startDate", "2027-02-15").multiPart("period.endDate", "")
                .post(PAGE + "/signature")
                .then().statusCode(400)
                .body(containsString("id=\"contract-sign-period-endDate-error\">Enter a date."),
                        containsString("id=\"contract-sign-document-content-error\">Choose the signed contract as a PDF."),
                        containsString("value=\"2027-02-01\""));
        verify(contracts, never()).sign(anyString(), any());

        doThrow(refused(400, "The contract period must end after it starts.",
                new Problem.FieldError("period.endDate", "must be after period.startDate")))
                .when(contracts).sign(eq(CONTRACT), any());
        given().multiPart("dateSigned", "2027-02-01").multiPart("value.amount", "58200.00")
                .multiPart("value.currency", "EUR")
                .multiPart("period.startDate", "2027-02-15").multiPart("period.endDate", "2027-01-31")
                .multiPart("document.content", "signed.pdf", PDF, "application/pdf")
                .post(PAGE + "/signature")
                .then().statusCode(400)
                .body(containsString("<p class=\"problem-detail\">The contract period must end after it starts.</p>"),
                        containsString("id=\"contract-sign-period-endDate-error\">must be after period.startDate"),
                        containsString("value=\"2027-01-31\""));
    }

    @Test
    @TestSecurity(user = "officer.anna", roles = "officer")
    @OidcSecurity(claims = @Claim(key = "org", value = ContractFixtures.BUYER))
    void anActiveContractOffersTheBuyersOfficerEveryStepWithStableIds() {
        given().get(PAGE).then().statusCode(200)
                .body(containsString("<a href=\"/officer/contracts\" id=\"nav-contracts\">Contracts</a>"),
                        containsString("<form id=\"contract-payment\" class=\"inline-form\" method=\"post\" action=\"/contracts/"
                                + CONTRACT + "/payments\" novalidate>"),
                        containsString("<form id=\"contract-milestone\""), containsString("<form id=\"contract-amend\""),
                        containsString("<form id=\"contract-complete\""), containsString("<form id=\"contract-terminate\""),
                        containsString("id=\"contract-payment-submit\""), containsString("id=\"contract-milestone-submit\""),
                        containsString("id=\"contract-amend-submit\""), containsString("id=\"contract-complete-submit\""),
                        containsString("id=\"contract-terminate-submit\""),
                        containsString("<option value=\"m1\">Carriageway milled</option>"),
                        not(containsString("contract-sign")));
    }

    @Test
    @TestSecurity(user = "officer.olek", roles = "officer")
    @OidcSecurity(claims = @Claim(key = "org", value = "buyer-riverside"))
    void anOfficerOfAnotherBuyerGetsNoForms() {
        given().get(PAGE).then().statusCode(200)
                .body(containsString("<dd id=\"total-paid\">€35,000.50</dd>"), not(containsString("<form")));
    }

    @Test
    @TestSecurity(user = "officer.anna", roles = "officer")
    @OidcSecurity(claims = @Claim(key = "org", value = ContractFixtures.BUYER))
    void aPaymentGoesWithTheKeyOfTheRenderedFormAndTwoRenderingsGetTwoKeys() {
        String first = given().get(PAGE).then().statusCode(200).extract().asString();
        String second = given().get(PAGE).then().statusCode(200).extract().asString();
        String key = paymentKey(first);
        assertNotNull(key);
        assertTrue(!key.equals(paymentKey(second)), "each rendering has its own key");

        given().redirects().follow(false).formParam("idempotencyKey", key).formParam("value.currency", "EUR")
                .formParam("date", "2027-07-01").formParam("value.amount", "12 500,25").formParam("milestoneId", "m1")
                .formParam("description", "Second instalment – résumé of works")
                .post(PAGE + "/payments")
                .then().statusCode(303).header("Location", endsWith(PAGE + "?done=paymentRecorded#contract"));
        verify(contracts).recordPayment(CONTRACT, key, new PaymentRequest(day("2027-07-01"), eur("12500.25"), "m1",
                "Second instalment – résumé of works"));
    }

    @Test
    @TestSecurity(user = "officer.anna", roles = "officer")
    @OidcSecurity(claims = @Claim(key = "org", value = ContractFixtures.BUYER))
    void aPaymentInAnotherCurrencyIsRefusedAtTheFormWithWhatWasEntered() {
        doThrow(refused(400, "A payment must be in the contract's currency, EUR.",
                new Problem.FieldError("value.currency", "must be EUR")))
                .when(contracts).recordPayment(eq(CONTRACT), anyString(), any());

        given().formParam("idempotencyKey", "k-1").formParam("value.currency", "USD").formParam("date", "2027-07-01")
                .formParam("value.amount", "100").formParam("description", "Wrong money")
                .post(PAGE + "/payments")
                .then().statusCode(400)
                .body(containsString("<p class=\"problem-detail\">A payment must be in the contract&#39;s currency, EUR.</p>"),
                        containsString("id=\"contract-payment-value-amount-error\">must be EUR"),
                        containsString("value=\"Wrong money\""));
    }

    @Test
    @TestSecurity(user = "officer.anna", roles = "officer")
    @OidcSecurity(claims = @Claim(key = "org", value = ContractFixtures.BUYER))
    void anAmendmentSendsTheNewValueAndEndKeepingTheStart() {
        given().redirects().follow(false).formParam("reason", "Extra drainage.").formParam("value.currency", "EUR")
                .formParam("value.amount", "64020.00").formParam("period.endDate", "2027-10-31")
                .post(PAGE + "/amendments")
                .then().statusCode(303).header("Location", endsWith("?done=amended#contract"));
        verify(contracts).amend(CONTRACT, new ContractAmendmentRequest("Extra drainage.", eur("64020.00"),
                new Period(day("2027-02-15"), day("2027-10-31"))));

        given().redirects().follow(false).formParam("reason", "Only later.").formParam("period.endDate", "2027-11-30")
                .post(PAGE + "/amendments").then().statusCode(303);
        verify(contracts).amend(CONTRACT, new ContractAmendmentRequest("Only later.", null,
                new Period(day("2027-02-15"), day("2027-11-30"))));

        given().formParam("reason", "Nothing?").post(PAGE + "/amendments").then().statusCode(400)
                .body(containsString("Give a new value, a new end date, or both."), containsString(">Nothing?</textarea>"));
    }

    @Test
    @TestSecurity(user = "officer.anna", roles = "officer")
    @OidcSecurity(claims = @Claim(key = "org", value = ContractFixtures.BUYER))
    void aMilestoneIsPutUnderItsId() {
        given().redirects().follow(false).formParam("milestoneId", "m2").formParam("title", "Surface laid")
                .formParam("dueDate", "2027-07-31").formParam("status", "met").formParam("dateMet", "2027-07-29")
                .formParam("description", "")
                .post(PAGE + "/milestones")
                .then().statusCode(303).header("Location", endsWith("?done=milestoneRecorded#contract"));
        verify(contracts).recordMilestone(CONTRACT, "m2", new MilestoneRequest("Surface laid", null, day("2027-07-31"),
                "met", day("2027-07-29")));
    }

    @Test
    @TestSecurity(user = "officer.anna", roles = "officer")
    @OidcSecurity(claims = @Claim(key = "org", value = ContractFixtures.BUYER))
    void completionAndTerminationSendTheirDateAndReason() {
        given().redirects().follow(false).formParam("date", "2027-09-29").post(PAGE + "/completion")
                .then().statusCode(303).header("Location", endsWith("?done=completed#contract"));
        verify(contracts).complete(CONTRACT, new ContractEndRequest(day("2027-09-29"), null));

        given().redirects().follow(false).formParam("date", "2027-06-20")
                .formParam("reason", "The supplier went into insolvency.").post(PAGE + "/termination")
                .then().statusCode(303).header("Location", endsWith("?done=terminated#contract"));
        verify(contracts).terminate(CONTRACT, new ContractEndRequest(day("2027-06-20"), "The supplier went into insolvency."));

        given().formParam("date", "2027-06-20").post(PAGE + "/termination").then().statusCode(400)
                .body(containsString("id=\"contract-terminate-reason-error\">Fill this in."));
    }

    @Test
    @TestSecurity(user = "officer.anna", roles = "officer")
    @OidcSecurity(claims = @Claim(key = "org", value = ContractFixtures.BUYER))
    void aStepTheStatusOrTheBuyerDoesNotAllowIsShownAtItsFormNotAsAnError() {
        doThrow(refused(409, "Contract " + CONTRACT + " is terminated: it cannot be completed.")).when(contracts)
                .complete(eq(CONTRACT), any());
        given().formParam("date", "2027-09-29").post(PAGE + "/completion").then().statusCode(409)
                .body(containsString("<p class=\"problem-detail\">Contract " + CONTRACT
                        + " is terminated: it cannot be completed.</p>"), containsString("value=\"2027-09-29\""));

        doThrow(new ContractServiceException(new Problem("Forbidden", 403, "Only the buyer's officers may amend.", List.of())))
                .when(contracts).amend(eq(CONTRACT), any());
        given().formParam("reason", "Mine now").formParam("value.amount", "1").post(PAGE + "/amendments")
                .then().statusCode(403)
                .body(containsString("<p class=\"problem-detail\">Only the buyer&#39;s officers may amend.</p>"),
                        containsString(">Mine now</textarea>"));
    }

    @Test
    void theRequestsSerialiseAsTheContractSays() throws Exception {
        JsonNode payment = json.valueToTree(new PaymentRequest(day("2027-07-01"), eur("12500.25"), null, "x"));
        assertEquals("2027-07-01T00:00:00Z", payment.get("date").asText());
        assertEquals("12500.25", payment.get("value").get("amount").asText());
        assertEquals("EUR", payment.get("value").get("currency").asText());
        assertTrue(payment.get("milestoneId").isNull());

        JsonNode signature = json.valueToTree(new SignatureRequest(day("2027-02-01"), eur("1.00"),
                new Period(day("2027-02-15"), day("2027-08-31")), new SignatureRequest.SignedDocument("t", "f.pdf", "JVBE")));
        assertEquals("2027-02-15T00:00:00Z", signature.get("period").get("startDate").asText());
        assertEquals("JVBE", signature.get("document").get("content").asText());

        JsonNode completion = json.valueToTree(ContractEndRequest.completion(day("2027-09-29")));
        assertEquals(List.of("date"), iterator(completion));

        ContractList bare = json.readValue("[{\"contractId\":\"c1\",\"status\":\"active\",\"extra\":1}]", ContractList.class);
        assertEquals(1, bare.total());
        ContractList page = json.readValue("{\"items\":[{\"contractId\":\"c1\",\"dateSigned\":\"2027-02-01T10:00:00Z\"}],\"total\":7}",
                ContractList.class);
        assertEquals(7, page.total());
        assertEquals("c1", page.items().get(0).contractId());
    }

    private static List<String> iterator(JsonNode node) {
        List<String> names = new java.util.ArrayList<>();
        node.fieldNames().forEachRemaining(names::add);
        return names;
    }

    private static String paymentKey(String page) {
        Matcher form = Pattern.compile("<form id=\"contract-payment\"[\\s\\S]*?name=\"idempotencyKey\" value=\"([^\"]+)\"")
                .matcher(page);
        return form.find() ? form.group(1) : null;
    }
}
