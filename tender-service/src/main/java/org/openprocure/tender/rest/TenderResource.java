package org.openprocure.tender.rest;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import java.util.UUID;
import org.openprocure.support.problem.ProblemException;
import org.openprocure.support.security.CurrentUser;
import org.openprocure.tender.Tender;
import org.openprocure.tender.TenderDocument;
import org.openprocure.tender.rest.PublicViews.CommentView;
import org.openprocure.tender.rest.PublicViews.EnquiryView;
import org.openprocure.tender.rest.Requests.AmendmentRequest;
import org.openprocure.tender.rest.Requests.CommentAnswerRequest;
import org.openprocure.tender.rest.Requests.ConsultationRequest;
import org.openprocure.tender.rest.Requests.EnquiryAnswerRequest;
import org.openprocure.tender.rest.Requests.ReasonRequest;
import org.openprocure.tender.service.ConsultationService;
import org.openprocure.tender.service.DocumentService;
import org.openprocure.tender.service.EnquiryService;
import org.openprocure.tender.service.TenderReader;
import org.openprocure.tender.service.TenderService;

/** Tenders as their buying organisation's officers work on them. */
@Path("/api/tenders")
@Produces(MediaType.APPLICATION_JSON)
public class TenderResource {

    private final TenderService tenders;
    private final TenderReader reader;
    private final ConsultationService consultation;
    private final EnquiryService enquiries;
    private final DocumentService documents;
    private final CurrentUser user;

    TenderResource(TenderService tenders, TenderReader reader, ConsultationService consultation,
            EnquiryService enquiries, DocumentService documents, CurrentUser user) {
        this.tenders = tenders;
        this.reader = reader;
        this.consultation = consultation;
        this.enquiries = enquiries;
        this.documents = documents;
        this.user = user;
    }

    @POST
    @RolesAllowed("officer")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response draft(@NotNull @Valid TenderDraftRequest request, UriInfo uri) {
        Tender tender = tenders.draft(request.toTerms(), user);
        return Response.created(uri.getAbsolutePathBuilder().path(tender.id.toString()).build())
                .entity(view(tender)).build();
    }

    @GET
    @RolesAllowed("officer")
    public List<TenderView> ownTenders() {
        return reader.details(tenders.ownTenders(user).stream().map(t -> t.id).toList()).stream()
                .map(Views::tender).toList();
    }

    /** A public tender for anyone; a draft only for its buyer's officers. */
    @GET
    @Path("/{id}")
    @PermitAll
    public TenderView tender(@PathParam("id") UUID id) {
        return tenders.publicTender(id).map(this::view).orElseGet(() -> {
            if (!user.hasRole("officer")) {
                throw ProblemException.notFound("No published tender " + id + ".");
            }
            return view(tenders.ownTender(id, user));
        });
    }

    @PUT
    @Path("/{id}")
    @RolesAllowed("officer")
    @Consumes(MediaType.APPLICATION_JSON)
    public TenderView update(@PathParam("id") UUID id, @NotNull @Valid TenderDraftRequest request) {
        return view(tenders.update(id, request.toTerms(), user));
    }

    @POST
    @Path("/{id}/documents")
    @RolesAllowed("officer")
    @Consumes("application/pdf")
    public Response upload(@PathParam("id") UUID id, @QueryParam("title") String title,
            @HeaderParam("Content-Disposition") String disposition, byte[] content, UriInfo uri) {
        String fileName = Uploads.fileName(disposition);
        String documentTitle = title == null || title.isBlank() ? fileName : title.strip();
        if (documentTitle.length() > 300) {
            throw ProblemException.badRequest("title", "at most 300 characters");
        }
        TenderDocument document = documents.upload(id, documentTitle, fileName, content == null ? new byte[0] : content,
                user);
        TenderView tender = view(tenders.ownTender(id, user));
        TenderView.DocumentView added = tender.documents().stream().filter(d -> d.id().equals(document.id))
                .findFirst().orElseThrow();
        return Response.created(uri.getAbsolutePathBuilder().path(document.id.toString()).build()).entity(added)
                .build();
    }

