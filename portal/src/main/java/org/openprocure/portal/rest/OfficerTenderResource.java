package org.openprocure.portal.rest;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.time.Clock;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Supplier;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriBuilder;

import org.eclipse.microprofile.rest.client.inject.RestClient;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.RestResponse;
import org.jboss.resteasy.reactive.multipart.FileUpload;

import io.quarkus.qute.TemplateInstance;

import org.openprocure.portal.client.AmendmentRequest;
import org.openprocure.portal.client.Comment;
import org.openprocure.portal.client.CommitteeRequest;
import org.openprocure.portal.client.CommentAnswerRequest;
import org.openprocure.portal.client.ConsultationRequest;
import org.openprocure.portal.client.BidServiceUserClient;
import org.openprocure.portal.client.Enquiry;
import org.openprocure.portal.client.EnquiryAnswerRequest;
import org.openprocure.portal.client.EvaluationOverview;
import org.openprocure.portal.client.EvaluationServiceException;
import org.openprocure.portal.client.EvaluationServiceUserClient;
import org.openprocure.portal.client.KeyHolder;
import org.openprocure.portal.client.Problem.FieldError;
import org.openprocure.portal.client.ReasonRequest;
import org.openprocure.portal.client.TenderServiceException;
import org.openprocure.portal.client.TenderServiceUserClient;
import org.openprocure.portal.client.TenderView;
import org.openprocure.portal.i18n.AppMessages;
import org.openprocure.portal.i18n.RequestMessages;
import org.openprocure.portal.view.EvaluationForms;
import org.openprocure.portal.view.FormProblem;
import org.openprocure.portal.view.Forms;
import org.openprocure.portal.view.ManagePage;
import org.openprocure.portal.view.ManagePage.Refusal;
import org.openprocure.portal.view.OfficerTenders;
import org.openprocure.portal.view.RequestLocale;
import org.openprocure.portal.view.TenderForm;
import org.openprocure.portal.view.TenderFormPage;
import org.openprocure.portal.view.Viewer;

/**
 * The procurement officer's pages: the organisation's tenders, the draft form, and one page per
 * tender with the steps its stage allows. Every call carries the officer's own token, so
 * tender-service decides what the officer may do; the portal only offers the forms. Each step is a
 * POST that redirects to the tender's page, or shows that page again with the reason it was refused.
 * The tender is read through tender-service's public read, so the portal itself answers 404 for a tender
 * whose buyer is not the officer's organisation (claim {@code org}), before any form is read.
 */
@Path("/officer/tenders")
@RolesAllowed("officer")
public class OfficerTenderResource {

    private static final Logger LOG = Logger.getLogger(OfficerTenderResource.class);

    @Inject
    @RestClient
    TenderServiceUserClient tenderService;

    @Inject
    @RestClient
    BidServiceUserClient bidsAsUser;

    @Inject
    @RestClient
    EvaluationServiceUserClient evaluations;

    @Inject
    RequestLocale locale;

    @Inject
    RequestMessages messages;

    @Inject
    Clock clock;

    @Inject
    Viewer viewer;

    @GET
    @Produces(MediaType.TEXT_HTML)
    public TemplateInstance tenders() {
        OfficerTenders tenders;
        try {
            tenders = OfficerTenders.of(tenderService.tenders());
        } catch (RuntimeException unavailable) {
            LOG.warnf("The organisation's tenders could not be fetched from tender-service: %s",
                    unavailable.toString());
            tenders = OfficerTenders.unreachable();
        }
        return Templates.officerTenders(tenders).setLocale(locale.get());
    }

    @GET
    @Path("new")
    @Produces(MediaType.TEXT_HTML)
    public TemplateInstance newTender() {
        return form("create", null, TenderForm.blank());
    }

