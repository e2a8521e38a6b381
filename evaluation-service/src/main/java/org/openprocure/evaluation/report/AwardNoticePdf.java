package org.openprocure.evaluation.report;

import org.openprocure.support.pdf.PdfDocument;

/** The award notice of a lot as a PDF. */
public final class AwardNoticePdf {

    private AwardNoticePdf() {
    }

    public static byte[] render(AwardNoticeData notice) {
        try (PdfDocument pdf = PdfDocument.create("Award notice " + notice.ocid() + " " + notice.lotId(),
                notice.title(), notice.confirmedAt())) {
            return pdf.heading("Award notice").field("Tender (OCID)", notice.ocid()).toBytes();
        }
    }
}
