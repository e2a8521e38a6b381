package org.openprocure.bid.sealing;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.security.KeyPairGenerator;
import java.security.PublicKey;
import java.security.SecureRandom;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.openprocure.bid.sealing.Receipt.Kind;

/** A supplier's receipt: the same bytes on every machine, signed by the platform, and no other bytes pass. */
class ReceiptSignerTest {

    private static final String ENVELOPE_SHA256 = "9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08";
    private static final Receipt RECEIPT = new Receipt("ocds-op7x2k-T-2026-000042", "b-7f3a", 2,
            List.of("lot-2", "lot-1"), Kind.REPLACED, Instant.parse("2026-11-30T08:59:59.120Z"), ENVELOPE_SHA256);

    private final SecureRandom random = SeededRandom.seeded(2014_24);
    private final ReceiptSigner platform = ReceiptSigner.generate(random);

    @Test
    void theCanonicalFormIsKeyValueLinesInAFixedOrder() {
        assertEquals("""
                openprocure-receipt-v1
                ocid=ocds-op7x2k-T-2026-000042
                bidId=b-7f3a
                version=2
                lots=lot-1,lot-2
                kind=REPLACED
                receivedAt=2026-11-30T08:59:59.120Z
                envelopeSha256=9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08
                """, RECEIPT.canonicalForm());
        assertEquals(List.of("lot-1", "lot-2"), RECEIPT.lotIds());
    }

    @Test
    void aWholeSecondStillShowsItsMilliseconds() {
        Receipt onTheSecond = new Receipt("ocds-op7x2k-T-2026-000042", "b-7f3a", 1, List.of("lot-1"),
                Kind.SUBMITTED, Instant.parse("2026-11-30T09:00:00Z"), ENVELOPE_SHA256);
        assertTrue(onTheSecond.canonicalForm().contains("\nreceivedAt=2026-11-30T09:00:00.000Z\n"));
    }

    @Test
    void valuesThatWouldBlurTheFormAreRefused() {
        Instant time = Instant.parse("2026-11-30T08:59:59.120Z");
        assertThrows(IllegalArgumentException.class, () -> new Receipt("ocds-1", "b-1\nkind=WITHDRAWN", 1,
                List.of("lot-1"), Kind.SUBMITTED, time, ENVELOPE_SHA256));
        assertThrows(IllegalArgumentException.class, () -> new Receipt("ocds-1", "b-1", 1,
                List.of("lot-1,lot-2"), Kind.SUBMITTED, time, ENVELOPE_SHA256));
        assertThrows(IllegalArgumentException.class, () -> new Receipt("ocds-1", "b-1", 1,
                List.of("lot-1", "lot-1"), Kind.SUBMITTED, time, ENVELOPE_SHA256));
        assertThrows(IllegalArgumentException.class, () -> new Receipt("ocds-1", "b-1", 1,
                List.of(), Kind.SUBMITTED, time, ENVELOPE_SHA256));
        assertThrows(IllegalArgumentException.class, () -> new Receipt("ocds-1", "b-1", 0,
                List.of("lot-1"), Kind.SUBMITTED, time, ENVELOPE_SHA256));
        assertThrows(IllegalArgumentException.class, () -> new Receipt("ocds-1", "b-1", 1,
                List.of("lot-1"), Kind.SUBMITTED, time.plusNanos(1000), ENVELOPE_SHA256));
        assertThrows(IllegalArgumentException.class, () -> new Receipt("ocds-1", "b-1", 1,
                List.of("lot-1"), Kind.SUBMITTED, time, ENVELOPE_SHA256.toUpperCase()));
    }

    @Test
    void theReceiptSignatureVerifiesWithThePublishedKey() {
        byte[] signature = platform.sign(RECEIPT);
        assertEquals(64, signature.length);
        assertTrue(ReceiptSigner.verify(platform.publicKeyX509(), RECEIPT.canonicalBytes(), signature));
        assertArrayEquals(signature, platform.sign(RECEIPT.canonicalBytes()), "Ed25519 signs deterministically");
    }

    @Test
    void oneChangedByteOfTheReceiptFails() {
        byte[] canonical = RECEIPT.canonicalBytes();
        byte[] signature = platform.sign(canonical);
        for (int bit = 0; bit < canonical.length * 8; bit++) {
            byte[] altered = canonical.clone();
            altered[bit / 8] ^= (byte) (1 << (bit % 8));
            assertFalse(ReceiptSigner.verify(platform.publicKeyX509(), altered, signature), "bit " + bit);
        }
        assertFalse(ReceiptSigner.verify(platform.publicKeyX509(), Arrays.copyOf(canonical, canonical.length - 1),
                signature));
    }

    @Test
    void oneChangedByteOfTheSignatureFails() {
        byte[] canonical = RECEIPT.canonicalBytes();
        byte[] signature = platform.sign(canonical);
        for (int bit = 0; bit < signature.length * 8; bit++) {
            byte[] altered = signature.clone();
            altered[bit / 8] ^= (byte) (1 << (bit % 8));
            assertFalse(ReceiptSigner.verify(platform.publicKeyX509(), canonical, altered), "bit " + bit);
        }
        assertFalse(ReceiptSigner.verify(platform.publicKeyX509(), canonical, Arrays.copyOf(signature, 63)));
        assertFalse(ReceiptSigner.verify(platform.publicKeyX509(), canonical, new byte[0]));
    }

    @Test
    void anotherPlatformsKeyFails() {
        ReceiptSigner impostor = ReceiptSigner.generate(random);
        byte[] canonical = RECEIPT.canonicalBytes();
        assertFalse(ReceiptSigner.verify(platform.publicKeyX509(), canonical, impostor.sign(canonical)));
        assertFalse(ReceiptSigner.verify(impostor.publicKeyX509(), canonical, platform.sign(canonical)));
    }

    @Test
    void theSavedKeyLoadsBackAndSignsTheSame() {
        ReceiptSigner loaded = ReceiptSigner.load(platform.privateKeyPkcs8(), platform.publicKeyX509());
        assertArrayEquals(platform.sign(RECEIPT), loaded.sign(RECEIPT));
        assertEquals(platform.publicKeyFingerprint(), loaded.publicKeyFingerprint());

        ReceiptSigner other = ReceiptSigner.generate(random);
        assertEquals("the public key does not belong to the private key", assertThrows(IllegalArgumentException.class,
                () -> ReceiptSigner.load(platform.privateKeyPkcs8(), other.publicKeyX509())).getMessage());
        assertThrows(IllegalArgumentException.class,
                () -> ReceiptSigner.load(new byte[] {1, 2, 3}, platform.publicKeyX509()));
    }

    @Test
    void aPublicKeyThatIsNotEd25519IsAnError() {
        assertThrows(IllegalArgumentException.class,
                () -> ReceiptSigner.verify(new byte[] {1, 2, 3}, RECEIPT.canonicalBytes(), new byte[64]));
        assertThrows(IllegalArgumentException.class, () -> ReceiptSigner.verify(
                TenderKeys.generate(random).publicKey().getEncoded(), RECEIPT.canonicalBytes(), new byte[64]));
    }

    static PublicKey anEd25519PublicKey() throws Exception {
        return KeyPairGenerator.getInstance("Ed25519").generateKeyPair().getPublic();
    }
}
