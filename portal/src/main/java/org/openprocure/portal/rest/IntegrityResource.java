package org.openprocure.portal.rest;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collection;
import java.util.List;

import jakarta.annotation.security.PermitAll;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;

import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.RestResponse;
import org.jboss.resteasy.reactive.server.multipart.FormValue;
import org.jboss.resteasy.reactive.server.multipart.MultipartFormDataInput;

import io.quarkus.qute.i18n.Localized;
import io.quarkus.qute.i18n.MessageBundles;

import org.openprocure.portal.client.ContractServiceException;
import org.openprocure.portal.client.UntracedIntegrityChannel;
import org.openprocure.portal.client.IntegrityReports;
import org.openprocure.portal.client.Problem;
import org.openprocure.portal.i18n.IntegrityMessages;
import org.openprocure.portal.view.Forms;
import org.openprocure.portal.view.FormProblem;
import org.openprocure.portal.view.IntegrityPages;
import org.openprocure.portal.view.RequestLocale;
import org.openprocure.portal.view.Viewer;

/**
 * The public whistle-blower channel: "Report wrongdoing" without logging in, the follow-up code shown once, and
 * the follow-up page where the code opens the report's status and conversation. The code always travels in a
 * POST body, never in a link; every page that shows it or what it opens is sent {@code Cache-Control: no-store}.
 * Nothing about the visitor goes on to contract-service (see {@code NothingAboutTheReporter}).
 */
@Path("/integrity")
public class IntegrityResource {

    private static final Logger LOG = Logger.getLogger(IntegrityResource.class);

    @Inject
    UntracedIntegrityChannel channel;

    @Inject
    RequestLocale locale;

    @Inject
    Viewer viewer;

    /** The form; {@code ?tender=} or {@code ?contract=} (from a tender's or contract's page) fills in the subject. */
    @GET
    @PermitAll
    @Produces(MediaType.TEXT_HTML)
    public RestResponse<String> form(@QueryParam("tender") String tender, @QueryParam("contract") String contract) {
        String type = tender != null && !tender.isBlank() ? "tender"
                : contract != null && !contract.isBlank() ? "contract" : "general";
        String id = "tender".equals(type) ? tender.strip() : "contract".equals(type) ? contract.strip() : null;
        return Pages.html(200, form(new IntegrityPages.ReportForm(type, id, null, null, null, viewer.signedIn())));
    }

    @POST
    @PermitAll
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    @Produces(MediaType.TEXT_HTML)
    public RestResponse<String> report(MultipartFormDataInput input) {
        MultivaluedMap<String, String> fields = Multipart.fields(input);
        String type = Forms.text(fields, "subject.type");
        String id = Forms.text(fields, "subject.id");
        String category = Forms.text(fields, "category");
        String description = Forms.text(fields, "description");
        IntegrityPages.ReportForm entered = new IntegrityPages.ReportForm(type, id, category, description, null,
                viewer.signedIn());
        if (description == null) {
            return refused(entered, FormProblem.local(List.of(new Problem.FieldError("description",
                    messages().required()))));
        }
        List<IntegrityReports.Attachment> attachments = new ArrayList<>();
        Collection<FormValue> files = input.getValues().get("attachment");
        if (files != null) {
            for (FormValue file : files) {
                if (!file.isFileItem()) {
                    continue;
                }
                try (InputStream content = file.getFileItem().getInputStream()) {
                    byte[] bytes = content.readAllBytes();
                    if (bytes.length > 0) {
                        attachments.add(new IntegrityReports.Attachment(Base64.getEncoder().encodeToString(bytes)));
                    }
                } catch (IOException unreadable) {
                    return refused(entered, FormProblem.local(List.of(new Problem.FieldError("attachments",
                            messages().attachmentUnreadable()))));
                }
            }
        }
        try {
            IntegrityReports.Receipt receipt = channel.report(new IntegrityReports.NewReport(
                    new IntegrityReports.Subject(type, "general".equals(type) ? null : id), category, description,
                    attachments));
            return Pages.notStored(IntegrityTemplates.integrityReceipt(
                    new IntegrityPages.Receipt(receipt.reference(), receipt.followUpCode())).setLocale(locale.get()));
        } catch (ContractServiceException refusal) {
            return refused(entered, problem(refusal));
        } catch (ProcessingException unreachable) {
            LOG.warnf("contract-service could not be reached for a report: %s", unreachable.toString());
            return refused(entered, new FormProblem(503, messages().serviceUnavailable(), List.of()));
        }
    }

    @GET
    @Path("follow-up")
    @PermitAll
    @Produces(MediaType.TEXT_HTML)
    public RestResponse<String> followUpForm() {
        return followUp(new IntegrityPages.FollowUp(null, null, null, false, null), 200);
    }

