package org.openprocure.bid.pdf;

import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import org.openprocure.bid.sealing.Receipt;
import org.openprocure.support.pdf.PdfDocument;

/**
 * A bid receipt on paper: what was received, when to the millisecond, the envelope's hash, and the
 * platform's signature over the exact text printed at the end, so anyone can check it again.
 */
public final class ReceiptPdf {

    static final DateTimeFormatter RECEIVED =
            DateTimeFormatter.ofPattern("d MMMM uuuu, HH:mm:ss.SSS 'UTC'", Locale.ENGLISH).withZone(ZoneOffset.UTC);

    private ReceiptPdf() {
    }

    public static byte[] render(Receipt receipt, String signatureBase64, String keyFingerprint) {
        String kind = switch (receipt.kind()) {
            case SUBMITTED -> "Bid received";
            case REPLACED -> "Replacement bid received";
            case WITHDRAWN -> "Bid withdrawn";
        };
        try (PdfDocument pdf = PdfDocument.create("Receipt " + receipt.bidId() + " v" + receipt.version(), kind,
                receipt.receivedAt())) {
            return pdf.footer(receipt.ocid() + " · receipt for bid " + receipt.bidId() + ", version " + receipt.version())
                    .heading(kind)
                    .field("Tender (OCID)", receipt.ocid())
                    .field("Bid", receipt.bidId() + ", version " + receipt.version())
                    .field("Lots", String.join(", ", receipt.lotIds()))
                    .field("Received", RECEIVED.format(receipt.receivedAt()))
                    .field("Sealed envelope SHA-256", receipt.envelopeSha256())
                    .spacer()
                    .paragraph("The bid is sealed: nobody can read it before the opening ceremony after the"
                            + " deadline. At the opening, the public record lists every envelope's SHA-256; check"
                            + " that yours is there unchanged.")
                    .spacer()
                    .subheading("Signature")
                    .field("Algorithm", "Ed25519")
                    .field("Platform key fingerprint", keyFingerprint)
                    .field("Signature (base64)", signatureBase64)
                    .spacer()
                    .subheading("Signed text")
                    .paragraph(receipt.canonicalForm())
                    .toBytes();
        }
    }
}
