package org.openprocure.portal.rest;

import java.io.InputStream;
import java.net.URI;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.function.Supplier;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriBuilder;

import org.eclipse.microprofile.rest.client.inject.RestClient;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.RestResponse;

import io.quarkus.qute.TemplateInstance;
import io.quarkus.security.identity.SecurityIdentity;

import org.jboss.resteasy.reactive.server.multipart.MultipartFormDataInput;

import org.openprocure.portal.client.BidServiceClient;
import org.openprocure.portal.client.BidServiceException;
import org.openprocure.portal.client.BidServiceUserClient;
import org.openprocure.portal.client.BidderResult;
import org.openprocure.portal.client.ContractList;
import org.openprocure.portal.client.ContractServiceClient;
import org.openprocure.portal.client.ContractServiceException;
import org.openprocure.portal.client.Criterion;
import org.openprocure.portal.client.EvaluationServiceClient;
import org.openprocure.portal.client.EvaluationServiceException;
import org.openprocure.portal.client.EvaluationServiceUserClient;
import org.openprocure.portal.client.NoticeVersionSummary;
import org.openprocure.portal.client.OpeningRecord;
import org.openprocure.portal.client.OwnBids;
import org.openprocure.portal.client.Problem.FieldError;
import org.openprocure.portal.client.PublicAwards;
import org.openprocure.portal.client.ReceiptCheck;
import org.openprocure.portal.client.ReceiptVerification;
import org.openprocure.portal.client.SubmissionWindow;
import org.openprocure.portal.client.TenderServiceClient;
import org.openprocure.portal.client.TenderServiceException;
import org.openprocure.portal.client.TenderServiceUserClient;
import org.openprocure.portal.client.TenderView;
import org.openprocure.portal.client.TextRequest;
import org.openprocure.portal.i18n.RequestMessages;
import org.openprocure.portal.view.AwardSection;
import org.openprocure.portal.view.BidForm;
import org.openprocure.portal.view.ContractsSection;
import org.openprocure.portal.view.TimelineSection;
import org.openprocure.portal.view.BidSection;
import org.openprocure.portal.view.CommentForm;
import org.openprocure.portal.view.EvaluationForms;
import org.openprocure.portal.view.Forms;
import org.openprocure.portal.view.OpeningRecordPage;
import org.openprocure.portal.view.ReceiptText;
import org.openprocure.portal.view.FormProblem;
import org.openprocure.portal.view.QuestionForm;
import org.openprocure.portal.view.RequestLocale;
import org.openprocure.portal.view.ResultSection;
import org.openprocure.portal.view.StepForms;
import org.openprocure.portal.view.StepRefusal;
import org.openprocure.portal.view.TenderPage;
import org.openprocure.portal.view.VersionEntry;

/**
 * The public page of one tender, the consultation comments anyone may post on it, the questions
 * suppliers ask, suppliers' bids, the public opening record, and its PDFs, which the portal passes
 * through from tender-service so readers need no second address.
 */
@Path("/tenders/{ocid}")
public class TenderPageResource {

    private static final Logger LOG = Logger.getLogger(TenderPageResource.class);

    @Inject
    @RestClient
    TenderServiceClient tenderService;

    @Inject
    @RestClient
    TenderServiceUserClient asUser;

    @Inject
    RequestLocale locale;

    @Inject
    RequestMessages messages;

    @Inject
    SecurityIdentity identity;

    @Inject
    Clock clock;

    @Inject
    @RestClient
    BidServiceClient bidService;

    @Inject
    @RestClient
    BidServiceUserClient bidsAsUser;

    @Inject
    @RestClient
    EvaluationServiceClient evaluationService;

    @Inject
    @RestClient
    EvaluationServiceUserClient evaluationsAsUser;

    @Inject
    @RestClient
    ContractServiceClient contractService;

    @GET
    @PermitAll
    @Produces(MediaType.TEXT_HTML)
    public TemplateInstance page(@PathParam("ocid") String ocid, @QueryParam("sent") String sent) {
        return render(ocid, CommentForm.blank(), QuestionForm.blank(), sent);
    }

