package org.openprocure.tender.pdf;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.openprocure.tender.pdf.ConsultationReport.Change;
import org.openprocure.tender.pdf.ConsultationReport.Comment;

/** The consultation report, read back with PDFBox as a member of the public would read it. */
class ConsultationReportPdfTest {

    private static final String OCID = "ocds-op7x2k-T-2026-000042";
    private static final String TITLE = "Resurfacing of Harbour Road — Οδός Λιμανιού";
    private static final String BUYER = "Δήμος Θεσσαλονίκης";
    private static final Instant START = Instant.parse("2026-11-02T09:00:00Z");
    private static final Instant END = Instant.parse("2026-11-09T12:00:00Z");
    private static final Instant PUBLISHED = Instant.parse("2026-11-16T08:30:00Z");

    private static final String HIDDEN_TEXT = "You are all crooks and idiots";
    private static final String HIDDEN_REASON = "Insults towards named officers";

    private static final Comment GREEK = new Comment(1, "Whole draft", "Αικατερίνη Παπαδοπούλου", null,
            Instant.parse("2026-11-03T10:15:00Z"),
            "Η προθεσμία των 30 ημερών είναι πολύ σύντομη για τόσο μεγάλο έργο.", null, "accepted",
            "Η προθεσμία παρατείνεται σε 40 ημέρες.", Instant.parse("2026-11-10T09:00:00Z"));
    private static final Comment CYRILLIC = new Comment(2, "Section: Award criteria", "Олександра Шевченко",
            "ТОВ «Дорожник»", Instant.parse("2026-11-04T14:40:00Z"),
            "Вес цены в 60 % слишком велик; предлагаем 50 %.", null, "partiallyAccepted",
            "The price weight is lowered to 55 %, not 50 %.", Instant.parse("2026-11-10T09:05:00Z"));
    private static final Comment DIACRITICS = new Comment(3, "Lot lot-2: Road markings", "Łukasz Żółkiewski",
            "Zieliński & Søn Bygg", Instant.parse("2026-11-05T08:00:00Z"),
            "Thermoplastic markings should be allowed as an alternative to cold plastic.", null, "rejected",
            "Cold plastic is required by the municipal road standard; no alternative is allowed.",
            Instant.parse("2026-11-10T09:10:00Z"));
    private static final Comment ANONYMOUS = new Comment(4, "Section: Schedule", null, null,
            Instant.parse("2026-11-06T19:20:00Z"), "Please publish the bill of quantities as a spreadsheet.", null,
            "accepted", "The bill of quantities is now also published as a spreadsheet.",
            Instant.parse("2026-11-10T09:15:00Z"));
    private static final Comment HIDDEN = new Comment(5, "Whole draft", "Jan Nowak", null,
            Instant.parse("2026-11-07T23:59:00Z"), HIDDEN_TEXT, HIDDEN_REASON, "rejected",
            "The comment raises no point about the draft.", Instant.parse("2026-11-10T09:20:00Z"));

    private static final List<Change> CHANGES = List.of(
            new Change("Submission deadline", "2026-12-30T12:00:00Z", "2027-01-09T12:00:00Z"),
            new Change("Criterion: Price (weight)", "60", "55"),
            new Change("Document: Bill of quantities (spreadsheet)", null, "bill-of-quantities.xlsx"),
            new Change("Lot lot-3: Signage", "Replacement of 120 traffic signs along the whole of Harbour Road, "
                    + "including foundations, posts and the disposal of the old signs", null));

    @Test
    void theReportNamesTheTenderBuyerAndConsultationPeriod() throws IOException {
        String text = textOf(ConsultationReportPdf.render(report(List.of(GREEK, CYRILLIC), CHANGES)));

        for (String expected : List.of("Consultation report", TITLE, OCID, BUYER,
                "2 November 2026, 09:00 UTC to 9 November 2026, 12:00 UTC", "16 November 2026, 08:30 UTC")) {
            assertTrue(text.contains(expected), "the report shows '" + expected + "' in:\n" + text);
        }
    }

