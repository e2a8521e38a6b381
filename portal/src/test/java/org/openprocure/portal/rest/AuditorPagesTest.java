package org.openprocure.portal.rest;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyInt;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.ArgumentMatchers.isNull;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.mockito.Mockito.when;
import static org.openprocure.portal.rest.AuditorFixtures.OCID;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.inject.Inject;
import jakarta.ws.rs.ProcessingException;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.eclipse.microprofile.rest.client.inject.RestClient;
import org.jboss.resteasy.reactive.RestResponse;
import org.junit.jupiter.api.Test;

import io.quarkus.test.InjectMock;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;

import org.openprocure.portal.client.Analytics;
import org.openprocure.portal.client.AnalyticsClient;
import org.openprocure.portal.client.ContractServiceException;
import org.openprocure.portal.client.Problem;

/**
 * The auditor's pages, coded against contract-service's analytics API with its client mocked: the dashboard's four
 * charts with their figures in tables and drill-down links, the drill-down lists, a process's verified timeline,
 * the profiles, the CSV and PDF passed through, refused filters, and who may see any of it.
 */
@QuarkusTest
class AuditorPagesTest {

    private static final List<String> PAGES = List.of("/auditor", "/auditor/processes", "/auditor/processes/" + OCID,
            "/auditor/red-flags", "/auditor/awards", "/auditor/awards.csv", "/auditor/buyers/buyer-northvale",
            "/auditor/suppliers/supplier-acme", "/auditor/audit-report.pdf");

    @InjectMock
    @RestClient
    AnalyticsClient analytics;

    @Inject
    ObjectMapper json;

    private <T> T read(String text, Class<T> type) {
        try {
            return json.readValue(text, type);
        } catch (Exception unreadable) {
            throw new IllegalStateException(unreadable);
        }
    }

    private void dashboardAnswers() {
        when(analytics.overview(any(), any(), any())).thenReturn(read(AuditorFixtures.OVERVIEW, Analytics.Overview.class));
        when(analytics.redFlagSummary(any())).thenReturn(read(AuditorFixtures.FLAG_SUMMARY, Analytics.FlagSummary.class));
    }

    private void processAnswers(String chain) {
        when(analytics.process(OCID)).thenReturn(read(AuditorFixtures.PROCESS.formatted(chain), Analytics.AuditedProcess.class));
        when(analytics.redFlags(null, OCID, null, null, 0, 100)).thenReturn(read(AuditorFixtures.FLAGS, Analytics.FlagPage.class));
    }

    private static ContractServiceException refused(int status, String detail, Problem.FieldError... errors) {
        return new ContractServiceException(new Problem(switch (status) {
            case 404 -> "Not Found";
            case 500 -> "Internal Server Error";
            default -> "Bad Request";
        }, status, detail,
                List.of(errors)));
    }

    // --- the dashboard --------------------------------------------------------------------------------------------

