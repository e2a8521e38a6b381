package org.openprocure.contract.screens;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * One screen that fired: what an auditor reads in the red-flag list.
 *
 * @param code        stable machine code, e.g. {@code LOW_CV}
 * @param subject     what was screened (lot id, buyer id, contract id, supplier pair)
 * @param explanation plain-language sentence for the auditor
 * @param evidence    the numbers behind the flag, in the order they were computed
 * @param threshold   the rule that fired, with its numeric value
 */
public record ScreenResult(String code, String subject, String explanation,
                           Map<String, Double> evidence, String threshold) {

    public ScreenResult {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(subject, "subject");
        Objects.requireNonNull(explanation, "explanation");
        Objects.requireNonNull(threshold, "threshold");
        evidence = Collections.unmodifiableMap(new LinkedHashMap<>(evidence));
    }
}