    @POST
    @Path("new")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Produces(MediaType.TEXT_HTML)
    public RestResponse<String> createTender(MultivaluedMap<String, String> posted) {
        TenderForm form = TenderForm.parse(posted);
        TenderForm.Parsed parsed = form.toTerms(messages.get());
        if (parsed.problem() != null) {
            return refusedForm("create", null, form, parsed.problem());
        }
        try {
            Response created = tenderService.createTender(parsed.terms());
            return done(createdId(created), "created");
        } catch (TenderServiceException refused) {
            return refusedForm("create", null, form, userCanFix(refused));
        }
    }

    @GET
    @Path("{id}")
    @Produces(MediaType.TEXT_HTML)
    public TemplateInstance tender(@PathParam("id") UUID id, @QueryParam("done") String done) {
        return manage(id, done, null);
    }

    @GET
    @Path("{id}/edit")
    @Produces(MediaType.TEXT_HTML)
    public TemplateInstance editForm(@PathParam("id") UUID id) {
        TenderView tender = ownTender(id);
        return form("edit", tender, TenderForm.of(tender));
    }

    @POST
    @Path("{id}/edit")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Produces(MediaType.TEXT_HTML)
    public RestResponse<String> edit(@PathParam("id") UUID id, MultivaluedMap<String, String> posted) {
        ownTender(id);
        TenderForm form = TenderForm.parse(posted);
        TenderForm.Parsed parsed = form.toTerms(messages.get());
        if (parsed.problem() != null) {
            return refusedForm("edit", tenderService.tender(id), form, parsed.problem());
        }
        try {
            tenderService.replaceTerms(id, parsed.terms());
            return done(id, "saved");
        } catch (TenderServiceException refused) {
            return refusedForm("edit", tenderService.tender(id), form, userCanFix(refused));
        }
    }

    @GET
    @Path("{id}/amend")
    @Produces(MediaType.TEXT_HTML)
    public TemplateInstance amendForm(@PathParam("id") UUID id) {
        TenderView tender = ownTender(id);
        return form("amend", tender, TenderForm.of(tender));
    }

    @POST
    @Path("{id}/amend")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Produces(MediaType.TEXT_HTML)
    public RestResponse<String> amend(@PathParam("id") UUID id, MultivaluedMap<String, String> posted) {
        ownTender(id);
        TenderForm form = TenderForm.parse(posted);
        AppMessages text = messages.get();
        TenderForm.Parsed parsed = form.toTerms(text);
        List<FieldError> local = new ArrayList<>();
        FieldError missingReason = form.missingReason(text);
        if (missingReason != null) {
            local.add(missingReason);
        }
        if (parsed.problem() != null) {
            local.addAll(parsed.problem().errors());
        }
        if (!local.isEmpty()) {
            return refusedForm("amend", tenderService.tender(id), form, FormProblem.local(local));
        }
        try {
            tenderService.amend(id, new AmendmentRequest(Forms.trimmed(form.reason()), parsed.terms(),
                    form.reconfirmation()));
            return done(id, "amended");
        } catch (TenderServiceException refused) {
            return refusedForm("amend", tenderService.tender(id), form, withoutTermsPrefix(userCanFix(refused)));
        }
    }

    /**
     * The officer picks the file in the portal; tender-service takes the PDF itself as the body,
     * with the title as a parameter and the file name in Content-Disposition.
     */
    @POST
    @Path("{id}/documents")
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    @Produces(MediaType.TEXT_HTML)
    public RestResponse<String> upload(@PathParam("id") UUID id, @RestForm("title") String title,
            @RestForm("file") FileUpload file) {
        ownTender(id);
        Map<String, String> entered = entered("title", title);
        AppMessages text = messages.get();
        List<FieldError> errors = new ArrayList<>();
        if (Forms.trimmed(title) == null) {
            errors.add(new FieldError("title", text.errorDocumentTitle()));
        }
        if (file == null || file.size() == 0 || file.fileName() == null || file.fileName().isBlank()) {
            errors.add(new FieldError("file", text.errorDocumentFile()));
        }
        if (!errors.isEmpty()) {
            return refused(id, new Refusal("upload", null, FormProblem.local(errors), entered));
        }
        byte[] pdf;
        try {
            pdf = Files.readAllBytes(file.uploadedFile());
        } catch (IOException unreadable) {
            throw new IllegalStateException("The uploaded file could not be read back", unreadable);
        }
        try {
            tenderService.uploadDocument(id, Forms.trimmed(title), contentDisposition(file.fileName()), pdf);
            return done(id, "uploaded");
        } catch (TenderServiceException refused) {
            return refused(id, new Refusal("upload", null, userCanFix(refused), entered));
        }
    }

