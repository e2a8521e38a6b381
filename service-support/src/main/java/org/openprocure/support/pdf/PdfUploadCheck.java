package org.openprocure.support.pdf;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayDeque;
import java.util.Collections;
import java.util.Deque;
import java.util.HexFormat;
import java.util.IdentityHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSDocument;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSObject;
import org.apache.pdfbox.cos.COSObjectKey;
import org.apache.pdfbox.io.MemoryUsageSetting;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.encryption.InvalidPasswordException;

import org.openprocure.support.pdf.PdfRejectedException.Reason;

/**
 * Decides whether an uploaded file is a PDF document the platform will store and show to others:
 * a complete, readable, unencrypted PDF without scripts or attachments.
 *
 * <p>Page content is never decompressed here, so a decompression bomb in a page costs nothing;
 * code that later renders or extracts text from an upload must set its own limits. The streams
 * PDFBox has to inflate to read the document's structure are measured first, within a bound
 * (see {@link StructureStreams}).
 */
public final class PdfUploadCheck {

    private static final byte[] HEADER = "%PDF-".getBytes(StandardCharsets.US_ASCII);
    private static final byte[] END_MARKER = "%%EOF".getBytes(StandardCharsets.US_ASCII);
    // PDFBox looks this far back for the end of the file as well; writers may pad after %%EOF
    private static final int END_MARKER_SEARCH = 2048;
    private static final long PARSER_MEMORY_LIMIT = 64L * 1024 * 1024;

    private static final COSName JS = COSName.getPDFName("JS");
    private static final COSName JAVASCRIPT = COSName.getPDFName("JavaScript");
    private static final COSName EMBEDDED_FILES = COSName.getPDFName("EmbeddedFiles");
    private static final COSName EMBEDDED_FILE = COSName.getPDFName("EmbeddedFile");
    private static final COSName EF = COSName.getPDFName("EF");

    private PdfUploadCheck() {
    }

    /**
     * Checks an upload and describes it.
     *
     * @throws PdfRejectedException naming, for the uploader, what is wrong with the file
     */
    public static PdfFacts check(byte[] content, long maxBytes) {
        if (content == null || content.length == 0) {
            throw new PdfRejectedException(Reason.EMPTY, "The file is empty.");
        }
        if (content.length > maxBytes) {
            throw new PdfRejectedException(Reason.TOO_LARGE, "The file is " + size(content.length)
                    + "; uploads are limited to " + size(maxBytes) + ".");
        }
        if (!startsWith(content, HEADER)) {
            throw new PdfRejectedException(Reason.NOT_A_PDF,
                    "The file is not a PDF document: it does not start with %PDF-.");
        }
        if (!endsWithEndMarker(content)) {
            throw new PdfRejectedException(Reason.UNREADABLE,
                    "The PDF is incomplete: its end marker %%EOF is missing, so the file was probably cut off."
                            + " Upload the complete file.");
        }
        try {
            StructureStreams.checkBeforeParsing(content);
        } catch (PdfRejectedException e) {
            throw e;
        } catch (RuntimeException | StackOverflowError e) {
            throw unreadable(e);
        }
        try (PDDocument document = load(content)) {
            return inspect(document, content);
        } catch (IOException e) {
            // closing a document read from memory does not fail in practice
            throw unreadable(e);
        }
    }

    private static PDDocument load(byte[] content) {
        try {
            return Loader.loadPDF(content, "", null, null,
                    MemoryUsageSetting.setupMainMemoryOnly(PARSER_MEMORY_LIMIT).streamCache);
        } catch (InvalidPasswordException e) {
            throw encrypted(e);
        } catch (IOException | RuntimeException | StackOverflowError e) {
            // a hostile file must give a clear refusal, whatever part of the parser it upsets
            throw unreadable(e);
        }
    }

    private static PdfFacts inspect(PDDocument document, byte[] content) {
        if (document.isEncrypted()) {
            throw encrypted(null);
        }
        try {
            StructureStreams.checkObjectStreams(document.getDocument());
            Findings findings = scan(document.getDocument());
            if (findings.javaScript) {
                throw new PdfRejectedException(Reason.HAS_JAVASCRIPT,
                        "The PDF contains JavaScript, which would run when others open it."
                                + " Save or print it to a PDF without scripts and upload that.");
            }
            if (findings.embeddedFiles) {
                throw new PdfRejectedException(Reason.HAS_EMBEDDED_FILES,
                        "The PDF contains attached files. Upload each document as a PDF of its own.");
            }
            int pages = countPages(document);
            if (pages == 0) {
                throw new PdfRejectedException(Reason.UNREADABLE, "The PDF has no pages.");
            }
            return new PdfFacts(sha256(content), content.length, pages, title(document));
        } catch (PdfRejectedException e) {
            throw e;
        } catch (IOException | RuntimeException | StackOverflowError e) {
            throw unreadable(e);
        }
    }

