package org.openprocure.portal.client;

import java.util.List;
import java.util.UUID;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.rest.client.annotation.RegisterProvider;
import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;

/**
 * tender-service on behalf of the signed-in user: every call carries the user's access token from
 * the code flow, so the service applies the user's own role and organisation, never the portal's.
 * Its own config key keeps its connection pool and metrics apart; the URL is tender-service's.
 */
@RegisterRestClient(configKey = "tender-service-as-user")
@RegisterProvider(ProblemResponses.class)
@RegisterProvider(UserAccessToken.class)
@Path("/api")
@Produces(MediaType.APPLICATION_JSON)
public interface TenderServiceUserClient {

    @GET
    @Path("/tenders")
    List<TenderView> tenders();

    /** 201 with the new draft's address in {@code Location}. */
    @POST
    @Path("/tenders")
    @Consumes(MediaType.APPLICATION_JSON)
    Response createTender(TenderTerms terms);

    @GET
    @Path("/tenders/{id}")
    TenderView tender(@PathParam("id") UUID id);

    @PUT
    @Path("/tenders/{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    void replaceTerms(@PathParam("id") UUID id, TenderTerms terms);

    @POST
    @Path("/tenders/{id}/documents")
    @Consumes(TenderServiceClient.PDF)
    void uploadDocument(@PathParam("id") UUID id, @QueryParam("title") String title,
            @HeaderParam(HttpHeaders.CONTENT_DISPOSITION) String contentDisposition, byte[] pdf);

    @POST
    @Path("/tenders/{id}/consultation")
    @Consumes(MediaType.APPLICATION_JSON)
    void openConsultation(@PathParam("id") UUID id, ConsultationRequest consultation);

    @POST
    @Path("/tenders/{id}/comments/{commentId}/answer")
    @Consumes(MediaType.APPLICATION_JSON)
    void answerComment(@PathParam("id") UUID id, @PathParam("commentId") String commentId,
            CommentAnswerRequest answer);

    @POST
    @Path("/tenders/{id}/comments/{commentId}/hide")
    @Consumes(MediaType.APPLICATION_JSON)
    void hideComment(@PathParam("id") UUID id, @PathParam("commentId") String commentId, ReasonRequest reason);

    @POST
    @Path("/tenders/{id}/publish")
    void publish(@PathParam("id") UUID id);

    @POST
    @Path("/tenders/{id}/enquiries/{enquiryId}/answer")
    @Consumes(MediaType.APPLICATION_JSON)
    void answerEnquiry(@PathParam("id") UUID id, @PathParam("enquiryId") String enquiryId,
            EnquiryAnswerRequest answer);

    @POST
    @Path("/tenders/{id}/amendments")
    @Consumes(MediaType.APPLICATION_JSON)
    void amend(@PathParam("id") UUID id, AmendmentRequest amendment);

    @POST
    @Path("/tenders/{id}/cancel")
    @Consumes(MediaType.APPLICATION_JSON)
    void cancel(@PathParam("id") UUID id, ReasonRequest reason);

    @POST
    @Path("/tenders/{id}/lots/{lotId}/cancel")
    @Consumes(MediaType.APPLICATION_JSON)
    void cancelLot(@PathParam("id") UUID id, @PathParam("lotId") String lotId, ReasonRequest reason);

    /** With the buyer's token, hidden comments come with their text. */
    @GET
    @Path("/notices/{ocid}/comments")
    List<Comment> comments(@PathParam("ocid") String ocid);

    @GET
    @Path("/notices/{ocid}/enquiries")
    List<Enquiry> enquiries(@PathParam("ocid") String ocid);

    /** Only suppliers may ask, so the question goes with the supplier's token. */
    @POST
    @Path("/notices/{ocid}/enquiries")
    @Consumes(MediaType.APPLICATION_JSON)
    void ask(@PathParam("ocid") String ocid, EnquiryRequest enquiry);
}
