package org.openprocure.tender.rest;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
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
import org.openprocure.support.problem.QueryParams;
import org.openprocure.support.security.CurrentUser;
import org.openprocure.tender.Tender;
import org.openprocure.tender.TenderDocument;
import org.openprocure.tender.rest.PublicViews.CommentView;
import org.openprocure.tender.rest.PublicViews.EnquiryView;
import org.openprocure.tender.rest.PublicViews.VersionSummary;
import org.openprocure.tender.rest.PublicViews.VersionView;
import org.openprocure.tender.rest.Requests.CommentRequest;
import org.openprocure.tender.rest.Requests.EnquiryRequest;
import org.openprocure.tender.service.ConsultationService;
import org.openprocure.tender.service.DocumentService;
import org.openprocure.tender.service.EnquiryService;
import org.openprocure.tender.service.NoticeSearch;
import org.openprocure.tender.service.TenderReader;
import org.openprocure.tender.service.TenderService;

/**
 * The public side: every tender from its consultation on, its versions, documents, consultation and
 * Q&A, for anyone, without login. Commenting needs no login either; asking a question needs a supplier.
 */
@Path("/api/notices")
@Produces(MediaType.APPLICATION_JSON)
@PermitAll
public class NoticeResource {

    private final TenderService tenders;
    private final TenderReader reader;
    private final NoticeSearch search;
    private final ConsultationService consultation;
    private final EnquiryService enquiries;
    private final DocumentService documents;
    private final CurrentUser user;
    private final String portalUrl;
    private final java.time.Clock clock;

    NoticeResource(TenderService tenders, TenderReader reader, NoticeSearch search, ConsultationService consultation,
            EnquiryService enquiries, DocumentService documents, CurrentUser user,
            org.openprocure.tender.config.TenderConfig config, java.time.Clock clock) {
        this.portalUrl = config.portalUrl().replaceAll("/$", "");
        this.clock = clock;
        this.tenders = tenders;
        this.reader = reader;
        this.search = search;
        this.consultation = consultation;
        this.enquiries = enquiries;
        this.documents = documents;
        this.user = user;
    }

    @GET
    public NoticeSummary.Page notices(@QueryParam("q") String text, @QueryParam("cpv") String cpv,
            @QueryParam("buyer") String buyer, @QueryParam("status") String status,
            @QueryParam("deadlineFrom") String deadlineFrom, @QueryParam("deadlineTo") String deadlineTo,
            @QueryParam("valueMin") String valueMin, @QueryParam("valueMax") String valueMax,
            @QueryParam("sort") String sort, @QueryParam("page") String pageParam,
            @QueryParam("size") String sizeParam) {
        int page = QueryParams.intBetween("page", pageParam, 0, 0, 100_000);
        int size = QueryParams.intBetween("size", sizeParam, 20, 1, 100);
        NoticeSearch.Criteria criteria = SearchParams.criteria(text, cpv, buyer, status, deadlineFrom, deadlineTo,
                valueMin, valueMax, sort);
        NoticeSearch.Lines result = search.lines(criteria, page, size);
        return new NoticeSummary.Page(result.lines().stream().map(NoticeSummary::of).toList(), page, size,
                result.total());
    }

    /** The latest 50 public tenders as an Atom feed, for feed readers and other portals. */
    @GET
    @Path("/feed.atom")
    @Produces("application/atom+xml")
    public String feed(UriInfo uri) {
        String base = uri.getBaseUri().toString().replaceAll("/$", "");
        List<Tender> latest = search.tenders(new NoticeSearch.Criteria(null, null, null, null, null, null, null,
                null, new NoticeSearch.SortOrder("published", true)), 50);
        return AtomFeed.render(latest, uri.getRequestUri().toString(), base, portalUrl, clock.instant());
    }

    @GET
    @Path("/{ocid}")
    public TenderView notice(@PathParam("ocid") String ocid) {
        return Views.tender(reader.details(publicTender(ocid).id));
    }

    @GET
    @Path("/{ocid}/versions")
    public List<VersionSummary> versions(@PathParam("ocid") String ocid) {
        return reader.versions(publicTender(ocid).id).stream().map(VersionSummary::of).toList();
    }

