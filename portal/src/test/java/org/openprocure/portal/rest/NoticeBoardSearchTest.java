package org.openprocure.portal.rest;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyInt;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.eclipse.microprofile.rest.client.inject.RestClient;
import org.junit.jupiter.api.Test;

import io.quarkus.test.InjectMock;
import io.quarkus.test.junit.QuarkusTest;

import org.openprocure.portal.client.Notice;
import org.openprocure.portal.client.NoticePage;
import org.openprocure.portal.client.NoticeSearch;
import org.openprocure.portal.client.OrganizationReference;
import org.openprocure.portal.client.Problem;
import org.openprocure.portal.client.TenderServiceClient;
import org.openprocure.portal.client.TenderServiceException;
import org.openprocure.portal.client.Value;

@QuarkusTest
class NoticeBoardSearchTest {

    @InjectMock
    @RestClient
    TenderServiceClient tenderService;

    private static Notice roadResurfacing() {
        return new Notice("ocds-op7x2k-T-2026-000042", UUID.fromString("5f0c2b8e-7d1a-4c55-9f3e-2a6b8d9e0c11"),
                "Road resurfacing — Zieliński Street",
                new OrganizationReference("buyer-northvale", "Northvale City Council"), "open", "works",
                new Value(new BigDecimal("125000.00"), "EUR"), Instant.parse("2026-12-20T12:00:00Z"),
                Instant.parse("2026-11-30T09:00:00Z"), "active", "tendering");
    }

    @Test
    void theSearchFieldsGoToTenderServiceAndStayInThePageLinks() {
        NoticeSearch search = new NoticeSearch("road", "4523", "tendering", "2026-12-01T00:00:00Z",
                "2026-12-31T23:59:59Z", "1000", "200000.50", "deadline", 1, 20);
        when(search.from(tenderService)).thenReturn(new NoticePage(List.of(roadResurfacing()), 1, 20, 45));

        given().queryParam("q", " road ")
                .queryParam("cpv", "4523")
                .queryParam("status", "tendering")
                .queryParam("deadlineFrom", "2026-12-01")
                .queryParam("deadlineTo", "2026-12-31")
                .queryParam("valueMin", "1000")
                .queryParam("valueMax", "200000.50")
                .queryParam("sort", "deadline")
                .queryParam("page", 1)
                .when().get("/")
                .then()
                .statusCode(200)
                .body(containsString("<a href=\"/tenders/ocds-op7x2k-T-2026-000042\">"),
                        containsString("Open for bids"),
                        containsString("value=\"road\""),
                        containsString("value=\"4523\""),
                        containsString("<option value=\"tendering\" selected>Open for bids</option>"),
                        containsString("value=\"2026-12-01\""),
                        containsString("value=\"200000.50\""),
                        containsString("<option value=\"deadline\" selected>Deadline, soonest first</option>"),
                        containsString("href=\"/?q=road&amp;cpv=4523&amp;status=tendering&amp;deadlineFrom=2026-12-01"
                                + "&amp;deadlineTo=2026-12-31&amp;valueMin=1000&amp;valueMax=200000.50"
                                + "&amp;sort=deadline"
                                + "&amp;page=0\""),
                        containsString("&amp;sort=deadline&amp;page=2\""),
                        containsString("Clear the search"));

        search.from(verify(tenderService));
    }

    @Test
    void searchWordsAreEncodedInLinks() {
        NoticeSearch search = new NoticeSearch("Łódź & co", null, null, null, null, null, null, null, 0, 20);
        when(search.from(tenderService)).thenReturn(new NoticePage(List.of(roadResurfacing()), 0, 20, 21));

        given().queryParam("q", "Łódź & co")
                .when().get("/")
                .then()
                .statusCode(200)
                .body(containsString("href=\"/?q=%C5%81%C3%B3d%C5%BA+%26+co&amp;page=1\""));
    }

    @Test
    void aSearchWithoutResultsSaysSo() {
        NoticeSearch search = new NoticeSearch(null, "9999", null, null, null, null, null, null, 0, 20);
        when(search.from(tenderService)).thenReturn(new NoticePage(List.of(), 0, 20, 0));

        given().queryParam("cpv", "9999")
                .when().get("/")
                .then()
                .statusCode(200)
                .body(containsString("No notices match this search."));
    }

    @Test
    void anAmountThePortalCannotReadIsShownAtItsFieldAndNotSent() {
        given().queryParam("valueMin", "lots")
                .queryParam("deadlineTo", "31/12/2026")
                .when().get("/")
                .then()
                .statusCode(400)
                .body(containsString("Enter a number, e.g. 1250.50."),
                        containsString("Enter a date as YYYY-MM-DD."),
                        containsString("value=\"lots\""));

        verify(tenderService, never())
                .notices(any(), any(), any(), any(), any(), any(), any(), any(), anyInt(), anyInt());
    }

    @Test
    void aSearchTheServiceRefusesIsExplainedNextToTheFields() {
        NoticeSearch search = new NoticeSearch(null, null, null, null, null, "500", "100", null, 0, 20);
        when(search.from(tenderService)).thenThrow(new TenderServiceException(new Problem("Bad search", 400,
                "The value range is empty.",
                List.of(new Problem.FieldError("valueMax", "Must not be below valueMin.")))));

        given().queryParam("valueMin", "500")
                .queryParam("valueMax", "100")
                .when().get("/")
                .then()
                .statusCode(400)
                .body(containsString("The value range is empty."),
                        containsString("Must not be below valueMin."),
                        not(containsString("Notices are temporarily unavailable.")));
    }
}
