package org.openprocure.bid.sealing;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.PrivateKey;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.openprocure.bid.sealing.ShamirSecretSharing.Share;

/** A bid sealed on receipt opens only with its tender's key and context, and any tampering is detected. */
class BidSealerTest {

    private static final String CONTEXT = "ocds-op7x2k-T-2026-000042|b-7f3a|1";
    private static final byte[] BID = "lot-1: 1 180 000.00 EUR; lot-2: 95 500.00 EUR".getBytes(StandardCharsets.UTF_8);

    private final SecureRandom random = SeededRandom.seeded(42);
    private final TenderKeys tender = TenderKeys.generate(random);
    private final PrivateKey tenderKey = TenderKeys.privateKeyFrom(tender.rawPrivateKey());

    @Test
    void anEmptyBidOneByteAndTenMebibytesOpenAsSealed() throws Exception {
        for (int size : new int[] {0, 1, 10 * 1024 * 1024}) {
            byte[] content = SeededRandom.bytes(random, size);
            SealedEnvelope envelope = BidSealer.seal(tender.publicKey(), content, CONTEXT, random);

            assertEquals(size + 120, envelope.size());
            assertArrayEquals(content, BidSealer.open(tenderKey, envelope, CONTEXT), size + " bytes");
            assertArrayEquals(content, BidSealer.open(tenderKey, envelope.toBytes(), CONTEXT), size + " bytes");
        }
    }

    @Test
    void theStoredBytesDoNotContainTheBid() {
        byte[] stored = BidSealer.seal(tender.publicKey(), BID, CONTEXT, random).toBytes();
        String text = new String(stored, StandardCharsets.ISO_8859_1);
        assertEquals(-1, text.indexOf("EUR"));
        assertEquals(-1, text.indexOf("180"));
    }

    @Test
    void theHeaderNamesFormatVersionAndLengths() {
        byte[] stored = BidSealer.seal(tender.publicKey(), BID, CONTEXT, random).toBytes();
        assertEquals("4f505342" + "01" + "20" + "30" + "0c" + "%08x".formatted(BID.length + 16),
                HexFormat.of().formatHex(stored, 0, 12));
        assertEquals(104 + BID.length + 16, stored.length);
    }

    @Test
    void sealingTheSameBidTwiceGivesDifferentEnvelopes() {
        SealedEnvelope once = BidSealer.seal(tender.publicKey(), BID, CONTEXT, random);
        SealedEnvelope again = BidSealer.seal(tender.publicKey(), BID, CONTEXT, random);
        assertNotEquals(once.sha256(), again.sha256());
        assertNotEquals(once, again);
    }

    @Test
    void anotherTendersKeyCannotOpen() {
        SealedEnvelope envelope = BidSealer.seal(tender.publicKey(), BID, CONTEXT, random);
        PrivateKey otherTender = TenderKeys.privateKeyFrom(TenderKeys.generate(random).rawPrivateKey());
        assertThrows(EnvelopeUnreadableException.class, () -> BidSealer.open(otherTender, envelope, CONTEXT));
    }

    @Test
    void anEnvelopeMovedToAnotherBidVersionOrTenderCannotOpen() {
        SealedEnvelope envelope = BidSealer.seal(tender.publicKey(), BID, CONTEXT, random);
        for (String otherContext : List.of("ocds-op7x2k-T-2026-000042|b-7f3a|2", "ocds-op7x2k-T-2026-000042|b-7f3b|1",
                "ocds-op7x2k-T-2026-000043|b-7f3a|1", "")) {
            assertThrows(EnvelopeUnreadableException.class, () -> BidSealer.open(tenderKey, envelope, otherContext),
                    otherContext);
        }
    }