    @POST
    @Path("{id}/consultation")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Produces(MediaType.TEXT_HTML)
    public RestResponse<String> openConsultation(@PathParam("id") UUID id,
            MultivaluedMap<String, String> form) {
        ownTender(id);
        String end = Forms.first(form, "end");
        Map<String, String> entered = entered("end", end);
        Instant endsAt;
        try {
            endsAt = Forms.utcInstant(end);
        } catch (DateTimeParseException notADateTime) {
            return refused(id, new Refusal("consultation", null,
                    FormProblem.local(List.of(new FieldError("end", messages.get().errorDateTime()))), entered));
        }
        try {
            tenderService.openConsultation(id, new ConsultationRequest(endsAt));
            return done(id, "consultationOpened");
        } catch (TenderServiceException refused) {
            return refused(id, new Refusal("consultation", null, userCanFix(refused), entered));
        }
    }

    @POST
    @Path("{id}/comments/{commentId}/answer")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Produces(MediaType.TEXT_HTML)
    public RestResponse<String> answerComment(@PathParam("id") UUID id,
            @PathParam("commentId") String commentId, MultivaluedMap<String, String> form) {
        ownTender(id);
        String resolution = Forms.text(form, "resolution");
        String answer = Forms.text(form, "answer");
        Map<String, String> entered = entered("resolution", resolution, "answer", Forms.first(form, "answer"));
        AppMessages text = messages.get();
        List<FieldError> errors = new ArrayList<>();
        if (resolution == null || !ManagePage.RESOLUTIONS.contains(resolution)) {
            errors.add(new FieldError("resolution", text.errorResolution()));
        }
        if (answer == null) {
            errors.add(new FieldError("answer", text.errorAnswer()));
        }
        if (!errors.isEmpty()) {
            return refused(id, new Refusal("answerComment", commentId, FormProblem.local(errors), entered));
        }
        try {
            tenderService.answerComment(id, commentId, new CommentAnswerRequest(resolution, answer));
            return done(id, "commentAnswered");
        } catch (TenderServiceException refused) {
            return refused(id, new Refusal("answerComment", commentId, userCanFix(refused), entered));
        }
    }

    @POST
    @Path("{id}/comments/{commentId}/hide")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Produces(MediaType.TEXT_HTML)
    public RestResponse<String> hideComment(@PathParam("id") UUID id,
            @PathParam("commentId") String commentId, MultivaluedMap<String, String> form) {
        ownTender(id);
        return withReason(id, "hideComment", commentId, form,
                reason -> tenderService.hideComment(id, commentId, reason), "commentHidden");
    }

    @POST
    @Path("{id}/publish")
    @Produces(MediaType.TEXT_HTML)
    public RestResponse<String> publish(@PathParam("id") UUID id) {
        ownTender(id);
        try {
            tenderService.publish(id);
            return done(id, "published");
        } catch (TenderServiceException refused) {
            return refused(id, new Refusal("publish", null, userCanFix(refused), null));
        }
    }