    /** A supplier's bid: sealed by bid-service on receipt; the page then shows its signed receipt. */
    @POST
    @Path("bid")
    @RolesAllowed("supplier")
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    @Produces(MediaType.TEXT_HTML)
    public RestResponse<String> submitBid(@PathParam("ocid") String ocid, MultipartFormDataInput input) {
        return sendBid(ocid, input, null);
    }

    /** A new version of the supplier's current bid; the earlier one no longer counts. */
    @POST
    @Path("bid/{bidId}/replace")
    @RolesAllowed("supplier")
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    @Produces(MediaType.TEXT_HTML)
    public RestResponse<String> replaceBid(@PathParam("ocid") String ocid, @PathParam("bidId") String bidId,
            MultipartFormDataInput input) {
        return sendBid(ocid, input, bidId);
    }

    @POST
    @Path("bid/{bidId}/withdraw")
    @RolesAllowed("supplier")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Produces(MediaType.TEXT_HTML)
    public RestResponse<String> withdrawBid(@PathParam("ocid") String ocid, @PathParam("bidId") String bidId,
            MultivaluedMap<String, String> form) {
        try {
            bidsAsUser.withdraw(ocid, bidId, Forms.idempotencyKey(form));
            return seeOther(ocid, "bidWithdrawn", "bid");
        } catch (BidServiceException refused) {
            if (!refused.userCanFix()) {
                throw refused;
            }
            return Pages.html(refused.status(), render(ocid, CommentForm.blank(), QuestionForm.blank(), null,
                    null, FormProblem.of(refused.problem())));
        }
    }

    private RestResponse<String> sendBid(String ocid, MultipartFormDataInput input, String bidId) {
        BidForm form = BidForm.of(Multipart.fields(input), Multipart.files(input));
        TenderView tender = tenderService.notice(ocid);
        BidForm.Parsed parsed = form.parse(tender.activeLots(), qualityCriteria(tender), messages.bids());
        FormProblem problem = parsed.problem();
        if (problem == null) {
            try {
                if (bidId == null) {
                    bidsAsUser.submit(ocid, form.idempotencyKey(), parsed.offer());
                } else {
                    bidsAsUser.replace(ocid, bidId, form.idempotencyKey(), parsed.offer());
                }
                return seeOther(ocid, bidId == null ? "bidSubmitted" : "bidReplaced", "bid");
            } catch (BidServiceException refused) {
                if (!refused.userCanFix()) {
                    throw refused;
                }
                problem = BidForm.onForm(FormProblem.of(refused.problem()), parsed);
            }
        }
        return Pages.html(problem.status(), render(ocid, CommentForm.blank(), QuestionForm.blank(), null,
                form.refused(problem), null));
    }

    /** The public opening record, once the committee has opened the bids; until then, says they are sealed. */
    @GET
    @Path("opening")
    @PermitAll
    @Produces(MediaType.TEXT_HTML)
    public TemplateInstance opening(@PathParam("ocid") String ocid) {
        TenderView tender = tenderService.notice(ocid);
        return Templates.openingRecord(new OpeningRecordPage(tender, openingRecord(ocid), null, null, null))
                .setLocale(locale.get());
    }