    @POST
    @Path("follow-up")
    @PermitAll
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Produces(MediaType.TEXT_HTML)
    public RestResponse<String> followUp(MultivaluedMap<String, String> form) {
        String code = Forms.text(form, "code");
        if (code == null) {
            return followUp(new IntegrityPages.FollowUp(null, null, FormProblem.local(List.of(
                    new Problem.FieldError("code", messages().required()))), false, null), 400);
        }
        try {
            return followUp(new IntegrityPages.FollowUp(channel.followUp(new IntegrityReports.Code(code)), code, null,
                    false, null), 200);
        } catch (ContractServiceException refusal) {
            // the code is not shown again: whoever is at this screen retypes it
            return followUp(new IntegrityPages.FollowUp(null, null, codeProblem(refusal), false, null),
                    refusal.status());
        } catch (ProcessingException unreachable) {
            return followUp(new IntegrityPages.FollowUp(null, null, new FormProblem(503,
                    messages().serviceUnavailable(), List.of()), false, null), 503);
        }
    }

    /** Shown again on the same page (a redirect would need the code in its link). */
    @POST
    @Path("follow-up/messages")
    @PermitAll
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Produces(MediaType.TEXT_HTML)
    public RestResponse<String> write(MultivaluedMap<String, String> form) {
        String code = Forms.text(form, "code");
        String text = Forms.text(form, "text");
        if (code == null) {
            return followUp(new IntegrityPages.FollowUp(null, null, FormProblem.local(List.of(
                    new Problem.FieldError("code", messages().required()))), false, null), 400);
        }
        try {
            if (text == null) {
                return followUp(new IntegrityPages.FollowUp(channel.followUp(new IntegrityReports.Code(code)), code,
                        FormProblem.local(List.of(new Problem.FieldError("text", messages().required()))), false,
                        null), 400);
            }
            return followUp(new IntegrityPages.FollowUp(channel.write(new IntegrityReports.ReporterMessage(code,
                    text)), code, null, true, null), 200);
        } catch (ContractServiceException refusal) {
            if (refusal.status() == 400 || refusal.status() == 409) {
                IntegrityReports.FollowUp report = channel.followUp(new IntegrityReports.Code(code));
                return followUp(new IntegrityPages.FollowUp(report, code, FormProblem.of(refusal.problem()), false,
                        text), refusal.status());
            }
            return followUp(new IntegrityPages.FollowUp(null, null, codeProblem(refusal), false, null),
                    refusal.status());
        } catch (ProcessingException unreachable) {
            return followUp(new IntegrityPages.FollowUp(null, null, new FormProblem(503,
                    messages().serviceUnavailable(), List.of()), false, null), 503);
        }
    }

    private RestResponse<String> followUp(IntegrityPages.FollowUp page, int status) {
        return RestResponse.ResponseBuilder.<String> create(status)
                .entity(IntegrityTemplates.integrityFollowUp(page).setLocale(locale.get()).render())
                .type(MediaType.TEXT_HTML_TYPE.withCharset("UTF-8")).header("Cache-Control", "no-store").build();
    }

    private RestResponse<String> refused(IntegrityPages.ReportForm entered, FormProblem problem) {
        return Pages.html(problem.status(), form(new IntegrityPages.ReportForm(entered.subjectType(),
                entered.subjectId(), entered.category(), entered.description(), problem, entered.signedIn())));
    }

    private io.quarkus.qute.TemplateInstance form(IntegrityPages.ReportForm form) {
        return IntegrityTemplates.integrity(form).setLocale(locale.get());
    }

    /** A wrong code and a limit are told in the page's language; nothing else is known about the code. */
    private FormProblem codeProblem(ContractServiceException refusal) {
        if (refusal.status() == 404) {
            return new FormProblem(404, messages().wrongCode(), List.of());
        }
        if (refusal.status() == 429) {
            return new FormProblem(429, messages().tooMany(), List.of());
        }
        if (refusal.status() == 400) {
            return FormProblem.of(refusal.problem());
        }
        LOG.warnf("contract-service refused a follow-up: %s", refusal.getMessage());
        return new FormProblem(502, messages().serviceUnavailable(), List.of());
    }

    private FormProblem problem(ContractServiceException refusal) {
        if (refusal.status() == 429) {
            return new FormProblem(429, messages().tooMany(), List.of());
        }
        if (refusal.status() == 400 || refusal.status() == 413) {
            return FormProblem.of(refusal.problem());
        }
        LOG.warnf("contract-service refused a report: %s", refusal.getMessage());
        return new FormProblem(502, messages().serviceUnavailable(), List.of());
    }

    private IntegrityMessages messages() {
        return MessageBundles.get(IntegrityMessages.class, Localized.Literal.of(locale.tag()));
    }
}