    @Test
    void everyCommentAndAnswerIsShownWithItsAuthorExactlyAsEntered() throws IOException {
        List<Comment> comments = List.of(GREEK, CYRILLIC, DIACRITICS, ANONYMOUS);
        String text = normalised(textOf(ConsultationReportPdf.render(report(comments, CHANGES))));

        for (Comment comment : comments) {
            assertTrue(text.contains("Comment " + comment.number() + " · " + comment.target()), comment.target());
            assertTrue(text.contains(comment.text()), "comment text '" + comment.text() + "' in:\n" + text);
            assertTrue(text.contains(comment.answer()), "answer '" + comment.answer() + "' in:\n" + text);
            assertTrue(text.contains(NoticePdf.DATE_TIME.format(comment.postedAt())), "posted " + comment.number());
            assertTrue(text.contains(NoticePdf.DATE_TIME.format(comment.answeredAt())), "answered " + comment.number());
        }
        for (String expected : List.of("Author Αικατερίνη Παπαδοπούλου", "Author Олександра Шевченко",
                "Organisation ТОВ «Дорожник»", "Author Łukasz Żółkiewski", "Organisation Zieliński & Søn Bygg",
                "Author Anonymous", "Resolution Accepted", "Resolution Partly accepted", "Resolution Rejected")) {
            assertTrue(text.contains(expected), "the report shows '" + expected + "' in:\n" + text);
        }
    }

    @Test
    void theSummaryCountsResolutionsAndHiddenComments() throws IOException {
        String text = normalised(textOf(ConsultationReportPdf.render(
                report(List.of(GREEK, CYRILLIC, DIACRITICS, ANONYMOUS, HIDDEN), CHANGES))));

        assertTrue(text.contains("5 comments: 2 accepted, 1 partly accepted, 2 rejected; 1 hidden by the buyer."),
                text);
    }

    @Test
    void anAnonymousCommentMayStillNameItsOrganisation() throws IOException {
        Comment fromOrganisation = new Comment(1, "Whole draft", null, "Zieliński & Søn Bygg", START.plusSeconds(60),
                "Please split lot 1 into two lots.", null, "rejected", "One contractor must coordinate the works.",
                END.plusSeconds(60));
        String text = normalised(textOf(ConsultationReportPdf.render(report(List.of(fromOrganisation), List.of()))));

        assertTrue(text.contains("Author Anonymous Organisation Zieliński & Søn Bygg"), text);
    }

    @Test
    void aHiddenCommentShowsTheReasonAndItsAnswerButNotItsText() throws IOException {
        String text = normalised(textOf(ConsultationReportPdf.render(report(List.of(GREEK, HIDDEN), CHANGES))));

        assertTrue(text.contains("Hidden by the buyer: " + HIDDEN_REASON), text);
        assertTrue(text.contains(HIDDEN.answer()), text);
        assertTrue(text.contains("Author Jan Nowak"), text);
        assertFalse(text.contains(HIDDEN_TEXT), "the hidden text must not be printed:\n" + text);
        assertFalse(text.contains("crooks"), "no part of the hidden text may be printed:\n" + text);
    }

    @Test
    void aHiddenCommentsTextLeavesNoTraceInTheFile() {
        Comment otherText = new Comment(HIDDEN.number(), HIDDEN.target(), HIDDEN.authorName(), null,
                HIDDEN.postedAt(), "Something else entirely offensive", HIDDEN_REASON, HIDDEN.resolution(),
                HIDDEN.answer(), HIDDEN.answeredAt());

        // not even the file identifier may depend on it, or the text could be confirmed by guessing
        assertArrayEquals(ConsultationReportPdf.render(report(List.of(GREEK, HIDDEN), CHANGES)),
                ConsultationReportPdf.render(report(List.of(GREEK, otherText), CHANGES)));
    }

