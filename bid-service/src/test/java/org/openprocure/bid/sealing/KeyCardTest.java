package org.openprocure.bid.sealing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.openprocure.bid.sealing.KeyCardRejectedException.Reason;
import org.openprocure.bid.sealing.ShamirSecretSharing.Share;

/** The key card a committee member keeps: read back however it was copied, and a mistyped one never accepted. */
class KeyCardTest {

    private static final String OCID = "ocds-op7x2k-T-2026-000042";
    private static final Share SHARE = new Share(3, HexFormat.of().parseHex(
            "a3f1097c5e22d80b6e4f1a9c3b7d05e8f26c4b1d9e0a7358c2f4e6b81d3a5c07"));
    private static final KeyCard CARD = KeyCard.of(OCID, SHARE);

    @Test
    void theTextNamesVersionTenderShareValueAndChecksum() {
        assertEquals("OPK1/OCDS-OP7X2K-T-2026-000042/3/"
                + "MFRG-JZ2Y-4BC0-PVJF-3AE3-PZ85-X3S6-RJRX-KR57-6P62-YKKB-G79T-BG3G/3TJHT90", CARD.text());
        assertTrue(CARD.text().split("/")[3].matches("[0-9A-HJKMNP-TV-Z]{4}(-[0-9A-HJKMNP-TV-Z]{4})*"),
                "the value is in groups of four, without I, L, O or U");
    }

    @Test
    void aCardReadsBackAsTheSameTenderAndShare() {
        KeyCard read = KeyCard.parse(CARD.text());
        assertEquals(CARD, read);
        assertEquals(SHARE, read.share());
        assertEquals("OCDS-OP7X2K-T-2026-000042", read.ocid());
        assertTrue(read.isFor(OCID));
        assertEquals(CARD.shareHash(), read.shareHash());
    }

    @Test
    void everyShareOfATypicalCommitteeRoundTrips() {
        List<Share> shares = new ShamirSecretSharing(SeededRandom.seeded(5)).split(
                TenderKeys.generate(SeededRandom.seeded(6)).rawPrivateKey(), 3, 255);
        for (Share share : shares) {
            assertEquals(share, KeyCard.parse(KeyCard.of(OCID, share).text()).share());
        }
    }

    @Test
    void copyingFromAPdfOrTypingFromPaperIsForgiven() {
        String text = CARD.text();
        String value = text.split("/")[3];
        List<String> copies = List.of(
                "  " + text + "\n",
                text.toLowerCase(Locale.ROOT),
                text.replace("-", " - "),
                text.substring(0, 40) + "\r\n" + text.substring(40, 80) + "\n" + text.substring(80),
                String.join("\n", text.split("(?<=\\G.{16})")),
                text.replace("/", " / ").replace("-", "\u2010"),
                text.replace(value, value.replace("-", "")),
                text.replace("MFRG-JZ2Y", "MF-RGJZ-2Y"),
                text.replace("4BC0", "4bco").replace("3TJHT90", "3TJHT9O"));
        for (String copy : copies) {
            assertEquals(CARD, KeyCard.parse(copy), copy);
        }
    }

    @Test
    void everySingleMistypedCharacterIsCaught() {
        String text = CARD.text();
        int valueStart = text.indexOf("/MFRG") + 1;
        String typeable = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ-/.";
        int tried = 0;
        for (int position = 0; position < text.length(); position++) {
            char original = text.charAt(position);
            for (char typed : typeable.toCharArray()) {
                boolean sameSymbol = position >= valueStart
                        && (typed == 'O' && original == '0' || (typed == 'I' || typed == 'L') && original == '1');
                if (typed == original || sameSymbol) {
                    continue;
                }
                String mistyped = text.substring(0, position) + typed + text.substring(position + 1);
                KeyCardRejectedException rejected = assertThrows(KeyCardRejectedException.class,
                        () -> KeyCard.parse(mistyped), mistyped);
                if (position == 3 && Character.isDigit(typed)) {
                    assertEquals(Reason.UNKNOWN_VERSION, rejected.reason(), mistyped);
                } else {
                    assertTrue(rejected.reason() == Reason.CHECKSUM_MISMATCH || rejected.reason() == Reason.MALFORMED,
                            mistyped + " was " + rejected.reason());
                }
                tried++;
            }
        }
        assertTrue(tried > text.length() * 35, "tried " + tried);
    }

    @Test
    void lookAlikeLettersReadAsTheDigitsTheyResemble() {
        byte[] eight = {0x08};
        for (String spelling : List.of("10", "I0", "L0", "1O", "io", "lo")) {
            assertEquals(HexFormat.of().formatHex(eight), HexFormat.of().formatHex(CrockfordBase32.decode(spelling)),
                    spelling);
        }
    }

