package org.openprocure.tender.rest;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import java.util.UUID;
import org.openprocure.support.problem.ProblemException;
import org.openprocure.support.security.CurrentUser;
import org.openprocure.tender.Tender;
import org.openprocure.tender.service.TenderService;

/** Tenders as their buying organisation's officers work on them. */
@Path("/api/tenders")
@Produces(MediaType.APPLICATION_JSON)
public class TenderResource {

    private final TenderService tenders;
    private final CurrentUser user;

    TenderResource(TenderService tenders, CurrentUser user) {
        this.tenders = tenders;
        this.user = user;
    }

    @POST
    @RolesAllowed("officer")
    public Response draft(@NotNull @Valid TenderDraftRequest request, UriInfo uri) {
        Tender tender = tenders.draft(request.toTerms(), user);
        return Response.created(uri.getAbsolutePathBuilder().path(tender.id.toString()).build())
                .entity(TenderView.of(tender)).build();
    }

    @GET
    @RolesAllowed("officer")
    public List<TenderView> ownTenders() {
        return tenders.ownTenders(user).stream().map(TenderView::of).toList();
    }

    /** A published tender is public; a draft only for its buyer's officers. */
    @GET
    @Path("/{id}")
    @PermitAll
    public TenderView tender(@PathParam("id") UUID id) {
        return tenders.publicTender(id).map(TenderView::of).orElseGet(() -> {
            if (!user.hasRole("officer")) {
                throw ProblemException.notFound("No published tender " + id + ".");
            }
            return TenderView.of(tenders.ownTender(id, user));
        });
    }

    @POST
    @Path("/{id}/publish")
    @RolesAllowed("officer")
    public TenderView publish(@PathParam("id") UUID id) {
        return TenderView.of(tenders.publish(id, user));
    }
}