    @Test
    void anUnansweredCommentSaysSo() throws IOException {
        Comment unanswered = new Comment(1, "Section: Lots", "Μαρία Κ.", null, START.plusSeconds(3600),
                "Why is there no lot for lighting?", null, null, null, null);
        String text = normalised(textOf(ConsultationReportPdf.render(report(List.of(unanswered), List.of()))));

        assertTrue(text.contains("Answer Not answered"), text);
        assertTrue(text.contains("1 comment: 0 accepted, 0 partly accepted, 0 rejected, 1 not answered"), text);
    }

    @Test
    void eachChangeShowsTheConsultedAndThePublishedText() throws IOException {
        String text = normalised(textOf(ConsultationReportPdf.render(report(List.of(GREEK), CHANGES))));

        assertTrue(text.contains("Changes after the consultation"), text);
        assertTrue(text.contains("Field Consulted draft Published text"), text);
        assertTrue(text.contains("Submission deadline 2026-12-30T12:00:00Z 2027-01-09T12:00:00Z"), text);
        assertTrue(text.contains("Criterion: Price (weight) 60 55"), text);
        assertTrue(text.contains("— bill-of-quantities.xlsx"), "an added value has no 'before':\n" + text);
        assertTrue(text.contains("the old signs —"), "a removed value has no 'after':\n" + text);
        assertFalse(text.contains(ConsultationReportPdf.NO_CHANGES), text);
        for (String word : List.of("Replacement", "foundations,", "posts", "disposal")) {
            assertTrue(text.contains(word), "a long value is wrapped, not cut: '" + word + "' in:\n" + text);
        }
    }

    @Test
    void withoutChangesTheReportSaysTheDraftWasPublishedUnchanged() throws IOException {
        String text = normalised(textOf(ConsultationReportPdf.render(report(List.of(GREEK), List.of()))));

        assertTrue(text.contains("Changes after the consultation " + ConsultationReportPdf.NO_CHANGES), text);
    }

    @Test
    void withoutCommentsTheReportSaysNoneWereReceived() throws IOException {
        String text = normalised(textOf(ConsultationReportPdf.render(report(List.of(), List.of()))));

        assertTrue(text.contains("No comments were received during the consultation."), text);
        assertTrue(text.contains(ConsultationReportPdf.NO_CHANGES), text);
    }

    @Test
    void aLongCommentContinuesOverPagesWithNothingLost() throws IOException {
        String longText = longText(5000);
        String longAnswer = longText(3000).toUpperCase(Locale.ROOT);
        Comment comment = new Comment(1, "Section: Description", "Αικατερίνη Παπαδοπούλου", null,
                START.plusSeconds(600), longText, null, "partiallyAccepted", longAnswer, END.plusSeconds(600));
        byte[] pdf = ConsultationReportPdf.render(report(List.of(comment), CHANGES));

        assertTrue(pageCount(pdf) > 1, "5000 characters do not fit on the first page");
        String text = normalised(withoutFooters(textOf(pdf)));
        assertTrue(text.contains(longText), "the whole comment, in order:\n" + text);
        assertTrue(text.contains(longAnswer), "the whole answer, in order:\n" + text);
    }

    @Test
    void twoHundredCommentsAllAppearOnManyPages() throws IOException {
        List<Comment> comments = IntStream.rangeClosed(1, 200).mapToObj(ConsultationReportPdfTest::numbered).toList();
        byte[] pdf = ConsultationReportPdf.render(report(comments, CHANGES));

        assertTrue(pageCount(pdf) > 1);
        String text = normalised(withoutFooters(textOf(pdf)));
        for (Comment comment : comments) {
            if (comment.hiddenReason() == null) {
                assertTrue(text.contains(comment.text()), "comment " + comment.number());
            } else {
                assertFalse(text.contains(comment.text()), "hidden comment " + comment.number());
            }
            assertTrue(text.contains(comment.answer()), "answer " + comment.number());
        }
        assertTrue(text.contains("200 comments: 67 accepted, 67 partly accepted, 66 rejected; 20 hidden by the buyer."),
                text.substring(0, 1000));
    }