    @Test
    @TestSecurity(user = "auditor.farah", roles = "auditor")
    void theAuditorSeesTheFourChartsWithTheirFiguresInTablesAndTheDrillDownLinks() throws Exception {
        dashboardAnswers();

        String page = given().get("/auditor").then().statusCode(200)
                .body(containsString("<a href=\"/auditor\" id=\"nav-auditor\">Audit dashboard</a>"),
                        containsString("<h1>Audit dashboard</h1>"),
                        containsString("<div id=\"chart-spend\" class=\"chart\" aria-hidden=\"true\"></div>"),
                        containsString("<div id=\"chart-single-bid\" class=\"chart\" aria-hidden=\"true\"></div>"),
                        containsString("<div id=\"chart-flags\" class=\"chart\" aria-hidden=\"true\"></div>"),
                        containsString("<div id=\"chart-concentration\" class=\"chart\" aria-hidden=\"true\"></div>"),
                        // spend over time, by month and currency
                        containsString("<tr id=\"spend-2026-11-EUR\"><th scope=\"row\"><a href=\"/auditor/processes?month=2026-11\">"
                                + "2026-11</a></th><td>EUR</td><td class=\"number\">€123.45</td><td class=\"number\">2</td></tr>"),
                        containsString("<td>PLN</td><td class=\"number\">PLN99,800.50</td>"),
                        // single bid against competitive
                        containsString("<td class=\"number\" id=\"single-bid-processes\">12</td>"),
                        containsString("<td class=\"number\" id=\"single-bid-with-bids\">8</td>"),
                        containsString("<a id=\"single-bid-link\" href=\"/auditor/processes?singleBid=true\">"),
                        containsString("<td class=\"number\" id=\"single-bid-count\">3</td>"),
                        containsString("<td class=\"number\" id=\"single-bid-competitive\">5</td>"),
                        containsString("<td class=\"number\" id=\"single-bid-share\">37.5%</td>"),
                        // red flags by code
                        containsString("<caption>4 of 12 processes have at least one red flag</caption>"),
                        containsString("<tr id=\"flags-R018\"><th scope=\"row\"><a id=\"flag-link-R018\" "
                                + "href=\"/auditor/red-flags?code=R018\">R018</a></th><td>Single bid received</td>"
                                + "<td class=\"number\">3</td></tr>"),
                        // concentration per buyer
                        containsString("<a href=\"/auditor/buyers/buyer-northvale\">Northvale City Council</a>"),
                        containsString("<td class=\"number\">0.52</td>"),
                        containsString("<a href=\"/auditor/suppliers/supplier-acme\">Acme Build Ltd</a>"),
                        containsString("<td class=\"number\">66.0%</td>"),
                        // the other audit pages and the chart library, served by the portal itself
                        containsString("<a id=\"link-awards\" href=\"/auditor/awards\">Award history</a>"),
                        containsString("<a id=\"link-red-flags\" href=\"/auditor/red-flags\">Red flags</a>"),
                        containsString("<a id=\"link-integrity-reports\" href=\"/auditor/integrity-reports\">"),
                        containsString("<form method=\"get\" action=\"/auditor/audit-report.pdf\" id=\"audit-report-form\">"),
                        containsString("<script src=\"/webjars/echarts/5.3.1/dist/echarts.min.js\" defer></script>"),
                        containsString("<script src=\"/js/auditor-charts.js\" defer></script>"),
                        not(containsString("cdn")))
                .extract().asString();

        JsonNode charts = json.readTree(chartData(page));
        assertEquals("[\"2026-10\",\"2026-11\"]", charts.at("/spend/categories").toString());
        assertEquals("/auditor/processes?month=2026-11", charts.at("/spend/series/0/data/1/href").asText());
        assertEquals(123.45, charts.at("/spend/series/0/data/1/value").asDouble());
        assertTrue(charts.at("/spend/series/1/data/0").isNull(), "no PLN awards in October");
        assertEquals("/auditor/processes?singleBid=true", charts.at("/singleBid/slices/0/href").asText());
        assertEquals(3, charts.at("/singleBid/slices/0/value").asInt());
        assertEquals(5, charts.at("/singleBid/slices/1/value").asInt());
        assertEquals("/auditor/red-flags?code=R024", charts.at("/flags/series/0/data/1/href").asText());
        assertEquals("/auditor/buyers/buyer-northvale", charts.at("/concentration/series/0/data/0/href").asText());
        assertEquals(52.0, charts.at("/concentration/series/0/data/0/value").asDouble());
        assertEquals(66.0, charts.at("/concentration/series/1/data/0/value").asDouble());

        given().get("/webjars/echarts/5.3.1/dist/echarts.min.js").then().statusCode(200);
        given().get("/js/auditor-charts.js").then().statusCode(200).body(containsString("echarts.init"));
    }

    private static String chartData(String page) {
        Matcher data = Pattern.compile("<script type=\"application/json\" id=\"auditor-chart-data\">(.*?)</script>",
                Pattern.DOTALL).matcher(page);
        assertTrue(data.find(), "the chart data is in the page");
        return data.group(1);
    }

    @Test
    @TestSecurity(user = "auditor.farah", roles = "auditor")
    void theFiltersGoToContractServiceAndTheDrillDownsKeepTheBuyer() throws Exception {
        dashboardAnswers();

        String page = given().queryParam("buyer", "buyer-northvale").queryParam("from", "2026-01-01")
                .queryParam("to", "2026-12-31").get("/auditor").then().statusCode(200)
                .body(containsString("value=\"buyer-northvale\""), containsString("value=\"2026-01-01\""),
                        containsString("href=\"/auditor/processes?month=2026-11&amp;buyer=buyer-northvale\""),
                        containsString("href=\"/auditor/red-flags?code=R018&amp;buyer=buyer-northvale\""))
                .extract().asString();
        verify(analytics).overview("buyer-northvale", "2026-01-01", "2026-12-31");
        verify(analytics).redFlagSummary("buyer-northvale");
        assertEquals("/auditor/processes?singleBid=true&buyer=buyer-northvale",
                json.readTree(chartData(page)).at("/singleBid/slices/0/href").asText());
    }