    @POST
    @Path("{id}/enquiries/{enquiryId}/answer")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Produces(MediaType.TEXT_HTML)
    public RestResponse<String> answerEnquiry(@PathParam("id") UUID id,
            @PathParam("enquiryId") String enquiryId, MultivaluedMap<String, String> form) {
        ownTender(id);
        String answer = Forms.text(form, "answer");
        Map<String, String> entered = entered("answer", Forms.first(form, "answer"));
        if (answer == null) {
            return refused(id, new Refusal("answerEnquiry", enquiryId,
                    FormProblem.local(List.of(new FieldError("answer", messages.get().errorAnswer()))), entered));
        }
        try {
            tenderService.answerEnquiry(id, enquiryId, new EnquiryAnswerRequest(answer));
            return done(id, "enquiryAnswered");
        } catch (TenderServiceException refused) {
            return refused(id, new Refusal("answerEnquiry", enquiryId, userCanFix(refused), entered));
        }
    }

    @POST
    @Path("{id}/cancel")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Produces(MediaType.TEXT_HTML)
    public RestResponse<String> cancel(@PathParam("id") UUID id, MultivaluedMap<String, String> form) {
        ownTender(id);
        return withReason(id, "cancel", null, form, reason -> tenderService.cancel(id, reason), "cancelled");
    }

    @POST
    @Path("{id}/lots/{lotId}/cancel")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Produces(MediaType.TEXT_HTML)
    public RestResponse<String> cancelLot(@PathParam("id") UUID id, @PathParam("lotId") String lotId,
            MultivaluedMap<String, String> form) {
        ownTender(id);
        return withReason(id, "cancelLot", lotId, form, reason -> tenderService.cancelLot(id, lotId, reason),
                "lotCancelled");
    }

    /**
     * Names (or renames, until the first award proposal) the evaluation committee at evaluation-service: rows of
     * user name and display name, one of them the chair. Empty rows are not sent.
     */
    @POST
    @Path("{id}/committee")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Produces(MediaType.TEXT_HTML)
    public RestResponse<String> nameCommittee(@PathParam("id") UUID id, MultivaluedMap<String, String> form) {
        ownTender(id);
        Map<String, String> entered = new HashMap<>();
        EvaluationForms.Parsed<CommitteeRequest> parsed = EvaluationForms.committee(form, messages.evaluation(),
                entered);
        if (parsed.problem() != null) {
            return refused(id, new Refusal("committee", null, parsed.problem(), entered));
        }
        String ocid = ownTender(id).ocid();
        try {
            evaluations.nameCommittee(ocid, parsed.request());
            return done(id, "committeeNamed");
        } catch (EvaluationServiceException refused) {
            if (!refused.userCanFix()) {
                throw refused;
            }
            return refused(id, new Refusal("committee", null, FormProblem.of(refused.problem()), entered));
        }
    }

    private interface ReasonedStep {
        void take(ReasonRequest reason);
    }

    /** Hiding a comment and cancelling go on the public record, so they need a reason. */
    private RestResponse<String> withReason(UUID id, String action, String target,
            MultivaluedMap<String, String> form, ReasonedStep step, String done) {
        String reason = Forms.text(form, "reason");
        Map<String, String> entered = entered("reason", Forms.first(form, "reason"));
        if (reason == null) {
            return refused(id, new Refusal(action, target,
                    FormProblem.local(List.of(new FieldError("reason", messages.get().errorReason()))), entered));
        }
        try {
            step.take(new ReasonRequest(reason));
            return done(id, done);
        } catch (TenderServiceException refused) {
            return refused(id, new Refusal(action, target, userCanFix(refused), entered));
        }
    }

    private TemplateInstance manage(UUID id, String done, Refusal refusal) {
        TenderView tender = ownTender(id);
        List<Comment> comments = null;
        List<Enquiry> enquiries = null;
        List<KeyHolder> keyHolders = null;
        EvaluationOverview evaluation = null;
        if (tender.ocid() != null) {
            comments = optional("comments", () -> tenderService.comments(tender.ocid()));
            enquiries = optional("enquiries", () -> tenderService.enquiries(tender.ocid()));
        }
        if (tender.publishedAt() != null) {
            keyHolders = optional("key holders", () -> bidsAsUser.keyHolders(tender.ocid()));
            evaluation = optional("evaluation", () -> evaluations.overview(tender.ocid()));
        }
        ManagePage page = new ManagePage(tender, comments, enquiries, keyHolders, evaluation, clock.instant(), done, refusal);
        return Templates.officerTender(page).setLocale(locale.get());
    }

