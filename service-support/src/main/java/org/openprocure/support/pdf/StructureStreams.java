package org.openprocure.support.pdf;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.zip.DataFormatException;
import java.util.zip.Inflater;

import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSDocument;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSObjectKey;
import org.apache.pdfbox.cos.COSStream;

import org.openprocure.support.pdf.PdfRejectedException.Reason;
import org.openprocure.support.pdf.RawPdfSyntax.Malformed;
import org.openprocure.support.pdf.RawPdfSyntax.Name;

/**
 * Keeps decompression bombs out of PDFBox. PDFBox inflates cross-reference streams and object
 * streams whole, in memory and without a limit, just to read a file's structure; a few hundred
 * kilobytes can inflate to gigabytes and exhaust the heap. These checks measure those streams by
 * inflating them into a discarded buffer, and refuse the file once they expand beyond
 * {@link #LIMIT} together. Page content is not measured: nothing in the upload check inflates it.
 */
final class StructureStreams {

    // the structure of even a long document inflates to a few MB; far beyond this it is a bomb
    static final long LIMIT = 32L * 1024 * 1024;

    // as far back from the end as PDFBox looks for startxref
    private static final int TAIL = 2048;
    private static final int MAX_SECTIONS = 1000;

    private StructureStreams() {
    }

    /** What may still be inflated while checking one file. */
    private static final class Budget {
        private long remaining = LIMIT;

        void spend(long bytes) {
            remaining -= bytes;
            if (remaining < 0) {
                throw new PdfRejectedException(Reason.TOO_LARGE, "The PDF's internal structure expands to more"
                        + " than " + LIMIT / (1024 * 1024) + " MB when decompressed, which no ordinary document"
                        + " does. Export it again as a standard PDF and upload that.");
            }
        }
    }

    /**
     * Before PDFBox reads the file: measures the cross-reference streams PDFBox would follow
     * (from startxref along /Prev and /XRefStm) and every object that literally calls itself
     * /XRef or /ObjStm, which is what PDFBox searches for when it repairs a damaged file.
     */
    static void checkBeforeParsing(byte[] content) {
        Budget budget = new Budget();
        Set<Integer> measured = new HashSet<>();
        followCrossReferenceChain(content, measured, budget);
        for (String marker : List.of("/XRef", "/ObjStm")) {
            int searchedBackTo = 0;
            int header = -1;
            for (int at = indexOf(content, marker, 0); at >= 0; at = indexOf(content, marker, at + 1)) {
                int end = at + marker.length();
                if (end < content.length && !RawPdfSyntax.isWhitespace(content[end] & 0xff)
                        && !RawPdfSyntax.isDelimiter(content[end] & 0xff)) {
                    continue;
                }
                // each byte is searched once: with no header since the last marker, that marker's header holds
                int found = objectHeaderBetween(content, searchedBackTo, at);
                header = found >= 0 ? found : header;
                searchedBackTo = at;
                if (header >= 0 && measured.add(header)) {
                    measureObject(content, header, budget);
                }
            }
        }
    }

    /**
     * After PDFBox read the cross-reference data and before it reads any object: measures each
     * object stream the cross-reference data points into, whatever it calls itself.
     */
    static void checkObjectStreams(COSDocument document) throws IOException {
        Budget budget = new Budget();
        Map<COSObjectKey, Long> xref = document.getXrefTable();
        Set<Long> objectStreams = new HashSet<>();
        for (Long offset : xref.values()) {
            // PDFBox records an object kept in an object stream as minus that stream's number
            if (offset != null && offset < 0) {
                objectStreams.add(-offset);
            }
        }
        for (long number : objectStreams) {
            COSObjectKey key = new COSObjectKey(number, 0);
            Long offset = xref.get(key);
            if (offset != null && offset < 0) {
                // reading it would make PDFBox inflate another object stream, unmeasured
                throw new PdfRejectedException(Reason.UNREADABLE, "The PDF is damaged: an object stream is stored"
                        + " inside another one. Export it again as a standard PDF and upload that.");
            }
            if (document.getObjectFromPool(key).getObject() instanceof COSStream stream) {
                Compression compression = compression(stream.getFilters());
                checkFilters(compression);
                if (compression == Compression.FLATE) {
                    try (InputStream raw = stream.createRawInputStream()) {
                        inflate(raw.readAllBytes(), 0, budget);
                    }
                }
            }
        }
    }

    private static void followCrossReferenceChain(byte[] content, Set<Integer> measured, Budget budget) {
        Deque<Long> pending = new ArrayDeque<>();
        Long start = startxref(content);
        if (start != null) {
            pending.add(start);
        }
        Set<Long> seen = new HashSet<>();
        while (!pending.isEmpty() && seen.size() < MAX_SECTIONS) {
            long offset = pending.poll();
            if (offset < 0 || offset >= content.length || !seen.add(offset)) {
                continue;
            }
            Map<String, Object> dictionary = crossReferenceDictionary(content, (int) offset, measured, budget);
            if (dictionary != null) {
                for (String key : List.of("Prev", "XRefStm")) {
                    if (dictionary.get(key) instanceof Long next) {
                        pending.add(next);
                    }
                }
            }
        }
    }

