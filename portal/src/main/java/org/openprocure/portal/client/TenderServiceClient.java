package org.openprocure.portal.client;

import java.io.InputStream;
import java.util.List;

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

/**
 * The public part of tender-service's API: what anyone may read, and the consultation comments
 * anyone may post. It never carries a token, so nothing a visitor does is tied to a session.
 */
@RegisterRestClient(configKey = "tender-service")
@RegisterProvider(ProblemResponses.class)
@Path("/api")
@Produces(MediaType.APPLICATION_JSON)
public interface TenderServiceClient {

    String PDF = "application/pdf";

    /** Error answers of PDF downloads are problem documents, so both are acceptable. */
    String PDF_OR_PROBLEM = "application/pdf, application/problem+json;q=0.5";

    @GET
    @Path("/notices")
    NoticePage notices(
            @QueryParam("q") String q,
            @QueryParam("cpv") String cpv,
            @QueryParam("status") String status,
            @QueryParam("deadlineFrom") String deadlineFrom,
            @QueryParam("deadlineTo") String deadlineTo,
            @QueryParam("valueMin") String valueMin,
            @QueryParam("valueMax") String valueMax,
            @QueryParam("sort") String sort,
            @QueryParam("page") int page,
            @QueryParam("size") int size);

    @GET
    @Path("/notices/{ocid}")
    TenderView notice(@PathParam("ocid") String ocid);

    @GET
    @Path("/notices/{ocid}/versions")
    List<NoticeVersionSummary> versions(@PathParam("ocid") String ocid);

    @GET
    @Path("/notices/{ocid}/versions/{version}")
    NoticeVersion version(@PathParam("ocid") String ocid, @PathParam("version") int version);

    @GET
    @Path("/notices/{ocid}/comments")
    List<Comment> comments(@PathParam("ocid") String ocid);

    @POST
    @Path("/notices/{ocid}/comments")
    @Consumes(MediaType.APPLICATION_JSON)
    void comment(@PathParam("ocid") String ocid, CommentRequest comment);

    @GET
    @Path("/notices/{ocid}/enquiries")
    List<Enquiry> enquiries(@PathParam("ocid") String ocid);

    @GET
    @Path("/notices/{ocid}/notice.pdf")
    @Produces(PDF_OR_PROBLEM)
    RestResponse<InputStream> noticePdf(@PathParam("ocid") String ocid);

    @GET
    @Path("/notices/{ocid}/consultation-report.pdf")
    @Produces(PDF_OR_PROBLEM)
    RestResponse<InputStream> consultationReport(@PathParam("ocid") String ocid);

    @GET
    @Path("/notices/{ocid}/documents/{documentId}")
    @Produces(PDF_OR_PROBLEM)
    RestResponse<InputStream> document(@PathParam("ocid") String ocid, @PathParam("documentId") String documentId);
}
