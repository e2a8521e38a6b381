package org.openprocure.bid.sealing;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Objects;
import java.util.regex.Pattern;
import java.util.zip.CRC32C;
import org.openprocure.bid.sealing.KeyCardRejectedException.Reason;
import org.openprocure.bid.sealing.ShamirSecretSharing.Share;

/**
 * A committee member's share of a tender key, as text to print on the key card and to copy or type back at the
 * opening ceremony.
 *
 * <p>Format {@code OPK1}: five parts separated by {@code /}, e.g. for share 3 of a 32-byte tender key
 * <pre>
 * OPK1/OCDS-OP7X2K-T-2026-000042/3/MFRG-JZ2Y-4BC0-PVJF-3AE3-PZ85-X3S6-RJRX-KR57-6P62-YKKB-G79T-BG3G/3TJHT90
 * </pre>
 * <ol>
 * <li>{@code OPK1}: the format and its version;
 * <li>the tender's ocid, in upper case;
 * <li>the share's index, 1..255, in decimal without leading zeros;
 * <li>the share's value in Crockford base32, a hyphen after every 4 symbols for reading;
 * <li>the checksum: CRC-32C of the canonical text before it, 7 symbols.
 * </ol>
 * Base32 is Crockford's (https://www.crockford.com/base32.html): no I, L, O or U, and O, I and L are read as 0,
 * 1 and 1. The checksum is computed over {@code OPK1/<OCID>/<index>/<value without hyphens>} in ASCII and written
 * as the Crockford base32 of the CRC's four big-endian bytes. A CRC rather than a slice of a hash because a 32-bit
 * CRC is certain, not just likely, to catch every single mistyped character and every swap of two neighbours (every
 * error confined to 32 consecutive bits); it is no defence against forgery, which is what {@link #shareHash()} is
 * for.
 *
 * <p>Reading forgives what copying from a PDF or typing from paper does: whitespace and line breaks anywhere, lower
 * case, typographic dashes for hyphens, hyphens left out or put elsewhere in the value. Because case is not kept,
 * the ocid on a card is in upper case and ocids are matched without regard to case ({@link #isFor}); this platform
 * never issues two ocids that differ only in case.
 */
public final class KeyCard {

    static final String VERSION = "OPK1";

    private static final char SEPARATOR = '/';
    private static final int GROUP = 4;
    private static final int CHECKSUM_SYMBOLS = 7;
    private static final int MAX_OCID_LENGTH = 128;
    private static final Pattern OCID = Pattern.compile("[A-Z0-9][A-Z0-9._-]*");
    private static final Pattern INDEX = Pattern.compile("[1-9][0-9]{0,2}");
    private static final Pattern VERSION_OF_ANY_KIND = Pattern.compile("OPK[0-9]+");

    private final String ocid;
    private final Share share;

    private KeyCard(String ocid, Share share) {
        this.ocid = ocid;
        this.share = share;
    }

    /** The card for one share of the key of the tender {@code ocid}. */
    public static KeyCard of(String ocid, Share share) {
        Objects.requireNonNull(ocid, "ocid");
        Objects.requireNonNull(share, "share");
        String upper = ocid.toUpperCase(Locale.ROOT);
        if (!isOcid(upper)) {
            throw new IllegalArgumentException("a key card holds an ocid of letters, digits, '.', '_' and '-' (at most "
                    + MAX_OCID_LENGTH + "), not \"" + ocid + "\"");
        }
        if (share.index() < 1) {
            throw new IllegalArgumentException("share index 0 is the secret itself, not a share");
        }
        return new KeyCard(upper, share);
    }

