package org.openprocure.portal.rest;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.startsWith;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import jakarta.ws.rs.ProcessingException;

import org.eclipse.microprofile.rest.client.inject.RestClient;
import org.junit.jupiter.api.Test;

import io.quarkus.test.InjectMock;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.quarkus.test.security.oidc.Claim;
import io.quarkus.test.security.oidc.OidcSecurity;

import org.openprocure.portal.client.Notice;
import org.openprocure.portal.client.NoticePage;
import org.openprocure.portal.client.NoticeSearch;
import org.openprocure.portal.client.OrganizationReference;
import org.openprocure.portal.client.TenderServiceClient;
import org.openprocure.portal.client.Value;

@QuarkusTest
class NoticeBoardResourceTest {

    @InjectMock
    @RestClient
    TenderServiceClient tenderService;

    private static Notice roadResurfacing() {
        return new Notice(
                "ocds-op7x2k-T-2026-000042",
                UUID.fromString("5f0c2b8e-7d1a-4c55-9f3e-2a6b8d9e0c11"),
                "Road resurfacing — Zieliński Street",
                new OrganizationReference("buyer-northvale", "Northvale City Council"),
                "open",
                "works",
                new Value(new BigDecimal("125000.00"), "EUR"),
                Instant.parse("2026-12-20T12:00:00Z"),
                Instant.parse("2026-11-30T09:00:00Z"),
                "active");
    }

    private static Notice schoolMeals() {
        return new Notice(
                "ocds-op7x2k-T-2026-000043",
                UUID.fromString("6a1d3c9f-8e2b-4d66-8a4f-3b7c9eaf1d22"),
                "School meals for Chloé and Eun-ji’s district",
                new OrganizationReference("buyer-zielinski", "Zieliński i Synowie"),
                "selective",
                "services",
                null,
                Instant.parse("2027-01-15T09:30:00Z"),
                Instant.parse("2026-12-01T08:00:00Z"),
                "active");
    }

    @Test
    void listsTheNoticesTenderServicePublishes() {
        when(NoticeSearch.page(0, 20).from(tenderService))
                .thenReturn(new NoticePage(List.of(roadResurfacing(), schoolMeals()), 0, 20, 2));

        given().accept("text/html")
                .when().get("/")
                .then()
                .statusCode(200)
                .contentType(allOf(startsWith("text/html"), containsString("UTF-8")))
                .body(containsString("<h2 class=\"notice-title\" id=\"notice-1\">"
                                + "<a href=\"/tenders/ocds-op7x2k-T-2026-000042\">"
                                + "Road resurfacing — Zieliński Street</a></h2>"),
                        containsString("Northvale City Council"),
                        containsString("Open"),
                        containsString("Works"),
                        containsString("€125,000.00"),
                        containsString("<time datetime=\"2026-12-20T12:00:00Z\">20 December 2026, 12:00 UTC</time>"),
                        containsString("Submission deadline (UTC)"),
                        containsString("ocds-op7x2k-T-2026-000042"),
                        containsString("School meals for Chloé and Eun-ji’s district"),
                        containsString("Zieliński i Synowie"),
                        containsString("Selective"),
                        containsString("Services"),
                        containsString("Not stated"),
                        containsString("ocds-op7x2k-T-2026-000043"),
                        not(containsString("class=\"pagination\"")));

        NoticeSearch.page(0, 20).from(verify(tenderService));
    }

    @Test
    void saysSoWhenNothingIsPublished() {
        when(NoticeSearch.page(0, 20).from(tenderService)).thenReturn(new NoticePage(List.of(), 0, 20, 0));

        given().when().get("/")
                .then()
                .statusCode(200)
                .body(containsString("There are no published notices at the moment."),
                        not(containsString("class=\"notices\"")));
    }

    @Test
    void stillRendersWhenTenderServiceIsUnreachable() {
        when(NoticeSearch.page(0, 20).from(tenderService))
                .thenThrow(new ProcessingException("Connection refused: localhost/127.0.0.1:8081"));

        given().when().get("/")
                .then()
                .statusCode(200)
                .body(containsString("Notices are temporarily unavailable."),
                        not(containsString("Connection refused")),
                        not(containsString("Exception")),
                        containsString("href=\"/login\""));
    }