    private static final class Findings {
        boolean javaScript;
        boolean embeddedFiles;
    }

    /**
     * Visits every object of the file, reachable or not, and looks for JavaScript (actions of
     * type JavaScript, /JS code, the document's /JavaScript name tree) and embedded files (the
     * /EmbeddedFiles name tree, file specifications with an /EF entry, embedded file streams).
     * Only dictionaries are read; stream data stays compressed.
     */
    private static Findings scan(COSDocument cos) {
        Findings findings = new Findings();
        Set<COSBase> visited = Collections.newSetFromMap(new IdentityHashMap<>());
        Deque<COSBase> pending = new ArrayDeque<>();
        pending.push(cos.getTrailer());
        for (COSObjectKey key : cos.getXrefTable().keySet()) {
            pending.push(cos.getObjectFromPool(key));
        }
        while (!pending.isEmpty()) {
            COSBase base = pending.pop();
            if (base instanceof COSObject indirect) {
                base = indirect.getObject();
            }
            if (base == null || !visited.add(base)) {
                continue;
            }
            if (base instanceof COSDictionary dictionary) {
                inspect(dictionary, findings);
                for (Map.Entry<COSName, COSBase> entry : dictionary.entrySet()) {
                    pending.push(entry.getValue());
                }
            } else if (base instanceof COSArray array) {
                for (int i = 0; i < array.size(); i++) {
                    pending.push(array.get(i));
                }
            }
        }
        return findings;
    }

    private static void inspect(COSDictionary dictionary, Findings findings) {
        if (dictionary.containsKey(JS) || dictionary.containsKey(JAVASCRIPT)
                || JAVASCRIPT.equals(dictionary.getDictionaryObject(COSName.S))) {
            findings.javaScript = true;
        }
        if (dictionary.containsKey(EMBEDDED_FILES) || dictionary.containsKey(EF)
                || EMBEDDED_FILE.equals(dictionary.getDictionaryObject(COSName.TYPE))) {
            findings.embeddedFiles = true;
        }
    }

    private static int countPages(PDDocument document) {
        // walks the page tree instead of trusting its /Count
        int pages = 0;
        for (PDPage ignored : document.getPages()) {
            pages++;
        }
        return pages;
    }

    private static String title(PDDocument document) {
        String title = document.getDocumentInformation().getTitle();
        return title == null || title.isBlank() ? null : title.strip();
    }

    private static boolean startsWith(byte[] content, byte[] prefix) {
        if (content.length < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if (content[i] != prefix[i]) {
                return false;
            }
        }
        return true;
    }

    private static boolean endsWithEndMarker(byte[] content) {
        int from = Math.max(0, content.length - END_MARKER_SEARCH);
        outer:
        for (int i = content.length - END_MARKER.length; i >= from; i--) {
            for (int j = 0; j < END_MARKER.length; j++) {
                if (content[i + j] != END_MARKER[j]) {
                    continue outer;
                }
            }
            return true;
        }
        return false;
    }

    private static PdfRejectedException encrypted(Throwable cause) {
        return new PdfRejectedException(Reason.ENCRYPTED,
                "The PDF is encrypted or password-protected. Remove the protection and upload it again.", cause);
    }

    private static PdfRejectedException unreadable(Throwable cause) {
        return new PdfRejectedException(Reason.UNREADABLE,
                "The PDF is damaged and cannot be read. Export it again from the original and upload that.", cause);
    }

    private static String size(long bytes) {
        long mebibyte = 1024 * 1024;
        return bytes < mebibyte ? bytes + " bytes"
                : String.format(Locale.ROOT, "%d bytes (%.1f MB)", bytes, (double) bytes / mebibyte);
    }

    /** The SHA-256 of the bytes, in lower-case hex: how every document is identified. */
    public static String sha256(byte[] content) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime provides SHA-256", e);
        }
    }
}