    /**
     * The tender if its buyer is the officer's organisation; any other tender (or none) is not found, as
     * tender-service answers for another organisation's draft.
     */
    private TenderView ownTender(UUID id) {
        TenderView tender = tenderService.tender(id);
        String organisation = viewer.organisationId();
        if (tender == null || tender.buyer() == null || organisation == null
                || !organisation.equals(tender.buyer().id())) {
            throw new NotFoundException();
        }
        return tender;
    }

    private TemplateInstance form(String mode, TenderView tender, TenderForm form) {
        return Templates.tenderForm(new TenderFormPage(mode, tender, form)).setLocale(locale.get());
    }

    private RestResponse<String> refusedForm(String mode, TenderView tender, TenderForm form,
            FormProblem problem) {
        return Pages.html(problem.status(), form(mode, tender, form.refused(problem)));
    }

    private RestResponse<String> refused(UUID id, Refusal refusal) {
        return Pages.html(refusal.problem().status(), manage(id, null, refusal));
    }

    private static RestResponse<String> done(UUID id, String step) {
        URI location = UriBuilder.fromPath("/officer/tenders/{id}").queryParam("done", step).build(id);
        return RestResponse.seeOther(location);
    }

    /** Refusals the officer can act on are shown at the form; anything else is an error page. */
    private static FormProblem userCanFix(TenderServiceException refused) {
        if (!refused.userCanFix()) {
            throw refused;
        }
        return FormProblem.of(refused.problem());
    }

    /** An amendment's terms are nested under {@code terms}; the form's fields are not. */
    private static FormProblem withoutTermsPrefix(FormProblem problem) {
        List<FieldError> errors = problem.errors().stream()
                .map(error -> error.field() != null && error.field().startsWith("terms.")
                        ? new FieldError(error.field().substring("terms.".length()), error.message())
                        : error)
                .toList();
        return new FormProblem(problem.status(), problem.detail(), errors);
    }

    /** The new draft's id, from its Location (POST answers 201) or else from the body. */
    static UUID createdId(Response created) {
        URI location = created.getLocation();
        if (location != null) {
            String path = location.getPath();
            return UUID.fromString(path.substring(path.lastIndexOf('/') + 1));
        }
        return created.readEntity(TenderView.class).id();
    }

    /**
     * RFC 6266: a plain quoted name for every reader, and the exact UTF-8 name for those that
     * understand {@code filename*}, since officers name files in their own language.
     */
    static String contentDisposition(String fileName) {
        String name = fileName.replaceAll("[\\\\/]", "_");
        String ascii = name.replaceAll("[^\\x20-\\x7e]", "_").replace("\"", "_");
        if (ascii.equals(name)) {
            return "attachment; filename=\"" + ascii + "\"";
        }
        String encoded = URLEncoder.encode(name, StandardCharsets.UTF_8).replace("+", "%20");
        return "attachment; filename=\"" + ascii + "\"; filename*=UTF-8''" + encoded;
    }

    private static Map<String, String> entered(String... namesAndValues) {
        Map<String, String> entered = new HashMap<>();
        for (int i = 0; i + 1 < namesAndValues.length; i += 2) {
            if (namesAndValues[i + 1] != null) {
                entered.put(namesAndValues[i], namesAndValues[i + 1]);
            }
        }
        return entered;
    }

    private static <T> T optional(String part, Supplier<T> fetch) {
        try {
            return fetch.get();
        } catch (RuntimeException unavailable) {
            LOG.warnf("The %s of a tender could not be fetched: %s", part, unavailable.toString());
            return null;
        }
    }
}
