package org.openprocure.tender.pdf;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.openprocure.tender.Tender;
import org.openprocure.tender.domain.AwardCriteria;
import org.openprocure.tender.domain.ProcurementCategory;
import org.openprocure.tender.domain.ProcurementMethod;
import org.openprocure.tender.domain.TenderStage;
import org.openprocure.tender.domain.TenderTerms;

/** The notice, read back with PDFBox: every name exactly as entered, whatever its script. */
class NoticePdfTest {

    private static final Instant PUBLISHED = Instant.parse("2026-11-30T09:00:00Z");

    @Test
    void theNoticeCarriesBuyerLotsDeadlineAndNamesInEveryScript() throws IOException {
        String text = textOf(NoticePdf.render(published("Δήμος Θεσσαλονίκης")));

        for (String expected : List.of("Δήμος Θεσσαλονίκης", "Ремонт дороги — улица Зелиньского",
                "Oprava silnice — Zielińského ulice", "Ασφαλτόστρωση", "Разметка", "Łódź Ćwiczenia Ñandú Øresund",
                "ocds-op7x2k-T-2026-000042", "30 December 2026, 12:00 UTC", "125,000.00 EUR", "100,000.00 EUR",
                "Μαρία Παπαδοπούλου", "Ольга Иванова", "Zofia Zielińska", "2 of these 3 key holders")) {
            assertTrue(text.contains(expected), "the notice shows '" + expected + "'");
        }
    }

    @Test
    void theNoticeListsItemsWithTheirCpvLabelsCriteriaDocumentsAndCancelledLots() throws IOException {
        Tender tender = published("Northvale City Council");
        Tender.Criterion price = new Tender.Criterion();
        price.name = "Price";
        price.type = org.openprocure.tender.domain.CriterionType.PRICE;
        price.weight = 70;
        Tender.Criterion quality = new Tender.Criterion();
        quality.name = "Τεχνική προσέγγιση";
        quality.type = org.openprocure.tender.domain.CriterionType.QUALITY;
        quality.weight = 30;
        tender.awardCriteria = AwardCriteria.RATED_CRITERIA;
        tender.criteria = List.of(price, quality);
        tender.lots.get(1).status = "cancelled";
        tender.lots.get(1).cancellationReason = "Done by the council's own crew";
        tender.consultationStart = PUBLISHED.minus(Duration.ofDays(8));
        tender.consultationEnd = PUBLISHED.minus(Duration.ofDays(1));

        String text = normalised(textOf(NoticePdf.render(tender, List.of(new NoticePdf.DocumentLine(
                "Technical specification", "specification.pdf",
                "0a1b2c3d4e5f60718293a4b5c6d7e8f90a1b2c3d4e5f60718293a4b5c6d7e8f9")))));

        for (String expected : List.of("Επίστρωση ασφάλτου", "8400 m2", "45233252-0 Surface work for streets",
                "45233221-4 Road-surface painting work", "1.2 km", "Τεχνική προσέγγιση", "30 %", "70 %",
                "best price-quality ratio", "Technical specification", "specification.pdf",
                "CANCELLED: Done by the council's own crew", "22 November 2026, 09:00 UTC to 29 November 2026")) {
            assertTrue(text.contains(expected), "the notice shows '" + expected + "' in: " + text);
        }
        assertTrue(text.replace(" ", "").contains("0a1b2c3d4e5f60718293a4b5c6d7e8f90a1b2c3d4e5f60718293a4b5c6d7e8f9"),
                "the document's SHA-256 is printed whole");
    }

    private static String normalised(String text) {
        return text.replaceAll("\\s+", " ");
    }

    @Test
    void theSameTenderGivesTheSameBytes() {
        assertArrayEquals(NoticePdf.render(published("Northvale City Council")),
                NoticePdf.render(published("Northvale City Council")));
    }

    @Test
    void aDraftHasNoNotice() {
        Tender draft = published("Northvale City Council");
        draft.ocid = null;
        draft.publishedAt = null;

        assertThrows(IllegalArgumentException.class, () -> NoticePdf.render(draft));
    }

    private static String textOf(byte[] pdf) throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(document);
        }
    }

    private static Tender published(String buyerName) {
        Tender tender = new Tender();
        tender.id = UUID.fromString("0d6f7a52-8c3e-4b1a-a2f4-6e9b1c3d5f70");
        tender.buyerId = "buyer-thessaloniki";
        tender.buyerName = buyerName;
        tender.stage = TenderStage.TENDERING;
        tender.createdAt = PUBLISHED.minus(Duration.ofDays(2));
        tender.createdBy = "officer.anna";
        tender.applyTerms(new TenderTerms("Ремонт дороги — улица Зелиньского",
                "Oprava silnice — Zielińského ulice. Łódź Ćwiczenia Ñandú Øresund.", ProcurementMethod.OPEN, null,
                ProcurementCategory.WORKS, AwardCriteria.PRICE_ONLY, List.of(), "EUR",
                List.of(new TenderTerms.LotTerms("Ασφαλτόστρωση", "Φρεζάρισμα και άσφαλτος", new BigDecimal("100000.00"),
                                List.of(new TenderTerms.ItemTerms("Επίστρωση ασφάλτου", new BigDecimal("8400"), "m2",
                                        "45233252-0"))),
                        new TenderTerms.LotTerms("Разметка", null, new BigDecimal("25000.00"),
                                List.of(new TenderTerms.ItemTerms("Дорожная разметка", new BigDecimal("1.2"), "km",
                                        "45233221-4")))),
                null, Instant.parse("2026-12-20T12:00:00Z"), Instant.parse("2026-12-30T12:00:00Z"),
                Instant.parse("2026-12-30T12:30:00Z"), 90, 2,
                List.of(new TenderTerms.CommitteeMember("officer.maria", "Μαρία Παπαδοπούλου"),
                        new TenderTerms.CommitteeMember("officer.olga", "Ольга Иванова"),
                        new TenderTerms.CommitteeMember("officer.zofia", "Zofia Zielińska"))));
        tender.ocid = "ocds-op7x2k-T-2026-000042";
        tender.noticeVersion = 1;
        tender.publishedAt = PUBLISHED;
        return tender;
    }
}