    /**
     * Anyone may check a receipt: bid-service checks its signature, and the bid is looked up on the record
     * by id, version and envelope hash.
     */
    @POST
    @Path("opening/check")
    @PermitAll
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Produces(MediaType.TEXT_HTML)
    public RestResponse<String> checkReceipt(@PathParam("ocid") String ocid, MultivaluedMap<String, String> form) {
        TenderView tender = tenderService.notice(ocid);
        OpeningRecord record = openingRecord(ocid);
        String text = Forms.first(form, "receipt");
        FormProblem problem = null;
        OpeningRecordPage.CheckResult result = null;
        ReceiptCheck receipt = null;
        if (Forms.trimmed(text) == null) {
            problem = FormProblem.local(List.of(new FieldError("receipt", messages.bids().errorReceiptMissing())));
        } else {
            try {
                receipt = ReceiptText.parse(text);
            } catch (java.io.IOException notJson) {
                problem = FormProblem.local(List.of(new FieldError("receipt", messages.bids().errorReceiptJson())));
            }
        }
        if (receipt != null) {
            try {
                ReceiptVerification verification = bidService.verify(receipt);
                result = new OpeningRecordPage.CheckResult(receipt, verification.valid(), record == null ? null
                        : record.find(receipt.bidId(), receipt.version(), receipt.envelopeSha256()),
                        record != null && record.findDecoy(receipt.bidId(), receipt.version(),
                                receipt.envelopeSha256()) != null);
            } catch (BidServiceException refused) {
                if (!refused.userCanFix()) {
                    throw refused;
                }
                problem = FormProblem.of(refused.problem());
            }
        }
        OpeningRecordPage page = new OpeningRecordPage(tender, record, text, result, problem);
        return Pages.html(problem == null ? 200 : problem.status(), Templates.openingRecord(page)
                .setLocale(locale.get()));
    }

    private OpeningRecord openingRecord(String ocid) {
        try {
            return bidService.openingRecord(ocid);
        } catch (BidServiceException sealed) {
            if (sealed.status() == 404) {
                return null;
            }
            throw sealed;
        }
    }

    /** Anyone may comment during the consultation, without logging in; the token-less client sends it. */
    @POST
    @Path("comments")
    @PermitAll
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Produces(MediaType.TEXT_HTML)
    public RestResponse<String> comment(@PathParam("ocid") String ocid,
            MultivaluedMap<String, String> form) {
        CommentForm comment = CommentForm.of(form);
        FormProblem problem = comment.check(messages.get());
        if (problem == null) {
            try {
                tenderService.comment(ocid, comment.toRequest());
                return seeOther(ocid, "comment", "comments");
            } catch (TenderServiceException refused) {
                if (!refused.userCanFix()) {
                    throw refused;
                }
                problem = FormProblem.of(refused.problem());
            }
        }
        return Pages.html(problem.status(), render(ocid, comment.refused(problem), QuestionForm.blank(), null));
    }

    @POST
    @Path("enquiries")
    @RolesAllowed("supplier")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Produces(MediaType.TEXT_HTML)
    public RestResponse<String> ask(@PathParam("ocid") String ocid, MultivaluedMap<String, String> form) {
        QuestionForm question = QuestionForm.of(form);
        FormProblem problem = question.check(messages.get());
        if (problem == null) {
            try {
                asUser.ask(ocid, question.toRequest());
                return seeOther(ocid, "question", "enquiries");
            } catch (TenderServiceException refused) {
                if (!refused.userCanFix()) {
                    throw refused;
                }
                problem = FormProblem.of(refused.problem());
            }
        }
        return Pages.html(problem.status(), render(ocid, CommentForm.blank(), question.refused(problem), null));
    }

    /** The bidder's answer to the chair's request to justify an abnormally low price. */
    @POST
    @Path("lots/{lotId}/justification")
    @RolesAllowed("supplier")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Produces(MediaType.TEXT_HTML)
    public RestResponse<String> justify(@PathParam("ocid") String ocid, @PathParam("lotId") String lotId,
            MultivaluedMap<String, String> form) {
        String bidId = Forms.text(form, "bidId");
        return resultStep(ocid, "justify", lotId, form, EvaluationForms.text(form, messages.evaluation()),
                request -> evaluationsAsUser.justify(ocid, lotId, bidId, request), "justificationSent");
    }

    /** A bidder's complaint about the proposed award, during the standstill. */
    @POST
    @Path("lots/{lotId}/complaints")
    @RolesAllowed("supplier")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Produces(MediaType.TEXT_HTML)
    public RestResponse<String> complain(@PathParam("ocid") String ocid, @PathParam("lotId") String lotId,
            MultivaluedMap<String, String> form) {
        return resultStep(ocid, "complain", lotId, form, EvaluationForms.text(form, messages.evaluation()),
                request -> evaluationsAsUser.complain(ocid, lotId, request), "complaintFiled");
    }

