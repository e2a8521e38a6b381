package org.openprocure.bid.pdf;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import org.openprocure.support.pdf.PdfDocument;

/**
 * The printable key card of one committee member: the share's text, to be kept safe and typed or
 * pasted at the opening ceremony.
 */
public final class KeyCardPdf {

    static final DateTimeFormatter DATE_TIME =
            DateTimeFormatter.ofPattern("d MMMM uuuu, HH:mm 'UTC'", Locale.ENGLISH).withZone(ZoneOffset.UTC);

    private KeyCardPdf() {
    }

    public static byte[] render(String ocid, String holderName, int index, String cardText, String fingerprint,
            int threshold, int holders, Instant collectedAt) {
        try (PdfDocument pdf = PdfDocument.create("Key card " + ocid + " #" + index, "Bid-opening key share",
                collectedAt)) {
            return pdf.footer(ocid + " · key card " + index + " of " + holders)
                    .heading("Bid-opening key card")
                    .field("Tender (OCID)", ocid)
                    .field("Key holder", holderName)
                    .field("Share", index + " of " + holders + "; " + threshold + " are needed to open the bids")
                    .field("Tender key fingerprint", fingerprint)
                    .field("Collected", DATE_TIME.format(collectedAt))
                    .spacer()
                    .subheading("Your share")
                    .paragraph(cardText)
                    .spacer()
                    .paragraph("Keep this card safe and private. The platform does not keep your share and cannot"
                            + " issue it again. At the opening ceremony, after the submission deadline, you will be"
                            + " asked to type or paste the text above; together with " + (threshold - 1)
                            + " other key holder(s) it opens the bids. The checksum at its end catches typing"
                            + " mistakes.")
                    .toBytes();
        }
    }
}
