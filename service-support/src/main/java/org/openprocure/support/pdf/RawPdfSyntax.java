package org.openprocure.support.pdf;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads single PDF objects straight from the file's bytes, without PDFBox, so the structure can be
 * looked at before PDFBox decompresses anything. Dictionaries become maps, names {@link Name}s,
 * indirect references {@link Ref}s, numbers Long or Double, strings byte arrays, arrays lists.
 * Malformed input raises {@link Malformed}.
 */
final class RawPdfSyntax {

    record Name(String value) {
    }

    record Ref(long number, long generation) {
    }

    record Keyword(String value) {
    }

    static final class Malformed extends Exception {
        Malformed(String message) {
            super(message, null, false, false);
        }
    }

    // deep nesting is legal but never needed in the dictionaries read here; it only costs stack
    private static final int MAX_DEPTH = 64;

    private final byte[] bytes;
    private int position;

    RawPdfSyntax(byte[] bytes, int position) {
        this.bytes = bytes;
        this.position = position;
    }

    int position() {
        return position;
    }

    static boolean isWhitespace(int c) {
        return c == 0 || c == '\t' || c == '\n' || c == '\f' || c == '\r' || c == ' ';
    }

    static boolean isDelimiter(int c) {
        return c == '(' || c == ')' || c == '<' || c == '>' || c == '[' || c == ']' || c == '{' || c == '}'
                || c == '/' || c == '%';
    }

    private boolean atEnd() {
        return position >= bytes.length;
    }

    private int peek() {
        return atEnd() ? -1 : bytes[position] & 0xff;
    }

    private int peek(int ahead) {
        int at = position + ahead;
        return at >= bytes.length ? -1 : bytes[at] & 0xff;
    }

    void skipWhitespaceAndComments() {
        while (!atEnd()) {
            int c = peek();
            if (isWhitespace(c)) {
                position++;
            } else if (c == '%') {
                while (!atEnd() && peek() != '\n' && peek() != '\r') {
                    position++;
                }
            } else {
                return;
            }
        }
    }

    /** Reads "N G obj" and returns the object's value; a stream's data is not read. */
    Object objectHeaderAndValue() throws Malformed {
        skipWhitespaceAndComments();
        if (!(object(0) instanceof Long)) {
            throw new Malformed("object number expected");
        }
        skipWhitespaceAndComments();
        if (!(object(0) instanceof Long)) {
            throw new Malformed("generation number expected");
        }
        expectKeyword("obj");
        return object(0);
    }

    void expectKeyword(String keyword) throws Malformed {
        skipWhitespaceAndComments();
        Object token = object(0);
        if (!(token instanceof Keyword k) || !k.value().equals(keyword)) {
            throw new Malformed(keyword + " expected");
        }
    }

    /**
     * After a stream's dictionary: reads the keyword "stream" and its end of line, and returns
     * where the stream data starts, or -1 if no stream follows.
     */
    int streamDataStart() {
        skipWhitespaceAndComments();
        if (!startsWith("stream")) {
            return -1;
        }
        position += "stream".length();
        if (peek() == '\r') {
            position++;
        }
        if (peek() == '\n') {
            position++;
        }
        return position;
    }

    boolean startsWith(String text) {
        byte[] expected = text.getBytes(StandardCharsets.US_ASCII);
        if (position + expected.length > bytes.length) {
            return false;
        }
        for (int i = 0; i < expected.length; i++) {
            if (bytes[position + i] != expected[i]) {
                return false;
            }
        }
        return true;
    }

    /** Reads the next object; "N G R" becomes a {@link Ref}. */
    Object object(int depth) throws Malformed {
        if (depth > MAX_DEPTH) {
            throw new Malformed("nested too deeply");
        }
        skipWhitespaceAndComments();
        int c = peek();
        if (c < 0) {
            throw new Malformed("unexpected end of file");
        }
        if (c == '<' && peek(1) == '<') {
            position += 2;
            return dictionary(depth);
        }
        if (c == '<') {
            position++;
            return hexString();
        }
        if (c == '[') {
            position++;
            return array(depth);
        }
        if (c == '(') {
            position++;
            return literalString();
        }
        if (c == '/') {
            position++;
            return name();
        }
        if (c == '+' || c == '-' || c == '.' || (c >= '0' && c <= '9')) {
            return numberOrRef();
        }
        if (isDelimiter(c)) {
            throw new Malformed("unexpected '" + (char) c + "'");
        }
        return new Keyword(regularCharacters());
    }