    @Test
    @TestSecurity(user = "auditor.farah", roles = "auditor")
    void aNameCannotEndTheChartDataScript() throws Exception {
        Analytics.Overview overview = read(AuditorFixtures.OVERVIEW.replace("Northvale City Council",
                "</script><script>alert(1)</script>"), Analytics.Overview.class);
        when(analytics.overview(any(), any(), any())).thenReturn(overview);
        when(analytics.redFlagSummary(any())).thenReturn(read(AuditorFixtures.FLAG_SUMMARY, Analytics.FlagSummary.class));

        String page = given().get("/auditor").then().statusCode(200)
                .body(not(containsString("<script>alert(1)"))).extract().asString();
        assertEquals("</script><script>alert(1)</script> (EUR)",
                json.readTree(chartData(page)).at("/concentration/categories/0").asText());
    }

    @Test
    @TestSecurity(user = "auditor.farah", roles = "auditor")
    void redFlagsThatCannotBeFetchedLeaveTheRestOfTheDashboard() {
        when(analytics.overview(any(), any(), any())).thenReturn(read(AuditorFixtures.OVERVIEW, Analytics.Overview.class));
        when(analytics.redFlagSummary(any())).thenThrow(new ProcessingException("Connection refused"));

        given().get("/auditor").then().statusCode(200)
                .body(containsString("id=\"flags-unavailable\">The red flags cannot be shown right now."),
                        containsString("<td class=\"number\" id=\"single-bid-share\">37.5%</td>"));
    }

    @Test
    @TestSecurity(user = "auditor.farah", roles = "auditor")
    void theDashboardSpeaksUkrainian() {
        dashboardAnswers();

        given().header("Accept-Language", "uk").get("/auditor").then().statusCode(200)
                .body(containsString("<h1>Панель аудитора</h1>"),
                        containsString("<caption>4 з 12 процедур мають принаймні один червоний прапорець</caption>"),
                        containsString("Процедури з однією пропозицією"));
    }

    // --- who may see it --------------------------------------------------------------------------------------------

    @Test
    @TestSecurity(user = "officer.anna", roles = "officer")
    void officersGetTheForbiddenPage() {
        for (String path : PAGES) {
            given().get(path).then().statusCode(403).body(containsString("<html"));
        }
        given().get("/").then().body(not(containsString("nav-auditor")));
        verifyNoInteractions(analytics);
    }

    @Test
    @TestSecurity(user = "supplier.acme", roles = "supplier")
    void suppliersGetTheForbiddenPage() {
        for (String path : PAGES) {
            given().get(path).then().statusCode(403);
        }
        verifyNoInteractions(analytics);
    }

    @Test
    @TestSecurity(user = "evaluator.dana", roles = "evaluator")
    void evaluatorsGetTheForbiddenPage() {
        for (String path : PAGES) {
            given().get(path).then().statusCode(403);
        }
        verifyNoInteractions(analytics);
    }

    @Test
    void visitorsAreSentToLogIn() {
        for (String path : PAGES) {
            given().redirects().follow(false).get(path).then().statusCode(302);
        }
        verifyNoInteractions(analytics);
    }

    @Test
    @TestSecurity(user = "auditor.farah", roles = "auditor")
    void contractServiceRefusingTheAuditorIsTheForbiddenPage() {
        when(analytics.overview(any(), any(), any()))
                .thenThrow(new ContractServiceException(new Problem("Forbidden", 403, "Auditors only.", List.of())));

        given().get("/auditor").then().statusCode(403);
    }

    // --- bad filters ----------------------------------------------------------------------------------------------

