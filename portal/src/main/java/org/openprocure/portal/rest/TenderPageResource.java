package org.openprocure.portal.rest;

import java.io.InputStream;
import java.net.URI;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
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

import org.openprocure.portal.client.NoticeVersionSummary;
import org.openprocure.portal.client.TenderServiceClient;
import org.openprocure.portal.client.TenderServiceException;
import org.openprocure.portal.client.TenderServiceUserClient;
import org.openprocure.portal.client.TenderView;
import org.openprocure.portal.i18n.RequestMessages;
import org.openprocure.portal.view.CommentForm;
import org.openprocure.portal.view.FormProblem;
import org.openprocure.portal.view.QuestionForm;
import org.openprocure.portal.view.RequestLocale;
import org.openprocure.portal.view.TenderPage;
import org.openprocure.portal.view.VersionEntry;

/**
 * The public page of one tender, the consultation comments anyone may post on it, the questions
 * suppliers ask, and its PDFs, which the portal passes through from tender-service so readers need
 * no second address.
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

    @GET
    @PermitAll
    @Produces(MediaType.TEXT_HTML)
    public TemplateInstance page(@PathParam("ocid") String ocid, @QueryParam("sent") String sent) {
        return render(ocid, CommentForm.blank(), QuestionForm.blank(), sent);
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
        TenderView tender = tenderService.notice(ocid);
        TenderPage page = new TenderPage(tender,
                optional("versions", () -> versions(ocid)),
                optional("comments", () -> tenderService.comments(ocid)),
                optional("enquiries", () -> tenderService.enquiries(ocid)),
                clock.instant(),
                identity.hasRole("supplier"),
                !identity.isAnonymous(),
                commentForm,
                questionForm,
                "comment".equals(sent) || "question".equals(sent) ? sent : null);
        return Templates.tenderPage(page).setLocale(locale.get());
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
            LOG.warnf("The %s of a tender could not be fetched from tender-service: %s", part, unavailable.toString());
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