    @DELETE
    @Path("/{id}/documents/{documentId}")
    @RolesAllowed("officer")
    public Response removeDocument(@PathParam("id") UUID id, @PathParam("documentId") UUID documentId) {
        documents.remove(id, documentId, user);
        return Response.noContent().build();
    }

    /** A document of the officer's own tender, also while it is a draft. */
    @GET
    @Path("/{id}/documents/{documentId}")
    @RolesAllowed("officer")
    @Produces({"application/pdf", "application/problem+json"})
    public Response document(@PathParam("id") UUID id, @PathParam("documentId") UUID documentId) {
        Tender tender = tenders.ownTender(id, user);
        return documents.document(tender.id, documentId).map(Uploads::pdf)
                .orElseThrow(() -> ProblemException.notFound("Tender " + id + " has no document " + documentId + "."));
    }

    @POST
    @Path("/{id}/consultation")
    @RolesAllowed("officer")
    public TenderView openConsultation(@PathParam("id") UUID id, @Valid ConsultationRequest request) {
        return view(tenders.openConsultation(id, request == null ? null : request.end(), user));
    }

    @GET
    @Path("/{id}/comments")
    @RolesAllowed("officer")
    public List<CommentView> comments(@PathParam("id") UUID id) {
        Tender tender = tenders.ownTender(id, user);
        return consultation.comments(tender.id).stream().map(c -> CommentView.of(c, true)).toList();
    }

    @POST
    @Path("/{id}/comments/{commentId}/answer")
    @RolesAllowed("officer")
    public CommentView answerComment(@PathParam("id") UUID id, @PathParam("commentId") UUID commentId,
            @NotNull @Valid CommentAnswerRequest request) {
        return CommentView.of(consultation.answer(id, commentId, request.resolution().code(), request.answer(), user),
                true);
    }

    @POST
    @Path("/{id}/comments/{commentId}/hide")
    @RolesAllowed("officer")
    public CommentView hideComment(@PathParam("id") UUID id, @PathParam("commentId") UUID commentId,
            @NotNull @Valid ReasonRequest request) {
        return CommentView.of(consultation.hide(id, commentId, request.reason(), user), true);
    }

    @POST
    @Path("/{id}/publish")
    @RolesAllowed("officer")
    public TenderView publish(@PathParam("id") UUID id) {
        return view(tenders.publish(id, user));
    }

    @GET
    @Path("/{id}/enquiries")
    @RolesAllowed("officer")
    public List<EnquiryView> enquiries(@PathParam("id") UUID id) {
        Tender tender = tenders.ownTender(id, user);
        return enquiries.enquiries(tender.id).stream().map(EnquiryView::of).toList();
    }

    @POST
    @Path("/{id}/enquiries/{enquiryId}/answer")
    @RolesAllowed("officer")
    public EnquiryView answerEnquiry(@PathParam("id") UUID id, @PathParam("enquiryId") UUID enquiryId,
            @NotNull @Valid EnquiryAnswerRequest request) {
        return EnquiryView.of(enquiries.answer(id, enquiryId, request.answer(), user));
    }

    @POST
    @Path("/{id}/amendments")
    @RolesAllowed("officer")
    public TenderView amend(@PathParam("id") UUID id, @NotNull @Valid AmendmentRequest request) {
        return view(tenders.amend(id, request.reason().strip(), request.terms().toTerms(),
                request.bidsMustBeReconfirmed(), user));
    }

    @POST
    @Path("/{id}/cancel")
    @RolesAllowed("officer")
    public TenderView cancel(@PathParam("id") UUID id, @NotNull @Valid ReasonRequest request) {
        return view(tenders.cancel(id, request.reason().strip(), user));
    }

    @POST
    @Path("/{id}/lots/{lotId}/cancel")
    @RolesAllowed("officer")
    public TenderView cancelLot(@PathParam("id") UUID id, @PathParam("lotId") String lotId,
            @NotNull @Valid ReasonRequest request) {
        return view(tenders.cancelLot(id, lotId, request.reason().strip(), user));
    }

    private TenderView view(Tender tender) {
        return Views.tender(reader.details(tender.id));
    }
}
