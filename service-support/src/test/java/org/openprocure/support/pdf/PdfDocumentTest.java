package org.openprocure.support.pdf;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Calendar;
import java.util.List;
import java.util.stream.IntStream;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

class PdfDocumentTest {

    static final Instant CREATED_AT = Instant.parse("2026-03-02T09:30:00Z");

    static final String BUYER = "Δήμος Θεσσαλονίκης — Directorate of Technical Services";
    static final String DEADLINE = "2026-04-15 12:00 UTC";
    static final List<String> SUPPLIERS = List.of(
            "Ελληνική Εταιρεία Κατασκευών Α.Ε.",
            "ООО «Строймонтаж»",
            "Zieliński i Synowie sp. z o.o.",
            "Łódź Ćwiczenia Ñandú Øresund");
    static final List<List<String>> LOTS = List.of(
            List.of("1", "Resurfacing of Egnatia Street", "1 250 000 EUR"),
            List.of("2", "Street lighting, LED replacement", "480 000 EUR"),
            List.of("3", "Traffic signals and signage", "215 500 EUR"));

    static final byte[] NOTICE = contractNotice();

    /** A contract notice as tender-service will print one. */
    static byte[] contractNotice() {
        try (PdfDocument pdf = PdfDocument.create("Contract notice", "ocds-op7x2k-T-2026-000042", CREATED_AT)) {
            pdf.heading("Contract notice: road works 2026")
                    .field("Buyer", BUYER)
                    .field("Procedure", "Open procedure, Directive 2014/24/EU")
                    .field("Deadline for tenders", DEADLINE)
                    .subheading("Lots")
                    .table(List.of("Lot", "Title", "Estimated value"), LOTS, 1, 5, 2)
                    .subheading("Suppliers who obtained the tender documents")
                    .table(List.of("Supplier", "Country"),
                            SUPPLIERS.stream().map(name -> List.of(name, "EU")).toList(), 4, 1)
                    .paragraph("Tenders are submitted electronically and stay sealed until the opening.")
                    .footer("ocds-op7x2k-T-2026-000042");
            return pdf.toBytes();
        }
    }

    @Test
    void noticeShowsEveryNameExactlyAsEntered() throws IOException {
        String text = text(NOTICE);

        assertTrue(text.contains(BUYER), text);
        assertTrue(text.contains(DEADLINE), text);
        for (String supplier : SUPPLIERS) {
            assertTrue(text.contains(supplier), "missing supplier " + supplier + " in:\n" + text);
        }
        for (List<String> lot : LOTS) {
            assertTrue(text.contains(String.join(" ", lot)), "missing lot " + lot + " in:\n" + text);
        }
    }

    @Test
    void documentInformationIsSet() throws IOException {
        try (PDDocument document = Loader.loadPDF(NOTICE)) {
            PDDocumentInformation info = document.getDocumentInformation();
            assertEquals("Contract notice", info.getTitle());
            assertEquals("ocds-op7x2k-T-2026-000042", info.getSubject());
            assertEquals("OpenProcure", info.getProducer());
            Calendar created = info.getCreationDate();
            assertEquals(CREATED_AT, created.toInstant());
            PDRectangle mediaBox = document.getPage(0).getMediaBox();
            assertEquals(PDRectangle.A4.getWidth(), mediaBox.getWidth(), 0.01);
            assertEquals(PDRectangle.A4.getHeight(), mediaBox.getHeight(), 0.01);
        }
    }

    @Test
    void everyFontIsEmbeddedAndNoneIsAStandardFont() throws IOException {
        try (PDDocument document = Loader.loadPDF(NOTICE)) {
            List<String> fonts = new ArrayList<>();
            for (PDPage page : document.getPages()) {
                PDResources resources = page.getResources();
                for (COSName name : resources.getFontNames()) {
                    PDFont font = resources.getFont(name);
                    assertTrue(font.isEmbedded(), font.getName() + " is not embedded");
                    assertFalse(font.isStandard14(), font.getName() + " is a standard 14 font");
                    fonts.add(font.getName());
                }
            }
            assertTrue(fonts.stream().anyMatch(font -> font.endsWith("+DejaVuSans")), fonts.toString());
            assertTrue(fonts.stream().anyMatch(font -> font.endsWith("+DejaVuSans-Bold")), fonts.toString());
        }
    }

    @Test
    void longContentBreaksOntoPagesEachWithPageNumberAndRepeatedHeader() throws IOException {
        List<List<String>> rows = IntStream.rangeClosed(1, 120)
                .mapToObj(n -> List.of(String.valueOf(n), "Zieliński i Synowie",
                        "sha256:" + "ab".repeat(8) + n))
                .toList();
        byte[] bytes;
        try (PdfDocument pdf = PdfDocument.create("Opening record", "ocds-op7x2k-T-2026-000042", CREATED_AT)) {
            bytes = pdf.heading("Opening record")
                    .paragraph("The committee opened the sealed bids. ".repeat(150))
                    .table(List.of("No.", "Bid", "Envelope hash"), rows)
                    .footer("Opening record ocds-op7x2k-T-2026-000042")
                    .toBytes();
        }

        try (PDDocument document = Loader.loadPDF(bytes)) {
            int pages = document.getNumberOfPages();
            assertTrue(pages >= 4, "expected several pages, got " + pages);
            List<String> pageTexts = pageTexts(document);
            assertEquals(pages, pageTexts.size());
            for (int n = 1; n <= pages; n++) {
                String page = pageTexts.get(n - 1);
                assertTrue(page.contains("page " + n + " of " + pages), "page " + n + ":\n" + page);
                assertTrue(page.contains("Opening record ocds-op7x2k-T-2026-000042"), "page " + n + ":\n" + page);
            }
            int firstTablePage = pageTexts.indexOf(pageTexts.stream()
                    .filter(page -> page.contains("Envelope hash")).findFirst().orElseThrow());
            for (int n = firstTablePage; n < pages; n++) {
                assertTrue(pageTexts.get(n).contains("No. Bid Envelope hash"), "no table header on page " + (n + 1));
            }
            String all = String.join("", pageTexts);
            for (List<String> row : rows) {
                assertTrue(all.contains(String.join(" ", row)), "missing row " + row);
            }
        }
    }

