package org.openprocure.portal.view;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.lang.reflect.Proxy;
import java.math.BigDecimal;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import jakarta.ws.rs.core.MultivaluedHashMap;
import jakarta.ws.rs.core.MultivaluedMap;

import org.junit.jupiter.api.Test;

import org.openprocure.portal.client.CommitteeRequest;
import org.openprocure.portal.client.Problem.FieldError;
import org.openprocure.portal.client.ScoresRequest;
import org.openprocure.portal.i18n.EvaluationMessages;

/** Reading the evaluation forms: numbers as people type them, rows that move up, and what is missing named. */
class EvaluationFormsTest {

    /** Each message is its own name, so a test sees which one was chosen. */
    private static final EvaluationMessages TEXT = (EvaluationMessages) Proxy.newProxyInstance(
            EvaluationMessages.class.getClassLoader(), new Class<?>[] { EvaluationMessages.class },
            (proxy, method, args) -> method.getName());

    private static MultivaluedMap<String, String> form(String... namesAndValues) {
        MultivaluedMap<String, String> form = new MultivaluedHashMap<>();
        for (int i = 0; i + 1 < namesAndValues.length; i += 2) {
            form.add(namesAndValues[i], namesAndValues[i + 1]);
        }
        return form;
    }

    @Test
    void scoresAreReadWithAPointOrACommaAndSpacesBetweenThousands() {
        EvaluationForms.Parsed<ScoresRequest> parsed = EvaluationForms.scores(form(
                "scores[0].criterion", "Technical approach", "scores[0].score", "12,5", "scores[0].reason", "Clear plan.",
                "scores[1].criterion", "Delivery", "scores[1].score", " 1 000 ", "scores[1].reason", "Fast."), TEXT);

        assertNull(parsed.problem());
        assertEquals(List.of(new ScoresRequest.Score("Technical approach", new BigDecimal("12.5"), "Clear plan."),
                new ScoresRequest.Score("Delivery", new BigDecimal("1000"), "Fast.")), parsed.request().scores());
    }

    @Test
    void aScoreThatIsNoNumberOrMissingIsNamedAtItsRow() {
        EvaluationForms.Parsed<ScoresRequest> parsed = EvaluationForms.scores(form(
                "scores[0].criterion", "Technical approach", "scores[0].score", "good", "scores[0].reason", "x",
                "scores[1].criterion", "Delivery", "scores[1].score", "", "scores[1].reason", ""), TEXT);

        assertNull(parsed.request());
        assertEquals(List.of(new FieldError("scores[0].score", "errorScoreNumber"),
                new FieldError("scores[1].score", "errorScoreMissing"),
                new FieldError("scores[1].reason", "errorScoreReason")), parsed.problem().errors());
    }

    @Test
    void emptyCommitteeRowsAreLeftOutAndTheChairMovesUpWithItsRow() {
        Map<String, String> sent = new HashMap<>();
        EvaluationForms.Parsed<CommitteeRequest> parsed = EvaluationForms.committee(form(
                "members[0].username", "", "members[0].name", "",
                "members[1].username", "evaluator.dana", "members[1].name", "Dana Novák",
                "members[2].username", "evaluator.ines", "members[2].name", "Inês Carvalho",
                "chair", "2"), TEXT, sent);

        assertEquals(List.of(new CommitteeRequest.Member("evaluator.dana", "Dana Novák", false),
                new CommitteeRequest.Member("evaluator.ines", "Inês Carvalho", true)), parsed.request().members());
        assertEquals("1", sent.get("chair"));
        assertEquals("evaluator.dana", sent.get("members[0].username"));
    }

    @Test
    void aCommitteeNeedsAMemberAndAChairAmongThem() {
        assertEquals(List.of(new FieldError("members", "errorCommitteeEmpty")),
                EvaluationForms.committee(form("members[0].username", ""), TEXT, new HashMap<>()).problem().errors());
        assertEquals(List.of(new FieldError("chair", "errorChair")),
                EvaluationForms.committee(form("members[0].username", "evaluator.dana", "members[0].name", "Dana",
                        "chair", "1"), TEXT, new HashMap<>()).problem().errors());
    }

    @Test
    void theCommitteeFormShowsWhatWasSentOrTheCurrentCommitteeWithSpareRows() {
        List<CommitteeForm.Row> rows = CommitteeForm.rows(null, Map.of("members[0].username", "evaluator.dana",
                "members[0].name", "Dana Novák", "chair", "0"));
        assertEquals(3, rows.size());
        assertEquals(new CommitteeForm.Row(0, "evaluator.dana", "Dana Novák", true), rows.get(0));
        assertEquals(new CommitteeForm.Row(2, null, null, false), rows.get(2));
    }

    @Test
    void elementIdsKeepOnlyLettersDigitsAndDashes() {
        assertEquals("qualify-0b5e-lot-1", StepForms.ids("qualify", "0b5e:lot-1"));
        assertEquals("score-b-0-reason", StepForms.NONE.indexed("score-b", 0, "reason"));
        assertEquals("score-b-0", StepForms.NONE.indexed("score-b", 0, ""));
    }
}
