package org.openprocure.bid.sealing;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.Base64;
import java.util.HexFormat;
import org.junit.jupiter.api.Test;

/** A tender's key pair in the forms that get published, split and rebuilt. */
class TenderKeysTest {

    private final SecureRandom random = SeededRandom.seeded(25519);
    private final TenderKeys keys = TenderKeys.generate(random);

    @Test
    void thePublicKeyIsPublishedAs32RawBytesAndAsBase64Url() {
        byte[] raw = keys.rawPublicKey();
        assertEquals(32, raw.length);
        assertEquals(43, keys.publicKeyBase64Url().length(), "unpadded");
        assertArrayEquals(raw, Base64.getUrlDecoder().decode(keys.publicKeyBase64Url()));
        assertArrayEquals(raw, TenderKeys.rawPublicKey(TenderKeys.publicKeyFrom(raw)));
        assertArrayEquals(raw, TenderKeys.rawPublicKey(TenderKeys.publicKeyFromBase64Url(keys.publicKeyBase64Url())));
    }

    @Test
    void theFingerprintIsTheSha256OfTheRawPublicKey() throws Exception {
        String expected = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(keys.rawPublicKey()));
        assertEquals(expected, keys.fingerprint());
        assertEquals(expected, TenderKeys.fingerprintOf(keys.rawPublicKey()));
        assertEquals("TenderKeys[fingerprint=" + expected + "]", keys.toString());
    }

    @Test
    void thePrivateKeyRebuiltFromItsRawBytesBelongsToThePublicKey() {
        byte[] rawPrivate = keys.rawPrivateKey();
        assertEquals(32, rawPrivate.length);
        assertArrayEquals(keys.rawPublicKey(), TenderKeys.rawPublicKeyOf(TenderKeys.privateKeyFrom(rawPrivate)));

        rawPrivate[0] ^= 0x40;
        assertFalse(Arrays.equals(keys.rawPublicKey(),
                TenderKeys.rawPublicKeyOf(TenderKeys.privateKeyFrom(rawPrivate))), "another scalar, another key");
    }

    @Test
    void twoTendersGetDifferentKeys() {
        TenderKeys other = TenderKeys.generate(random);
        assertFalse(Arrays.equals(keys.rawPublicKey(), other.rawPublicKey()));
        assertNotEquals(keys.fingerprint(), other.fingerprint());
    }

    @Test
    void keysOfTheWrongLengthOrKindAreRefused() {
        assertThrows(IllegalArgumentException.class, () -> TenderKeys.privateKeyFrom(new byte[31]));
        assertThrows(IllegalArgumentException.class, () -> TenderKeys.publicKeyFrom(new byte[33]));
        assertThrows(IllegalArgumentException.class, () -> TenderKeys.publicKeyFromBase64Url("not base64!"));
        assertThrows(IllegalArgumentException.class,
                () -> TenderKeys.rawPublicKey(ReceiptSignerTest.anEd25519PublicKey()));
    }
}
