package org.openprocure.contract.screens;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

class EstimateScreenTest {

    private static AwardAgainstEstimate award(String lot, String estimate, String awarded) {
        return new AwardAgainstEstimate(lot, new BigDecimal(estimate), new BigDecimal(awarded), "EUR");
    }

    @Test
    void nearAndAboveTheEstimate() {
        // l1: 98 999.99 / 100 000 = 0.9899999 < 0.99 → no flag
        // l2: 99 000 / 100 000 = 0.99 → within 1 % → NEAR
        // l3: 100 000 / 100 000 = 1 → NEAR (at the estimate)
        // l4: 100 500 / 100 000 = 1.005 → ABOVE
        List<ScreenResult> flags = new EstimateScreen().screen(List.of(award("l1", "100000", "98999.99"),
                award("l2", "100000", "99000"), award("l3", "100000", "100000"), award("l4", "100000", "100500")));
        assertEquals(3, flags.size());
        assertEquals("l2", flags.get(0).subject());
        assertEquals(EstimateScreen.NEAR, flags.get(0).code());
        assertEquals(0.99, flags.get(0).evidence().get("ratio"), 1e-15);
        assertEquals(EstimateScreen.NEAR, flags.get(1).code());
        assertEquals("l4", flags.get(2).subject());
        assertEquals(EstimateScreen.ABOVE, flags.get(2).code());
        assertEquals(1.005, flags.get(2).evidence().get("ratio"), 1e-15);
        assertEquals("Lot l4 was awarded at 100500 EUR, above the estimate of 100000 (100.50 % of it).",
                flags.get(2).explanation());
    }
}
