package org.openprocure.portal.rest;

import java.io.InputStream;
import java.util.List;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.rest.client.inject.RestClient;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.RestResponse;

import io.quarkus.qute.TemplateInstance;

import org.openprocure.portal.client.BidServiceClient;
import org.openprocure.portal.client.BidServiceUserClient;
import org.openprocure.portal.client.OwnBids;
import org.openprocure.portal.client.ReceiptCheck;
import org.openprocure.portal.client.TenderServiceClient;
import org.openprocure.portal.view.Forms;
import org.openprocure.portal.view.MyBidsPage;
import org.openprocure.portal.view.RequestLocale;

/** A supplier's bids across tenders with their signed receipts, and each receipt as a printable PDF. */
@Path("/bids")
@RolesAllowed("supplier")
public class SupplierBidsResource {

    private static final Logger LOG = Logger.getLogger(SupplierBidsResource.class);

    @Inject
    @RestClient
    BidServiceUserClient bidsAsUser;

    @Inject
    @RestClient
    BidServiceClient bidService;

    @Inject
    @RestClient
    TenderServiceClient tenderService;

    @Inject
    RequestLocale locale;

    @GET
    @Produces(MediaType.TEXT_HTML)
    public TemplateInstance myBids() {
        List<MyBidsPage.Row> rows;
        try {
            List<OwnBids> bids = bidsAsUser.ownBids();
            rows = bids.stream().map(b -> new MyBidsPage.Row(b, Titles.of(tenderService, b.ocid()))).toList();
        } catch (RuntimeException unavailable) {
            LOG.warnf("The supplier's bids could not be fetched from bid-service: %s", unavailable.toString());
            rows = null;
        }
        return Templates.myBids(new MyBidsPage(rows)).setLocale(locale.get());
    }

    /**
     * The receipt's fields, as the page holds them, go to bid-service, which prints only a receipt its
     * key signed; the PDF comes back as a download.
     */
    @POST
    @Path("receipt.pdf")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Produces(TenderServiceClient.PDF)
    public Response receiptPdf(MultivaluedMap<String, String> form) {
        ReceiptCheck receipt = new ReceiptCheck(Forms.text(form, "ocid"), Forms.text(form, "bidId"),
                integer(Forms.text(form, "version")), form.getOrDefault("lotIds", List.of()),
                Forms.text(form, "kind"), instant(Forms.text(form, "receivedAt")), Forms.text(form, "envelopeSha256"),
                Forms.text(form, "signature"));
        RestResponse<InputStream> pdf = bidService.receiptPdf(receipt);
        String disposition = pdf.getHeaderString(HttpHeaders.CONTENT_DISPOSITION);
        return Response.ok(pdf.getEntity(), TenderServiceClient.PDF)
                .header(HttpHeaders.CONTENT_DISPOSITION, disposition != null ? disposition
                        : "attachment; filename=\"receipt-" + receipt.bidId() + "-v" + receipt.version() + ".pdf\"")
                .header("X-Content-Type-Options", "nosniff")
                .build();
    }

    private static Integer integer(String text) {
        try {
            return text == null ? null : Integer.valueOf(text);
        } catch (NumberFormatException notANumber) {
            return null;
        }
    }

    private static java.time.Instant instant(String text) {
        try {
            return text == null ? null : java.time.Instant.parse(text);
        } catch (java.time.format.DateTimeParseException notATime) {
            return null;
        }
    }
}
