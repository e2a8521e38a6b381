package org.openprocure.support.pdf;

import static java.nio.charset.StandardCharsets.ISO_8859_1;
import static java.nio.charset.StandardCharsets.US_ASCII;
import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.security.MessageDigest;
import java.time.Instant;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.Map;
import java.util.TreeMap;
import java.util.zip.Adler32;
import java.util.zip.Deflater;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSStream;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentNameDictionary;
import org.apache.pdfbox.pdmodel.PDEmbeddedFilesNameTreeNode;
import org.apache.pdfbox.pdmodel.PDJavascriptNameTreeNode;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.common.filespecification.PDComplexFileSpecification;
import org.apache.pdfbox.pdmodel.common.filespecification.PDEmbeddedFile;
import org.apache.pdfbox.pdmodel.encryption.AccessPermission;
import org.apache.pdfbox.pdmodel.encryption.StandardProtectionPolicy;
import org.apache.pdfbox.pdmodel.interactive.action.PDActionJavaScript;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationFileAttachment;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationLink;
import org.junit.jupiter.api.Test;

import org.openprocure.support.pdf.PdfRejectedException.Reason;

class PdfUploadCheckTest {

    static final long MAX_BYTES = 10L * 1024 * 1024;
    static final int MEBIBYTE = 1024 * 1024;
    static final byte[] VALID = tenderDocuments();
    static final int VALID_PAGES = 3;

    static byte[] tenderDocuments() {
        try (PdfDocument pdf = PdfDocument.create("Technical specification", "lot 1",
                Instant.parse("2026-03-02T09:30:00Z"))) {
            return pdf.heading("Technical specification")
                    .paragraph("The contractor resurfaces the road as described below. ".repeat(200))
                    .toBytes();
        }
    }

