package org.openprocure.tender.domain;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The CPV 2008 main vocabulary (Regulation (EC) No 213/2008) shipped with the service, so that the
 * classification codes of tender items can be checked without calling out to anyone. A code is only
 * valid if it is in the list: the official check digits do not all follow the published calculation,
 * so the check digit is looked up, never computed.
 */
public final class CpvCatalogue {

    /** Where the list lives on the classpath; see the README beside it for its source. */
    static final String RESOURCE = "/cpv/cpv-2008-en.tsv";

    static final String MALFORMED = "must be 8 digits, a dash and a check digit, e.g. 45233252-0";
    static final String UNKNOWN = "is not in the CPV 2008 vocabulary";

    /** One code of the vocabulary with its English label. */
    public record Entry(String code, String label) {
    }

    private final List<Entry> entries;
    private final Map<String, String> labels;
    // The 8 digits alone, so that a wrong check digit can be told apart from an unknown code.
    private final Map<String, String> codesByDigits;
    // Parallel to entries: the code without its dash (its order is the code order, which lets
    // prefix searches use a binary search) and the label lower-cased once for text searches.
    private final String[] digits;
    private final String[] lowerLabels;

    private CpvCatalogue(List<Entry> entries) {
        this.entries = List.copyOf(entries);
        int size = entries.size();
        this.labels = new HashMap<>(size * 2);
        this.codesByDigits = new HashMap<>(size * 2);
        this.digits = new String[size];
        this.lowerLabels = new String[size];
        for (int i = 0; i < size; i++) {
            Entry entry = entries.get(i);
            labels.put(entry.code(), entry.label());
            codesByDigits.put(entry.code().substring(0, 8), entry.code());
            digits[i] = entry.code().substring(0, 8) + entry.code().charAt(9);
            lowerLabels[i] = entry.label().toLowerCase(Locale.ROOT);
        }
    }

    // Loaded on first use and kept: the list never changes while the service runs.
    private static final class Holder {
        static final CpvCatalogue INSTANCE = fromResource(RESOURCE);
    }

    /**
     * The shipped vocabulary, read once. Fails (with the reason and line) if the resource is missing
     * or any line of it is malformed, since validating against a partial list would silently refuse
     * good codes.
     */
    public static CpvCatalogue load() {
        return Holder.INSTANCE;
    }

    static CpvCatalogue fromResource(String resource) {
        InputStream in = CpvCatalogue.class.getResourceAsStream(resource);
        if (in == null) {
            throw new IllegalStateException("CPV list " + resource + " is missing from the classpath");
        }
        try (Reader reader = new InputStreamReader(in, StandardCharsets.UTF_8)) {
            return parse(reader, resource);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read CPV list " + resource, e);
        }
    }

    /**
     * Reads {@code code<TAB>label} lines; lines starting with {@code #} are comments. Codes must be
     * well formed, unique and ascending, because look-ups and prefix searches rely on it.
     */
    static CpvCatalogue parse(Reader reader, String source) throws IOException {
        List<Entry> entries = new ArrayList<>(10_000);
        BufferedReader lines = new BufferedReader(reader);
        String line;
        int number = 0;
        String previous = null;
        while ((line = lines.readLine()) != null) {
            number++;
            if (line.startsWith("#")) {
                continue;
            }
            int tab = line.indexOf('\t');
            if (tab < 0 || line.indexOf('\t', tab + 1) >= 0) {
                throw malformed(source, number, "expected code<TAB>label");
            }
            String code = line.substring(0, tab);
            String label = line.substring(tab + 1).strip();
            if (!wellFormed(code)) {
                throw malformed(source, number, "code '" + code + "' " + MALFORMED);
            }
            if (label.isEmpty()) {
                throw malformed(source, number, "code " + code + " has no label");
            }
            if (previous != null && code.compareTo(previous) <= 0) {
                throw malformed(source, number, "code " + code + " is not after " + previous);
            }
            entries.add(new Entry(code, label));
            previous = code;
        }
        if (entries.isEmpty()) {
            throw new IllegalStateException("CPV list " + source + " has no codes");
        }
        return new CpvCatalogue(entries);
    }

    private static IllegalStateException malformed(String source, int line, String reason) {
        return new IllegalStateException("CPV list " + source + ", line " + line + ": " + reason);
    }

    /** Whether {@code code} has the shape of a CPV code: 8 digits, a dash and 1 digit. */
    public static boolean wellFormed(String code) {
        if (code == null || code.length() != 10 || code.charAt(8) != '-') {
            return false;
        }
        for (int i = 0; i < 10; i++) {
            // Only ASCII digits: Character.isDigit would also take other scripts' digits.
            if (i != 8 && (code.charAt(i) < '0' || code.charAt(i) > '9')) {
                return false;
            }
        }
        return true;
    }

    /** The English label of {@code code}, or empty when it is not in the vocabulary. */
    public Optional<String> label(String code) {
        return code == null ? Optional.empty() : Optional.ofNullable(labels.get(code));
    }

    public boolean contains(String code) {
        return code != null && labels.containsKey(code);
    }

    /**
     * Null when {@code code} is in the vocabulary, else why not, worded for the person who typed it:
     * malformed, a wrong check digit (naming the right one), or a code that does not exist.
     */
    public String problem(String code) {
        if (!wellFormed(code)) {
            return MALFORMED;
        }
        if (labels.containsKey(code)) {
            return null;
        }
        String eight = code.substring(0, 8);
        String known = codesByDigits.get(eight);
        if (known != null) {
            return "check digit of " + eight + " is " + known.charAt(9) + ", not " + code.charAt(9);
        }
        return UNKNOWN;
    }

    /**
     * Entries whose label contains {@code text} (ignoring case) and whose code starts with the
     * digits of {@code prefix} (so {@code 4523}, {@code 45 23} and {@code 45233252-0} all work), in
     * code order, at most {@code limit}. A null or blank argument does not filter; a prefix with no
     * digit in it matches nothing.
     */
    public List<Entry> search(String text, String prefix, int limit) {
        if (limit < 0) {
            throw new IllegalArgumentException("limit must not be negative: " + limit);
        }
        String needle = text == null || text.isBlank() ? null : text.strip().toLowerCase(Locale.ROOT);
        String start = "";
        if (prefix != null && !prefix.isBlank()) {
            start = onlyDigits(prefix);
            if (start.isEmpty()) {
                return List.of();
            }
        }
        List<Entry> found = new ArrayList<>(Math.min(limit, 64));
        for (int i = firstAtOrAfter(start); i < digits.length && found.size() < limit; i++) {
            if (!digits[i].startsWith(start)) {
                break;
            }
            if (needle == null || lowerLabels[i].contains(needle)) {
                found.add(entries.get(i));
            }
        }
        return found;
    }

    private int firstAtOrAfter(String start) {
        int at = Arrays.binarySearch(digits, start);
        return at >= 0 ? at : -at - 1;
    }

    private static String onlyDigits(String value) {
        StringBuilder kept = new StringBuilder(value.length());
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c >= '0' && c <= '9') {
                kept.append(c);
            }
        }
        return kept.toString();
    }

    public int size() {
        return entries.size();
    }
}
