package org.openprocure.portal.client;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.rest.client.annotation.RegisterProvider;
import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;

/**
 * contract-service on behalf of the signed-in officer, with their access token: the buyer's contracts and the
 * steps of one (signature, amendments, milestones, payments, completion, termination). contract-service decides
 * on the officer's organisation and the contract's status.
 */
@RegisterRestClient(configKey = "contract-service-as-user")
@RegisterProvider(ContractProblemResponses.class)
@RegisterProvider(UserAccessToken.class)
@Path("/api/contracts")
@Produces(MediaType.APPLICATION_JSON)
public interface ContractServiceUserClient {

    /** The officer's buyer's contracts, every status. */
    @GET
    @Path("/mine")
    ContractList mine();

    @POST
    @Path("/{contractId}/signature")
    @Consumes(MediaType.APPLICATION_JSON)
    void sign(@PathParam("contractId") String contractId, SignatureRequest signature);

    @POST
    @Path("/{contractId}/amendments")
    @Consumes(MediaType.APPLICATION_JSON)
    void amend(@PathParam("contractId") String contractId, ContractAmendmentRequest amendment);

    @PUT
    @Path("/{contractId}/milestones/{milestoneId}")
    @Consumes(MediaType.APPLICATION_JSON)
    void recordMilestone(@PathParam("contractId") String contractId, @PathParam("milestoneId") String milestoneId,
            MilestoneRequest milestone);

    /** The same key sent twice records one payment: the form sends the key it was rendered with. */
    @POST
    @Path("/{contractId}/payments")
    @Consumes(MediaType.APPLICATION_JSON)
    void recordPayment(@PathParam("contractId") String contractId, @HeaderParam("Idempotency-Key") String idempotencyKey,
            PaymentRequest payment);

    @POST
    @Path("/{contractId}/completion")
    @Consumes(MediaType.APPLICATION_JSON)
    void complete(@PathParam("contractId") String contractId, ContractEndRequest completion);

    @POST
    @Path("/{contractId}/termination")
    @Consumes(MediaType.APPLICATION_JSON)
    void terminate(@PathParam("contractId") String contractId, ContractEndRequest termination);
}
