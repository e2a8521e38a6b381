package org.openprocure.contract.redflags;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * R048 Heterogeneous supplier: a supplier's active awards (with that supplier alone) cover a
 * high-outlier number of distinct item classification prefixes (first {@code digits}, default 2,
 * characters of item.classification.id): at or above ⌈Q3 + 1.5·IQR⌉ over all suppliers, or the
 * fixed {@code threshold}. The value is the number of distinct prefixes.
 */
public final class HeterogeneousSupplier implements Indicator {

    private final int digits;
    private final Optional<Double> threshold;
    private final TreeMap<String, Set<String>> prefixesBySupplier = new TreeMap<>();

    public HeterogeneousSupplier(Settings settings) {
        this.digits = settings.number("R048", "digits").orElse(2.0).intValue();
        this.threshold = settings.number("R048", "threshold");
    }

    @Override
    public String code() {
        return "R048";
    }

    @Override
    public void evaluate(ContractingProcess process, String ocid, RedFlags flags) {
        for (JsonNode award : process.activeAwards()) {
            Set<String> suppliers = ContractingProcess.partyIds(award.path("suppliers"));
            // With several suppliers we cannot tell who supplies which item.
            if (award.path("suppliers").size() != 1 || suppliers.size() != 1 || !award.path("items").isArray()) {
                continue;
            }
            String supplier = suppliers.iterator().next();
            for (JsonNode item : award.path("items")) {
                ContractingProcess.text(item.path("classification").path("id")).ifPresent(id ->
                        prefixesBySupplier.computeIfAbsent(supplier, s -> new TreeSet<>())
                                .add(id.codePoints().limit(digits)
                                        .collect(StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append)
                                        .toString()));
            }
        }
    }

    @Override
    public void finish(RedFlags flags) {
        if (prefixesBySupplier.isEmpty()) {
            return;
        }
        Quartiles q = Quartiles.of(prefixesBySupplier.values().stream().mapToDouble(Set::size).toArray());
        double fence = threshold.orElseGet(() -> Math.ceil(q.upperFence()));
        String rule = "distinct classification prefixes ≥ " + (threshold.isPresent() ? "threshold "
                : "⌈upper fence Q3 + 1.5·IQR⌉ = ") + Numbers.text(fence);
        prefixesBySupplier.forEach((supplier, prefixes) -> {
            if (prefixes.size() >= fence) {
                Map<String, Object> evidence = new LinkedHashMap<>();
                evidence.put("prefixes", String.join("|", prefixes));
                evidence.put("count", prefixes.size());
                evidence.put("q1", q.q1());
                evidence.put("q3", q.q3());
                evidence.put("fence", fence);
                evidence.put("compared", prefixesBySupplier.size());
                flags.flag(Group.Tenderer, supplier, code(), prefixes.size(), rule, evidence);
            }
        });
    }
}