    private RestResponse<String> resultStep(String ocid, String action, String lotId,
            MultivaluedMap<String, String> form, EvaluationForms.Parsed<TextRequest> parsed,
            java.util.function.Consumer<TextRequest> send, String done) {
        FormProblem problem = parsed.problem();
        if (problem == null) {
            try {
                send.accept(parsed.request());
                return seeOther(ocid, done, "result");
            } catch (EvaluationServiceException refused) {
                if (!refused.userCanFix()) {
                    throw refused;
                }
                problem = FormProblem.of(refused.problem());
            }
        }
        return Pages.html(problem.status(), render(ocid, CommentForm.blank(), QuestionForm.blank(), null, null, null,
                StepRefusal.of(action, lotId, problem, form)));
    }

    /** A lot's evaluation report, from evaluation-service, once the award is proposed. */
    @GET
    @Path("lots/{lotId}/report.pdf")
    @PermitAll
    @Produces(TenderServiceClient.PDF)
    public Response evaluationReport(@PathParam("ocid") String ocid, @PathParam("lotId") String lotId) {
        return pdf(evaluationService.reportPdf(ocid, lotId), ocid + "-" + lotId + "-evaluation-report.pdf");
    }

    /** A lot's award notice, from evaluation-service, once the award is confirmed. */
    @GET
    @Path("lots/{lotId}/notice.pdf")
    @PermitAll
    @Produces(TenderServiceClient.PDF)
    public Response awardNotice(@PathParam("ocid") String ocid, @PathParam("lotId") String lotId) {
        return pdf(evaluationService.noticePdf(ocid, lotId), ocid + "-" + lotId + "-award-notice.pdf");
    }

    @GET
    @Path("notice.pdf")
    @PermitAll
    @Produces(TenderServiceClient.PDF)
    public Response noticePdf(@PathParam("ocid") String ocid) {
        return pdf(tenderService.noticePdf(ocid), ocid + "-notice.pdf");
    }

    @GET
    @Path("consultation-report.pdf")
    @PermitAll
    @Produces(TenderServiceClient.PDF)
    public Response consultationReport(@PathParam("ocid") String ocid) {
        return pdf(tenderService.consultationReport(ocid), ocid + "-consultation-report.pdf");
    }

    @GET
    @Path("documents/{documentId}")
    @PermitAll
    @Produces(TenderServiceClient.PDF)
    public Response document(@PathParam("ocid") String ocid, @PathParam("documentId") String documentId) {
        return pdf(tenderService.document(ocid, documentId), documentId + ".pdf");
    }

    private TemplateInstance render(String ocid, CommentForm commentForm, QuestionForm questionForm, String sent) {
        return render(ocid, commentForm, questionForm, sent, null, null, null);
    }

    private TemplateInstance render(String ocid, CommentForm commentForm, QuestionForm questionForm, String sent,
            BidForm bidForm, FormProblem withdrawProblem) {
        return render(ocid, commentForm, questionForm, sent, bidForm, withdrawProblem, null);
    }

    private TemplateInstance render(String ocid, CommentForm commentForm, QuestionForm questionForm, String sent,
            BidForm bidForm, FormProblem withdrawProblem, StepRefusal resultRefusal) {
        TenderView tender = tenderService.notice(ocid);
        boolean supplier = identity.hasRole("supplier");
        OwnBids own = supplier && tender.publishedAt() != null
                ? optional("own bid", () -> bidsAsUser.ownBid(ocid)) : null;
        TenderPage page = new TenderPage(tender,
                optional("versions", () -> versions(ocid)),
                optional("comments", () -> tenderService.comments(ocid)),
                optional("enquiries", () -> tenderService.enquiries(ocid)),
                clock.instant(),
                supplier,
                !identity.isAnonymous(),
                commentForm,
                questionForm,
                "comment".equals(sent) || "question".equals(sent) ? sent : null,
                bidding(tender, own, bidForm, withdrawProblem, sent),
                award(tender),
                result(tender, own, sent, resultRefusal),
                timeline(tender),
                contracts(tender));
        return Templates.tenderPage(page).setLocale(locale.get());
    }