    /** Reads a card's text as copied or typed. */
    public static KeyCard parse(String text) {
        if (text == null) {
            throw rejected(Reason.MALFORMED, "there is no key card text");
        }
        String normal = normalize(text);
        if (normal.isEmpty()) {
            throw rejected(Reason.MALFORMED, "there is no key card text");
        }
        String[] parts = normal.split(String.valueOf(SEPARATOR), -1);
        if (!parts[0].equals(VERSION)) {
            if (VERSION_OF_ANY_KIND.matcher(parts[0]).matches()) {
                throw rejected(Reason.UNKNOWN_VERSION, "this is a key card of format " + parts[0]
                        + ", which this platform does not read; it reads " + VERSION);
            }
            throw rejected(Reason.MALFORMED, "a key card starts with " + VERSION + SEPARATOR);
        }
        if (parts.length != 5) {
            throw rejected(Reason.MALFORMED, "a key card has 5 parts separated by '" + SEPARATOR + "', this has "
                    + parts.length);
        }
        String ocid = parts[1];
        if (!isOcid(ocid)) {
            throw rejected(Reason.MALFORMED, "the second part is not an ocid");
        }
        if (!INDEX.matcher(parts[2]).matches() || Integer.parseInt(parts[2]) > ShamirSecretSharing.MAX_SHARES) {
            throw rejected(Reason.MALFORMED, "the third part is not a share number from 1 to "
                    + ShamirSecretSharing.MAX_SHARES);
        }
        int index = Integer.parseInt(parts[2]);
        byte[] value;
        String typedChecksum;
        try {
            value = CrockfordBase32.decode(parts[3].replace("-", ""));
            typedChecksum = CrockfordBase32.normalize(parts[4].replace("-", ""));
        } catch (IllegalArgumentException e) {
            throw rejected(Reason.MALFORMED, "the key part or the checksum has a character that is not on key cards, "
                    + "or a character too many or too few");
        }
        if (value.length == 0) {
            throw rejected(Reason.MALFORMED, "the key part is empty");
        }
        if (typedChecksum.length() != CHECKSUM_SYMBOLS) {
            throw rejected(Reason.MALFORMED, "the checksum has " + CHECKSUM_SYMBOLS + " characters, this has "
                    + typedChecksum.length());
        }
        KeyCard card = new KeyCard(ocid, new Share(index, value));
        if (!card.checksum().equals(typedChecksum)) {
            throw rejected(Reason.CHECKSUM_MISMATCH, "the checksum does not match: a character was probably "
                    + "mistyped; compare the text with the card");
        }
        return card;
    }

    /** The card's text, on one line; printed, it may be broken anywhere. */
    public String text() {
        String value = CrockfordBase32.encode(share.value());
        StringBuilder grouped = new StringBuilder(value.length() + value.length() / GROUP);
        for (int start = 0; start < value.length(); start += GROUP) {
            if (start > 0) {
                grouped.append('-');
            }
            grouped.append(value, start, Math.min(value.length(), start + GROUP));
        }
        return VERSION + SEPARATOR + ocid + SEPARATOR + share.index() + SEPARATOR + grouped + SEPARATOR + checksum();
    }

    /** The tender's ocid as on the card, in upper case; compare with {@link #isFor}. */
    public String ocid() {
        return ocid;
    }

    /** Whether this card belongs to the tender {@code ocid}; a card of another tender must be refused. */
    public boolean isFor(String ocid) {
        return ocid != null && this.ocid.equals(ocid.toUpperCase(Locale.ROOT));
    }

    public Share share() {
        return share;
    }

    /**
     * What the server keeps instead of the share: SHA-256, lower-case hex, of the ASCII text
     * {@code "openprocure-key-share-v1\n" + OCID + "\n" + index + "\n"} followed by the share's value bytes. At the
     * opening ceremony a submitted card is accepted only if its hash is the one recorded for that member.
     */
    public String shareHash() {
        byte[] prefix = ("openprocure-key-share-v1\n" + ocid + "\n" + share.index() + "\n")
                .getBytes(StandardCharsets.US_ASCII);
        return Digests.sha256Hex(prefix, share.value());
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof KeyCard card && ocid.equals(card.ocid) && share.equals(card.share);
    }

    @Override
    public int hashCode() {
        return 31 * ocid.hashCode() + share.hashCode();
    }

    /** Never the share's value. */
    @Override
    public String toString() {
        return "KeyCard[" + ocid + ", share " + share.index() + "]";
    }

    private String checksum() {
        String canonical = VERSION + SEPARATOR + ocid + SEPARATOR + share.index() + SEPARATOR
                + CrockfordBase32.encode(share.value());
        CRC32C crc = new CRC32C();
        crc.update(canonical.getBytes(StandardCharsets.US_ASCII));
        return CrockfordBase32.encode(ByteBuffer.allocate(4).putInt((int) crc.getValue()).array());
    }

    private static String normalize(String text) {
        StringBuilder normal = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isWhitespace(c) || Character.isSpaceChar(c)) {
                continue;
            }
            if (c == '\u2010' || c == '\u2011' || c == '\u2012' || c == '\u2013' || c == '\u2014' || c == '\u2212') {
                c = '-';
            }
            if (c < 0x21 || c > 0x7E) {
                throw rejected(Reason.MALFORMED, "the text has a character that cannot be on a key card");
            }
            normal.append(Character.toUpperCase(c));
        }
        return normal.toString();
    }

    private static boolean isOcid(String text) {
        return text.length() <= MAX_OCID_LENGTH && OCID.matcher(text).matches();
    }

    private static KeyCardRejectedException rejected(Reason reason, String message) {
        return new KeyCardRejectedException(reason, message);
    }
}