    @Test
    void aMistypedValueCharacterOrTwoSwappedNeighboursFailTheChecksum() {
        String text = CARD.text();
        int value = text.indexOf("/MFRG") + 1;
        assertEquals(Reason.CHECKSUM_MISMATCH, reasonFor(text.substring(0, value) + "N" + text.substring(value + 1)));
        assertEquals(Reason.CHECKSUM_MISMATCH, reasonFor(text.replace("MFRG", "FMRG")));
        assertEquals(Reason.CHECKSUM_MISMATCH, reasonFor(text.replace("/3/", "/4/")));
        assertEquals(Reason.CHECKSUM_MISMATCH, reasonFor(text.replace("000042", "000024")));
    }

    @Test
    void aCardOfAnotherTenderIsRecognisedAsSuch() {
        KeyCard other = KeyCard.parse(KeyCard.of("ocds-op7x2k-T-2026-000043", SHARE).text());
        assertEquals("OCDS-OP7X2K-T-2026-000043", other.ocid());
        assertFalse(other.isFor(OCID));
        assertTrue(other.isFor("ocds-op7x2k-T-2026-000043"));
        assertNotEquals(CARD.shareHash(), other.shareHash(), "the server's hash of the share names the tender too");
    }

    @Test
    void theShareHashIsTheSha256OfTenderIndexAndValue() throws Exception {
        MessageDigest sha256 = MessageDigest.getInstance("SHA-256");
        sha256.update("openprocure-key-share-v1\nOCDS-OP7X2K-T-2026-000042\n3\n".getBytes(StandardCharsets.US_ASCII));
        assertEquals(HexFormat.of().formatHex(sha256.digest(SHARE.value())), CARD.shareHash());
        assertEquals(CARD.shareHash(), KeyCard.parse(CARD.text().toLowerCase(Locale.ROOT)).shareHash());
        assertNotEquals(CARD.shareHash(), KeyCard.of(OCID, new Share(4, SHARE.value())).shareHash());
    }

    @Test
    void aCardOfAFormatVersionNotKnownHereSaysSo() {
        KeyCardRejectedException rejected = assertThrows(KeyCardRejectedException.class,
                () -> KeyCard.parse(CARD.text().replace("OPK1/", "OPK2/")));
        assertEquals(Reason.UNKNOWN_VERSION, rejected.reason());
        assertEquals("this is a key card of format OPK2, which this platform does not read; it reads OPK1",
                rejected.getMessage());
    }

    @Test
    void textThatIsNotAKeyCardIsMalformed() {
        String text = CARD.text();
        for (String notACard : new String[] {null, "", " \n ", "hello", "OPK1", "OPK1/OCDS-1/3/MFR/0000000",
                text.replace("/3/", "/0/"), text.replace("/3/", "/256/"), text.replace("/3/", "/03/"),
                text.replace("/3TJHT90", ""), text + "/", text.replace("/OCDS", "/-OCDS"),
                text.replace("/3TJHT90", "/3TJHT9"), text.replace("MFRG", "MFRGGG"), text.replace("MFRG", "MFR\u00dc"),
                text.replace("MFRG", "MFRU"), text.replace("/3TJHT90", "/3TJHT90U")}) {
            assertEquals(Reason.MALFORMED, reasonFor(notACard), notACard);
        }
    }

    @Test
    void aRejectionNeverRepeatsTheSecretPartOfTheCard() {
        String text = CARD.text();
        for (String mistyped : List.of(text.replace("MFRG", "NFRG"), text.replace("MFRG", "MFRGG"),
                text.replace("OPK1", "OPK9"), text.replace("/3/", "/x/"))) {
            String message = assertThrows(KeyCardRejectedException.class, () -> KeyCard.parse(mistyped)).getMessage();
            for (String group : text.split("/")[3].split("-")) {
                assertFalse(message.contains(group), message);
            }
        }
    }

    @Test
    void aCardIsMadeOnlyForAnOcidAndARealShare() {
        assertThrows(IllegalArgumentException.class, () -> KeyCard.of("ocds/1", SHARE));
        assertThrows(IllegalArgumentException.class, () -> KeyCard.of("ocds 1", SHARE));
        assertThrows(IllegalArgumentException.class, () -> KeyCard.of("", SHARE));
        assertThrows(IllegalArgumentException.class, () -> KeyCard.of(OCID, new Share(0, SHARE.value())));
        assertEquals("KeyCard[OCDS-OP7X2K-T-2026-000042, share 3]", CARD.toString());
    }

    private static Reason reasonFor(String text) {
        return assertThrows(KeyCardRejectedException.class, () -> KeyCard.parse(text), text).reason();
    }
}
