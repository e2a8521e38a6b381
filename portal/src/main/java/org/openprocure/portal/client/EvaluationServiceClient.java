package org.openprocure.portal.client;

import java.io.InputStream;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.rest.client.annotation.RegisterProvider;
import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;
import org.jboss.resteasy.reactive.RestResponse;

/** The public part of evaluation-service's API: a tender's awards, evaluation reports and award notices. */
@RegisterRestClient(configKey = "evaluation-service")
@RegisterProvider(EvaluationProblemResponses.class)
@Path("/api")
@Produces(MediaType.APPLICATION_JSON)
public interface EvaluationServiceClient {

    /** 404 until evaluation-service knows the tender. */
    @GET
    @Path("/awards/{ocid}")
    PublicAwards awards(@PathParam("ocid") String ocid);

    /** The evaluation report of the lot's latest proposal. */
    @GET
    @Path("/awards/{ocid}/lots/{lotId}/report.pdf")
    @Produces(TenderServiceClient.PDF_OR_PROBLEM)
    RestResponse<InputStream> reportPdf(@PathParam("ocid") String ocid, @PathParam("lotId") String lotId);

    /** The award notice, once the award is confirmed. */
    @GET
    @Path("/awards/{ocid}/lots/{lotId}/notice.pdf")
    @Produces(TenderServiceClient.PDF_OR_PROBLEM)
    RestResponse<InputStream> noticePdf(@PathParam("ocid") String ocid, @PathParam("lotId") String lotId);
}
