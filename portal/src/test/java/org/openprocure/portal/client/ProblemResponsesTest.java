package org.openprocure.portal.client;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;

class ProblemResponsesTest {

    @Test
    void aProblemDocumentKeepsItsDetailAndFields() {
        Problem problem = ProblemResponses.problem(400, """
                {"type": "about:blank", "title": "Bad Request", "status": 400, "detail": "The draft has errors.",
                 "errors": [{"field": "lots[0].items[0].classification", "message": "Not a CPV code."}],
                 "instance": "/api/tenders"}
                """);

        assertEquals(400, problem.status());
        assertEquals("The draft has errors.", problem.detail());
        assertEquals("lots[0].items[0].classification", problem.errors().get(0).field());
    }

    @Test
    void anythingElseStillGivesTheStatus() {
        Problem problem = ProblemResponses.problem(502, "<html>Bad gateway</html>");

        assertEquals(502, problem.status());
        assertNull(problem.detail());
        assertEquals(0, problem.errors().size());
    }

    @Test
    void theStatusOfTheResponseWinsOverTheBodys() {
        assertEquals(409, ProblemResponses.problem(409, "{\"status\": 400, \"detail\": \"x\"}").status());
    }
}
