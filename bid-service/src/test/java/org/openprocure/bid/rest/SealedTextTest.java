package org.openprocure.bid.rest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import org.junit.jupiter.api.Test;

class SealedTextTest {

    @Test
    void aPriceIsFoundInAnyFormButNotInsideAHashOrCiphertext() {
        for (String shown : new String[] {"{\"amount\":98765.43}", "(1,98765,EUR)", "price 98765", "'98765.430'"}) {
            assertTrue(SealedText.number(shown, "98765").isPresent(), shown);
        }
        for (String noise : new String[] {"sha256=3fa98765c01d", "q+98765/ab==", "x98765", "987650", "198765"}) {
            assertEquals(Optional.empty(), SealedText.number(noise, "98765"), noise);
        }
        assertEquals(Optional.of("…{\"amount\":98765.43}…"), SealedText.number("{\"amount\":98765.43}", "98765"),
                "shown with what surrounds it");
    }
}