    @Test
    void explicitLineBreaksAreKept() throws IOException {
        byte[] bytes;
        try (PdfDocument pdf = PdfDocument.create("Receipt", "bid receipt", CREATED_AT)) {
            bytes = pdf.paragraph("Bid received.\r\nEnvelope hash follows:\nab12cd34").toBytes();
        }

        assertTrue(text(bytes).contains("Bid received.\nEnvelope hash follows:\nab12cd34\n"), text(bytes));
    }

    @Test
    void aWordWiderThanThePageIsBrokenInsteadOfRunningOffIt() throws IOException {
        String hash = "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855".repeat(3);
        byte[] bytes;
        try (PdfDocument pdf = PdfDocument.create("Key card", "key share", CREATED_AT)) {
            bytes = pdf.field("Share", hash).toBytes();
        }

        String text = text(bytes);
        String[] lines = text.split("\n");
        assertTrue(lines.length > 2, text);
        assertEquals(hash, text.replaceAll("Share|page 1 of 1|\\s", ""));
    }

    @Test
    void charactersTheFontCannotDrawBecomeQuestionMarks() throws IOException {
        byte[] bytes;
        try (PdfDocument pdf = PdfDocument.create("Enquiry", "question \u0007 中", CREATED_AT)) {
            bytes = pdf.heading("Question from 中国建筑 \uD83E\uDD80")
                    .paragraph("Bell\u0007here, crab \uD83E\uDD80 there, smile \uD83D\uDE00 kept.")
                    .field("Supplier\u0000", "ООО «Строймонтаж»\u001b")
                    .table(List.of("Name"), List.of(List.of("中 Zieliński")))
                    .toBytes();
        }

        String text = text(bytes);
        assertTrue(text.contains("Question from ???? ?"), text);
        // DejaVu Sans has a glyph for U+1F600 but none for U+1F980
        assertTrue(text.contains("Bell?here, crab ? there, smile \uD83D\uDE00 kept."), text);
        assertTrue(text.contains("Supplier? ООО «Строймонтаж»?"), text);
        assertTrue(text.contains("? Zieliński"), text);
    }

    @Test
    void sameInputGivesTheSameBytes() {
        assertArrayEquals(NOTICE, contractNotice());
    }

    @Test
    void differentContentGetsADifferentFileIdentifier() throws IOException {
        byte[] other;
        try (PdfDocument pdf = PdfDocument.create("Contract notice", "ocds-op7x2k-T-2026-000042", CREATED_AT)) {
            other = pdf.heading("Contract notice: road works 2027").toBytes();
        }

        try (PDDocument a = Loader.loadPDF(NOTICE); PDDocument b = Loader.loadPDF(other)) {
            String idA = a.getDocument().getDocumentID().toString();
            String idB = b.getDocument().getDocumentID().toString();
            assertFalse(idA.equals(idB), idA);
        }
    }

    @Test
    void bytesCanBeTakenOnlyOnce() {
        try (PdfDocument pdf = PdfDocument.create("Receipt", null, CREATED_AT)) {
            pdf.paragraph("Bid received.").toBytes();

            assertThrows(IllegalStateException.class, pdf::toBytes);
        }
    }

    @Test
    void aTableRowMustHaveOneCellPerColumn() {
        try (PdfDocument pdf = PdfDocument.create("Report", null, CREATED_AT)) {
            assertThrows(IllegalArgumentException.class,
                    () -> pdf.table(List.of("Lot", "Title"), List.of(List.of("1"))));
            assertThrows(IllegalArgumentException.class,
                    () -> pdf.table(List.of("Lot", "Title"), List.of(), 1, 2, 3));
        }
    }

    static String text(byte[] pdf) throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            return text(document, 1, document.getNumberOfPages());
        }
    }

    /** The text of each page, read in one pass. */
    static List<String> pageTexts(PDDocument document) {
        try {
            PDFTextStripper stripper = new PDFTextStripper();
            stripper.setLineSeparator("\n");
            stripper.setPageEnd("\f");
            return List.of(stripper.getText(document).split("\f"));
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    static String text(PDDocument document, int from, int to) {
        try {
            PDFTextStripper stripper = new PDFTextStripper();
            stripper.setLineSeparator("\n");
            stripper.setStartPage(from);
            stripper.setEndPage(to);
            return stripper.getText(document);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
