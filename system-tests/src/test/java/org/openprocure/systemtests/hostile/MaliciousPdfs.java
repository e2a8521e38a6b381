package org.openprocure.systemtests.hostile;

import static java.nio.charset.StandardCharsets.ISO_8859_1;
import static java.nio.charset.StandardCharsets.US_ASCII;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.zip.Adler32;
import java.util.zip.Deflater;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.encryption.AccessPermission;
import org.apache.pdfbox.pdmodel.encryption.StandardProtectionPolicy;
import org.apache.pdfbox.pdmodel.interactive.action.PDActionJavaScript;
import org.openprocure.systemtests.Platform;

/**
 * Files that no upload may keep, each with the words its refusal must use: a PDF cut off in the
 * middle, a password-protected one, one that runs JavaScript when opened, a decompression bomb whose
 * object stream inflates to 2 GiB, and a PNG image named .pdf.
 */
final class MaliciousPdfs {

    /** A file and the words (any of them) that name why it is refused. */
    record Malicious(String name, byte[] content, List<String> reason) {

        String base64() {
            return Base64.getEncoder().encodeToString(content);
        }
    }

    private static final int MEBIBYTE = 1024 * 1024;

    private MaliciousPdfs() {
    }

    static List<Malicious> all() {
        byte[] valid = Base64.getDecoder().decode(Platform.onePagePdfBase64("Technical offer, lot 1"));
        byte[] png = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n', 0, 0, 0, 13, 'I', 'H', 'D', 'R', 0, 0, 1, 0};
        return List.of(
                new Malicious("truncated", Arrays.copyOf(valid, valid.length / 2), List.of("incomplete", "damaged",
                        "cut off")),
                new Malicious("encrypted", modified(valid, document -> document.protect(protection())),
                        List.of("encrypted", "password")),
                new Malicious("JavaScript on opening", modified(valid, document -> document.getDocumentCatalog()
                        .setOpenAction(new PDActionJavaScript("app.alert('opened');"))), List.of("JavaScript")),
                new Malicious("zip bomb (2 GiB)", objectStreamBomb(2048), List.of("decompressed", "compress")),
                new Malicious("not a PDF (PNG)", png, List.of("not a PDF", "Only PDF")));
    }

    private interface Change {
        void apply(PDDocument document) throws IOException;
    }

    private static byte[] modified(byte[] valid, Change change) {
        try (PDDocument document = Loader.loadPDF(valid)) {
            change.apply(document);
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            document.save(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static StandardProtectionPolicy protection() {
        StandardProtectionPolicy policy = new StandardProtectionPolicy("owner-secret", "user-secret",
                new AccessPermission());
        policy.setEncryptionKeyLength(256);
        return policy;
    }

    /**
     * The smallest PDF with an object stream, written by hand, whose object stream inflates to
     * {@code zeroMebibytes} MiB: one page whose annotation lives in the object stream.
     */
    static byte[] objectStreamBomb(int zeroMebibytes) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Map<Integer, Integer> offsets = new TreeMap<>();
        text(out, "%PDF-1.7\n");
        object(out, offsets, 1, "<< /Type /Catalog /Pages 2 0 R >>");
        object(out, offsets, 2, "<< /Type /Pages /Kids [3 0 R] /Count 1 >>");
        object(out, offsets, 3, "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Annots [5 0 R] >>");
        byte[] objects = "5 0 << /Type /Annot /Subtype /Text /Rect [0 0 10 10] >>\n".getBytes(US_ASCII);
        stream(out, offsets, 4, "/Type /ObjStm /N 1 /First 4 /Filter /FlateDecode", deflate(objects, zeroMebibytes));
        int xrefOffset = out.size();
        offsets.put(6, xrefOffset);
        ByteArrayOutputStream entries = new ByteArrayOutputStream();
        for (int number = 0; number <= 6; number++) {
            if (number == 0) {
                entries.writeBytes(new byte[] {0, 0, 0, 0, 0, (byte) 0xff, (byte) 0xff});
            } else if (number == 5) {
                entries.writeBytes(new byte[] {2, 0, 0, 0, 4, 0, 0});
            } else {
                int offset = offsets.get(number);
                entries.writeBytes(new byte[] {1, (byte) (offset >>> 24), (byte) (offset >>> 16),
                        (byte) (offset >>> 8), (byte) offset, 0, 0});
            }
        }
        stream(out, offsets, 6, "/Type /XRef /Size 7 /W [1 4 2] /Root 1 0 R /Filter /FlateDecode",
                deflate(entries.toByteArray(), 0));
        text(out, "startxref\n" + xrefOffset + "\n%%EOF\n");
        return out.toByteArray();
    }

    private static void text(ByteArrayOutputStream out, String text) {
        out.writeBytes(text.getBytes(ISO_8859_1));
    }

    private static void object(ByteArrayOutputStream out, Map<Integer, Integer> offsets, int number, String value) {
        offsets.put(number, out.size());
        text(out, number + " 0 obj\n" + value + "\nendobj\n");
    }

    private static void stream(ByteArrayOutputStream out, Map<Integer, Integer> offsets, int number,
            String dictionaryEntries, byte[] data) {
        offsets.put(number, out.size());
        text(out, number + " 0 obj\n<< " + dictionaryEntries + " /Length " + data.length + " >>\nstream\n");
        out.writeBytes(data);
        text(out, "\nendstream\nendobj\n");
    }

    /**
     * A zlib stream of {@code prefix} followed by {@code zeroMebibytes} MiB of zeros: one MiB of zeros is
     * deflated once and repeated (a full flush makes each copy independent), so a bomb of gigabytes takes
     * no time to build.
     */
    private static byte[] deflate(byte[] prefix, int zeroMebibytes) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.write(0x78);
        out.write(0x01);
        out.writeBytes(rawDeflate(prefix));
        byte[] zeroMebibyte = rawDeflate(new byte[MEBIBYTE]);
        for (int i = 0; i < zeroMebibytes; i++) {
            out.writeBytes(zeroMebibyte);
        }
        out.write(0x03);
        out.write(0x00);
        Adler32 adler = new Adler32();
        adler.update(prefix);
        long a = adler.getValue() & 0xffff;
        long b = adler.getValue() >>> 16;
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
}