    /**
     * The bid part of a published tender: whether bids are taken, by bid-service's clock; for a
     * supplier its own bid and the forms. A part bid-service cannot give right now shows as unavailable.
     */
    private BidSection bidding(TenderView tender, OwnBids own, BidForm bidForm, FormProblem withdrawProblem,
            String sent) {
        if (tender.publishedAt() == null) {
            return null;
        }
        String ocid = tender.ocid();
        boolean supplier = identity.hasRole("supplier");
        SubmissionWindow window = optional("submission window", () -> bidService.submissionWindow(ocid));
        String currency = tender.value() != null ? tender.value().currency() : null;
        String done = sent != null && BID_STEPS.contains(sent) ? sent : null;
        return new BidSection(window, supplier, !identity.isAnonymous(), own, qualityCriteria(tender),
                bidForm != null ? bidForm : BidForm.blank(currency), UUID.randomUUID().toString(), withdrawProblem,
                done);
    }

    /**
     * The public award part, once evaluation-service has opened the bids of the tender; none while it does not
     * know the tender (404). Unavailable is said only once the tender is past its bidding, when an award
     * could be expected.
     */
    private AwardSection award(TenderView tender) {
        if (tender.publishedAt() == null) {
            return null;
        }
        try {
            PublicAwards awards = evaluationService.awards(tender.ocid());
            return awards != null && awards.afterOpening() ? new AwardSection(tender.ocid(), awards, false) : null;
        } catch (EvaluationServiceException unknown) {
            if (unknown.status() == 404) {
                return null;
            }
            return unavailableAfterBidding(tender, "awards", unknown)
                    ? new AwardSection(tender.ocid(), null, true) : null;
        } catch (RuntimeException unreachable) {
            return unavailableAfterBidding(tender, "awards", unreachable)
                    ? new AwardSection(tender.ocid(), null, true) : null;
        }
    }

    /**
     * A supplier's own result, once its bid has been opened; none for a supplier without an opened bid (404).
     * The justification names the bid: the service's own id for it when it sends one, else the supplier's
     * bid from bid-service, since opened bids keep their ids.
     */
    private ResultSection result(TenderView tender, OwnBids own, String sent, StepRefusal refusal) {
        if (tender.publishedAt() == null || !identity.hasRole("supplier")) {
            return null;
        }
        String ocid = tender.ocid();
        String done = sent != null && RESULT_STEPS.contains(sent) ? sent : null;
        try {
            BidderResult result = evaluationsAsUser.myResult(ocid);
            if (result == null) {
                return null;
            }
            String bidId = result.bidId();
            if (bidId == null && own != null) {
                bidId = own.current() != null ? own.current().bidId()
                        : own.latest() != null ? own.latest().bidId() : null;
            }
            return new ResultSection(ocid, result, bidId, false, done, new StepForms(refusal));
        } catch (EvaluationServiceException unknown) {
            if (unknown.status() == 404) {
                return null;
            }
            return unavailableAfterBidding(tender, "result", unknown)
                    ? new ResultSection(ocid, null, null, true, done, StepForms.NONE) : null;
        } catch (RuntimeException unreachable) {
            return unavailableAfterBidding(tender, "result", unreachable)
                    ? new ResultSection(ocid, null, null, true, done, StepForms.NONE) : null;
        }
    }

    /**
     * The whole life of the process from its OCDS record at contract-service; none while no release of it is
     * published (404). Unavailable is said only for a published tender, which has releases.
     */
    private TimelineSection timeline(TenderView tender) {
        String ocid = tender.ocid();
        if (ocid == null) {
            return null;
        }
        try {
            return TimelineSection.of(ocid, contractService.record(ocid));
        } catch (ContractServiceException unknown) {
            if (unknown.status() == 404) {
                return null;
            }
            LOG.warnf("The OCDS record of %s could not be fetched: %s", ocid, unknown.toString());
        } catch (RuntimeException unreachable) {
            LOG.warnf("The OCDS record of %s could not be fetched: %s", ocid, unreachable.toString());
        }
        return tender.publishedAt() != null ? TimelineSection.unavailable(ocid) : null;
    }

