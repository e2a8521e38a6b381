package org.openprocure.evaluation.report;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.openprocure.evaluation.report.EvaluationReportData.AbnormallyLow;
import org.openprocure.evaluation.report.EvaluationReportData.Criterion;
import org.openprocure.evaluation.report.EvaluationReportData.Declaration;
import org.openprocure.evaluation.report.EvaluationReportData.Excluded;
import org.openprocure.evaluation.report.EvaluationReportData.Member;
import org.openprocure.evaluation.report.EvaluationReportData.Qualification;
import org.openprocure.evaluation.report.EvaluationReportData.Ranked;
import org.openprocure.evaluation.report.EvaluationReportData.Score;
import org.openprocure.evaluation.report.EvaluationReportData.Winner;
import org.openprocure.events.Money;

/** The evaluation report and the award notice, read back with PDFBox: every score, reason and decision is there. */
class EvaluationReportPdfTest {

    static final Instant T = Instant.parse("2027-01-14T12:00:00Z");
    static final String ACME = "Acme Build Ltd";
    static final String ZIELINSKI = "Zieliński i Synowie sp. z o.o.";
    static final String BOREALIS = "Borealis Medical SA";

    static EvaluationReportData report() {
        List<Score> scores = new ArrayList<>();
        String[][] rows = {
            {ACME, "Dana Novák", "Technical approach", "21.5", "Phased night work; the bus detour plan is thin."},
            {ACME, "Inês Ferreira", "Technical approach", "21", "Sound method, few details on noise control."},
            {ACME, "Dana Novák", "Delivery time", "8", "Twelve weeks, inside the target."},
            {ACME, "Inês Ferreira", "Delivery time", "7.25", "Relies on one asphalt plant; schedule risk."},
            {ZIELINSKI, "Dana Novák", "Technical approach", "26", "Night work keeps one lane open throughout."},
            {ZIELINSKI, "Inês Ferreira", "Technical approach", "25.5", "Detailed traffic plan agreed with the police."},
            {ZIELINSKI, "Dana Novák", "Delivery time", "6", "Sixteen weeks: beyond the target by four."},
            {ZIELINSKI, "Inês Ferreira", "Delivery time", "6.5", "Long, but every phase is resourced."},
        };
        for (String[] r : rows) {
            scores.add(new Score(r[0], r[0].equals(ACME) ? "bid-acme" : "bid-ziel", r[1], r[2], new BigDecimal(r[3]),
                    r[2].equals("Delivery time") ? 10 : 20, r[4], T.minusSeconds(3600)));
        }
        return new EvaluationReportData("ocds-op7x2k-T-2026-000042", "Harbour Road resurfacing",
                "Northvale City Council", "lot-1", "Carriageway", new Money(new BigDecimal("100000.00"), "EUR"),
                "bestPriceQuality", T,
                List.of(new Criterion("Price", "price", 70), new Criterion("Technical approach", "quality", 20),
                        new Criterion("Delivery time", "quality", 10)),
                List.of(new Member("evaluator.dana", "Dana Novák", true),
                        new Member("evaluator.ines", "Inês Ferreira", false),
                        new Member("evaluator.emeka", "Emeka Okafor", false)),
                List.of(new Declaration("Dana Novák", ACME, false, null, T.minusSeconds(90000)),
                        new Declaration("Dana Novák", ZIELINSKI, false, null, T.minusSeconds(90000)),
                        new Declaration("Emeka Okafor", BOREALIS, true, "My brother-in-law manages Borealis's bids.",
                                T.minusSeconds(89000))),
                List.of(new Qualification(ACME, "bid-acme", true, "Turnover and two comparable contracts shown.",
                                List.of("Method statement", "Insurance certificate"), "Dana Novák", T.minusSeconds(80000)),
                        new Qualification(ZIELINSKI, "bid-ziel", true, "Meets every selection criterion.", List.of(),
                                "Inês Ferreira", T.minusSeconds(79000)),
                        new Qualification(BOREALIS, "bid-bor", false, "No valid insurance certificate was submitted.",
                                List.of("Company profile"), "Dana Novák", T.minusSeconds(78000))),
                scores,
                List.of(new AbnormallyLow(ACME, "bid-acme", new Money(new BigDecimal("61800.00"), "EUR"),
                        List.of("61800.00 is below 80 % of the mean of the other qualified bids"),
                        "Our asphalt plant is 4 km from the site.", true, "Invoices for forward-bought binder shown.")),
                List.of(new Ranked(1, ACME, "bid-acme", new Money(new BigDecimal("61800.00"), "EUR"),
                                new BigDecimal("70.0000"), new BigDecimal("28.8750"), new BigDecimal("98.8750"), T),
                        new Ranked(2, ZIELINSKI, "bid-ziel", new Money(new BigDecimal("104250.00"), "EUR"),
                                new BigDecimal("41.4964"), new BigDecimal("32.0000"), new BigDecimal("73.4964"), T)),
                List.of(new Excluded(BOREALIS, "bid-bor", new Money(new BigDecimal("90000.00"), "EUR"),
                        "disqualified: No valid insurance certificate was submitted.")),
                new Winner(ACME, "supplier-acme", "bid-acme", new Money(new BigDecimal("61800.00"), "EUR")), null,
                Instant.parse("2027-01-24T12:00:00Z"));
    }

