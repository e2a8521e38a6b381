package org.openprocure.contract.pdf;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.openprocure.contract.flags.AuditReport;
import org.openprocure.contract.flags.ProcessFacts;
import org.openprocure.events.EventEnvelope;
import org.openprocure.events.EventType;
import org.openprocure.events.EventTypes;
import org.openprocure.events.GoldenFixtures;
import org.openprocure.events.Organization;
import org.openprocure.events.bid.BidsOpened;

/** The audit report PDF read back: every figure and flag explanation, its pages, equal data equal bytes. */
class AuditReportPdfTest {

    private static final Organization NORTHVALE = new Organization("buyer-northvale", "Northvale City Council");
    private static final LocalDate FROM = LocalDate.parse("2026-11-01");
    private static final LocalDate TO = LocalDate.parse("2027-12-31");

    @Test
    void theReportShowsEveryFigureAndEveryFlagWithItsExplanation() throws IOException {
        AuditReport report = report(2);

        // Hand-computed from the golden fixtures: one open process of the buyer, published 2026-11-30, two
        // envelopes opened, lot 1 confirmed to Acme for 61 800 EUR in January 2027, its contract amended to
        // 67 980 EUR (+10 %); a second process opened with a single bid.
        assertEquals(2, report.processes());
        assertEquals(1, report.singleBid());
        assertEquals(2, report.opened());
        assertEquals(10000.0, report.hhi(), 1e-9);

        byte[] pdf = AuditReportPdf.render(report);
        String text = text(pdf);
        for (String expected : List.of("Audit report: Northvale City Council", "2026-11-01 to 2027-12-31",
                "open", "Processes whose notice was published in the period: 2 (cancelled: 0).",
                "2027-01", "123600.00 EUR", "Awarded value by month",
                "Single-bid processes", "1 of 2 (50.0 %)",
                "Acme Build Ltd (supplier-acme)", "100.0 %", "10000 of 10000", "Suppliers' shares of the awarded value",
                "61800.00 EUR", "67980.00 EUR", "+10.00 %",
                "R018", "Single bid received", "Only one bid was received for the road.",
                "Threshold: numberOfTenderers = 1", "AMENDMENT_OVER_20_PERCENT", "Red flags by code",
                "Contract 8e2f was amended well beyond its award.")) {
            assertTrue(text.replace('\u00a0', ' ').contains(expected), () -> "missing '" + expected + "' in:\n" + text);
        }
        try (PDDocument document = Loader.loadPDF(pdf)) {
            assertEquals(pages(text), document.getNumberOfPages());
            assertTrue(document.getNumberOfPages() >= 2, "figures, three charts and the flags take more than a page");
        }
    }

    @Test
    void equalDataGiveEqualBytesAndOtherDataOtherBytes() {
        byte[] first = AuditReportPdf.render(report(2));
        byte[] again = AuditReportPdf.render(report(2));
        assertArrayEquals(first, again);
        assertFalse(java.util.Arrays.equals(first, AuditReportPdf.render(report(1))));
    }

    @Test
    void aPeriodWithNothingSaysSo() throws IOException {
        AuditReport empty = AuditReport.of(NORTHVALE, LocalDate.parse("2030-01-01"), LocalDate.parse("2030-01-31"),
                processes(2), List.of());
        String text = text(AuditReportPdf.render(empty));
        assertTrue(text.contains("No award was confirmed in the period."), text);
        assertTrue(text.contains("No red flag in the period."), text);
        assertTrue(text.contains("No supplier was awarded in the period."), text);
    }

    private static AuditReport report(int processes) {
        List<AuditReport.ReportFlag> flags = List.of(
                new AuditReport.ReportFlag("R018", "Single bid received", "Road resurfacing (ocds-a)",
                        "Only one bid was received for the road.", "numberOfTenderers = 1 in procurement method open"),
                new AuditReport.ReportFlag("AMENDMENT_OVER_20_PERCENT", "Contract amended by more than 20 %",
                        "Contract for Carriageway (ocds-a)", "Contract 8e2f was amended well beyond its award.",
                        "increase > 20 % of awarded value"));
        return AuditReport.of(NORTHVALE, FROM, TO, processes(processes), flags);
    }

    /** The golden process, and another with a single bid whose award is the same. */
    private static List<ProcessFacts> processes(int count) {
        List<ProcessFacts> facts = new ArrayList<>();
        facts.add(ProcessFacts.of("ocds-a", List.of(golden(EventTypes.TENDER_PUBLISHED), golden(EventTypes.BIDS_OPENED),
                golden(EventTypes.AWARD_CONFIRMED), golden(EventTypes.CONTRACT_SIGNED),
                golden(EventTypes.CONTRACT_AMENDED))));
        if (count > 1) {
            BidsOpened o = GoldenFixtures.envelope(EventTypes.BIDS_OPENED).payloadAs(EventTypes.BIDS_OPENED);
            BidsOpened single = new BidsOpened(o.tenderId(), o.openedAt(), 1, o.keyHolders(), o.bids().subList(0, 1),
                    List.of());
            EventEnvelope g = GoldenFixtures.envelope(EventTypes.BIDS_OPENED);
            facts.add(ProcessFacts.of("ocds-b", List.of(golden(EventTypes.TENDER_PUBLISHED),
                    EventEnvelope.seal(EventTypes.BIDS_OPENED, "ocds-b", "bids-b", 1, null, g.occurredAt(), g.producer(),
                            g.actor(), single),
                    golden(EventTypes.AWARD_CONFIRMED))));
        }
        return facts;
    }

    private static EventEnvelope golden(EventType<?> type) {
        return GoldenFixtures.envelope(type);
    }

    private static int pages(String text) {
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("page \\d+ of (\\d+)").matcher(text);
        return m.find() ? Integer.parseInt(m.group(1)) : -1;
    }

    private static String text(byte[] pdf) throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(document);
        }
    }

}
