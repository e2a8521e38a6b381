package org.openprocure.bid.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Random;
import org.junit.jupiter.api.Test;

/** The randomness of decoy moves: how many per look, and how large a decoy's sealed content is. */
class DecoyRandomnessTest {

    @Test
    void movesPerLookArePoissonWithTheGivenMean() {
        Random random = new Random(2026);
        for (double mean : new double[] {0.02, 0.5, 3.0}) {
            long total = 0;
            int zeros = 0;
            int samples = 200_000;
            for (int i = 0; i < samples; i++) {
                int count = DecoyEnvelopes.poisson(mean, random);
                total += count;
                zeros += count == 0 ? 1 : 0;
            }
            assertEquals(mean, (double) total / samples, mean * 0.03, "mean of " + mean);
            assertEquals(Math.exp(-mean), (double) zeros / samples, 0.01, "P(0) for " + mean);
        }
        assertEquals(0, DecoyEnvelopes.poisson(0, random));
    }

    @Test
    void paddingIsAsLargeAsAPriceOnlyBidOrOneWithDocuments() {
        Random random = new Random(2027);
        int small = 0;
        for (int i = 0; i < 10_000; i++) {
            int size = DecoyEnvelopes.paddingSize(random);
            assertTrue(size >= 150 && size <= 512 * 1024, "size " + size);
            small += size < 600 ? 1 : 0;
        }
        assertEquals(0.35, small / 10_000.0, 0.02, "about a third like price-only bids");
    }
}