    @Test
    @TestSecurity(user = "auditor.farah", roles = "auditor")
    void filtersThePortalCannotUseAreShownAtTheFormAndNeverSent() {
        given().queryParam("from", "2026-13-01").get("/auditor").then().statusCode(400)
                .body(containsString("id=\"filter-from-error\">Enter a day as YYYY-MM-DD."),
                        containsString("value=\"2026-13-01\""));
        given().queryParam("from", "2026-12-01").queryParam("to", "2026-01-31").get("/auditor").then().statusCode(400)
                .body(containsString("id=\"filter-to-error\">The end of the period must not be before its start."));
        given().queryParam("month", "11/2026").queryParam("page", "-1").get("/auditor/processes").then().statusCode(400)
                .body(containsString("id=\"filter-month-error\">Enter a month as YYYY-MM."),
                        containsString("The page must be a whole number from 0."));
        given().queryParam("singleBid", "maybe").get("/auditor/processes").then().statusCode(400)
                .body(containsString("id=\"filter-singleBid-error\">Choose single-bid processes or any."));
        given().queryParam("size", "1000").get("/auditor/red-flags").then().statusCode(400)
                .body(containsString("The page size must be a whole number from 1 to 100."));
        given().queryParam("minValue", "lots").queryParam("sort", "cheapest").queryParam("currency", "euro")
                .get("/auditor/awards").then().statusCode(400)
                .body(containsString("id=\"filter-minValue-error\">Enter an amount of 0 or more"),
                        containsString("id=\"filter-sort-error\">Choose one of the orders offered."),
                        containsString("id=\"filter-currency-error\">Enter a three-letter currency code"));
        given().queryParam("minValue", "500").queryParam("maxValue", "100").get("/auditor/awards.csv").then()
                .statusCode(400).contentType(startsWith("text/html"))
                .body(containsString("The highest value must not be below the lowest."));
        given().queryParam("to", "yesterday").get("/auditor/audit-report.pdf").then().statusCode(400)
                .contentType(startsWith("text/html")).body(containsString("Enter a day as YYYY-MM-DD."));
        verifyNoInteractions(analytics);
    }

    @Test
    @TestSecurity(user = "auditor.farah", roles = "auditor")
    void aFilterContractServiceRefusesIsShownWithItsReason() {
        when(analytics.processes(any(), any(), eq("45"), eq("negotiated"), any(), any(), any(), anyInt(), anyInt()))
                .thenThrow(refused(400, "Unknown procurement method.",
                        new Problem.FieldError("method", "Use open, selective, limited or direct.")));

        given().queryParam("cpv", "45").queryParam("method", "negotiated").get("/auditor/processes").then()
                .statusCode(400)
                .body(containsString("Unknown procurement method."),
                        containsString("Use open, selective, limited or direct."),
                        containsString("value=\"negotiated\""));
    }

    // --- drill-downs ----------------------------------------------------------------------------------------------

    @Test
    @TestSecurity(user = "auditor.farah", roles = "auditor")
    void aMonthBarOpensThatMonthsProcessesEachLinkingToItsTimeline() {
        when(analytics.processes(any(), any(), any(), any(), any(), any(), any(), anyInt(), anyInt()))
                .thenReturn(read(AuditorFixtures.PROCESSES, Analytics.ProcessPage.class));

        given().queryParam("month", "2026-11").queryParam("buyer", "buyer-northvale").get("/auditor/processes").then()
                .statusCode(200)
                .body(containsString("<p class=\"result-count\" id=\"processes-count\">41 processes</p>"),
                        containsString("<a class=\"process-link\" href=\"/auditor/processes/" + OCID
                                + "\">Road resurfacing</a>"),
                        containsString("<td>Open procedure</td>"),
                        containsString("<td class=\"number\">€125,000.00</td>"),
                        containsString("<td class=\"number\">€104,250.00</td>"),
                        containsString("value=\"2026-11\""),
                        containsString("<span class=\"page-status\">Page 1 of 3</span>"),
                        containsString("<a rel=\"next\" id=\"page-next\" href=\"/auditor/processes?buyer=buyer-northvale"
                                + "&amp;month=2026-11&amp;page=1\">"));
        verify(analytics).processes("buyer-northvale", null, null, null, null, null, "2026-11", 0, 20);

        given().queryParam("singleBid", "true").queryParam("page", "2").get("/auditor/processes").then().statusCode(200)
                .body(containsString("<option value=\"true\" selected>"),
                        containsString("<a rel=\"prev\" id=\"page-previous\" href=\"/auditor/processes?singleBid=true&amp;page=1\">"));
        verify(analytics).processes(null, null, null, null, null, true, null, 2, 20);
    }