    /** The contracts of the process; none before the first one is opened, at a confirmed award. */
    private ContractsSection contracts(TenderView tender) {
        if (tender.publishedAt() == null || tender.ocid() == null) {
            return null;
        }
        try {
            ContractList list = contractService.contracts(tender.ocid(), null, null, null, null, null);
            return list == null || list.items().isEmpty() ? null : new ContractsSection(list.items(), false);
        } catch (RuntimeException unavailable) {
            LOG.warnf("The contracts of %s could not be fetched: %s", tender.ocid(), unavailable.toString());
            return "awarded".equals(tender.statusDetails()) || "complete".equals(tender.status())
                    ? new ContractsSection(List.of(), true) : null;
        }
    }

    /** The process's OCDS record package, as contract-service publishes it, at the portal's own address. */
    @GET
    @Path("ocds-record.json")
    @PermitAll
    public Response ocdsRecord(@PathParam("ocid") String ocid) {
        RestResponse<InputStream> upstream = contractService.recordJson(ocid);
        return Response.ok(upstream.getEntity(), MediaType.APPLICATION_JSON_TYPE.withCharset("UTF-8"))
                .header(HttpHeaders.CONTENT_DISPOSITION, "inline; filename=\"" + ocid + "-record.json\"")
                .header("X-Content-Type-Options", "nosniff")
                .header("Access-Control-Allow-Origin", "*")
                .build();
    }

    private static final List<String> AFTER_BIDDING = List.of("tenderingClosed", "evaluation", "awarded",
            "unsuccessful");

    private static boolean unavailableAfterBidding(TenderView tender, String part, RuntimeException failure) {
        LOG.warnf("The %s of a tender could not be fetched from evaluation-service: %s", part, failure.toString());
        return AFTER_BIDDING.contains(tender.statusDetails());
    }

    private static final List<String> BID_STEPS = List.of("bidSubmitted", "bidReplaced", "bidWithdrawn");

    private static final List<String> RESULT_STEPS = List.of("justificationSent", "complaintFiled");

    /** The criteria a bid answers in words: all but price. */
    static List<Criterion> qualityCriteria(TenderView tender) {
        return tender.criteria().stream().filter(c -> !"price".equals(c.type())).toList();
    }

    /** Each version with its changes; a version whose changes cannot be fetched still shows its reason. */
    private List<VersionEntry> versions(String ocid) {
        List<VersionEntry> entries = new ArrayList<>();
        for (NoticeVersionSummary summary : tenderService.versions(ocid)) {
            entries.add(new VersionEntry(summary,
                    optional("version " + summary.version(), () -> tenderService.version(ocid, summary.version())
                            .changes())));
        }
        return entries;
    }

    /** A part of the page tender-service cannot give right now is shown as unavailable, not as an error page. */
    private static <T> T optional(String part, Supplier<T> fetch) {
        try {
            return fetch.get();
        } catch (RuntimeException unavailable) {
            LOG.warnf("The %s of a tender could not be fetched: %s", part, unavailable.toString());
            return null;
        }
    }

    private static RestResponse<String> seeOther(String ocid, String sent, String section) {
        URI location = UriBuilder.fromPath("/tenders/{ocid}").queryParam("sent", sent).fragment(section).build(ocid);
        return RestResponse.seeOther(location);
    }

    /** The PDF as tender-service sends it, with its digest, so a reader can check the bytes. */
    static Response pdf(RestResponse<InputStream> upstream, String fileName) {
        Response.ResponseBuilder response = Response.ok(upstream.getEntity(), TenderServiceClient.PDF);
        String disposition = upstream.getHeaderString(HttpHeaders.CONTENT_DISPOSITION);
        response.header(HttpHeaders.CONTENT_DISPOSITION,
                disposition != null ? disposition : "inline; filename=\"" + fileName + "\"");
        for (String header : List.of("Digest", "Repr-Digest", HttpHeaders.ETAG, HttpHeaders.LAST_MODIFIED)) {
            String value = upstream.getHeaderString(header);
            if (value != null) {
                response.header(header, value);
            }
        }
        return response.header("X-Content-Type-Options", "nosniff").build();
    }
}
