package org.openprocure.portal.client;

import java.io.InputStream;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.rest.client.annotation.RegisterProvider;
import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;
import org.jboss.resteasy.reactive.RestResponse;

/** The public part of bid-service's API: the submission window, receipts checked and printed, opening records. */
@RegisterRestClient(configKey = "bid-service")
@RegisterProvider(BidProblemResponses.class)
@Path("/api")
@Produces(MediaType.APPLICATION_JSON)
public interface BidServiceClient {

    @GET
    @Path("/tenders/{ocid}/submission-window")
    SubmissionWindow submissionWindow(@PathParam("ocid") String ocid);

    @GET
    @Path("/tenders/{ocid}/opening")
    OpeningRecord openingRecord(@PathParam("ocid") String ocid);

    @POST
    @Path("/receipts/verify")
    @Consumes(MediaType.APPLICATION_JSON)
    ReceiptVerification verify(ReceiptCheck receipt);

    /** A printable PDF of a receipt the platform signed. */
    @POST
    @Path("/receipts/pdf")
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(TenderServiceClient.PDF_OR_PROBLEM)
    RestResponse<InputStream> receiptPdf(ReceiptCheck receipt);
}
