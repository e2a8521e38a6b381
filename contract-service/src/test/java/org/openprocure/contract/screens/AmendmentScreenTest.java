package org.openprocure.contract.screens;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

class AmendmentScreenTest {

    private static ContractAmendment amendment(String id, String awarded, String amended) {
        return new ContractAmendment(id, new BigDecimal(awarded), new BigDecimal(amended), "EUR");
    }

    @Test
    void bandsAtTenAndTwentyPercent() {
        // c1: (110 − 100)/100 = 10 %  → not more than 10 → no flag
        // c2: (110.01 − 100)/100 = 10.01 % → over 10
        // c3: (1200 − 1000)/1000 = 20 % → over 10 but not over 20
        // c4: (1250 − 1000)/1000 = 25 % → over 20 only
        // c5: (900 − 1000)/1000 = −10 % → decrease, no flag
        List<ScreenResult> flags = new AmendmentScreen().screen(List.of(amendment("c1", "100", "110"),
                amendment("c2", "100", "110.01"), amendment("c3", "1000", "1200"),
                amendment("c4", "1000", "1250"), amendment("c5", "1000", "900")));
        assertEquals(3, flags.size());
        assertEquals("c2", flags.get(0).subject());
        assertEquals(AmendmentScreen.OVER_10, flags.get(0).code());
        assertEquals(10.01, flags.get(0).evidence().get("increasePercent"), 1e-12);
        assertEquals("c3", flags.get(1).subject());
        assertEquals(AmendmentScreen.OVER_10, flags.get(1).code());
        assertEquals("c4", flags.get(2).subject());
        assertEquals(AmendmentScreen.OVER_20, flags.get(2).code());
        assertEquals(25.0, flags.get(2).evidence().get("increasePercent"), 1e-12);
        assertEquals("increase > 20 % of awarded value", flags.get(2).threshold());
        assertEquals("Contract c4 was amended from 1000 to 1250 EUR, 25.00 % above the awarded value.",
                flags.get(2).explanation());
    }
}
