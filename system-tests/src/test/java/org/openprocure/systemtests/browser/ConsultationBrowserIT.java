package org.openprocure.systemtests.browser;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.openprocure.systemtests.Platform;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The public pre-tender consultation in real browsers against the whole platform: an officer drafts
 * a tender and puts it out for comment, an anonymous visitor comments, the officer answers and, once
 * the consultation has run its course (the platform's clocks moved ahead, nothing waits), publishes;
 * the notice is on the public board with its consultation report.
 */
class ConsultationBrowserIT {

    private static final String OFFICER = "officer.anna";
    private static final Duration PATIENCE = Duration.ofSeconds(60);
    private static final DateTimeFormatter DATETIME_LOCAL =
            DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm").withZone(ZoneOffset.UTC);

    private WebDriver officer;
    private WebDriver visitor;

    @AfterEach
    void closeBrowsers() {
        for (WebDriver browser : new WebDriver[] {officer, visitor}) {
            if (browser != null) {
                browser.quit();
            }
        }
    }

    @Test
    void anOfficerConsultsAnswersAVisitorAndPublishesWithTheConsultationReport() throws IOException {
        Platform.get();
        String title = "School meals — Łódź district " + System.currentTimeMillis();
        String comment = "Please split the lot per school, so that small kitchens can bid too.";
        String answer = "Partly accepted: two lots, north and south, each within reach of small kitchens.";
        Instant now = Platform.serverTime().truncatedTo(ChronoUnit.MINUTES);

        officer = Chromium.desktop();
        WebDriverWait officerWaits = new WebDriverWait(officer, PATIENCE);
        logIn(officer, officerWaits, OFFICER);

        officer.get(Platform.portalUrl() + "/officer/tenders/new");
        officerWaits.until(ExpectedConditions.visibilityOfElementLocated(By.name("title")));
        type(officer, "title", title);
        type(officer, "description", "Daily hot lunches for 1,200 pupils in four primary schools.");
        new Select(officer.findElement(By.name("procurementMethod"))).selectByValue("open");
        new Select(officer.findElement(By.name("mainProcurementCategory"))).selectByValue("services");
        type(officer, "currency", "EUR");
        new Select(officer.findElement(By.name("awardCriteria"))).selectByValue("priceOnly");
        type(officer, "lots[0].title", "All four schools");
        type(officer, "lots[0].estimatedValue", "180000.00");
        type(officer, "lots[0].items[0].description", "School lunches");
        type(officer, "lots[0].items[0].quantity", "120000");
        type(officer, "lots[0].items[0].unit", "meal");
        type(officer, "lots[0].items[0].classification", "55524000-9");
        dateTime(officer, "enquiryDeadline", now.plus(Duration.ofDays(20)));
        dateTime(officer, "submissionDeadline", now.plus(Duration.ofDays(30)));
        dateTime(officer, "openingDate", now.plus(Duration.ofDays(30)).plus(Duration.ofMinutes(30)));
        type(officer, "bidValidityDays", "90");
        type(officer, "openingCommittee.threshold", "2");
        type(officer, "openingCommittee.members[0].username", "officer.anna");
        type(officer, "openingCommittee.members[0].name", "Anna Kowalczyk");
        type(officer, "openingCommittee.members[1].username", "officer.bruno");
        type(officer, "openingCommittee.members[1].name", "Bruno Díaz");
        submit(officer.findElement(By.cssSelector("form.tender-form")));

        officerWaits.until(ExpectedConditions.urlMatches("/officer/tenders/[0-9a-f-]{36}"));
        String managePage = officer.getCurrentUrl().replaceAll("\\?.*$", "");
        WebElement consultation = officer.findElement(By.cssSelector("form[action$='/consultation']"));
        dateTime(officer, consultation.findElement(By.name("end")), now.plus(Duration.ofDays(5)).plus(Duration.ofHours(2)));
        submit(consultation);
        officerWaits.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("form[action$='/publish']")));
        String ocid = ocidOf(title);

        visitor = Chromium.desktop();
        WebDriverWait visitorWaits = new WebDriverWait(visitor, PATIENCE);
        visitor.get(Platform.portalUrl() + "/tenders/" + ocid);
        WebElement commentForm = visitorWaits.until(ExpectedConditions.visibilityOfElementLocated(
                By.cssSelector("form.comment-form")));
        commentForm.findElement(By.name("text")).sendKeys(comment);
        new Select(commentForm.findElement(By.name("target"))).selectByValue("section:awardCriteria");
        submit(commentForm);
        WebElement posted = visitorWaits.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("li.comment")));
        assertTrue(posted.getText().contains(comment), "the comment is public at once: " + posted.getText());
        assertTrue(posted.getText().contains("Anonymous"), "an unsigned comment shows as anonymous: " + posted.getText());

        officer.get(managePage);
        WebElement answerForm = officerWaits.until(ExpectedConditions.visibilityOfElementLocated(
                By.cssSelector("form[action*='/comments/'][action$='/answer']")));
        answerForm.findElement(By.cssSelector("input[name='resolution'][value='partiallyAccepted']")).click();
        answerForm.findElement(By.name("answer")).sendKeys(answer);
        submit(answerForm);
        officerWaits.until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("main"), answer));

        // The consultation must run its full five days: let them pass on the platform's clocks.
        Platform.advanceClocks(Duration.ofDays(5).plus(Duration.ofHours(3)));
        officer.get(managePage);
        submit(officerWaits.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("form[action$='/publish']"))));
        officerWaits.until(ExpectedConditions.invisibilityOfElementLocated(By.cssSelector("form[action$='/publish']")));

        WebElement notice = awaitNotice(visitor, ocid);
        assertEquals(title, notice.findElement(By.cssSelector(".notice-title")).getText());
        notice.findElement(By.cssSelector(".notice-title a")).click();
        WebElement report = visitorWaits.until(ExpectedConditions.visibilityOfElementLocated(
                By.cssSelector("a[href$='/consultation-report.pdf']")));
        assertTrue(visitor.findElement(By.tagName("main")).getText().contains(answer),
                "the tender's page shows the answer to the comment");

        byte[] pdf = given().get(report.getDomProperty("href")).then().statusCode(200)
                .contentType("application/pdf").extract().asByteArray();
        String reportText = textOf(pdf).replaceAll("\\s+", " ");
        for (String expected : List.of("Consultation report", title, ocid, comment, answer, "Anonymous",
                "Partly accepted")) {
            assertTrue(reportText.contains(expected), "the consultation report shows '" + expected + "'");
        }
    }

    private static void logIn(WebDriver browser, WebDriverWait wait, String username) {
        browser.get(Platform.portalUrl() + "/login");
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("username"))).sendKeys(username);
        browser.findElement(By.id("password")).sendKeys(Platform.DEMO_PASSWORD);
        browser.findElement(By.id("kc-login")).click();
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".viewer-name")));
    }

    private static void type(WebDriver browser, String name, String value) {
        WebElement field = browser.findElement(By.name(name));
        field.clear();
        field.sendKeys(value);
    }

    /** Sets a {@code datetime-local} input (read as UTC by the portal); typing into one depends on the locale. */
    private static void dateTime(WebDriver browser, String name, Instant value) {
        dateTime(browser, browser.findElement(By.name(name)), value);
    }

    private static void dateTime(WebDriver browser, WebElement field, Instant value) {
        ((JavascriptExecutor) browser).executeScript("arguments[0].value = arguments[1];", field,
                DATETIME_LOCAL.format(value));
    }

    private static void submit(WebElement form) {
        form.findElement(By.cssSelector("button[type='submit']")).click();
    }

    private static String ocidOf(String title) {
        return await("the draft's ocid").atMost(PATIENCE).until(() -> Optional.ofNullable(
                given().baseUri(Platform.url("tender-service")).auth().oauth2(Platform.token(OFFICER))
                        .get("/api/tenders").then().statusCode(200).extract().jsonPath()
                        .getString("find { it.title == '" + title + "' }.ocid")), Optional::isPresent).orElseThrow();
    }

    private static WebElement awaitNotice(WebDriver browser, String ocid) {
        return await("notice " + ocid + " on the notice board").atMost(PATIENCE).pollInterval(Duration.ofSeconds(1))
                .ignoreExceptions().until(() -> findNotice(browser, ocid), Optional::isPresent).orElseThrow();
    }

    private static Optional<WebElement> findNotice(WebDriver browser, String ocid) {
        browser.get(Platform.portalUrl());
        while (true) {
            for (WebElement notice : browser.findElements(By.cssSelector("li.notice"))) {
                if (ocid.equals(notice.findElement(By.cssSelector(".notice-ocid")).getText())
                        && notice.getText().toLowerCase(java.util.Locale.ROOT).contains("open for bids")) {
                    return Optional.of(notice);
                }
            }
            List<WebElement> next = browser.findElements(By.cssSelector("a[rel='next']"));
            if (next.isEmpty()) {
                return Optional.empty();
            }
            next.get(0).click();
        }
    }

    private static String textOf(byte[] pdf) throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(document);
        }
    }
}
