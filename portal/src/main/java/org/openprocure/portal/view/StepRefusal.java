package org.openprocure.portal.view;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import jakarta.ws.rs.core.MultivaluedMap;

/**
 * A refused step on a page with many small forms: which form ({@code action}) for which bid or lot
 * ({@code target}), why, and every value that was entered (several for checkboxes), so nothing typed is lost.
 */
public record StepRefusal(String action, String target, FormProblem problem, Map<String, List<String>> entered) {

    public StepRefusal {
        target = target == null ? "" : target;
        entered = entered == null ? Map.of() : Map.copyOf(entered);
    }

    public static StepRefusal of(String action, String target, FormProblem problem, MultivaluedMap<String, String> form) {
        Map<String, List<String>> entered = new HashMap<>();
        if (form != null) {
            form.forEach((name, values) -> entered.put(name, values == null ? List.of() : List.copyOf(values)));
        }
        return new StepRefusal(action, target, problem, entered);
    }

    public boolean of(String action, String target) {
        return this.action.equals(action) && this.target.equals(target == null ? "" : target);
    }

    public String first(String field) {
        List<String> values = entered.get(field);
        return values == null || values.isEmpty() ? null : values.get(0);
    }

    public List<String> all(String field) {
        List<String> values = entered.get(field);
        return values == null ? List.of() : values;
    }
}
