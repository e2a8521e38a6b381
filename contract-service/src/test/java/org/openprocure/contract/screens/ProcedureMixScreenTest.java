package org.openprocure.contract.screens;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ProcedureMixScreenTest {

    @Test
    void nonOpenSharePerBuyer() {
        // A: open, limited, direct, selective → 3 of 4 non-open = 0.75 > 0.5 → flagged
        // B: open, open, direct → 1 of 3 = 0.333 → not flagged
        List<ProcedureRecord> procedures = List.of(new ProcedureRecord("A", "open"),
                new ProcedureRecord("A", "limited"), new ProcedureRecord("A", "direct"),
                new ProcedureRecord("A", "selective"), new ProcedureRecord("B", "open"),
                new ProcedureRecord("B", "open"), new ProcedureRecord("B", "direct"));
        ProcedureMixScreen screen = new ProcedureMixScreen();
        assertEquals(Map.of("A", 0.75, "B", 1.0 / 3), screen.nonOpenShares(procedures));
        List<ScreenResult> flags = screen.screen(procedures);
        assertEquals(1, flags.size());
        assertEquals("A", flags.get(0).subject());
        assertEquals(3.0, flags.get(0).evidence().get("nonOpenProcedures"));
        assertEquals(4.0, flags.get(0).evidence().get("procedures"));
        assertEquals("non-open share > 0.50", flags.get(0).threshold());
        assertEquals("Buyer A ran 3 of its 4 procedures without an open call for competition (75.0 %).",
                flags.get(0).explanation());
    }

    @Test
    void exactlyAtThresholdDoesNotFire() {
        // 1 of 2 = 0.5, not more than 0.5.
        assertEquals(List.of(), new ProcedureMixScreen().screen(List.of(new ProcedureRecord("A", "open"),
                new ProcedureRecord("A", "direct"))));
    }
}
