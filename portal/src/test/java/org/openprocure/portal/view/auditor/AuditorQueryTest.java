package org.openprocure.portal.view.auditor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.lang.reflect.Proxy;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import org.openprocure.portal.i18n.AuditorMessages;

/** The auditor's filters: what is checked before sending, and the links built from them. */
class AuditorQueryTest {

    /** Each message is its own name, so a test reads which check refused a filter. */
    private static final AuditorMessages MESSAGES = (AuditorMessages) Proxy.newProxyInstance(
            AuditorMessages.class.getClassLoader(), new Class<?>[] {AuditorMessages.class},
            (proxy, method, args) -> method.getName());

    private static AuditorQuery query(String path, List<String> keys, String... pairs) {
        Map<String, List<String>> parameters = new LinkedHashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            parameters.put(pairs[i], List.of(pairs[i + 1]));
        }
        return AuditorQuery.of(path, parameters, keys, MESSAGES);
    }

    private static final List<String> AWARDS = List.of("buyer", "from", "to", "minValue", "maxValue", "currency",
            "sort", "page", "size");

    @Test
    void usableFiltersAreSentAsTheyCameAndBlankOnesNotAtAll() {
        AuditorQuery query = query("/auditor/awards", AWARDS, "buyer", " buyer-northvale ", "from", "2026-01-01",
                "to", "", "currency", "eur", "sort", "-value", "page", "2", "size", "50", "ignored", "x");

        assertNull(query.problem());
        assertEquals("buyer-northvale", query.text("buyer"));
        assertNull(query.text("to"));
        assertEquals("EUR", query.text("currency"));
        assertEquals(2, query.page());
        assertEquals(50, query.size());
        assertEquals("/auditor/awards?buyer=buyer-northvale&from=2026-01-01&currency=eur&sort=-value&size=50&page=3",
                query.link(3));
        assertEquals("/auditor/awards?buyer=buyer-northvale&from=2026-01-01&currency=eur&sort=-value&size=50",
                query.link(0));
        assertEquals("/auditor/awards.csv?buyer=buyer-northvale&from=2026-01-01&currency=eur&sort=-value",
                query.linkTo("/auditor/awards.csv"));
        assertEquals("/auditor/processes?month=2026-11&buyer=buyer-northvale",
                query.drillDown("/auditor/processes", "month", "2026-11"));
    }

    @Test
    void eachUnusableFilterIsNamedWithItsReason() {
        AuditorQuery query = query("/auditor/awards", AWARDS, "from", "2026-02-30", "minValue", "-1", "maxValue", "1e",
                "currency", "€", "sort", "price", "page", "first", "size", "0");

        assertEquals("errorDate", query.errorFor("from"));
        assertEquals("errorAmount", query.errorFor("minValue"));
        assertEquals("errorAmount", query.errorFor("maxValue"));
        assertEquals("errorCurrency", query.errorFor("currency"));
        assertEquals("errorSort", query.errorFor("sort"));
        assertEquals("errorPage", query.errorFor("page"));
        assertEquals("errorSize", query.errorFor("size"));
        assertEquals(0, query.page());
        assertEquals(AuditorQuery.DEFAULT_SIZE, query.size());
        assertEquals(400, query.problem().status());
    }

    @Test
    void aPeriodOrRangeTheWrongWayRoundIsRefusedAtItsEnd() {
        AuditorQuery query = query("/auditor/awards", AWARDS, "from", "2026-12-01", "to", "2026-11-30",
                "minValue", "500", "maxValue", "100.5");

        assertEquals("errorPeriod", query.errorFor("to"));
        assertNull(query.errorFor("from"));
        assertEquals("errorValueRange", query.errorFor("maxValue"));
        assertNotNull(query.problem());
    }

    @Test
    void monthsSingleBidAndCpvAreChecked() {
        AuditorQuery query = query("/auditor/processes", List.of("month", "singleBid", "cpv"), "month", "2026-13",
                "singleBid", "yes", "cpv", "4523x");

        assertEquals("errorMonth", query.errorFor("month"));
        assertEquals("errorSingleBid", query.errorFor("singleBid"));
        assertEquals("errorCpv", query.errorFor("cpv"));
        AuditorQuery fine = query("/auditor/processes", List.of("month", "singleBid", "cpv"), "month", "2026-11",
                "singleBid", "true", "cpv", "4523");
        assertNull(fine.problem());
        assertEquals(Boolean.TRUE, fine.flag("singleBid"));
    }

    @Test
    void valuesAreEncodedInLinks() {
        AuditorQuery query = query("/auditor/red-flags", List.of("buyer", "code"), "buyer", "a&b c", "code", "R018");

        assertEquals("/auditor/red-flags?buyer=a%26b%20c&code=R018&page=1", query.link(1));
    }
}
