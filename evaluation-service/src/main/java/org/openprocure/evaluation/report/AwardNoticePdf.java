package org.openprocure.evaluation.report;

import static org.openprocure.evaluation.report.EvaluationReportPdf.WHEN;
import static org.openprocure.evaluation.report.EvaluationReportPdf.money;

import java.util.List;
import org.openprocure.support.pdf.PdfDocument;

/**
 * The award notice of a lot as a PDF: who won what, for how much, how many bids there were, the
 * standstill and the complaints it saw, and the hash of the evaluation report it rests on.
 */
public final class AwardNoticePdf {

    private AwardNoticePdf() {
    }

    public static byte[] render(AwardNoticeData notice) {
        try (PdfDocument pdf = PdfDocument.create("Award notice " + notice.ocid() + " " + notice.lotId(),
                notice.title(), notice.confirmedAt())) {
            pdf.footer(notice.ocid() + " · " + notice.lotId() + " · award notice " + notice.awardId())
                    .heading("Award notice")
                    .field("Tender", notice.title())
                    .field("Tender (OCID)", notice.ocid())
                    .field("Buyer", notice.buyerName())
                    .field("Lot", notice.lotId() + " — " + notice.lotTitle())
                    .field("Estimated value", money(notice.estimate()))
                    .field("Award method", "bestPriceQuality".equals(notice.method())
                            ? "Best price-quality ratio" : "Lowest price")
                    .spacer()
                    .subheading("Award")
                    .field("Supplier", notice.supplierName())
                    .field("Supplier id", notice.supplierId())
                    .field("Award value", money(notice.value()))
                    .field("Award", notice.awardId())
                    .field("Bids received", String.valueOf(notice.bidsReceived()))
                    .field("Bids qualified", String.valueOf(notice.bidsQualified()))
                    .field("Proposed", WHEN.format(notice.proposedAt()))
                    .field("Standstill ended", WHEN.format(notice.standstillEnded()))
                    .field("Confirmed", WHEN.format(notice.confirmedAt()));
            pdf.subheading("Complaints during the standstill");
            if (notice.complaints().isEmpty()) {
                pdf.paragraph("None.");
            } else {
                pdf.table(List.of("No.", "Complainant", "Filed", "Decision", "Reason"), notice.complaints().stream()
                        .map(c -> List.of(String.valueOf(c.number()), c.complainantName(), WHEN.format(c.filedAt()),
                                c.decision(), c.reason()))
                        .toList(), 1, 3, 3, 2, 6);
            }
            pdf.subheading("Evaluation report")
                    .field("SHA-256", notice.reportSha256())
                    .paragraph("The evaluation report states every declaration, qualification, score and reason"
                            + " behind this award; its SHA-256 lets anyone check a copy.");
            return pdf.toBytes();
        }
    }
}
