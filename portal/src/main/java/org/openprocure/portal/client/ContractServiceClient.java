package org.openprocure.portal.client;

import java.io.InputStream;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.rest.client.annotation.RegisterProvider;
import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;
import org.jboss.resteasy.reactive.RestResponse;

/** The public part of contract-service's API: contracts, their documents, and the OCDS record of a process. */
@RegisterRestClient(configKey = "contract-service")
@RegisterProvider(ContractProblemResponses.class)
@Path("/api")
@Produces(MediaType.APPLICATION_JSON)
public interface ContractServiceClient {

    /** Contracts, newest first; a parameter left null is not sent. */
    @GET
    @Path("/contracts")
    ContractList contracts(@QueryParam("ocid") String ocid, @QueryParam("buyer") String buyer,
            @QueryParam("supplier") String supplier, @QueryParam("status") String status,
            @QueryParam("page") Integer page, @QueryParam("size") Integer size);

    @GET
    @Path("/contracts/{contractId}")
    Contract contract(@PathParam("contractId") String contractId);

    /** The signed PDF, once the contract is signed (404 before). */
    @GET
    @Path("/contracts/{contractId}/document")
    @Produces(TenderServiceClient.PDF_OR_PROBLEM)
    RestResponse<InputStream> document(@PathParam("contractId") String contractId);

    @GET
    @Path("/contracts/{contractId}/summary.pdf")
    @Produces(TenderServiceClient.PDF_OR_PROBLEM)
    RestResponse<InputStream> summaryPdf(@PathParam("contractId") String contractId);

    /** The process's OCDS record package, read for the timeline; 404 while no release of it is published. */
    @GET
    @Path("/ocds/records/{ocid}")
    OcdsRecordPackage record(@PathParam("ocid") String ocid);

    /** The same record package as contract-service wrote it, passed on to readers byte for byte. */
    @GET
    @Path("/ocds/records/{ocid}")
    RestResponse<InputStream> recordJson(@PathParam("ocid") String ocid);
}
