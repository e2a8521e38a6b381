package org.openprocure.evaluation.report;

import java.math.BigDecimal;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import org.openprocure.events.Money;
import org.openprocure.support.pdf.PdfDocument;

/**
 * The evaluation report of a lot as a PDF: the committee and each member's declarations, every
 * qualification decision with its reason and documents, every evaluator's score of every criterion with
 * its reason, the abnormally-low-tender procedure, the ranking, the bids left out and why, and the
 * proposal with its standstill. Equal data gives equal bytes.
 */
public final class EvaluationReportPdf {

    static final DateTimeFormatter WHEN =
            DateTimeFormatter.ofPattern("d MMMM uuuu, HH:mm 'UTC'", Locale.ENGLISH).withZone(ZoneOffset.UTC);

    private EvaluationReportPdf() {
    }

    public static byte[] render(EvaluationReportData report) {
        boolean priceQuality = "bestPriceQuality".equals(report.method());
        try (PdfDocument pdf = PdfDocument.create("Evaluation report " + report.ocid() + " " + report.lotId(),
                report.title(), report.issuedAt())) {
            pdf.footer(report.ocid() + " · " + report.lotId() + " · evaluation report issued "
                            + WHEN.format(report.issuedAt()))
                    .heading("Evaluation report")
                    .field("Tender", report.title())
                    .field("Tender (OCID)", report.ocid())
                    .field("Buyer", report.buyerName())
                    .field("Lot", report.lotId() + " — " + report.lotTitle())
                    .field("Estimated value", money(report.estimate()))
                    .field("Award method", priceQuality ? "Best price-quality ratio" : "Lowest price")
                    .field("Issued", WHEN.format(report.issuedAt()));

            if (priceQuality) {
                pdf.subheading("Award criteria");
                pdf.table(List.of("Criterion", "Type", "Weight (maximum score)"), report.criteria().stream()
                        .map(c -> List.of(c.name(), c.type(), String.valueOf(c.weight()))).toList(), 3, 1, 2);
                pdf.paragraph("Price score = price weight × lowest price ÷ price. Quality score: for each quality"
                        + " criterion the mean of the evaluators' scores, summed. Total = price score + quality"
                        + " score. Ties go to the bid received first. Scores to 4 decimal places.");
            }

            pdf.subheading("Evaluation committee");
            pdf.table(List.of("Member", "User name", "Role"), report.committee().stream()
                    .map(m -> List.of(m.name(), m.username(), m.chair() ? "Chair" : "Evaluator")).toList(), 3, 3, 2);

            pdf.subheading("Declarations of conflict of interest");
            if (report.declarations().isEmpty()) {
                pdf.paragraph("No declaration was made.");
            } else {
                pdf.table(List.of("Evaluator", "Bidder", "Declaration", "Declared"), report.declarations().stream()
                        .map(d -> List.of(d.evaluatorName(), d.bidderName(),
                                d.conflictOfInterest() ? "Conflict of interest — recused: " + d.statement()
                                        : "No conflict of interest"
                                                + (d.statement() == null ? "" : " (" + d.statement() + ")"),
                                WHEN.format(d.declaredAt())))
                        .toList(), 3, 3, 4, 2);
            }

            pdf.subheading("Qualification");
            if (report.qualifications().isEmpty()) {
                pdf.paragraph("No bid was received for this lot.");
            } else {
                pdf.table(List.of("Bidder", "Decision", "Reason", "Documents relied on", "By"),
                        report.qualifications().stream()
                                .map(q -> List.of(q.bidderName(), q.qualified() ? "Qualified" : "Disqualified",
                                        q.reason(), q.documents().isEmpty() ? "—" : String.join(", ", q.documents()),
                                        q.decidedByName() + ", " + WHEN.format(q.decidedAt())))
                                .toList(), 3, 2, 5, 3, 3);
            }

            if (priceQuality) {
                pdf.subheading("Quality scores of each evaluator");
                if (report.scores().isEmpty()) {
                    pdf.paragraph("No bid was scored.");
                } else {
                    pdf.table(List.of("Bidder", "Evaluator", "Criterion", "Score", "Reason"), report.scores().stream()
                            .map(s -> List.of(s.bidderName(), s.evaluatorName(), s.criterion(),
                                    plain(s.score()) + " of " + s.maximum(), s.reason()))
                            .toList(), 3, 3, 3, 2, 6);
                }
            }

            pdf.subheading("Abnormally low prices");
            if (report.abnormallyLow().isEmpty()) {
                pdf.paragraph("No price was abnormally low.");
            } else {
                for (EvaluationReportData.AbnormallyLow low : report.abnormallyLow()) {
                    pdf.field("Bidder", low.bidderName())
                            .field("Price", money(low.price()))
                            .field("Found", String.join("; ", low.reasons()))
                            .field("Justification", low.justification() == null ? "None received"
                                    : low.justification())
                            .field("Committee's decision", low.accepted() == null ? "Not decided"
                                    : (low.accepted() ? "Accepted: " : "Rejected: ") + low.decisionReason())
                            .spacer();
                }
            }

            pdf.subheading("Ranking");
            if (report.ranking().isEmpty()) {
                pdf.paragraph("No bid could be ranked.");
            } else if (priceQuality) {
                pdf.table(List.of("Rank", "Bidder", "Price", "Price score", "Quality score", "Total"),
                        report.ranking().stream()
                                .map(r -> List.of(String.valueOf(r.rank()), r.bidderName(), money(r.price()),
                                        plain(r.priceScore()), plain(r.qualityScore()), plain(r.total())))
                                .toList(), 1, 4, 3, 2, 2, 2);
            } else {
                pdf.table(List.of("Rank", "Bidder", "Price", "Received"), report.ranking().stream()
                        .map(r -> List.of(String.valueOf(r.rank()), r.bidderName(), money(r.price()),
                                WHEN.format(r.receivedAt())))
                        .toList(), 1, 5, 3, 3);
            }
            if (!report.excluded().isEmpty()) {
                pdf.subheading("Bids not ranked");
                pdf.table(List.of("Bidder", "Price", "Why"), report.excluded().stream()
                        .map(e -> List.of(e.bidderName(), money(e.price()), e.why())).toList(), 3, 2, 6);
            }

            pdf.subheading("Proposal");
            if (report.winner() == null) {
                pdf.field("Outcome", "Unsuccessful")
                        .field("Reason", report.unsuccessfulReason());
            } else {
                pdf.field("Proposed supplier", report.winner().supplierName())
                        .field("Supplier id", report.winner().supplierId())
                        .field("Bid", report.winner().bidId())
                        .field("Award value", money(report.winner().value()))
                        .field("Standstill until", WHEN.format(report.standstillEnds()))
                        .paragraph("Every bidder is notified of this proposal. Until the standstill ends, a bidder"
                                + " may complain; a complaint suspends the award until it is decided.");
            }
            return pdf.toBytes();
        }
    }

    static String money(Money money) {
        return money == null ? "—" : plain(money.amount()) + " " + money.currency();
    }

    static String plain(BigDecimal value) {
        return value == null ? "—" : value.toPlainString();
    }

}