    /** The trailer of a classic table, or the dictionary of a cross-reference stream (measured). */
    private static Map<String, Object> crossReferenceDictionary(byte[] content, int offset, Set<Integer> measured,
            Budget budget) {
        RawPdfSyntax syntax = new RawPdfSyntax(content, offset);
        syntax.skipWhitespaceAndComments();
        if (!syntax.startsWith("xref")) {
            measured.add(syntax.position());
            return measureObject(content, syntax.position(), budget);
        }
        // the table holds only digits, spaces and n/f, so the next "trailer" is its trailer
        int trailer = indexOf(content, "trailer", syntax.position());
        if (trailer < 0) {
            return null;
        }
        try {
            return new RawPdfSyntax(content, trailer + "trailer".length()).object(0) instanceof Map<?, ?> map
                    ? asDictionary(map) : null;
        } catch (Malformed e) {
            // PDFBox will not find a trailer here either and repairs instead; the marker search covers that
            return null;
        }
    }

    /**
     * Measures the stream of the object starting at offset if its /Type is /XRef or /ObjStm (PDFBox
     * too takes a cross-reference section for a stream only with that type). Returns the object's
     * dictionary, or null if it has none.
     */
    private static Map<String, Object> measureObject(byte[] content, int offset, Budget budget) {
        RawPdfSyntax syntax = new RawPdfSyntax(content, offset);
        Map<String, Object> dictionary;
        try {
            if (!(syntax.objectHeaderAndValue() instanceof Map<?, ?> map)) {
                return null;
            }
            dictionary = asDictionary(map);
        } catch (Malformed e) {
            return null;
        }
        Object type = dictionary.get("Type");
        boolean structural = new Name("XRef").equals(type) || new Name("ObjStm").equals(type);
        int dataStart = syntax.streamDataStart();
        if (dataStart < 0 || !structural) {
            return dictionary;
        }
        Compression compression = compression(dictionary.get("Filter"));
        checkFilters(compression);
        if (compression == Compression.FLATE) {
            inflate(content, dataStart, budget);
        }
        return dictionary;
    }

    private enum Compression { NONE, FLATE, OTHER }

    private static Compression compression(Object filter) {
        if (filter == null) {
            return Compression.NONE;
        }
        Object single = filter instanceof List<?> list && list.size() == 1 ? list.get(0) : filter;
        return single instanceof Name name && isFlate(name.value()) ? Compression.FLATE : Compression.OTHER;
    }

    private static Compression compression(COSBase filters) {
        if (filters == null) {
            return Compression.NONE;
        }
        COSBase single = filters instanceof COSArray array && array.size() == 1 ? array.getObject(0) : filters;
        return single instanceof COSName name && isFlate(name.getName()) ? Compression.FLATE : Compression.OTHER;
    }

    private static boolean isFlate(String filterName) {
        return filterName.equals("FlateDecode") || filterName.equals("Fl");
    }

    private static void checkFilters(Compression compression) {
        if (compression == Compression.OTHER) {
            // writers compress structure with Flate alone; chains multiply ratios, LZW cannot be measured here
            throw new PdfRejectedException(Reason.UNREADABLE, "The PDF stores its internal structure with a"
                    + " compression this platform does not accept. Export it again as a standard PDF and upload that.");
        }
    }

    /** Inflates data from the given offset into a discarded buffer, charging the budget. */
    private static void inflate(byte[] data, int from, Budget budget) {
        Inflater inflater = new Inflater();
        try {
            inflater.setInput(data, from, data.length - from);
            byte[] discard = new byte[64 * 1024];
            while (!inflater.finished() && !inflater.needsInput() && !inflater.needsDictionary()) {
                budget.spend(inflater.inflate(discard));
            }
        } catch (DataFormatException e) {
            // corrupt data stops inflating where it breaks, for PDFBox as well
        } finally {
            inflater.end();
        }
    }

    private static Long startxref(byte[] content) {
        int at = lastIndexOf(content, "startxref", Math.max(0, content.length - TAIL));
        if (at < 0) {
            return null;
        }
        try {
            return new RawPdfSyntax(content, at + "startxref".length()).object(0) instanceof Long offset ? offset : null;
        } catch (Malformed e) {
            return null;
        }
    }

    /** Where the last "N G obj" header in [from, to) starts, or -1. */
    private static int objectHeaderBetween(byte[] content, int from, int to) {
        for (int i = to - 3; i >= from; i--) {
            if (content[i] == 'o' && content[i + 1] == 'b' && content[i + 2] == 'j'
                    && i > 0 && RawPdfSyntax.isWhitespace(content[i - 1] & 0xff)) {
                int start = i - 1;
                // back over "N G " to the object number
                for (int numbers = 0; numbers < 2; numbers++) {
                    while (start >= 0 && RawPdfSyntax.isWhitespace(content[start] & 0xff)) {
                        start--;
                    }
                    while (start >= 0 && content[start] >= '0' && content[start] <= '9') {
                        start--;
                    }
                }
                return start + 1;
            }
        }
        return -1;
    }

    private static Map<String, Object> asDictionary(Map<?, ?> map) {
        @SuppressWarnings("unchecked")
        Map<String, Object> dictionary = (Map<String, Object>) map;
        return dictionary;
    }

    private static int lastIndexOf(byte[] content, String text, int from) {
        int last = -1;
        for (int at = indexOf(content, text, from); at >= 0; at = indexOf(content, text, at + 1)) {
            last = at;
        }
        return last;
    }

    static int indexOf(byte[] content, String text, int from) {
        byte[] target = text.getBytes(StandardCharsets.US_ASCII);
        outer:
        for (int i = Math.max(0, from); i <= content.length - target.length; i++) {
            for (int j = 0; j < target.length; j++) {
                if (content[i + j] != target[j]) {
                    continue outer;
                }
            }
            return i;
        }
        return -1;
    }
}