    @Test
    void offersPagesWhenThereAreMoreNoticesThanFitOnOne() {
        when(NoticeSearch.page(1, 20).from(tenderService))
                .thenReturn(new NoticePage(List.of(roadResurfacing()), 1, 20, 45));

        given().queryParam("page", 1)
                .when().get("/")
                .then()
                .statusCode(200)
                .body(containsString("Page 2 of 3"),
                        containsString("href=\"/?page=0\""),
                        containsString("href=\"/?page=2\""),
                        containsString("Published notices: 45"));

        NoticeSearch.page(1, 20).from(verify(tenderService));
    }

    @Test
    void aMistypedPageNumberShowsTheFirstPage() {
        when(NoticeSearch.page(0, 20).from(tenderService))
                .thenReturn(new NoticePage(List.of(roadResurfacing()), 0, 20, 1));

        given().queryParam("page", "two")
                .when().get("/")
                .then()
                .statusCode(200)
                .body(containsString("Road resurfacing — Zieliński Street"));
    }

    @Test
    void speaksUkrainianWhenTheBrowserAsksForIt() {
        when(NoticeSearch.page(0, 20).from(tenderService))
                .thenReturn(new NoticePage(List.of(roadResurfacing()), 0, 20, 1));

        given().header("Accept-Language", "uk-UA,uk;q=0.9,en;q=0.5")
                .when().get("/")
                .then()
                .statusCode(200)
                .body(containsString("<html lang=\"uk\">"),
                        containsString("<h1>Дошка оголошень</h1>"),
                        containsString("Замовник"),
                        containsString("Відкрита"),
                        containsString("Роботи"),
                        containsString("20 грудня 2026, 12:00 UTC"),
                        containsString("Кінцевий строк подання (UTC)"),
                        containsString("Перейти до основного вмісту"),
                        containsString(">Увійти</a>"),
                        containsString("Road resurfacing — Zieliński Street"));
    }

    @Test
    void fallsBackToEnglishForLanguagesItDoesNotSpeak() {
        when(NoticeSearch.page(0, 20).from(tenderService)).thenReturn(new NoticePage(List.of(), 0, 20, 0));

        given().header("Accept-Language", "de-DE,de;q=0.9")
                .when().get("/")
                .then()
                .statusCode(200)
                .body(containsString("<html lang=\"en\">"), containsString("<h1>Notice board</h1>"));
    }

    @Test
    void anonymousVisitorsSeeTheLoginLink() {
        when(NoticeSearch.page(0, 20).from(tenderService)).thenReturn(new NoticePage(List.of(), 0, 20, 0));

        given().when().get("/")
                .then()
                .statusCode(200)
                .body(containsString("<a class=\"skip-link\" href=\"#main\">Skip to main content</a>"),
                        containsString("<main id=\"main\""),
                        containsString("<a class=\"account-link\" href=\"/login\">Log in</a>"),
                        not(containsString("href=\"/logout\"")));
    }

    @Test
    @TestSecurity(user = "officer.anna", roles = { "officer", "default-roles-procurement" })
    @OidcSecurity(claims = {
            @Claim(key = "name", value = "Anna Zielińska"),
            @Claim(key = "org", value = "buyer-northvale"),
            @Claim(key = "org_name", value = "Northvale City Council") })
    void signedInUsersSeeWhoTheyAreAndCanLogOut() {
        when(NoticeSearch.page(0, 20).from(tenderService)).thenReturn(new NoticePage(List.of(), 0, 20, 0));

        given().when().get("/")
                .then()
                .statusCode(200)
                .body(containsString("<span class=\"viewer-name\">Anna Zielińska</span>"),
                        containsString("<span class=\"viewer-role\">Procurement officer</span>"),
                        containsString("<span class=\"viewer-org\">Northvale City Council</span>"),
                        containsString("<a class=\"account-link\" href=\"/logout\">Log out</a>"),
                        not(containsString("href=\"/login\"")));
    }

    @Test
    @TestSecurity(user = "supplier.eunji", roles = "supplier")
    @OidcSecurity(claims = {
            @Claim(key = "preferred_username", value = "supplier.eunji"),
            @Claim(key = "org", value = "supplier-zielinski") })
    void withoutANameOrOrganisationNameTheHeaderFallsBackToTheIdentifiers() {
        when(NoticeSearch.page(0, 20).from(tenderService)).thenReturn(new NoticePage(List.of(), 0, 20, 0));

        given().when().get("/")
                .then()
                .statusCode(200)
                .body(containsString("<span class=\"viewer-name\">supplier.eunji</span>"),
                        containsString("<span class=\"viewer-role\">Supplier</span>"),
                        containsString("<span class=\"viewer-org\">supplier-zielinski</span>"));
    }
}
