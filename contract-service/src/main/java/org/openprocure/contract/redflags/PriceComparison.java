package org.openprocure.contract.redflags;

import java.util.Set;

/**
 * Whether bid prices can be compared in a process. Cardinal skips price-based indicators for
 * procurement method details listed in {@code no_price_comparison_procurement_methods}, unless
 * they are also in {@code price_comparison_procurement_methods}.
 */
final class PriceComparison {

    private final Set<String> noPriceComparison;
    private final Set<String> priceComparison;

    PriceComparison(Settings settings) {
        this.noPriceComparison = settings.noPriceComparisonProcurementMethods();
        this.priceComparison = settings.priceComparisonProcurementMethods();
    }

    boolean applies(ContractingProcess process) {
        String details = process.procurementMethodDetails().orElse(null);
        boolean excluded = details != null && noPriceComparison.contains(details);
        boolean included = !priceComparison.isEmpty() && details != null && priceComparison.contains(details);
        return !excluded || included;
    }
}
