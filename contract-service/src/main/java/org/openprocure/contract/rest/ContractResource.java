package org.openprocure.contract.rest;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
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
import java.net.URI;
import java.time.Clock;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Pattern;
import org.openprocure.contract.contracts.Contract;
import org.openprocure.contract.pdf.ContractSummaryPdf;
import org.openprocure.contract.service.ContractAdministration;
import org.openprocure.contract.service.ContractFile;
import org.openprocure.contract.service.ContractRegister;
import org.openprocure.contract.service.ContractRequests;
import org.openprocure.support.problem.ProblemException;
import org.openprocure.support.problem.QueryParams;
import org.openprocure.support.security.CurrentUser;

/** Contracts: public reads, and the buyer's officers' writes from signature to completion. */
@Path("/api/contracts")
@Produces(MediaType.APPLICATION_JSON)
public class ContractResource {

    private static final Set<String> STATUSES = Set.of(Contract.PENDING, Contract.ACTIVE, Contract.TERMINATED);
    private static final Pattern ORGANISATION_ID = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._:-]{0,99}");
    private static final Pattern OCID = Pattern.compile("ocds-[A-Za-z0-9]+-[A-Za-z0-9._-]{1,100}");

    private final ContractRegister register;
    private final ContractAdministration administration;
    private final CurrentUser user;
    private final Clock clock;

    ContractResource(ContractRegister register, ContractAdministration administration, CurrentUser user,
            Clock clock) {
        this.register = register;
        this.administration = administration;
        this.user = user;
        this.clock = clock;
    }

    @GET
    @PermitAll
    public ContractView.Page contracts(@QueryParam("ocid") String ocid, @QueryParam("buyer") String buyer,
            @QueryParam("supplier") String supplier, @QueryParam("status") String status,
            @QueryParam("page") String page, @QueryParam("size") String size) {
        String wantedOcid = blank(ocid) ? null : ocid.strip();
        if (wantedOcid != null && !OCID.matcher(wantedOcid).matches()) {
            throw ProblemException.badRequest("ocid", "'" + ocid + "' is not an ocid, e.g. ocds-op7x2k-T-2026-000042");
        }
        return page(new ContractRegister.Criteria(wantedOcid, organisation("buyer", buyer),
                organisation("supplier", supplier), statuses(status)), page, size);
    }

    @GET
    @Path("mine")
    @RolesAllowed("officer")
    public ContractView.Page mine(@QueryParam("page") String page, @QueryParam("size") String size) {
        return page(new ContractRegister.Criteria(null, user.requireOrganisation(), null, Set.of()), page, size);
    }

    @GET
    @Path("{contractId}")
    @PermitAll
    public ContractView contract(@PathParam("contractId") String contractId) {
        return ContractView.of(find(contractId));
    }

    @GET
    @Path("{contractId}/document")
    @PermitAll
    @Produces({"application/pdf", "application/problem+json"})
    public Response document(@PathParam("contractId") String contractId) {
        ContractRegister.SignedDocument document = register.document(id(contractId)).orElseThrow(() ->
                ProblemException.notFound("Contract " + contractId + " has no signed document (yet)."));
        return Response.ok(document.content(), "application/pdf")
                .header("Content-Disposition", "inline; filename=\"" + document.fileName().replace("\"", "") + "\"")
                .build();
    }

    @GET
    @Path("{contractId}/summary.pdf")
    @PermitAll
    @Produces({"application/pdf", "application/problem+json"})
    public Response summary(@PathParam("contractId") String contractId) {
        ContractFile file = find(contractId);
        return Response.ok(ContractSummaryPdf.render(file, clock.instant()), "application/pdf")
                .header("Content-Disposition", "inline; filename=\"contract-" + file.contract().contractId
                        + "-summary.pdf\"")
                .build();
    }

    @POST
    @Path("{contractId}/signature")
    @RolesAllowed("officer")
    @Consumes(MediaType.APPLICATION_JSON)
    public ContractView sign(@PathParam("contractId") String contractId, ContractRequests.Signature body) {
        return ContractView.of(administration.sign(id(contractId), body, user));
    }

    @POST
    @Path("{contractId}/amendments")
    @RolesAllowed("officer")
    @Consumes(MediaType.APPLICATION_JSON)
    public ContractView amend(@PathParam("contractId") String contractId, ContractRequests.Amendment body) {
        return ContractView.of(administration.amend(id(contractId), body, user));
    }

    @PUT
    @Path("{contractId}/milestones/{milestoneId}")
    @RolesAllowed("officer")
    @Consumes(MediaType.APPLICATION_JSON)
    public ContractView milestone(@PathParam("contractId") String contractId,
            @PathParam("milestoneId") String milestoneId, ContractRequests.Milestone body) {
        return ContractView.of(administration.milestone(id(contractId), milestoneId, body, user));
    }

    /** 201 with the payment; a retry with the same Idempotency-Key gets the same payment, marked replayed. */
    @POST
    @Path("{contractId}/payments")
    @RolesAllowed("officer")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response pay(@PathParam("contractId") String contractId,
            @HeaderParam("Idempotency-Key") String idempotencyKey, ContractRequests.Payment body) {
        ContractAdministration.PaymentOutcome outcome = administration.pay(id(contractId), body, idempotencyKey,
                user);
        Response.ResponseBuilder response = Response.created(URI.create("/api/contracts/"
                        + outcome.contract().contract().contractId + "#" + outcome.payment().paymentId))
                .entity(ContractView.Payment.of(outcome.payment(), outcome.contract().contract().currency));
        if (!outcome.created()) {
            response.header("Idempotent-Replayed", "true");
        }
        return response.build();
    }

    @POST
    @Path("{contractId}/completion")
    @RolesAllowed("officer")
    @Consumes(MediaType.APPLICATION_JSON)
    public ContractView complete(@PathParam("contractId") String contractId, ContractRequests.Completion body) {
        return ContractView.of(administration.complete(id(contractId), body, user));
    }

    @POST
    @Path("{contractId}/termination")
    @RolesAllowed("officer")
    @Consumes(MediaType.APPLICATION_JSON)
    public ContractView terminate(@PathParam("contractId") String contractId, ContractRequests.Termination body) {
        return ContractView.of(administration.terminate(id(contractId), body, user));
    }

    private ContractView.Page page(ContractRegister.Criteria criteria, String pageParam, String sizeParam) {
        int page = QueryParams.intBetween("page", pageParam, 0, 0, 100_000);
        int size = QueryParams.intBetween("size", sizeParam, 20, 1, 100);
        ContractRegister.Page found = register.search(criteria, page, size);
        return new ContractView.Page(found.contracts().stream().map(ContractView::of).toList(), found.total());
    }

    private ContractFile find(String contractId) {
        return register.contract(id(contractId))
                .orElseThrow(() -> ProblemException.notFound("No contract " + contractId + "."));
    }

    private static UUID id(String contractId) {
        try {
            return UUID.fromString(contractId);
        } catch (IllegalArgumentException e) {
            throw ProblemException.notFound("No contract " + contractId + ".");
        }
    }

    private static boolean blank(String value) {
        return value == null || value.isBlank();
    }

    private static String organisation(String name, String value) {
        if (blank(value)) {
            return null;
        }
        String id = value.strip();
        if (!ORGANISATION_ID.matcher(id).matches()) {
            throw ProblemException.badRequest(name, "'" + value + "' is not an organisation id, e.g. buyer-northvale"
                    + " (letters, digits, '.', '_', ':', '-'; at most 100)");
        }
        return id;
    }

    /** Contract statuses, comma-separated; none = every status. */
    private static Set<String> statuses(String value) {
        Set<String> statuses = new LinkedHashSet<>();
        if (blank(value)) {
            return statuses;
        }
        for (String code : value.split(",", -1)) {
            String wanted = code.strip();
            if (!STATUSES.contains(wanted)) {
                throw ProblemException.badRequest("status", "'" + wanted + "' is not a contract status"
                        + " (pending, active, terminated)");
            }
            statuses.add(wanted);
        }
        return statuses;
    }
}