    private Map<String, Object> dictionary(int depth) throws Malformed {
        Map<String, Object> dictionary = new LinkedHashMap<>();
        while (true) {
            skipWhitespaceAndComments();
            if (peek() == '>' && peek(1) == '>') {
                position += 2;
                return dictionary;
            }
            if (!(object(depth + 1) instanceof Name key)) {
                throw new Malformed("dictionary key expected");
            }
            dictionary.put(key.value(), object(depth + 1));
        }
    }

    private List<Object> array(int depth) throws Malformed {
        List<Object> array = new ArrayList<>();
        while (true) {
            skipWhitespaceAndComments();
            if (peek() == ']') {
                position++;
                return array;
            }
            array.add(object(depth + 1));
        }
    }

    private Name name() {
        ByteArrayOutputStream name = new ByteArrayOutputStream();
        while (!atEnd() && !isWhitespace(peek()) && !isDelimiter(peek())) {
            int c = peek();
            int high = hexValue(peek(1));
            int low = hexValue(peek(2));
            if (c == '#' && high >= 0 && low >= 0) {
                // #hh escapes let a name be spelled in any bytes, e.g. /X#52ef is /XRef
                name.write(high * 16 + low);
                position += 3;
            } else {
                name.write(c);
                position++;
            }
        }
        return new Name(name.toString(StandardCharsets.ISO_8859_1));
    }

    private byte[] literalString() throws Malformed {
        ByteArrayOutputStream string = new ByteArrayOutputStream();
        int open = 1;
        while (!atEnd()) {
            int c = peek();
            position++;
            if (c == '\\') {
                if (!atEnd()) {
                    string.write(peek());
                    position++;
                }
                continue;
            }
            if (c == '(') {
                open++;
            } else if (c == ')' && --open == 0) {
                return string.toByteArray();
            }
            string.write(c);
        }
        throw new Malformed("unterminated string");
    }

    private byte[] hexString() throws Malformed {
        ByteArrayOutputStream string = new ByteArrayOutputStream();
        int pending = -1;
        while (!atEnd()) {
            int c = peek();
            position++;
            if (c == '>') {
                if (pending >= 0) {
                    string.write(pending * 16);
                }
                return string.toByteArray();
            }
            int value = hexValue(c);
            if (value < 0) {
                continue;
            }
            if (pending < 0) {
                pending = value;
            } else {
                string.write(pending * 16 + value);
                pending = -1;
            }
        }
        throw new Malformed("unterminated hex string");
    }

    private Object numberOrRef() throws Malformed {
        Object first = number();
        if (first instanceof Long number && number >= 0) {
            int afterFirst = position;
            skipWhitespaceAndComments();
            if (peek() >= '0' && peek() <= '9') {
                Object second = number();
                skipWhitespaceAndComments();
                if (second instanceof Long generation && peek() == 'R'
                        && (peek(1) < 0 || isWhitespace(peek(1)) || isDelimiter(peek(1)))) {
                    position++;
                    return new Ref(number, generation);
                }
            }
            position = afterFirst;
        }
        return first;
    }

    private Object number() throws Malformed {
        String text = regularCharacters();
        try {
            return text.contains(".") ? (Object) Double.parseDouble(text) : (Object) Long.parseLong(text);
        } catch (NumberFormatException e) {
            throw new Malformed("not a number: " + text);
        }
    }

    private String regularCharacters() {
        int start = position;
        while (!atEnd() && !isWhitespace(peek()) && !isDelimiter(peek())) {
            position++;
        }
        return new String(bytes, start, position - start, StandardCharsets.ISO_8859_1);
    }

    private static int hexValue(int c) {
        if (c >= '0' && c <= '9') {
            return c - '0';
        }
        if (c >= 'a' && c <= 'f') {
            return c - 'a' + 10;
        }
        if (c >= 'A' && c <= 'F') {
            return c - 'A' + 10;
        }
        return -1;
    }
}