    @Test
    @TestSecurity(user = "auditor.farah", roles = "auditor")
    void aFlagBarOpensTheRedFlagsOfThatCodeWithExplanationThresholdAndEvidence() {
        when(analytics.redFlags(eq("R018"), isNull(), isNull(), isNull(), eq(0), eq(20)))
                .thenReturn(read(AuditorFixtures.FLAGS, Analytics.FlagPage.class));

        given().queryParam("code", "R018").get("/auditor/red-flags").then().statusCode(200)
                .body(containsString("<p class=\"result-count\" id=\"red-flags-count\">1 red flag"),
                        containsString("<span class=\"flag-code\">R018</span> Single bid received"),
                        containsString("<a class=\"red-flag-process-link\" href=\"/auditor/processes/" + OCID
                                + "\">Road resurfacing</a>"),
                        containsString("<p class=\"red-flag-explanation\">Only one bid was received in an open procedure.</p>"),
                        containsString("<dd class=\"red-flag-value\">1</dd>"),
                        containsString("<dd class=\"red-flag-threshold\">1</dd>"),
                        containsString("<div><dt>numberOfTenderers</dt><dd>1</dd></div>"),
                        containsString("<div><dt>bids[1].supplier</dt><dd>Acme Build Ltd</dd></div>"),
                        containsString("<div><dt>bids[1].amount</dt><dd>104250</dd></div>"),
                        containsString("<div><dt>lots</dt><dd>lot-1, lot-2</dd></div>"),
                        containsString("value=\"R018\""));
    }

    @Test
    @TestSecurity(user = "auditor.farah", roles = "auditor")
    void aFlagAboutABuyerRatherThanAProcessLinksToTheBuyerAndToNoProcess() {
        when(analytics.redFlags(isNull(), isNull(), isNull(), isNull(), eq(0), eq(20))).thenReturn(read("""
                {"items": [
                   {"code": "R024", "name": "Buyer concentration", "ocid": null, "title": null, "lotId": null,
                    "buyer": {"id": "buyer-health", "name": "Health Board"},
                    "subject": {"type": "buyer", "id": "buyer-health", "name": "Health Board"},
                    "value": 0.9, "explanation": "One supplier won most of the buyer's awards.",
                    "evidence": {"share": 0.9}, "threshold": 0.5, "source": "indicators"}],
                 "total": 1, "computedAt": "2026-11-30T06:00:00Z"}
                """, Analytics.FlagPage.class));

        given().get("/auditor/red-flags").then().statusCode(200)
                .body(containsString("<span class=\"flag-code\">R024</span> Buyer concentration"),
                        containsString("<a href=\"/auditor/buyers/buyer-health\">Health Board</a>"),
                        containsString("<p class=\"red-flag-explanation\">One supplier won most of the buyer&#39;s awards.</p>"),
                        not(containsString("red-flag-process-link")),
                        not(containsString("/auditor/processes/null")));
    }

    @Test
    @TestSecurity(user = "auditor.farah", roles = "auditor")
    void anIntactTimelineIsVerifiedInOrderWithTheRefusedAccessAttemptMarked() {
        processAnswers(AuditorFixtures.INTACT);

        String page = given().get("/auditor/processes/" + OCID).then().statusCode(200)
                .body(containsString("<p class=\"verification verification-intact\" id=\"timeline-verification\" "
                                + "role=\"status\">Timeline verified: 3 events, hash chains intact.</p>"),
                        containsString("<h1 id=\"process-title\">Road resurfacing</h1>"),
                        containsString("<a href=\"/auditor/suppliers/supplier-acme\">Acme Build Ltd</a>"),
                        containsString("<td>Confirmed</td>"),
                        containsString("<span class=\"flag-code\">R018</span>"),
                        containsString("<tr id=\"event-2\" class=\"timeline-event security-event\" data-type=\"AccessAttemptRefused\">"),
                        containsString("<span class=\"event-label\">Access attempt refused</span> "
                                + "<strong class=\"security-mark\">Security event</strong>"),
                        containsString("<strong id=\"timeline-security-count\">1 refused access attempt</strong>"),
                        containsString("<code class=\"hash\" title=\"a1b2c3d4e5f60718293a4b5c6d7e8f90a1b2c3d4e5f60718293a4b5c6d7e8f90\">"
                                + "a1b2c3d4e5f6</code>"),
                        containsString("<td>bid-service</td>"),
                        containsString("<time datetime=\"2026-11-20T09:30:00Z\">20 November 2026, 09:30 UTC</time>"),
                        not(containsString("broken-mark")))
                .extract().asString();
        int published = page.indexOf("Notice published");
        int refused = page.indexOf("Access attempt refused</span>");
        int opened = page.indexOf("Bids opened");
        assertTrue(published > 0 && published < refused && refused < opened, "the events in their order");
    }

