package org.openprocure.portal.client;

import java.io.InputStream;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.rest.client.annotation.RegisterProvider;
import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;
import org.jboss.resteasy.reactive.RestResponse;

/** contract-service's integrity inbox for the signed-in auditor, with their access token. */
@RegisterRestClient(configKey = "contract-service-as-user")
@RegisterProvider(ContractProblemResponses.class)
@RegisterProvider(UserAccessToken.class)
@Path("/api/integrity-reports")
@Produces(MediaType.APPLICATION_JSON)
public interface IntegrityAuditorClient {

    /** A parameter left null is not sent. */
    @GET
    IntegrityReports.Inbox inbox(@QueryParam("status") String status, @QueryParam("page") Integer page,
            @QueryParam("size") Integer size);

    @GET
    @Path("/{reference}")
    IntegrityReports.Report report(@PathParam("reference") String reference);

    @GET
    @Path("/{reference}/attachments/{number}")
    @Produces({"application/pdf", "text/plain", "application/problem+json"})
    RestResponse<InputStream> attachment(@PathParam("reference") String reference, @PathParam("number") int number);

    @POST
    @Path("/{reference}/triage")
    @Consumes(MediaType.APPLICATION_JSON)
    IntegrityReports.Report triage(@PathParam("reference") String reference, IntegrityReports.TriageRequest triage);

    @POST
    @Path("/{reference}/replies")
    @Consumes(MediaType.APPLICATION_JSON)
    IntegrityReports.Report reply(@PathParam("reference") String reference, IntegrityReports.Reply reply);
}
