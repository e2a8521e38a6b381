package org.openprocure.portal.wire;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import jakarta.annotation.security.PermitAll;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

/**
 * Stands in for tender-service on the wire, answering with the JSON its README specifies and
 * recording what the portal sent. Only {@link TenderServiceWireTest}'s profile points the portal here.
 */
@Path("/fake-tender-service/api")
@PermitAll
public class FakeTenderService {

    static final String OCID = "ocds-op7x2k-T-2026-000042";
    static final String ID = "5f0c2b8e-7d1a-4c55-9f3e-2a6b8d9e0c11";
    static final String CREATED = "7b1e4d20-1111-4a2b-9c3d-4e5f60718293";
    static final byte[] PDF = "%PDF-1.7 bill of quantities".getBytes(StandardCharsets.US_ASCII);

    /** What the portal sent: method, path with query, and the headers and body that matter. */
    record Received(String method, String target, String authorization, String contentType,
            String contentDisposition, byte[] body, String traceparent) {

        String text() {
            return new String(body, StandardCharsets.UTF_8);
        }
    }

    static final List<Received> RECEIVED = new CopyOnWriteArrayList<>();

    @Context
    UriInfo uri;

    @Context
    HttpHeaders headers;

    private void record(String method, byte[] body) {
        String query = uri.getRequestUri().getRawQuery();
        RECEIVED.add(new Received(method, uri.getPath() + (query == null ? "" : "?" + query),
                headers.getHeaderString(HttpHeaders.AUTHORIZATION),
                headers.getHeaderString(HttpHeaders.CONTENT_TYPE),
                headers.getHeaderString("Content-Disposition"), body == null ? new byte[0] : body,
                headers.getHeaderString("traceparent")));
    }

    private static Response json(Object body) {
        return Response.ok(body, "application/json").build();
    }

    private static Response problem(int status, String body) {
        return Response.status(status).type("application/problem+json").entity(body).build();
    }

    @GET
    @Path("notices")
    public Response notices() {
        record("GET", null);
        return json("""
                {"items": [{"ocid": "%s", "tenderId": "%s", "title": "Road resurfacing — Zieliński Street",
                  "buyer": {"id": "buyer-northvale", "name": "Northvale City Council"},
                  "procurementMethod": "open", "mainProcurementCategory": "works",
                  "value": {"amount": 125000.00, "currency": "EUR"},
                  "submissionDeadline": "2026-12-30T12:00:00Z", "publishedAt": "2026-11-30T09:00:00Z",
                  "status": "active", "statusDetails": "tendering"}],
                 "page": 0, "size": 20, "total": 1}
                """.formatted(OCID, ID));
    }

    @GET
    @Path("notices/{ocid}")
    public Response notice(@PathParam("ocid") String ocid) {
        record("GET", null);
        if (!OCID.equals(ocid)) {
            return problem(404, "{\"title\": \"Not Found\", \"status\": 404, \"detail\": \"No such notice\"}");
        }
        return json(tender("planning", "consultation"));
    }

    @GET
    @Path("notices/{ocid}/versions")
    public Response versions() {
        record("GET", null);
        return json("""
                [{"version": 0, "label": "Consulted draft", "reason": null, "createdAt": "2026-11-25T09:00:00Z"}]
                """);
    }

    @GET
    @Path("notices/{ocid}/versions/{version}")
    public Response version() {
        record("GET", null);
        return json("""
                {"version": 0, "label": "Consulted draft", "reason": null, "createdAt": "2026-11-25T09:00:00Z",
                 "terms": {"title": "Road resurfacing"}, "changes": []}
                """);
    }

    @GET
    @Path("notices/{ocid}/comments")
    public Response comments() {
        record("GET", null);
        return json("""
                [{"id": "c-2", "number": 2, "target": {"type": "lot", "section": null, "lotId": "lot-1"},
                  "author": null, "text": null, "postedAt": "2026-11-27T10:00:00Z", "hidden": true,
                  "hiddenReason": "Personal insults.", "answer": {"resolution": "rejected",
                  "text": "No point about the draft.", "answeredAt": "2026-11-28T11:00:00Z"}}]
                """);
    }