    static Stream<Arguments> regions() {
        int end = 104 + BID.length + 16;
        return Stream.of(
                Arguments.of("header", 0, 12),
                Arguments.of("ephemeral key", 12, 44),
                Arguments.of("wrapped data key", 44, 92),
                Arguments.of("nonce", 92, 104),
                Arguments.of("ciphertext", 104, end - 16),
                Arguments.of("tag", end - 16, end));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("regions")
    void everyFlippedBitMakesTheEnvelopeUnreadable(String region, int from, int to) {
        byte[] stored = BidSealer.seal(tender.publicKey(), BID, CONTEXT, random).toBytes();
        for (int bit = from * 8; bit < to * 8; bit++) {
            byte[] altered = stored.clone();
            altered[bit / 8] ^= (byte) (1 << (bit % 8));
            assertThrows(EnvelopeUnreadableException.class, () -> BidSealer.open(tenderKey, altered, CONTEXT),
                    region + ", bit " + bit);
        }
    }

    @Test
    void anEphemeralKeyOfSmallOrderIsUnreadableNotAnError() throws Exception {
        byte[] stored = BidSealer.seal(tender.publicKey(), BID, CONTEXT, random).toBytes();
        for (int u : new int[] {0, 1}) {
            byte[] altered = stored.clone();
            Arrays.fill(altered, 12, 44, (byte) 0);
            altered[12] = (byte) u;
            assertThrows(EnvelopeUnreadableException.class, () -> BidSealer.open(tenderKey, altered, CONTEXT));
        }
        byte[] beyondTheField = stored.clone();
        Arrays.fill(beyondTheField, 12, 44, (byte) 0xFF);
        assertThrows(EnvelopeUnreadableException.class, () -> BidSealer.open(tenderKey, beyondTheField, CONTEXT));
    }

    @Test
    void aCutShortOrPaddedEnvelopeIsRefusedWithTheReason() throws Exception {
        byte[] stored = BidSealer.seal(tender.publicKey(), BID, CONTEXT, random).toBytes();
        for (int length = 0; length < stored.length; length++) {
            byte[] cut = Arrays.copyOf(stored, length);
            assertThrows(EnvelopeUnreadableException.class, () -> SealedEnvelope.parse(cut), length + " bytes");
        }
        assertEquals("the header announces a " + stored.length + "-byte envelope but it has 100 bytes: "
                + "it was cut short",
                assertThrows(EnvelopeUnreadableException.class,
                        () -> SealedEnvelope.parse(Arrays.copyOf(stored, 100))).getMessage());
        assertEquals("the header announces a " + stored.length + "-byte envelope but it has " + (stored.length + 1)
                + " bytes: bytes were added",
                assertThrows(EnvelopeUnreadableException.class,
                        () -> SealedEnvelope.parse(Arrays.copyOf(stored, stored.length + 1))).getMessage());
        assertEquals(stored.length, SealedEnvelope.parse(stored).size());
    }

    @Test
    void somethingElseIsNotTakenForAnEnvelope() {
        byte[] pdf = "%PDF-1.7 and then a great deal more than 120 bytes of a document that was never sealed at all."
                .repeat(2).getBytes(StandardCharsets.US_ASCII);
        assertEquals("not a sealed envelope: it does not start with \"OPSB\"",
                assertThrows(EnvelopeUnreadableException.class, () -> SealedEnvelope.parse(pdf)).getMessage());

        byte[] stored = BidSealer.seal(tender.publicKey(), BID, CONTEXT, random).toBytes();
        stored[4] = 2;
        assertEquals("sealed envelope format version 2 is not known here; this reads version 1",
                assertThrows(EnvelopeUnreadableException.class, () -> SealedEnvelope.parse(stored)).getMessage());
    }

    @Test
    void theEnvelopeHashIsTheSha256OfItsBytesAndChangesWithAnyByte() throws Exception {
        SealedEnvelope envelope = BidSealer.seal(tender.publicKey(), BID, CONTEXT, random);
        byte[] stored = envelope.toBytes();
        assertEquals(HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(stored)), envelope.sha256());
        assertEquals(envelope.sha256(), SealedEnvelope.parse(stored).sha256());

        for (int i = 0; i < stored.length; i++) {
            byte[] altered = stored.clone();
            altered[i] ^= 1;
            assertNotEquals(envelope.sha256(), HexFormat.of().formatHex(
                    MessageDigest.getInstance("SHA-256").digest(altered)), "byte " + i);
            try {
                assertNotEquals(envelope.sha256(), SealedEnvelope.parse(altered).sha256(), "byte " + i);
            } catch (EnvelopeUnreadableException headerChanged) {
                // a changed header is refused before any hash is taken; the raw hash above changed all the same
            }
        }
    }

    @Test
    void anyTwoOfThreeCommitteeSharesOpenTheBidAndOneCannot() throws Exception {
        TenderKeys published = TenderKeys.generate(random);
        SealedEnvelope envelope = BidSealer.seal(published.publicKey(), BID, CONTEXT, random);
        byte[] privateKey = published.rawPrivateKey();
        List<Share> committee = new ShamirSecretSharing(random).split(privateKey, 2, 3);
        Arrays.fill(privateKey, (byte) 0);

        for (int a = 0; a < 3; a++) {
            for (int b = 0; b < 3; b++) {
                if (a != b) {
                    PrivateKey rebuilt = TenderKeys.privateKeyFrom(
                            ShamirSecretSharing.combine(List.of(committee.get(a), committee.get(b))));
                    assertArrayEquals(published.rawPublicKey(), TenderKeys.rawPublicKeyOf(rebuilt));
                    assertArrayEquals(BID, BidSealer.open(rebuilt, envelope, CONTEXT));
                }
            }
        }

        Share forged = new Share(2, SeededRandom.bytes(random, 32));
        PrivateKey wrong = TenderKeys.privateKeyFrom(ShamirSecretSharing.combine(List.of(committee.get(0), forged)));
        assertNotEquals(published.fingerprint(), TenderKeys.fingerprintOf(TenderKeys.rawPublicKeyOf(wrong)),
                "the ceremony sees a wrong share before touching a bid");
        assertThrows(EnvelopeUnreadableException.class, () -> BidSealer.open(wrong, envelope, CONTEXT));
    }
}