    @Test
    @TestSecurity(user = "auditor.farah", roles = "auditor")
    void aBrokenChainSaysWhereAndHowProminently() {
        processAnswers(AuditorFixtures.BROKEN);

        given().get("/auditor/processes/" + OCID).then().statusCode(200)
                .body(containsString("<p class=\"verification verification-broken\" id=\"timeline-verification\" "
                                + "role=\"alert\">Chain broken at event 33333333-3333-3333-3333-333333333333 (sequence 2): "
                                + "content altered.</p>"),
                        containsString("<tr id=\"event-3\" class=\"timeline-event broken-event\" data-type=\"BidsOpened\">"),
                        containsString("<strong class=\"broken-mark\">Chain broken here</strong>"),
                        not(containsString("hash chains intact")));
        given().header("Accept-Language", "uk").get("/auditor/processes/" + OCID).then().statusCode(200)
                .body(containsString("Ланцюжок розірвано на події 33333333-3333-3333-3333-333333333333 "
                        + "(порядковий номер 2): вміст змінено."));
    }

    @Test
    @TestSecurity(user = "auditor.farah", roles = "auditor")
    void aProcessWhoseFlagsCannotBeFetchedStillShowsItsTimelineAndAnUnknownOneIsNotFound() {
        when(analytics.process(OCID)).thenReturn(read(AuditorFixtures.PROCESS.formatted(AuditorFixtures.INTACT),
                Analytics.AuditedProcess.class));
        when(analytics.redFlags(null, OCID, null, null, 0, 100)).thenThrow(new ProcessingException("Connection refused"));
        when(analytics.process("ocds-op7x2k-T-2026-999999")).thenThrow(refused(404, "No process."));

        given().get("/auditor/processes/" + OCID).then().statusCode(200)
                .body(containsString("The red flags cannot be shown right now."),
                        containsString("Timeline verified: 3 events, hash chains intact."));
        given().get("/auditor/processes/ocds-op7x2k-T-2026-999999").then().statusCode(404);
    }

    @Test
    @TestSecurity(user = "auditor.farah", roles = "auditor")
    void theAwardHistoryIsFilteredSortedPagedAndDownloadableAsCsvWithTheSameFilters() {
        when(analytics.awards(any(), any(), any(), any(), any(), any(), any(), any(), any(), any(), anyInt(), anyInt()))
                .thenReturn(read(AuditorFixtures.AWARDS, Analytics.AwardPage.class));

        given().queryParam("supplier", "supplier-acme").queryParam("currency", "eur").queryParam("minValue", "1000")
                .queryParam("sort", "-value").queryParam("size", "2").get("/auditor/awards").then().statusCode(200)
                .body(containsString("<p class=\"result-count\" id=\"awards-count\">3 awards</p>"),
                        containsString("<a href=\"/auditor/processes/" + OCID + "\">Road resurfacing</a>"),
                        containsString("<a href=\"/auditor/buyers/buyer-northvale\">Northvale City Council</a>"),
                        containsString("<td>Confirmed</td>"),
                        containsString("<time datetime=\"2027-01-26T13:15:00Z\">26 January 2027</time>"),
                        containsString("<option value=\"-value\" selected>Highest value first</option>"),
                        containsString("<a id=\"awards-csv\" href=\"/auditor/awards.csv?supplier=supplier-acme&amp;minValue=1000"
                                + "&amp;currency=eur&amp;sort=-value\" type=\"text/csv\" download>"),
                        containsString("<a rel=\"next\" id=\"page-next\" href=\"/auditor/awards?supplier=supplier-acme"
                                + "&amp;minValue=1000&amp;currency=eur&amp;sort=-value&amp;size=2&amp;page=1\">"));
        verify(analytics).awards(null, "supplier-acme", null, null, null, null, "1000", null, "EUR", "-value", 0, 2);
    }

