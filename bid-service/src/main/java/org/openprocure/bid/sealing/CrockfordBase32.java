package org.openprocure.bid.sealing;

/**
 * Douglas Crockford's base32 (https://www.crockford.com/base32.html), without padding or check symbol: digits and
 * upper-case letters without I, L, O and U, so a key card read aloud or typed from paper has no look-alikes. On
 * reading, lower case is accepted, O reads as 0, and I and L read as 1.
 */
final class CrockfordBase32 {

    static final String ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";

    private CrockfordBase32() {
    }

    static String encode(byte[] bytes) {
        StringBuilder text = new StringBuilder(encodedLength(bytes.length));
        int buffer = 0;
        int bits = 0;
        for (byte b : bytes) {
            buffer = (buffer << 8) | (b & 0xFF);
            bits += 8;
            while (bits >= 5) {
                bits -= 5;
                text.append(ALPHABET.charAt((buffer >>> bits) & 0x1F));
            }
        }
        if (bits > 0) {
            text.append(ALPHABET.charAt((buffer << (5 - bits)) & 0x1F));
        }
        return text.toString();
    }

    /**
     * @throws IllegalArgumentException if a character is not a base32 symbol, the length cannot come from whole
     *     bytes, or the unused bits of the last symbol are not zero (so each byte string has one spelling)
     */
    static byte[] decode(String text) {
        int length = text.length() * 5 / 8;
        if (encodedLength(length) != text.length()) {
            throw new IllegalArgumentException(text.length() + " symbols cannot spell whole bytes");
        }
        byte[] bytes = new byte[length];
        int buffer = 0;
        int bits = 0;
        int next = 0;
        for (int i = 0; i < text.length(); i++) {
            buffer = (buffer << 5) | valueOf(text.charAt(i));
            bits += 5;
            if (bits >= 8) {
                bits -= 8;
                bytes[next++] = (byte) (buffer >>> bits);
            }
        }
        if ((buffer & ((1 << bits) - 1)) != 0) {
            throw new IllegalArgumentException("the last symbol carries bits beyond the last byte");
        }
        return bytes;
    }

    static String normalize(String text) {
        StringBuilder normal = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            normal.append(ALPHABET.charAt(valueOf(text.charAt(i))));
        }
        return normal.toString();
    }

    static int encodedLength(int byteCount) {
        return (byteCount * 8 + 4) / 5;
    }

    private static int valueOf(char symbol) {
        char upper = Character.toUpperCase(symbol);
        int value = switch (upper) {
            case 'O' -> 0;
            case 'I', 'L' -> 1;
            default -> ALPHABET.indexOf(upper);
        };
        if (value < 0 || symbol > 0x7F) {
            throw new IllegalArgumentException("not a base32 symbol");
        }
        return value;
    }
}
