package org.openprocure.contract.redflags;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

class SettingsTest {

    private static final String INI = """
            ; Cardinal settings
            currency = USD
            no_price_comparison_procurement_methods = Random draw|Lottery

            [exclusions]
            procurement_method_details = Direct award | Framework, mini-competition

            [R003]
            threshold = 10
            procurement_methods = open|selective
            """;

    @Test
    void readsTopLevelKeysSectionsAndPipeSeparatedLists() {
        Settings settings = Settings.parse(INI);
        assertEquals(Optional.of("USD"), settings.currency());
        assertEquals(Set.of("Random draw", "Lottery"), settings.noPriceComparisonProcurementMethods());
        // Commas stay inside a value: Cardinal splits lists on pipes only.
        assertEquals(Set.of("Direct award", "Framework, mini-competition"), settings.excludedProcurementMethodDetails());
        assertEquals(10, settings.threshold("R003", 15));
        assertEquals(Set.of("open", "selective"), settings.procurementMethods("R003", ""));
    }

    @Test
    void unsetValuesFallBackToIndicatorDefaults() {
        Settings settings = Settings.parse("");
        assertEquals(15, settings.threshold("R003", 15));
        assertEquals(Set.of("open", "selective"), settings.procurementMethods("R018", "open|selective"));
        assertTrue(settings.excludedProcurementMethodDetails().isEmpty());
        assertEquals(Optional.empty(), settings.currency());
    }

    @Test
    void aLineWithoutEqualsIsNamed() {
        SettingsException e = assertThrows(SettingsException.class, () -> Settings.parse("[R003]\nthreshold 10\n"));
        assertEquals("line 2: expected 'key = value': threshold 10", e.getMessage());
    }

    @Test
    void aNonNumericThresholdIsNamed() {
        SettingsException e = assertThrows(SettingsException.class, () -> Settings.parse("[R035]\nthreshold = many"));
        assertEquals("line 2: not a number: threshold = many", e.getMessage());
    }

    @Test
    void anUnclosedSectionIsNamed() {
        SettingsException e = assertThrows(SettingsException.class, () -> Settings.parse("\n[R003\n"));
        assertEquals("line 2: malformed section header: [R003", e.getMessage());
    }

    @Test
    void readsThresholdsPerProcurementMethodDetails() {
        Settings settings = Settings.parse("""
                [R003]
                threshold = 15

                [R003.procurement_method_details]
                Cotización = 7
                Licitación de Seguros = 10
                """);
        assertEquals(java.util.Map.of("Cotización", 7.0, "Licitación de Seguros", 10.0),
                settings.procurementMethodDetailsThresholds("R003"));
        assertEquals(java.util.Map.of(), Settings.defaults().procurementMethodDetailsThresholds("R003"));
    }

    @Test
    void aNonNumericThresholdPerProcurementMethodDetailsIsNamed() {
        SettingsException e = assertThrows(SettingsException.class,
                () -> Settings.parse("[R003.procurement_method_details]\nLicitación = ten\n"));
        assertTrue(e.getMessage().contains("line 2"), e.getMessage());
    }
}
