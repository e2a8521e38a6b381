package org.openprocure.bid.sealing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

/** The field the committee's shares live in: AES's GF(2^8), checked against FIPS-197's worked examples. */
class Gf256Test {

    @Test
    void multipliesAsFips197Shows() {
        assertEquals(0xC1, Gf256.multiply(0x57, 0x83));
        assertEquals(0xFE, Gf256.multiply(0x57, 0x13));
        assertEquals(0x01, Gf256.multiply(0x53, 0xCA));
    }

    @Test
    void everyNonZeroElementHasAnInverseAndMultiplicationCommutes() {
        for (int a = 1; a < 256; a++) {
            assertEquals(1, Gf256.multiply(a, Gf256.inverse(a)), "a = " + a);
            for (int b = 0; b < 256; b++) {
                assertEquals(Gf256.multiply(a, b), Gf256.multiply(b, a));
            }
        }
        assertThrows(ArithmeticException.class, () -> Gf256.inverse(0));
    }
}