    @Test
    void theSameReportGivesTheSameBytes() {
        List<Comment> comments = List.of(GREEK, CYRILLIC, DIACRITICS, ANONYMOUS, HIDDEN);

        assertArrayEquals(ConsultationReportPdf.render(report(comments, CHANGES)),
                ConsultationReportPdf.render(report(new ArrayList<>(comments), new ArrayList<>(CHANGES))));
    }

    @Test
    void theDocumentIsDescribedAsTheTendersConsultationReport() throws IOException {
        try (PDDocument document = Loader.loadPDF(ConsultationReportPdf.render(report(List.of(GREEK), CHANGES)))) {
            assertEquals("Consultation report " + OCID, document.getDocumentInformation().getTitle());
            assertEquals(TITLE, document.getDocumentInformation().getSubject());
        }
    }

    @Test
    void anUnknownResolutionIsRefused() {
        Comment odd = new Comment(7, "Whole draft", null, null, START, "Text", null, "maybe", "Answer", END);

        IllegalArgumentException refused = assertThrows(IllegalArgumentException.class,
                () -> ConsultationReportPdf.render(report(List.of(odd), List.of())));
        assertTrue(refused.getMessage().contains("comment 7"), refused.getMessage());
    }

    @Test
    void anUnpublishedTenderHasNoReport() {
        ConsultationReport unpublished = new ConsultationReport(null, TITLE, BUYER, START, END, null, List.of(),
                List.of());

        assertThrows(IllegalArgumentException.class, () -> ConsultationReportPdf.render(unpublished));
    }

    private static ConsultationReport report(List<Comment> comments, List<Change> changes) {
        return new ConsultationReport(OCID, TITLE, BUYER, START, END, PUBLISHED, comments, changes);
    }

    /** Comments of every kind in turn; every tenth one hidden, some with long texts. */
    private static Comment numbered(int n) {
        String[] resolutions = {"accepted", "partiallyAccepted", "rejected"};
        String[] authors = {"Αικατερίνη Παπαδοπούλου", "Олександра Шевченко", "Łukasz Żółkiewski", null};
        boolean hidden = n % 10 == 0;
        String text = "Comment number " + n + " on the draft. " + (n % 25 == 0 ? longText(1500) : "");
        return new Comment(n, n % 3 == 0 ? "Whole draft" : "Lot lot-" + (n % 4 + 1) + ": Road markings",
                authors[n % authors.length], n % 2 == 0 ? "Zieliński & Søn Bygg" : null,
                START.plus(Duration.ofMinutes(n)), text.strip(), hidden ? "Abusive language" : null,
                resolutions[(n - 1) % 3], "Answer number " + n + " from the buyer.", END.plus(Duration.ofMinutes(n)));
    }

    /** Words of varied length, so the text wraps at word boundaries like a real comment. */
    private static String longText(int length) {
        String[] words = {"the", "contractor", "shall", "resurface", "carriageway", "Οδός", "Λιμανιού", "дорога",
                "Zielińskiego", "within", "forty", "working", "days", "of", "the", "order,", "including", "drainage."};
        StringBuilder text = new StringBuilder();
        for (int i = 0; text.length() < length; i++) {
            text.append(i == 0 ? "" : " ").append(words[i % words.length]);
        }
        return text.substring(0, length).strip();
    }

    private static String textOf(byte[] pdf) throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(document);
        }
    }

    private static int pageCount(byte[] pdf) throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            return document.getNumberOfPages();
        }
    }

    /** Text continuing over a page break is read with the page's footer in between; take it out. */
    private static String withoutFooters(String text) {
        return text.lines().filter(line -> !line.matches(".*page \\d+ of \\d+\\s*")).collect(Collectors.joining("\n"));
    }

    /** Extraction breaks lines where the PDF wrapped them; compare texts word by word. */
    private static String normalised(String text) {
        return text.replaceAll("\\s+", " ").strip();
    }
}