    @Test
    void acceptsAValidPdfAndDescribesIt() throws Exception {
        PdfFacts facts = PdfUploadCheck.check(VALID, MAX_BYTES);

        String sha256 = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(VALID));
        assertEquals(sha256, facts.sha256());
        assertEquals(VALID.length, facts.sizeBytes());
        assertEquals(VALID_PAGES, facts.pageCount());
        assertEquals("Technical specification", facts.title());
    }

    @Test
    void refusesAnEmptyFile() {
        assertRejected(Reason.EMPTY, new byte[0], "empty");
        assertRejected(Reason.EMPTY, null, "empty");
    }

    @Test
    void refusesAFileLargerThanTheLimitAndSaysBothSizes() {
        PdfRejectedException rejected = assertRejected(Reason.TOO_LARGE, VALID, 1000, "1000 bytes");

        assertTrue(rejected.getMessage().contains("The file is " + VALID.length + " bytes"), rejected.getMessage());
    }

    @Test
    void refusesFilesThatAreNotPdfs() {
        byte[] png = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n', 0, 0, 0, 13, 'I', 'H', 'D', 'R'};
        assertRejected(Reason.NOT_A_PDF, png, "not a PDF");
        assertRejected(Reason.NOT_A_PDF, "Our offer for lot 1 is 1 200 000 EUR.".getBytes(US_ASCII), "%PDF-");
    }

    @Test
    void refusesAFileCutInHalf() {
        byte[] half = Arrays.copyOf(VALID, VALID.length / 2);

        // PDFBox cannot read this one either: the catalog is in an object stream near the end
        assertThrows(IOException.class, () -> Loader.loadPDF(half).close());
        assertRejected(Reason.UNREADABLE, half, "cut off");
    }

    @Test
    void refusesAFileCutJustBeforeItsEndThoughPdfBoxWouldRepairIt() throws IOException {
        byte[] cut = Arrays.copyOf(VALID, lastIndexOf(VALID, "startxref"));

        // PDFBox silently rebuilds the cross-reference data and shows every page; the upload is
        // still incomplete, so the check insists on the end-of-file marker
        try (PDDocument repaired = Loader.loadPDF(cut)) {
            assertEquals(VALID_PAGES, repaired.getNumberOfPages());
        }
        assertRejected(Reason.UNREADABLE, cut, "%%EOF");
    }

    @Test
    void refusesAFileCutInsideItsHeader() {
        assertRejected(Reason.UNREADABLE, "%PDF-1.".getBytes(US_ASCII), "cut off");
    }

    @Test
    void refusesAFileThatPdfBoxCannotParse() {
        byte[] garbage = "%PDF-1.7\nthis is no PDF body at all\n%%EOF\n".getBytes(US_ASCII);

        assertRejected(Reason.UNREADABLE, garbage, "damaged");
    }

    @Test
    void refusesAPasswordProtectedPdf() {
        byte[] encrypted = modified(document -> document.protect(
                protection("owner-secret", "user-secret")));

        assertRejected(Reason.ENCRYPTED, encrypted, "encrypted");
    }

    @Test
    void refusesAnEncryptedPdfThatOpensWithoutPassword() {
        byte[] encrypted = modified(document -> document.protect(protection("owner-secret", "")));

        assertRejected(Reason.ENCRYPTED, encrypted, "encrypted");
    }

    @Test
    void refusesJavaScriptRunWhenTheDocumentOpens() {
        byte[] withScript = modified(document -> document.getDocumentCatalog()
                .setOpenAction(new PDActionJavaScript("app.alert('opened');")));

        assertRejected(Reason.HAS_JAVASCRIPT, withScript, "JavaScript");
    }

    @Test
    void refusesDocumentLevelJavaScript() {
        byte[] withScript = modified(document -> {
            PDJavascriptNameTreeNode scripts = new PDJavascriptNameTreeNode();
            scripts.setNames(Map.of("init", new PDActionJavaScript("this.print();")));
            PDDocumentNameDictionary names = new PDDocumentNameDictionary(document.getDocumentCatalog());
            names.setJavascript(scripts);
            document.getDocumentCatalog().setNames(names);
        });

        assertRejected(Reason.HAS_JAVASCRIPT, withScript, "JavaScript");
    }

    @Test
    void refusesJavaScriptBehindALink() {
        byte[] withScript = modified(document -> {
            PDAnnotationLink link = new PDAnnotationLink();
            link.setRectangle(new PDRectangle(50, 50, 200, 20));
            link.setAction(new PDActionJavaScript("app.launchURL('https://example.org');"));
            document.getPage(1).getAnnotations().add(link);
        });

        assertRejected(Reason.HAS_JAVASCRIPT, withScript, "JavaScript");
    }

    @Test
    void refusesEmbeddedFiles() {
        byte[] withAttachment = modified(document -> {
            PDEmbeddedFilesNameTreeNode files = new PDEmbeddedFilesNameTreeNode();
            files.setNames(Map.of("prices.xlsx", attachment(document)));
            PDDocumentNameDictionary names = new PDDocumentNameDictionary(document.getDocumentCatalog());
            names.setEmbeddedFiles(files);
            document.getDocumentCatalog().setNames(names);
        });

        assertRejected(Reason.HAS_EMBEDDED_FILES, withAttachment, "attached files");
    }

    @Test
    void refusesAFileAttachedToAPage() {
        byte[] withAttachment = modified(document -> {
            PDAnnotationFileAttachment annotation = new PDAnnotationFileAttachment();
            annotation.setRectangle(new PDRectangle(50, 50, 20, 20));
            annotation.setFile(attachment(document));
            document.getPage(0).getAnnotations().add(annotation);
        });

        assertRejected(Reason.HAS_EMBEDDED_FILES, withAttachment, "attached files");
    }

    @Test
    void acceptsAPageContentBombWithoutInflatingIt() throws IOException {
        byte[] bomb;
        try (PDDocument document = new PDDocument()) {
            PDPage page = new PDPage(PDRectangle.A4);
            document.addPage(page);
            COSStream content = document.getDocument().createCOSStream();
            try (OutputStream raw = content.createRawOutputStream()) {
                raw.write(deflate("q Q\n".getBytes(US_ASCII), 256));
            }
            content.setItem(COSName.FILTER, COSName.FLATE_DECODE);
            page.getCOSObject().setItem(COSName.CONTENTS, content);
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            document.save(out);
            bomb = out.toByteArray();
        }
        assertTrue(bomb.length < 2 * MEBIBYTE, "the bomb is small: " + bomb.length);

        // the check reads structure only, so 256 MB of page content never reach memory
        PdfFacts facts = assertDoesNotThrow(() -> PdfUploadCheck.check(bomb, MAX_BYTES));
        assertEquals(1, facts.pageCount());
    }

    @Test
    void refusesAnObjectStreamBomb() {
        byte[] bomb = RawPdf.withObjectStream("/Type /ObjStm", 64);

        assertRejected(Reason.TOO_LARGE, bomb, "32 MB");
    }

    @Test
    void refusesAnObjectStreamBombThatSpellsItsTypeInEscapes() {
        // /Obj#53tm is /ObjStm; a search for the literal name misses it, PDFBox does not
        byte[] bomb = RawPdf.withObjectStream("/Type /Obj#53tm", 64);

        assertRejected(Reason.TOO_LARGE, bomb, "32 MB");
    }

    @Test
    void refusesACrossReferenceStreamBomb() {
        byte[] bomb = RawPdf.withCrossReferenceStreamPadding("/Type /X#52ef", 64);

        assertRejected(Reason.TOO_LARGE, bomb, "32 MB");
    }

    @Test
    void refusesStructureCompressedTwice() {
        // chained filters multiply their ratios
        byte[] plain = RawPdf.withObjectStream("/Type /ObjStm", 0);
        byte[] chained = new String(plain, ISO_8859_1)
                .replace("/Type /ObjStm /N 1 /First 4 /Filter /FlateDecode",
                        "/Type /ObjStm /N 1 /First 4 /Filter [/FlateDecode /FlateDecode]")
                .getBytes(ISO_8859_1);

        assertRejected(Reason.UNREADABLE, chained, "compression");
    }

    @Test
    void acceptsTheHandMadeFilesWithoutTheirBombs() {
        assertEquals(1, PdfUploadCheck.check(RawPdf.withObjectStream("/Type /Obj#53tm", 0), MAX_BYTES)
                .pageCount());
        assertEquals(1, PdfUploadCheck.check(RawPdf.withCrossReferenceStreamPadding("/Type /X#52ef", 0), MAX_BYTES)
                .pageCount());
    }

    static PdfRejectedException assertRejected(Reason reason, byte[] content, String messagePart) {
        return assertRejected(reason, content, MAX_BYTES, messagePart);
    }

    static PdfRejectedException assertRejected(Reason reason, byte[] content, long maxBytes, String messagePart) {
        PdfRejectedException rejected = assertThrows(PdfRejectedException.class,
                () -> PdfUploadCheck.check(content, maxBytes));
        assertEquals(reason, rejected.reason(), rejected.getMessage());
        assertTrue(rejected.getMessage().contains(messagePart), rejected.getMessage());
        return rejected;
    }

    interface Change {
        void apply(PDDocument document) throws IOException;
    }

    static byte[] modified(Change change) {
        try (PDDocument document = Loader.loadPDF(VALID)) {
            change.apply(document);
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            document.save(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    static StandardProtectionPolicy protection(String ownerPassword, String userPassword) {
        StandardProtectionPolicy policy = new StandardProtectionPolicy(ownerPassword, userPassword,
                new AccessPermission());
        policy.setEncryptionKeyLength(256);
        return policy;
    }

    static PDComplexFileSpecification attachment(PDDocument document) throws IOException {
        PDEmbeddedFile file = new PDEmbeddedFile(document, new ByteArrayInputStream("lot;price\n1;1200000\n"
                .getBytes(US_ASCII)));
        file.setSubtype("text/csv");
        PDComplexFileSpecification specification = new PDComplexFileSpecification();
        specification.setFile("prices.csv");
        specification.setEmbeddedFile(file);
        return specification;
    }

    /**
     * A zlib stream of prefix followed by the given number of MiB of zeros. One MiB of zeros is
     * deflated once and its compressed form repeated: a full flush makes each copy independent of
     * what precedes it, so even a bomb of hundreds of MB takes no time to build.
     */
    static byte[] deflate(byte[] prefix, int zeroMebibytes) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.write(0x78); // zlib header: deflate with a 32 KiB window, no preset dictionary
        out.write(0x01);
        out.writeBytes(rawDeflate(prefix));
        byte[] zeroMebibyte = rawDeflate(new byte[MEBIBYTE]);
        for (int i = 0; i < zeroMebibytes; i++) {
            out.writeBytes(zeroMebibyte);
        }
        out.write(0x03); // final, empty block
        out.write(0x00);
        Adler32 adler = new Adler32();
        adler.update(prefix);
        long a = adler.getValue() & 0xffff;
        long b = adler.getValue() >>> 16;
        // each zero byte adds nothing to a and a to b
        b = (b + a * ((long) zeroMebibytes * MEBIBYTE % 65521)) % 65521;
        long checksum = b << 16 | a;
        out.writeBytes(new byte[] {(byte) (checksum >>> 24), (byte) (checksum >>> 16), (byte) (checksum >>> 8),
                (byte) checksum});
        return out.toByteArray();
    }

    private static byte[] rawDeflate(byte[] data) {
        Deflater deflater = new Deflater(Deflater.BEST_COMPRESSION, true);
        deflater.setInput(data);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        byte[] buffer = new byte[64 * 1024];
        int written;
        do {
            written = deflater.deflate(buffer, 0, buffer.length, Deflater.FULL_FLUSH);
            out.write(buffer, 0, written);
        } while (written == buffer.length || !deflater.needsInput());
        deflater.end();
        return out.toByteArray();
    }

    static int lastIndexOf(byte[] content, String text) {
        return new String(content, ISO_8859_1).lastIndexOf(text);
    }

    /**
     * Writes the smallest PDF with a cross-reference stream and an object stream by hand, so a
     * test can make either of them a bomb: one page whose annotation lives in the object stream.
     */
    static final class RawPdf {
        private final ByteArrayOutputStream out = new ByteArrayOutputStream();
        private final Map<Integer, Integer> offsets = new TreeMap<>();

        static byte[] withObjectStream(String objectStreamType, int zeroMebibytes) {
            return build(objectStreamType, zeroMebibytes, "/Type /XRef", 0);
        }

        static byte[] withCrossReferenceStreamPadding(String xrefType, int zeroMebibytes) {
            return build("/Type /ObjStm", 0, xrefType, zeroMebibytes);
        }

        private static byte[] build(String objectStreamType, int objectStreamPadding, String xrefType,
                int xrefPadding) {
            RawPdf pdf = new RawPdf();
            pdf.text("%PDF-1.7\n");
            pdf.object(1, "<< /Type /Catalog /Pages 2 0 R >>");
            pdf.object(2, "<< /Type /Pages /Kids [3 0 R] /Count 1 >>");
            pdf.object(3, "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Annots [5 0 R] >>");
            byte[] objects = "5 0 << /Type /Annot /Subtype /Text /Rect [0 0 10 10] >>\n".getBytes(US_ASCII);
            pdf.stream(4, objectStreamType + " /N 1 /First 4 /Filter /FlateDecode",
                    deflate(objects, objectStreamPadding));
            int xrefOffset = pdf.out.size();
            pdf.offsets.put(6, xrefOffset);
            ByteArrayOutputStream entries = new ByteArrayOutputStream();
            for (int number = 0; number <= 6; number++) {
                if (number == 0) {
                    entries.writeBytes(new byte[] {0, 0, 0, 0, 0, (byte) 0xff, (byte) 0xff});
                } else if (number == 5) {
                    // object 5 is the first object in object stream 4
                    entries.writeBytes(new byte[] {2, 0, 0, 0, 4, 0, 0});
                } else {
                    int offset = pdf.offsets.get(number);
                    entries.writeBytes(new byte[] {1, (byte) (offset >>> 24), (byte) (offset >>> 16),
                            (byte) (offset >>> 8), (byte) offset, 0, 0});
                }
            }
            pdf.stream(6, xrefType + " /Size 7 /W [1 4 2] /Root 1 0 R /Filter /FlateDecode",
                    deflate(entries.toByteArray(), xrefPadding));
            pdf.text("startxref\n" + xrefOffset + "\n%%EOF\n");
            return pdf.out.toByteArray();
        }

        private void text(String text) {
            out.writeBytes(text.getBytes(ISO_8859_1));
        }

        private void object(int number, String value) {
            offsets.put(number, out.size());
            text(number + " 0 obj\n" + value + "\nendobj\n");
        }

        private void stream(int number, String dictionaryEntries, byte[] data) {
            offsets.put(number, out.size());
            text(number + " 0 obj\n<< " + dictionaryEntries + " /Length " + data.length + " >>\nstream\n");
            out.writeBytes(data);
            text("\nendstream\nendobj\n");
        }
    }
}