    @Test
    @TestSecurity(user = "auditor.farah", roles = "auditor")
    void theCsvAndTheAuditReportArePassedThroughWithTheirContentTypes() {
        byte[] csv = "ocid,awardId,supplier,amount,currency\nocds-op7x2k-T-2026-000042,a-1,Zieliński,104250.00,EUR\n"
                .getBytes(StandardCharsets.UTF_8);
        when(analytics.awardsCsv(eq("buyer-northvale"), isNull(), isNull(), isNull(), eq("2026-01-01"), isNull(),
                isNull(), isNull(), isNull(), isNull()))
                .thenReturn(RestResponse.ResponseBuilder.ok((InputStream) new ByteArrayInputStream(csv), "text/csv").build());
        byte[] pdf = "%PDF-1.7\n%audit report\n%%EOF\n".getBytes(StandardCharsets.US_ASCII);
        when(analytics.auditReport("buyer-northvale", "2026-01-01", "2026-12-31"))
                .thenReturn(RestResponse.ResponseBuilder.ok((InputStream) new ByteArrayInputStream(pdf), "application/pdf")
                        .header("Content-Disposition", "attachment; filename=\"audit-report-buyer-northvale.pdf\"").build());

        byte[] csvBody = given().queryParam("buyer", "buyer-northvale").queryParam("from", "2026-01-01")
                .get("/auditor/awards.csv").then().statusCode(200).contentType(startsWith("text/csv"))
                .header("Content-Disposition", "attachment; filename=\"awards.csv\"").extract().asByteArray();
        assertArrayEquals(csv, csvBody);

        byte[] pdfBody = given().queryParam("buyer", "buyer-northvale").queryParam("from", "2026-01-01")
                .queryParam("to", "2026-12-31").get("/auditor/audit-report.pdf").then().statusCode(200)
                .contentType(startsWith("application/pdf"))
                .header("Content-Disposition", "attachment; filename=\"audit-report-buyer-northvale.pdf\"")
                .extract().asByteArray();
        assertArrayEquals(pdf, pdfBody);
    }

    @Test
    @TestSecurity(user = "auditor.farah", roles = "auditor")
    void aConcentrationBarOpensTheBuyersProfileAndASupplierHasOneToo() {
        when(analytics.buyer("buyer-northvale")).thenReturn(read(AuditorFixtures.BUYER, Analytics.BuyerProfile.class));
        when(analytics.supplier("supplier-zielinski")).thenReturn(read(AuditorFixtures.SUPPLIER, Analytics.SupplierProfile.class));
        when(analytics.buyer("nobody")).thenThrow(refused(404, "No buyer."));

        given().get("/auditor/buyers/buyer-northvale").then().statusCode(200)
                .body(containsString("<h1 id=\"buyer-name\">Northvale City Council</h1>"),
                        containsString("<dd id=\"buyer-non-open-share\">25.0%</dd>"),
                        containsString("<a href=\"/auditor/processes?buyer=buyer-northvale&amp;singleBid=true\">3</a> (37.5%)"),
                        containsString("<dd id=\"buyer-hhi\">0.52</dd>"),
                        containsString("<dd id=\"buyer-top-share\">66.0%</dd>"),
                        containsString("<dd id=\"buyer-spend\">€166,050.00</dd>"),
                        containsString("<th scope=\"row\">Direct award</th><td class=\"number\">3</td>"),
                        containsString("<td class=\"number\">4</td><td class=\"number\">€109,590.00</td><td class=\"number\">66.0%</td>"));
        given().get("/auditor/suppliers/supplier-zielinski").then().statusCode(200)
                .body(containsString("<h1 id=\"supplier-name\">Zieliński i Synowie sp. z o.o.</h1>"),
                        containsString("<dd id=\"supplier-bids\">7</dd>"),
                        containsString("<dd id=\"supplier-win-rate\">33.3%</dd>"),
                        containsString("<dd id=\"supplier-awarded\">PLN99,800.50</dd>"),
                        containsString("<td class=\"number\">40.0%</td>"));
        given().get("/auditor/buyers/nobody").then().statusCode(404);
    }

    @Test
    @TestSecurity(user = "auditor.farah", roles = "auditor")
    void anUnreachableContractServiceIsTheUnavailablePage() {
        when(analytics.awards(any(), any(), any(), any(), any(), any(), any(), any(), any(), any(), anyInt(), anyInt()))
                .thenThrow(new ProcessingException("Connection refused"));
        when(analytics.processes(anyString(), any(), any(), any(), any(), any(), any(), anyInt(), anyInt()))
                .thenThrow(refused(500, "Boom"));

        given().get("/auditor/awards").then().statusCode(503);
        given().queryParam("buyer", "x").get("/auditor/processes").then().statusCode(502);
    }
}
