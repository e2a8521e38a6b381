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

    public static byte[] render(Tender tender) {
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
                    .field("Award criteria", tender.awardCriteria.code())
                    .field("Estimated value", money(tender.estimatedValue(), tender.currency))
                    .field("Published", DATE_TIME.format(tender.publishedAt))
                    .field("Questions until", DATE_TIME.format(tender.enquiryDeadline))
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
                lots.add(List.of(lot.lotId, lot.title, lot.description == null ? "" : lot.description,
                        money(lot.estimatedValue, tender.currency)));
            }
            pdf.table(List.of("Lot", "Title", "Description", "Estimated value"), lots, 1, 3, 4, 2)
                    .spacer()
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
