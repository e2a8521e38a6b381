package org.openprocure.support.pdf;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

/**
 * One embedded font of a document: makes any text drawable, measures it and wraps it to a width.
 */
final class FontFace {

    static final char REPLACEMENT = '?';

    private final PDType0Font font;
    private final Map<Integer, Boolean> drawable = new HashMap<>();

    private FontFace(PDType0Font font) {
        this.font = font;
    }

    /** Loads a font shipped in this package, embedded as a subset so only the glyphs used are stored. */
    static FontFace load(PDDocument document, String resource) {
        try (InputStream in = new ByteArrayInputStream(FontFiles.bytes(resource))) {
            return new FontFace(PDType0Font.load(document, in, true));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot load font " + resource, e);
        }
    }

    /** The font files, read from the class path once; every document parses its own copy. */
    private static final class FontFiles {
        private static final Map<String, byte[]> FILES = new ConcurrentHashMap<>();

        static byte[] bytes(String resource) {
            return FILES.computeIfAbsent(resource, FontFiles::read);
        }

        private static byte[] read(String resource) {
            try (InputStream in = FontFace.class.getResourceAsStream(resource)) {
                if (in == null) {
                    throw new IllegalStateException("font resource missing: " + resource);
                }
                return in.readAllBytes();
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read font " + resource, e);
            }
        }
    }

    PDType0Font font() {
        return font;
    }

    /** Ascent above the baseline, in points, at the given size. */
    float ascent(float size) {
        return font.getFontDescriptor().getAscent() / 1000f * size;
    }

    /**
     * One line of text as the font can draw it: tabs become spaces, and every other control
     * character or code point without a glyph becomes '?', so untrusted names never break a PDF.
     * Line breaks are not expected here; {@link #wrap} splits on them first.
     */
    String drawable(String text) {
        StringBuilder out = new StringBuilder(text.length());
        text.codePoints().forEach(cp -> {
            if (cp == '\t') {
                out.append(' ');
            } else if (Character.isISOControl(cp) || !canDraw(cp)) {
                out.append(REPLACEMENT);
            } else {
                out.appendCodePoint(cp);
            }
        });
        return out.toString();
    }

    private boolean canDraw(int codePoint) {
        return drawable.computeIfAbsent(codePoint, cp -> {
            try {
                font.encode(new String(Character.toChars(cp)));
                return true;
            } catch (IllegalArgumentException | IOException e) {
                // PDType0Font.encode refuses code points that map to no glyph
                return false;
            }
        });
    }

    /** Width in points of text already made {@link #drawable}. */
    float width(String drawableText, float size) {
        try {
            return font.getStringWidth(drawableText) / 1000f * size;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Splits text into drawable lines no wider than maxWidth: at explicit line breaks, then
     * between words, and inside a word only when the word alone is wider than the line.
     * An empty text gives one empty line, so callers always advance.
     */
    List<String> wrap(String text, float size, float maxWidth) {
        List<String> lines = new ArrayList<>();
        String normalised = text == null ? "" : text.replace("\r\n", "\n").replace('\r', '\n');
        for (String paragraph : normalised.split("\n", -1)) {
            wrapParagraph(drawable(paragraph), size, maxWidth, lines);
        }
        return lines;
    }

    private void wrapParagraph(String paragraph, float size, float maxWidth, List<String> lines) {
        float spaceWidth = width(" ", size);
        StringBuilder line = new StringBuilder();
        float lineWidth = 0;
        for (String word : paragraph.split(" +")) {
            if (word.isEmpty()) {
                continue;
            }
            float wordWidth = width(word, size);
            if (line.length() > 0 && lineWidth + spaceWidth + wordWidth <= maxWidth) {
                line.append(' ').append(word);
                lineWidth += spaceWidth + wordWidth;
                continue;
            }
            if (line.length() > 0) {
                lines.add(line.toString());
                line.setLength(0);
                lineWidth = 0;
            }
            if (wordWidth <= maxWidth) {
                line.append(word);
                lineWidth = wordWidth;
            } else {
                lineWidth = breakLongWord(word, size, maxWidth, line, lines);
            }
        }
        lines.add(line.toString());
    }

    /** Fills whole lines with the word's code points; the remainder stays in {@code line}. */
    private float breakLongWord(String word, float size, float maxWidth, StringBuilder line, List<String> lines) {
        float lineWidth = 0;
        for (int i = 0; i < word.length(); ) {
            int cp = word.codePointAt(i);
            String glyph = new String(Character.toChars(cp));
            float glyphWidth = width(glyph, size);
            if (line.length() > 0 && lineWidth + glyphWidth > maxWidth) {
                lines.add(line.toString());
                line.setLength(0);
                lineWidth = 0;
            }
            line.append(glyph);
            lineWidth += glyphWidth;
            i += Character.charCount(cp);
        }
        return lineWidth;
    }
}