    @Test
    void theReportHoldsEveryScoreAndEveryReason() throws IOException {
        EvaluationReportData report = report();

        String text = text(EvaluationReportPdf.render(report));

        for (Score score : report.scores()) {
            assertTrue(text.contains(score.evaluatorName()), score.evaluatorName());
            assertTrue(text.contains(score.score().toPlainString() + " of " + score.maximum()),
                    "the score " + score.score() + " of " + score.maximum());
            assertTrue(text.contains(score.reason()), "the reason: " + score.reason());
        }
        for (Qualification q : report.qualifications()) {
            assertTrue(text.contains(q.reason()), q.reason());
        }
        assertTrue(text.contains("Qualified") && text.contains("Disqualified"));
        assertTrue(text.contains("Conflict of interest — recused: My brother-in-law manages Borealis's bids."));
        assertTrue(text.contains("Our asphalt plant is 4 km from the site."));
        assertTrue(text.contains("Accepted: Invoices for forward-bought binder shown."));
        for (Ranked r : report.ranking()) {
            assertTrue(text.contains(r.total().toPlainString()), "the total " + r.total());
            assertTrue(text.contains(r.priceScore().toPlainString()));
            assertTrue(text.contains(r.qualityScore().toPlainString()));
        }
        assertTrue(text.contains("disqualified: No valid insurance certificate was submitted."));
        assertTrue(text.contains("Proposed supplier " + ACME));
        assertTrue(text.contains("Award value 61800.00 EUR"));
        assertTrue(text.contains("Standstill until 24 January 2027, 12:00 UTC"));
        assertTrue(text.contains(ZIELINSKI), "names from every country render");
    }

    @Test
    void anUnsuccessfulLotsReportSaysWhy() throws IOException {
        EvaluationReportData all = report();
        EvaluationReportData unsuccessful = new EvaluationReportData(all.ocid(), all.title(), all.buyerName(),
                all.lotId(), all.lotTitle(), all.estimate(), "lowestPrice", all.issuedAt(), all.criteria(),
                all.committee(), all.declarations(), all.qualifications(), List.of(), List.of(), List.of(),
                all.excluded(), null, "No bid for the lot was qualified.", null);

        String text = text(EvaluationReportPdf.render(unsuccessful));

        assertTrue(text.contains("Outcome Unsuccessful"));
        assertTrue(text.contains("Reason No bid for the lot was qualified."));
        assertTrue(text.contains("No bid could be ranked."));
    }

    @Test
    void theSameReportGivesTheSameBytes() {
        assertArrayEquals(EvaluationReportPdf.render(report()), EvaluationReportPdf.render(report()));
    }

    @Test
    void theAwardNoticeNamesTheSupplierTheValueAndTheComplaints() throws IOException {
        AwardNoticeData notice = new AwardNoticeData("ocds-op7x2k-T-2026-000042", "Harbour Road resurfacing",
                "Northvale City Council", "lot-1", "Carriageway", new Money(new BigDecimal("100000.00"), "EUR"),
                "bestPriceQuality", "award-1", ZIELINSKI, "supplier-zielinski",
                new Money(new BigDecimal("104250.00"), "EUR"), 3, 2, T, Instant.parse("2027-01-26T13:15:00Z"),
                Instant.parse("2027-01-26T13:15:00Z"),
                List.of(new AwardNoticeData.Complaint(1, ACME, Instant.parse("2027-01-16T08:45:00Z"), "dismissed",
                        "The committee checked the scores again; they stand.")),
                "e3b98a4da31a127d4bde6e43033f66ba274cab0eb7eb1c70ec41402bf6273dd8");

        String text = text(AwardNoticePdf.render(notice));

        assertTrue(text.contains("Supplier " + ZIELINSKI));
        assertTrue(text.contains("Award value 104250.00 EUR"));
        assertTrue(text.contains("Bids received 3"));
        assertTrue(text.contains("The committee checked the scores again; they stand."));
        // a hash may wrap at the line end
        assertTrue(text.replace(" ", "").contains(notice.reportSha256()));
        assertEquals(1, count(text, "Award notice"));
    }

    static int count(String text, String what) {
        int n = 0;
        for (int i = text.indexOf(what); i >= 0; i = text.indexOf(what, i + 1)) {
            n++;
        }
        return n;
    }

    /** The text of every page, white space (including line wraps in table cells) folded to single spaces. */
    static String text(byte[] pdf) throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
        }
    }
}