    @POST
    @Path("notices/{ocid}/comments")
    public Response comment(byte[] body) {
        record("POST", body);
        if (new String(body, StandardCharsets.UTF_8).contains("too late")) {
            return problem(409, """
                    {"type": "about:blank", "title": "Conflict", "status": 409,
                     "detail": "The consultation ended on 7 December 2026 at 12:00 UTC.",
                     "errors": [{"field": "text", "message": "Comments are no longer taken."}]}
                    """);
        }
        return Response.status(201).build();
    }

    @GET
    @Path("notices/{ocid}/enquiries")
    public Response enquiries() {
        record("GET", null);
        return json("[]");
    }

    @GET
    @Path("notices/{ocid}/documents/{documentId}")
    public Response document() {
        record("GET", null);
        return Response.ok(PDF, "application/pdf")
                .header("Digest", "sha-256=n4bQgYhMfWWaL+qgxVrQFaO/TxsrC4Is0V1sFbDwCgg=")
                .header("Content-Disposition", "attachment; filename=\"boq.pdf\"")
                .build();
    }

    @POST
    @Path("tenders")
    public Response createTender(byte[] body) {
        record("POST", body);
        return Response.created(URI.create("/api/tenders/" + CREATED)).build();
    }

    @GET
    @Path("tenders/{id}")
    public Response tender() {
        record("GET", null);
        return json(tender("planning", "draft").replace("\"ocid\": \"" + OCID + "\"", "\"ocid\": null"));
    }

    @POST
    @Path("tenders/{id}/documents")
    public Response upload(byte[] body) {
        record("POST", body);
        return Response.status(201).build();
    }

    private static String tender(String status, String stage) {
        return """
                {"id": "%s", "ocid": "%s", "status": "%s", "statusDetails": "%s",
                 "buyer": {"id": "buyer-northvale", "name": "Northvale City Council"},
                 "title": "Road resurfacing — Zieliński Street", "description": "Milling and resurfacing.",
                 "procurementMethod": "open", "procurementMethodRationale": null, "mainProcurementCategory": "works",
                 "awardCriteria": "priceOnly", "criteria": [], "value": {"amount": 100000.00, "currency": "EUR"},
                 "lots": [{"id": "lot-1", "title": "Carriageway", "description": null,
                   "value": {"amount": 100000.00, "currency": "EUR"}, "status": "active", "cancellationReason": null,
                   "items": [{"id": "item-1", "description": "Asphalt surfacing", "quantity": 8400, "unit": "m2",
                     "classification": {"scheme": "CPV", "id": "45233252-0",
                       "description": "Surfacing work for roads"}}]}],
                 "consultationPeriod": {"startDate": "2026-11-25T09:00:00Z", "endDate": "2026-12-07T12:00:00Z"},
                 "enquiryDeadline": "2026-12-20T12:00:00Z", "submissionDeadline": "2026-12-30T12:00:00Z",
                 "openingDate": "2026-12-30T12:30:00Z", "bidValidityDays": 90,
                 "openingCommittee": {"threshold": 2, "members": [{"username": "officer.anna", "name": "Anna"},
                   {"username": "officer.bruno", "name": "Bruno"}]},
                 "documents": [{"id": "doc-1", "title": "Bill of quantities", "fileName": "boq.pdf",
                   "documentType": "biddingDocuments", "size": 27, "sha256": "abc",
                   "datePublished": "2026-11-25T09:05:00Z"}],
                 "noticeVersion": null, "createdAt": "2026-11-20T08:00:00Z", "publishedAt": null, "cancellation": null,
                 "comments": {"total": 1, "unanswered": 0}, "enquiries": {"total": 0, "unanswered": 0}}
                """.formatted(ID, OCID, status, stage);
    }
}
