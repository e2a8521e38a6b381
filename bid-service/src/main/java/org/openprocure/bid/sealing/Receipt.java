package org.openprocure.bid.sealing;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;

/**
 * What the platform confirms to a supplier when it accepts, replaces or withdraws a bid: which tender and lots, which
 * bid and version, the exact time of receipt by the server's clock, and the hash of the sealed envelope that the
 * opening record will list.
 *
 * <p>Canonical form, the bytes that are signed ({@link #canonicalBytes()}): UTF-8 text, one {@code key=value} line
 * per field in this fixed order, each line ending in {@code \n}, no other whitespace:
 * <pre>
 * openprocure-receipt-v1
 * ocid=ocds-op7x2k-T-2026-000042
 * bidId=b-7f3a
 * version=2
 * lots=lot-1,lot-2
 * kind=REPLACED
 * receivedAt=2026-11-30T08:59:59.120Z
 * envelopeSha256=9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08
 * </pre>
 * The first line keeps a receipt signature from being taken for the platform's signature on anything else. Lot ids
 * are sorted by their UTF-16 order and joined by commas; the time is UTC with exactly three fraction digits. Values
 * are refused if they could blur the form (line breaks, commas in lot ids, sub-millisecond times), so the form is
 * the same on every machine and two different receipts never share it.
 *
 * @param envelopeSha256 for a withdrawal, the hash of the envelope withdrawn
 */
public record Receipt(String ocid, String bidId, int version, List<String> lotIds, Kind kind, Instant receivedAt,
        String envelopeSha256) {

    static final String FORMAT = "openprocure-receipt-v1";

    private static final DateTimeFormatter MILLISECONDS =
            DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss.SSS'Z'").withZone(ZoneOffset.UTC);

    /** What happened to the bid. */
    public enum Kind {
        SUBMITTED, REPLACED, WITHDRAWN
    }

    public Receipt {
        requireText(ocid, "ocid");
        requireText(bidId, "bidId");
        if (version < 1) {
            throw new IllegalArgumentException("bid versions count from 1, got " + version);
        }
        Objects.requireNonNull(lotIds, "lotIds");
        if (lotIds.isEmpty()) {
            throw new IllegalArgumentException("a receipt names at least one lot");
        }
        lotIds.forEach(lot -> {
            requireText(lot, "lot id");
            if (lot.indexOf(',') >= 0) {
                throw new IllegalArgumentException("a lot id on a receipt cannot contain a comma: " + lot);
            }
        });
        if (new HashSet<>(lotIds).size() != lotIds.size()) {
            throw new IllegalArgumentException("a lot is named twice: " + lotIds);
        }
        lotIds = lotIds.stream().sorted().toList();
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(receivedAt, "receivedAt");
        if (receivedAt.getNano() % 1_000_000 != 0) {
            throw new IllegalArgumentException("receipt times are kept to the millisecond; truncate " + receivedAt
                    + " before recording it anywhere");
        }
        if (!Digests.isSha256Hex(envelopeSha256)) {
            throw new IllegalArgumentException("the envelope hash is SHA-256 as 64 lower-case hex digits, not "
                    + envelopeSha256);
        }
    }

    /** The text described above. */
    public String canonicalForm() {
        return FORMAT + "\n"
                + "ocid=" + ocid + "\n"
                + "bidId=" + bidId + "\n"
                + "version=" + version + "\n"
                + "lots=" + String.join(",", lotIds) + "\n"
                + "kind=" + kind + "\n"
                + "receivedAt=" + MILLISECONDS.format(receivedAt) + "\n"
                + "envelopeSha256=" + envelopeSha256 + "\n";
    }

    /** What gets signed: the UTF-8 bytes of {@link #canonicalForm()}. */
    public byte[] canonicalBytes() {
        return canonicalForm().getBytes(StandardCharsets.UTF_8);
    }

    private static void requireText(String value, String field) {
        Objects.requireNonNull(value, field);
        if (value.isEmpty() || value.chars().anyMatch(Character::isISOControl)) {
            throw new IllegalArgumentException("the " + field + " on a receipt must be non-empty text without line "
                    + "breaks or control characters");
        }
    }
}
