package org.openprocure.portal.client;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.rest.client.annotation.RegisterProvider;
import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;

/**
 * contract-service's anonymous integrity channel. It never carries a token, and {@link NothingAboutTheReporter}
 * makes sure no header could tell who the reporter is: the portal passes on the report, not the person.
 */
@RegisterRestClient(configKey = "contract-service")
@RegisterProvider(ContractProblemResponses.class)
@RegisterProvider(NothingAboutTheReporter.class)
@Path("/api/integrity-reports")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public interface IntegrityReportClient {

    @POST
    IntegrityReports.Receipt report(IntegrityReports.NewReport report);

    /** 404 for a code that opens no report (whatever the code), 429 while guessing is held off. */
    @POST
    @Path("/follow-up")
    IntegrityReports.FollowUp followUp(IntegrityReports.Code code);

    @POST
    @Path("/follow-up/messages")
    IntegrityReports.FollowUp write(IntegrityReports.ReporterMessage message);
}
