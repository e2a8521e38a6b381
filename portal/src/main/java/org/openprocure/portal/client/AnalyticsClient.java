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

/**
 * contract-service's analytics API on behalf of the signed-in auditor, with their access token (role {@code auditor}).
 * A parameter left null is not sent. Pages count from 0.
 */
@RegisterRestClient(configKey = "contract-service-as-user")
@RegisterProvider(ContractProblemResponses.class)
@RegisterProvider(UserAccessToken.class)
@Path("/api/analytics")
@Produces(MediaType.APPLICATION_JSON)
public interface AnalyticsClient {

    String CSV_OR_PROBLEM = "text/csv, application/problem+json";

    /** {@code from} and {@code to} are days ({@code YYYY-MM-DD}), both included. */
    @GET
    @Path("/overview")
    Analytics.Overview overview(@QueryParam("buyer") String buyer, @QueryParam("from") String from,
            @QueryParam("to") String to);

    @GET
    @Path("/red-flags/summary")
    Analytics.FlagSummary redFlagSummary(@QueryParam("buyer") String buyer);

    @GET
    @Path("/red-flags")
    Analytics.FlagPage redFlags(@QueryParam("code") String code, @QueryParam("ocid") String ocid,
            @QueryParam("buyer") String buyer, @QueryParam("source") String source, @QueryParam("page") Integer page,
            @QueryParam("size") Integer size);

    /** {@code month} is {@code YYYY-MM}; {@code singleBid} true keeps the processes with exactly one bid. */
    @GET
    @Path("/processes")
    Analytics.ProcessPage processes(@QueryParam("buyer") String buyer, @QueryParam("supplier") String supplier,
            @QueryParam("cpv") String cpv, @QueryParam("method") String method, @QueryParam("status") String status,
            @QueryParam("singleBid") Boolean singleBid, @QueryParam("month") String month,
            @QueryParam("page") Integer page, @QueryParam("size") Integer size);

    @GET
    @Path("/processes/{ocid}")
    Analytics.AuditedProcess process(@PathParam("ocid") String ocid);

    @GET
    @Path("/awards")
    Analytics.AwardPage awards(@QueryParam("buyer") String buyer, @QueryParam("supplier") String supplier,
            @QueryParam("cpv") String cpv, @QueryParam("method") String method, @QueryParam("from") String from,
            @QueryParam("to") String to, @QueryParam("minValue") String minValue,
            @QueryParam("maxValue") String maxValue, @QueryParam("currency") String currency,
            @QueryParam("sort") String sort, @QueryParam("page") Integer page, @QueryParam("size") Integer size);

    /** The same award histories as CSV, passed on to the auditor as they come. */
    @GET
    @Path("/awards.csv")
    @Produces(CSV_OR_PROBLEM)
    RestResponse<InputStream> awardsCsv(@QueryParam("buyer") String buyer, @QueryParam("supplier") String supplier,
            @QueryParam("cpv") String cpv, @QueryParam("method") String method, @QueryParam("from") String from,
            @QueryParam("to") String to, @QueryParam("minValue") String minValue,
            @QueryParam("maxValue") String maxValue, @QueryParam("currency") String currency,
            @QueryParam("sort") String sort);

    @GET
    @Path("/buyers/{id}")
    Analytics.BuyerProfile buyer(@PathParam("id") String buyerId);

    @GET
    @Path("/suppliers/{id}")
    Analytics.SupplierProfile supplier(@PathParam("id") String supplierId);

    @GET
    @Path("/audit-report")
    @Produces(TenderServiceClient.PDF_OR_PROBLEM)
    RestResponse<InputStream> auditReport(@QueryParam("buyer") String buyer, @QueryParam("from") String from,
            @QueryParam("to") String to);
}
