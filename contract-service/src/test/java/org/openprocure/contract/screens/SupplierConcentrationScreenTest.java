package org.openprocure.contract.screens;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

class SupplierConcentrationScreenTest {

    private static final double EPS = 1e-9;

    private static SupplierAward award(String buyer, String supplier, String value) {
        return new SupplierAward(buyer, supplier, new BigDecimal(value), "EUR");
    }

    @Test
    void hhiAndTopShareOfOneBuyer() {
        // S1 300 + 200 = 500, S2 300, S3 200; total 1000. Shares 50 %, 30 %, 20 %.
        // HHI = 50² + 30² + 20² = 2500 + 900 + 400 = 3800 > 2500 → flagged; top S1 at 50 %.
        List<SupplierAward> awards = List.of(award("B", "S1", "300"), award("B", "S2", "300"),
                award("B", "S1", "200"), award("B", "S3", "200"));
        BuyerConcentration c = new SupplierConcentrationScreen().concentrations(awards).get(0);
        assertEquals(3800, c.hhi(), EPS);
        assertEquals("S1", c.topSupplierId());
        assertEquals(50, c.topSharePercent(), EPS);
        assertEquals(3, c.supplierCount());
        List<ScreenResult> flags = new SupplierConcentrationScreen().screen(awards);
        assertEquals(1, flags.size());
        assertEquals("HIGH_SUPPLIER_CONCENTRATION", flags.get(0).code());
        assertEquals(3800, flags.get(0).evidence().get("hhi"), EPS);
        assertEquals("HHI > 2500", flags.get(0).threshold());
        assertEquals("Buyer B awards its value to few suppliers: HHI 3800 of 10000, the largest supplier S1 "
                + "holds 50.0 % of the awarded value.", flags.get(0).explanation());
    }

    @Test
    void evenlySpreadBuyerIsNotFlagged() {
        // Five suppliers at 100 each: shares 20 % → HHI = 5 · 400 = 2000 ≤ 2500.
        List<SupplierAward> awards = List.of(award("B", "S1", "100"), award("B", "S2", "100"),
                award("B", "S3", "100"), award("B", "S4", "100"), award("B", "S5", "100"));
        assertEquals(2000, new SupplierConcentrationScreen().concentrations(awards).get(0).hhi(), EPS);
        assertEquals(List.of(), new SupplierConcentrationScreen().screen(awards));
        // Under the 2023 guidelines' 1800 line the same buyer is flagged.
        assertEquals(1, new SupplierConcentrationScreen(1800).screen(awards).size());
    }

    @Test
    void singleSupplierGivesTheMaximum() {
        // One supplier: share 100 % → HHI 10000.
        BuyerConcentration c = new SupplierConcentrationScreen().concentrations(List.of(award("B", "S1", "42"))).get(0);
        assertEquals(10000, c.hhi(), EPS);
        assertEquals(100, c.topSharePercent(), EPS);
    }

    @Test
    void thirdsAreComputedToSixteenDigits() {
        // Three equal suppliers: shares 33.333…% → HHI = 3 · 1111.11… = 3333.33…
        List<SupplierAward> awards = List.of(award("B", "S1", "1"), award("B", "S2", "1"), award("B", "S3", "1"));
        assertEquals(10000.0 / 3, new SupplierConcentrationScreen().concentrations(awards).get(0).hhi(), 1e-9);
    }

    @Test
    void refusesToMixCurrenciesWithinABuyer() {
        List<SupplierAward> awards = List.of(award("B", "S1", "100"),
                new SupplierAward("B", "S2", new BigDecimal("100"), "USD"));
        assertThrows(IllegalArgumentException.class, () -> new SupplierConcentrationScreen().screen(awards));
    }
}
