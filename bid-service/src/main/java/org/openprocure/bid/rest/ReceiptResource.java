package org.openprocure.bid.rest;

import jakarta.annotation.security.PermitAll;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import org.openprocure.bid.sealing.Receipt;
import org.openprocure.bid.sealing.ReceiptSigner;
import org.openprocure.bid.service.BidSubmissions;
import org.openprocure.support.problem.ProblemException;

/** The platform's receipt key, published, and a check of any receipt against it: for suppliers, courts and auditors. */
@Path("/")
@Produces(MediaType.APPLICATION_JSON)
@PermitAll
public class ReceiptResource {

    /** A receipt to check: its fields and the signature it came with. */
    public record VerifyRequest(@NotBlank String ocid, @NotBlank String bidId, @NotNull Integer version,
            @NotNull List<String> lotIds, @NotNull Receipt.Kind kind, @NotNull Instant receivedAt,
            @NotBlank String envelopeSha256, @NotBlank String signature) {
    }

    public record Verification(boolean valid, String reason) {
    }

    public record PublicKeyView(String algorithm, String publicKey, String fingerprint) {
    }

    private final BidSubmissions submissions;

    ReceiptResource(BidSubmissions submissions) {
        this.submissions = submissions;
    }

    /** Checks a receipt's signature against the platform's published key. */
    @POST
    @Path("api/receipts/verify")
    @Consumes(MediaType.APPLICATION_JSON)
    public Verification verify(@NotNull @Valid VerifyRequest request) {
        Receipt receipt;
        byte[] signature;
        try {
            receipt = new Receipt(request.ocid(), request.bidId(), request.version(), request.lotIds(), request.kind(),
                    request.receivedAt(), request.envelopeSha256());
            signature = Base64.getDecoder().decode(request.signature());
        } catch (IllegalArgumentException e) {
            throw ProblemException.badRequest("receipt", e.getMessage());
        }
        boolean valid = ReceiptSigner.verify(submissions.signer().publicKeyX509(), receipt.canonicalBytes(), signature);
        return new Verification(valid, valid ? "signed by this platform's receipt key"
                : "the signature does not match these receipt fields and this platform's key");
    }

    /** The receipt as a printable PDF; only a receipt this platform signed is printed. */
    @POST
    @Path("api/receipts/pdf")
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces({"application/pdf", "application/problem+json"})
    public jakarta.ws.rs.core.Response pdf(@NotNull @Valid VerifyRequest request) {
        Verification verification = verify(request);
        if (!verification.valid()) {
            throw ProblemException.badRequest("signature", verification.reason());
        }
        Receipt receipt = new Receipt(request.ocid(), request.bidId(), request.version(), request.lotIds(),
                request.kind(), request.receivedAt(), request.envelopeSha256());
        byte[] pdf = org.openprocure.bid.pdf.ReceiptPdf.render(receipt, request.signature(),
                submissions.signer().publicKeyFingerprint());
        return jakarta.ws.rs.core.Response.ok(pdf, "application/pdf")
                .header("Content-Disposition", "attachment; filename=\"receipt-" + request.bidId() + "-v"
                        + request.version() + ".pdf\"").build();
    }

    @GET
    @Path(".well-known/openprocure-receipt-key")
    public PublicKeyView receiptKey() {
        ReceiptSigner signer = submissions.signer();
        return new PublicKeyView("Ed25519", Base64.getEncoder().encodeToString(signer.publicKeyX509()),
                signer.publicKeyFingerprint());
    }
}