    @GET
    @Path("/{ocid}/versions/{version}")
    public VersionView version(@PathParam("ocid") String ocid, @PathParam("version") String versionParam) {
        int version = QueryParams.intBetween("version", versionParam, 0, 0, 100_000);
        return reader.version(publicTender(ocid).id, version).map(VersionView::of)
                .orElseThrow(() -> ProblemException.notFound(ocid + " has no version " + version + "."));
    }

    @GET
    @Path("/{ocid}/notice.pdf")
    @Produces({"application/pdf", "application/problem+json"})
    public Response noticePdf(@PathParam("ocid") String ocid) {
        return documents.latest(publicTender(ocid).id, TenderDocument.TENDER_NOTICE).map(Uploads::pdf)
                .orElseThrow(() -> ProblemException.notFound(ocid + " has no notice yet: it is in consultation."));
    }

    @GET
    @Path("/{ocid}/consultation-report.pdf")
    @Produces({"application/pdf", "application/problem+json"})
    public Response consultationReport(@PathParam("ocid") String ocid) {
        return documents.latest(publicTender(ocid).id, TenderDocument.CONSULTATION_REPORT).map(Uploads::pdf)
                .orElseThrow(() -> ProblemException.notFound(ocid + " has no consultation report: it had no"
                        + " consultation, or it is not published yet."));
    }

    @GET
    @Path("/{ocid}/documents/{documentId}")
    @Produces({"application/pdf", "application/problem+json"})
    public Response document(@PathParam("ocid") String ocid, @PathParam("documentId") UUID documentId) {
        return documents.document(publicTender(ocid).id, documentId).map(Uploads::pdf)
                .orElseThrow(() -> ProblemException.notFound(ocid + " has no document " + documentId + "."));
    }

    /** Comments and answers; a hidden comment's text only for the buyer's officers and auditors. */
    @GET
    @Path("/{ocid}/comments")
    public List<CommentView> comments(@PathParam("ocid") String ocid) {
        Tender tender = publicTender(ocid);
        boolean privileged = user.hasRole("auditor")
                || (user.hasRole("officer") && user.organisation().filter(tender.buyerId::equals).isPresent());
        return consultation.comments(tender.id).stream().map(c -> CommentView.of(c, privileged)).toList();
    }

    @POST
    @Path("/{ocid}/comments")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response comment(@PathParam("ocid") String ocid, @NotNull @Valid CommentRequest request, UriInfo uri) {
        Requests.TargetRequest target = request.target();
        Requests.AuthorRequest author = request.author();
        if (author != null && (author.name() == null || author.name().isBlank())
                && author.organisation() != null && !author.organisation().isBlank()) {
            throw ProblemException.badRequest("author.name", "a signed comment needs a name;"
                    + " leave out the author to comment anonymously");
        }
        var created = consultation.comment(ocid, new ConsultationService.NewComment(request.text(),
                target == null ? "tender" : target.type(), target == null ? null : target.section(),
                target == null ? null : target.lotId(), author == null ? null : author.name(),
                author == null ? null : author.organisation()));
        return Response.status(201).entity(CommentView.of(created, false)).build();
    }

    @GET
    @Path("/{ocid}/enquiries")
    public List<EnquiryView> enquiries(@PathParam("ocid") String ocid) {
        return enquiries.enquiries(publicTender(ocid).id).stream().map(EnquiryView::of).toList();
    }

    @POST
    @Path("/{ocid}/enquiries")
    @RolesAllowed("supplier")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response ask(@PathParam("ocid") String ocid, @NotNull @Valid EnquiryRequest request) {
        Requests.TargetRequest target = request.target();
        var created = enquiries.ask(ocid, new EnquiryService.NewEnquiry(request.question(),
                target == null ? "tender" : target.type(), target == null ? null : target.lotId(),
                target == null ? null : target.itemId()), user);
        return Response.status(201).entity(EnquiryView.of(created)).build();
    }

    private Tender publicTender(String ocid) {
        return tenders.notice(ocid).orElseThrow(() -> ProblemException.notFound("No notice " + ocid + "."));
    }
}
