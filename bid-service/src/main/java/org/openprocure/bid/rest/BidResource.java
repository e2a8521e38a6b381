package org.openprocure.bid.rest;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.openprocure.bid.sealing.Receipt;
import org.openprocure.bid.service.BidSubmissions;
import org.openprocure.bid.service.OpeningCeremony;
import org.openprocure.bid.service.OwnBids;
import org.openprocure.events.bid.BidsOpened;
import org.openprocure.support.security.CurrentUser;

/** Suppliers' bids: submitted, replaced and withdrawn until the deadline, each answered with a signed receipt. */
@Path("/api/tenders/{ocid}/bids")
@Produces(MediaType.APPLICATION_JSON)
public class BidResource {

    /** The body of a bid: a price per lot, answers to the quality criteria, and PDF documents (base64). */
    public record OfferRequest(
            @NotNull @Size(min = 1, max = 100) List<@NotNull @Valid LotPriceRequest> lots,
            @Size(max = 50) List<@NotNull @Valid AnswerRequest> answers,
            @Size(max = 20) List<@NotNull @Valid DocumentRequest> documents) {

        BidSubmissions.Offer toOffer() {
            return new BidSubmissions.Offer(
                    lots.stream().map(l -> new BidSubmissions.LotPrice(l.lotId(), l.price().amount(),
                            l.price().currency())).toList(),
                    answers == null ? List.of() : answers.stream()
                            .map(a -> new BidSubmissions.Answer(a.criterion(), a.text())).toList(),
                    documents == null ? List.of() : documents.stream()
                            .map(d -> new BidSubmissions.Document(d.title(), d.fileName(), d.content())).toList());
        }
    }

    public record LotPriceRequest(@NotBlank String lotId, @NotNull @Valid PriceRequest price) {
    }

    public record PriceRequest(@NotNull BigDecimal amount, @NotNull String currency) {
    }

    public record AnswerRequest(@NotBlank @Size(max = 200) String criterion, @NotBlank @Size(max = 20000) String text) {
    }

    public record DocumentRequest(@NotBlank String title, @NotBlank String fileName, @NotNull byte[] content) {
    }

    /** A receipt as the supplier keeps it: its fields, the platform's signature and the exact text signed. */
    public record ReceiptView(String ocid, String bidId, int version, List<String> lotIds, Receipt.Kind kind,
            Instant receivedAt, String envelopeSha256, String signature, String signedText) {

        static ReceiptView of(BidSubmissions.SignedReceipt signed) {
            Receipt r = signed.receipt();
            return new ReceiptView(r.ocid(), r.bidId(), r.version(), r.lotIds(), r.kind(), r.receivedAt(),
                    r.envelopeSha256(), signed.signature(), r.canonicalForm());
        }
    }

    /** A supplier's own bid for a tender, if it has one, and every receipt issued for its bids there. */
    public record OwnBidsView(String ocid, OwnBids.CurrentBid current, List<ReceiptView> receipts) {

        static OwnBidsView of(OwnBids.TenderBids bids) {
            return new OwnBidsView(bids.ocid(), bids.current(), bids.receipts().stream().map(ReceiptView::of).toList());
        }
    }

    private final BidSubmissions submissions;
    private final OwnBids ownBids;
    private final OpeningCeremony ceremony;
    private final CurrentUser user;

    BidResource(BidSubmissions submissions, OwnBids ownBids, OpeningCeremony ceremony, CurrentUser user) {
        this.submissions = submissions;
        this.ownBids = ownBids;
        this.ceremony = ceremony;
        this.user = user;
    }

    /** The bids of a tender: after the opening, as on its record; before it, refused and recorded for auditors. */
    @GET
    @PermitAll
    public List<BidsOpened.Bid> bids(@PathParam("ocid") String ocid) {
        return ceremony.record(ocid).map(BidsOpened::bids).orElseThrow(() -> ceremony.sealedUntilOpened(ocid, user));
    }

    /** The caller's organisation's bid and its receipts; never the sealed content, never anyone else's. */
    @GET
    @Path("/mine")
    @RolesAllowed("supplier")
    public OwnBidsView mine(@PathParam("ocid") String ocid) {
        return OwnBidsView.of(ownBids.forTender(ocid, user));
    }

    @POST
    @RolesAllowed("supplier")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response submit(@PathParam("ocid") String ocid, @HeaderParam("Idempotency-Key") String key,
            @NotNull @Valid OfferRequest offer, UriInfo uri) {
        ReceiptView receipt = ReceiptView.of(submissions.submit(ocid, offer.toOffer(), key, user));
        return Response.created(uri.getAbsolutePathBuilder().path(receipt.bidId()).build()).entity(receipt).build();
    }

    @PUT
    @Path("/{bidId}")
    @RolesAllowed("supplier")
    @Consumes(MediaType.APPLICATION_JSON)
    public ReceiptView replace(@PathParam("ocid") String ocid, @PathParam("bidId") UUID bidId,
            @HeaderParam("Idempotency-Key") String key, @NotNull @Valid OfferRequest offer) {
        return ReceiptView.of(submissions.replace(ocid, bidId, offer.toOffer(), key, user));
    }

    @DELETE
    @Path("/{bidId}")
    @RolesAllowed("supplier")
    public ReceiptView withdraw(@PathParam("ocid") String ocid, @PathParam("bidId") UUID bidId,
            @HeaderParam("Idempotency-Key") String key) {
        return ReceiptView.of(submissions.withdraw(ocid, bidId, key, user));
    }
}
