package org.openprocure.portal.view;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.lang.reflect.Proxy;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

import jakarta.ws.rs.core.MultivaluedHashMap;
import jakarta.ws.rs.core.MultivaluedMap;

import org.junit.jupiter.api.Test;

import org.openprocure.portal.client.Problem.FieldError;
import org.openprocure.portal.client.TenderTerms;
import org.openprocure.portal.i18n.AppMessages;

class TenderFormTest {

    /** Only the texts of the portal's own checks are needed here. */
    private static final AppMessages MESSAGES = (AppMessages) Proxy.newProxyInstance(
            AppMessages.class.getClassLoader(), new Class<?>[] { AppMessages.class },
            (proxy, method, args) -> method.getName());

    private static MultivaluedMap<String, String> form(String... namesAndValues) {
        MultivaluedMap<String, String> form = new MultivaluedHashMap<>();
        for (int i = 0; i < namesAndValues.length; i += 2) {
            form.add(namesAndValues[i], namesAndValues[i + 1]);
        }
        return form;
    }

    @Test
    void emptyRowsAreDroppedAndTheRestMoveUp() {
        TenderForm form = TenderForm.parse(form(
                "lots[0].title", "",
                "lots[0].items[0].description", "",
                "lots[1].title", "Pavements",
                "lots[1].items[0].description", "",
                "lots[1].items[1].description", "Paving slabs",
                "openingCommittee.members[0].username", "",
                "openingCommittee.members[1].username", "officer.bruno"));

        assertEquals("Pavements", form.lots().get(0).title());
        assertEquals("lots[0].items[0].description", form.lots().get(0).items().get(0).field("description"));
        assertEquals("Paving slabs", form.lots().get(0).items().get(0).description());
        assertEquals("officer.bruno", form.members().get(0).username());
        assertEquals(TenderForm.ROWS, form.lots().size());
        assertEquals(TenderForm.ROWS, form.lots().get(0).items().size());

        TenderTerms terms = form.toTerms(MESSAGES).terms();
        assertEquals(1, terms.lots().size());
        assertEquals(1, terms.lots().get(0).items().size());
    }

    @Test
    void aDecimalCommaIsRead() {
        TenderForm form = TenderForm.parse(form("lots[0].title", "Lot", "lots[0].estimatedValue", "1 250,50"));

        assertEquals(new BigDecimal("1250.50"), form.toTerms(MESSAGES).terms().lots().get(0).estimatedValue());
    }

    @Test
    void datesAreReadAsUtc() {
        TenderForm.Parsed parsed = TenderForm.parse(form("submissionDeadline", "2026-12-30T12:00")).toTerms(MESSAGES);

        assertEquals(Instant.parse("2026-12-30T12:00:00Z"), parsed.terms().submissionDeadline());
        assertNull(parsed.problem());
    }

    @Test
    void whatCannotBeReadIsNamedByItsField() {
        TenderForm.Parsed parsed = TenderForm.parse(form(
                "lots[0].title", "Lot", "lots[0].items[0].quantity", "many", "openingDate", "tomorrow"))
                .toTerms(MESSAGES);

        assertEquals("errorNumber", parsed.problem().errorFor("lots[0].items[0].quantity"));
        assertEquals("errorDateTime", parsed.problem().errorFor("openingDate"));
        assertEquals(400, parsed.problem().status());
    }

    @Test
    void aFieldCollectsTheErrorsOfItsParts() {
        FormProblem problem = FormProblem.local(List.of(new FieldError("target.lotId", "Unknown lot.")));

        assertEquals("Unknown lot.", problem.errorFor("target"));
        assertNull(problem.errorFor("targets"));
    }
}
