package org.openprocure.tender.pdf;

import java.math.BigDecimal;
import java.text.NumberFormat;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.openprocure.support.pdf.PdfDocument;
import org.openprocure.tender.Tender;
import org.openprocure.tender.domain.AwardCriteria;
import org.openprocure.tender.domain.CpvCatalogue;

/**
 * The printable contract notice of a published tender: who buys what, in which lots, for how much,
 * by when, and who holds the keys to open the bids. Deterministic: the same tender gives the same
 * bytes, so a notice's SHA-256 identifies it.
 */
public final class NoticePdf {

    /** Dates on the notice are UTC, written out in full so nobody misreads day and month. */
    static final DateTimeFormatter DATE_TIME =
            DateTimeFormatter.ofPattern("d MMMM uuuu, HH:mm 'UTC'", Locale.ENGLISH).withZone(ZoneOffset.UTC);

    private NoticePdf() {
    }

    /** A document the notice refers to, by title, file name and SHA-256, so a reader can check a copy. */
    public record DocumentLine(String title, String fileName, String sha256) {
    }

    public static byte[] render(Tender tender) {
        return render(tender, List.of());
    }

    public static byte[] render(Tender tender, List<DocumentLine> documents) {
        if (tender.ocid == null || tender.publishedAt == null) {
            throw new IllegalArgumentException("only a published tender has a notice");
        }
        try (PdfDocument pdf = PdfDocument.create("Contract notice " + tender.ocid, tender.title, tender.publishedAt)) {
            pdf.footer(tender.ocid + " · notice version " + tender.noticeVersion)
                    .heading(tender.title)
                    .field("Process (OCID)", tender.ocid)
                    .field("Buyer", tender.buyerName)
                    .field("Procedure", tender.procurementMethod.code()
                            + (tender.procurementMethodRationale == null ? ""
                                    : " — " + tender.procurementMethodRationale))
                    .field("Category", tender.mainProcurementCategory.code())
                    .field("Award criteria", tender.awardCriteria == AwardCriteria.PRICE_ONLY ? "lowest price"
                            : "best price-quality ratio (weighted criteria below)")
                    .field("Estimated value", money(tender.estimatedValue(), tender.currency))
                    .field("Published", DATE_TIME.format(tender.publishedAt));
            if (tender.consultationStart != null) {
                pdf.field("Public consultation", DATE_TIME.format(tender.consultationStart) + " to "
                        + DATE_TIME.format(tender.consultationEnd) + " (see the consultation report)");
            }
            pdf.field("Questions until", DATE_TIME.format(tender.enquiryDeadline))
                    .field("Submission deadline", DATE_TIME.format(tender.submissionDeadline))
                    .field("Opening of bids", DATE_TIME.format(tender.openingDate))
                    .field("Bids valid for", tender.bidValidityDays + " days")
                    .spacer()
                    .subheading("Description")
                    .paragraph(tender.description)
                    .spacer()
                    .subheading("Lots");
            List<List<String>> lots = new ArrayList<>();
            for (Tender.Lot lot : tender.lots) {
                lots.add(List.of(lot.lotId, lot.title + (lot.isActive() ? "" : " — CANCELLED: " + lot.cancellationReason),
                        lot.description == null ? "" : lot.description, money(lot.estimatedValue, tender.currency)));
            }
            pdf.table(List.of("Lot", "Title", "Description", "Estimated value"), lots, 1, 3, 4, 2)
                    .spacer()
                    .subheading("Items");
            CpvCatalogue cpv = CpvCatalogue.load();
            List<List<String>> items = new ArrayList<>();
            for (Tender.Item item : tender.items) {
                items.add(List.of(item.lotId, item.description, item.quantity.stripTrailingZeros().toPlainString() + " "
                        + item.unit, item.classification + " " + cpv.label(item.classification).orElse("")));
            }
            pdf.table(List.of("Lot", "Item", "Quantity", "CPV"), items, 1, 3, 2, 4);
            if (!tender.criteria.isEmpty()) {
                pdf.spacer().subheading("Award criteria");
                List<List<String>> criteria = new ArrayList<>();
                for (Tender.Criterion criterion : tender.criteria) {
                    criteria.add(List.of(criterion.name, criterion.type.code(), criterion.weight + " %"));
                }
                pdf.table(List.of("Criterion", "Type", "Weight"), criteria, 4, 1, 1);
            }
            if (!documents.isEmpty()) {
                pdf.spacer().subheading("Documents");
                List<List<String>> rows = new ArrayList<>();
                for (DocumentLine document : documents) {
                    rows.add(List.of(document.title(), document.fileName(), document.sha256()));
                }
                pdf.table(List.of("Title", "File", "SHA-256"), rows, 2, 2, 3);
            }
            pdf.spacer()
                    .subheading("Opening committee")
                    .paragraph("Bids are sealed until the opening, which needs " + tender.committeeThreshold + " of these "
                            + tender.committee.size() + " key holders acting together:");
            List<List<String>> members = new ArrayList<>();
            for (Tender.CommitteeMember member : tender.committee) {
                members.add(List.of(member.name, member.username));
            }
            return pdf.table(List.of("Name", "User"), members).toBytes();
        }
    }

    static String money(BigDecimal amount, String currency) {
        NumberFormat format = NumberFormat.getNumberInstance(Locale.ENGLISH);
        format.setMinimumFractionDigits(2);
        format.setMaximumFractionDigits(2);
        return format.format(amount) + " " + currency;
    }
}
