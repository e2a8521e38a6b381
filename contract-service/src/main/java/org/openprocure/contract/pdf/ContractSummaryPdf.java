package org.openprocure.contract.pdf;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.openprocure.contract.contracts.Contract;
import org.openprocure.contract.contracts.ContractAmendment;
import org.openprocure.contract.domain.ContractValueChange;
import org.openprocure.contract.service.ContractFile;
import org.openprocure.support.pdf.PdfDocument;

/**
 * The public summary of a contract: parties, awarded and current value, the cumulative change, every
 * amendment with its reason, milestones, payments with the total paid, and the status.
 */
public final class ContractSummaryPdf {

    private ContractSummaryPdf() {
    }

    public static byte[] render(ContractFile file, Instant printedAt) {
        Contract c = file.contract();
        try (PdfDocument pdf = PdfDocument.create("Contract summary", c.ocid, printedAt)) {
            pdf.heading("Contract summary" + (c.title == null ? "" : ": " + c.title))
                    .field("Contract", c.contractId.toString())
                    .field("Process", c.ocid)
                    .field("Lot", c.lotId)
                    .field("Award", c.awardId)
                    .field("Buyer", c.buyerName == null ? "not known yet" : c.buyerName + " (" + c.buyerId + ")")
                    .field("Supplier", c.supplierName + " (" + c.supplierId + ")")
                    .field("Status", c.status + " (" + c.statusDetails + ")")
                    .field("Awarded value", money(c.awardAmount, c.currency))
                    .field("Contract value", c.valueAmount == null ? "not signed yet" : money(c.valueAmount, c.currency));
            ContractValueChange change = file.cumulativeChange();
            if (change != null) {
                pdf.field("Cumulative change", signed(change.amount()) + " " + c.currency + " ("
                        + signed(change.percent()) + " % of the awarded value)");
            }
            if (c.dateSigned != null) {
                pdf.field("Signed", c.dateSigned.toString())
                        .field("Period", c.periodStart + " to " + c.periodEnd)
                        .field("Signed document", c.documentFileName + ", SHA-256 " + c.documentSha256);
            }
            if (c.dateCompleted != null) {
                pdf.field("Completed", c.dateCompleted.toString());
            }
            if (c.dateTerminated != null) {
                pdf.field("Terminated early", c.dateTerminated.toString())
                        .field("Reason for termination", c.terminationReason);
            }

            pdf.subheading("Amendments");
            if (file.amendments().isEmpty()) {
                pdf.paragraph("None.");
            } else {
                pdf.table(List.of("No.", "Date", "Reason", "Value", "Period"), file.amendments().stream()
                        .map(a -> List.of(String.valueOf(a.number), day(a.amendedAt), a.reason,
                                money(a.previousAmount, c.currency) + " → " + money(a.valueAmount, c.currency),
                                period(a)))
                        .toList(), 1, 3, 5, 4, 5);
            }

            pdf.subheading("Milestones");
            if (file.milestones().isEmpty()) {
                pdf.paragraph("None.");
            } else {
                pdf.table(List.of("Milestone", "Title", "Due", "Status", "Met"), file.milestones().stream()
                        .map(m -> List.of(m.milestoneId, m.title, day(m.dueDate), m.status, day(m.dateMet)))
                        .toList(), 2, 4, 3, 2, 3);
            }

            pdf.subheading("Payments");
            if (file.payments().isEmpty()) {
                pdf.paragraph("None.");
            } else {
                pdf.table(List.of("Payment", "Date", "Amount", "Milestone", "Description"), file.payments().stream()
                        .map(p -> List.of(p.paymentId, day(p.date), money(p.amount, c.currency),
                                p.milestoneId == null ? "" : p.milestoneId, p.description == null ? "" : p.description))
                        .toList(), 2, 3, 3, 2, 5);
            }
            pdf.field("Total paid", money(file.totalPaid(), c.currency));
            return pdf.footer("Contract " + c.contractId + " · " + c.ocid).toBytes();
        }
    }

    private static String period(ContractAmendment a) {
        if (a.previousStart.equals(a.periodStart) && a.previousEnd.equals(a.periodEnd)) {
            return "unchanged";
        }
        return day(a.periodStart) + " to " + day(a.periodEnd);
    }

    private static String money(BigDecimal amount, String currency) {
        return amount.toPlainString() + " " + currency;
    }

    private static String signed(BigDecimal amount) {
        return (amount.signum() > 0 ? "+" : "") + amount.toPlainString();
    }

    /** The UTC day, which is what a table of dates needs. */
    private static String day(Instant instant) {
        return instant == null ? "" : instant.atZone(ZoneOffset.UTC).toLocalDate().toString();
    }
}
