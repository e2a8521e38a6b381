package org.openprocure.portal.view;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.openprocure.portal.client.EvaluationOverview;

/**
 * The officer's form to name the evaluation committee: rows of user name and display name with one chair,
 * filled from the current committee or, after a refusal, from what was sent; always a few empty rows more.
 */
public final class CommitteeForm {

    static final int MIN_ROWS = 3;
    static final int SPARE_ROWS = 2;

    public record Row(int index, String username, String name, boolean chair) {

        public String usernameField() {
            return "members[" + index + "].username";
        }

        public String nameField() {
            return "members[" + index + "].name";
        }

        public int number() {
            return index + 1;
        }
    }

    private CommitteeForm() {
    }

    public static List<Row> rows(EvaluationOverview evaluation, Map<String, String> entered) {
        List<Row> rows = new ArrayList<>();
        if (entered != null && !entered.isEmpty()) {
            String chair = entered.get("chair");
            for (int i = 0; entered.containsKey("members[" + i + "].username"); i++) {
                rows.add(new Row(i, entered.get("members[" + i + "].username"), entered.get("members[" + i + "].name"),
                        String.valueOf(i).equals(chair)));
            }
        } else if (evaluation != null) {
            for (EvaluationOverview.Member member : evaluation.committee()) {
                rows.add(new Row(rows.size(), member.username(), member.name(), member.chair()));
            }
        }
        int size = Math.max(MIN_ROWS, rows.size() + SPARE_ROWS);
        while (rows.size() < size) {
            rows.add(new Row(rows.size(), null, null, false));
        }
        return rows;
    }
}
