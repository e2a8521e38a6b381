package org.openprocure.tender.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The minimum-period table: defaults by method and value, and a table read from configuration. */
class MinimumPeriodsTest {

    @Test
    void theDefaultsFollowMethodAndValueThresholds() {
        MinimumPeriods defaults = MinimumPeriods.defaults();
        assertEquals(Optional.of(Duration.ofDays(15)), defaults.minimumFor(ProcurementMethod.OPEN, new BigDecimal("220999.99")));
        assertEquals(Optional.of(Duration.ofDays(35)), defaults.minimumFor(ProcurementMethod.OPEN, new BigDecimal("221000")));
        assertEquals(Optional.of(Duration.ofDays(30)), defaults.minimumFor(ProcurementMethod.SELECTIVE, new BigDecimal("500000")));
        assertEquals(Optional.of(Duration.ofDays(10)), defaults.minimumFor(ProcurementMethod.LIMITED, BigDecimal.ONE));
        assertEquals(Optional.of(Duration.ofDays(5)), defaults.minimumFor(ProcurementMethod.DIRECT, BigDecimal.ONE));
    }

    @Test
    void aConfiguredTableReplacesTheDefaults() {
        MinimumPeriods table = MinimumPeriods.parse(List.of("open:0:P20D", " open : 1000000 : P52D ", "limited:0:PT240H"));

        assertEquals(Optional.of(Duration.ofDays(20)), table.minimumFor(ProcurementMethod.OPEN, new BigDecimal("999999")));
        assertEquals(Optional.of(Duration.ofDays(52)), table.minimumFor(ProcurementMethod.OPEN, new BigDecimal("1000000")));
        assertEquals(Optional.of(Duration.ofDays(10)), table.minimumFor(ProcurementMethod.LIMITED, BigDecimal.TEN));
        assertEquals(Optional.empty(), table.minimumFor(ProcurementMethod.DIRECT, BigDecimal.TEN),
                "a method the table leaves out has no minimum");
    }

    @Test
    void anUnreadableEntryIsNamed() {
        for (String entry : List.of("open:0", "auction:0:P5D", "open:lots:P5D", "open:0:5 days")) {
            IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                    () -> MinimumPeriods.parse(List.of(entry)));
            assertTrue(e.getMessage().contains("'" + entry + "'"), e.getMessage());
        }
    }
}
