package org.openprocure.systemtests.browser;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.greaterThanOrEqualTo;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.restassured.http.ContentType;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.openprocure.systemtests.Platform;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The auditor's dashboard in a real browser against the whole platform: a tender gets a single bid and is opened,
 * so contract-service raises the single-bid red flag (R018); the auditor opens the dashboard, the red flags chart is
 * drawn, the drill-down leads to the red flags of that code, and the flagged process's timeline is verified.
 */
class AuditorDashboardBrowserIT {

    private static final Duration PATIENCE = Duration.ofSeconds(60);
    /** Red flags are computed by contract-service on its own schedule, after the events have arrived. */
    private static final Duration FLAG_PATIENCE = Duration.ofMinutes(3);

    private final List<WebDriver> browsers = new ArrayList<>();

    @AfterEach
    void closeBrowsers() {
        browsers.forEach(WebDriver::quit);
    }

    @Test
    void theAuditorFollowsTheRedFlagsChartToAFlaggedProcessWhoseTimelineIsIntact() {
        String ocid = Platform.publishDemoTender("officer.anna", "Single bid for the auditor " + UUID.randomUUID());
        String bids = Platform.url("bid-service");
        await("the tender's sealing key").atMost(PATIENCE).untilAsserted(() ->
                given().baseUri(bids).get("/api/tenders/{ocid}/sealing-key", ocid).then().statusCode(200));
        String annaCard = collect(ocid, "officer.anna");
        String chloeCard = collect(ocid, "officer.chloe");
        given().baseUri(bids).auth().oauth2(Platform.token("supplier.acme")).contentType(ContentType.JSON)
                .header("Idempotency-Key", UUID.randomUUID().toString())
                .body("{\"lots\": [{\"lotId\": \"lot-1\", \"price\": {\"amount\": 104250.00, \"currency\": \"EUR\"}}]}")
                .post("/api/tenders/{ocid}/bids", ocid).then().statusCode(201);
        Platform.advanceClocks(Duration.ofDays(31));
        handIn(ocid, "officer.anna", annaCard);
        handIn(ocid, "officer.chloe", chloeCard);
        String auditor = Platform.token("auditor.farah");
        await("contract-service flags the single bid").atMost(FLAG_PATIENCE).untilAsserted(() ->
                given().baseUri(Platform.url("contract-service")).auth().oauth2(auditor)
                        .queryParam("code", "R018").queryParam("ocid", ocid)
                        .get("/api/analytics/red-flags").then().statusCode(200)
                        .body("total", greaterThanOrEqualTo(1)));

        WebDriver farah = browser();
        logIn(farah, "auditor.farah");
        farah.findElement(By.id("nav-auditor")).click();
        waits(farah).until(ExpectedConditions.presenceOfElementLocated(
                By.cssSelector("#chart-flags svg, #chart-flags canvas")));
        WebElement flagRow = farah.findElement(By.id("flags-R018"));
        assertTrue(flagRow.getText().contains("R018"), "the chart's table counts the single-bid flags: " + flagRow.getText());

        farah.findElement(By.id("flag-link-R018")).click();
        waits(farah).until(ExpectedConditions.urlContains("/auditor/red-flags?code=R018"));
        WebElement ocidFilter = waits(farah).until(ExpectedConditions.visibilityOfElementLocated(By.id("filter-ocid")));
        ocidFilter.clear();
        ocidFilter.sendKeys(ocid);
        farah.findElement(By.id("filter-submit")).click();
        By processLink = By.cssSelector("a.red-flag-process-link[href='/auditor/processes/" + ocid + "']");
        waits(farah).until(ExpectedConditions.elementToBeClickable(processLink)).click();

        WebElement verification = waits(farah).until(
                ExpectedConditions.visibilityOfElementLocated(By.id("timeline-verification")));
        String text = verification.getText();
        assertTrue(text.startsWith("Timeline verified:") && text.contains("hash chains intact"),
                "the process's timeline checks out: " + text);
        assertTrue(farah.findElement(By.id("process-red-flags")).getText().contains("R018"),
                "the process shows its red flag: " + farah.findElement(By.id("process-red-flags")).getText());
        assertTrue(farah.findElement(By.id("timeline-events")).getText().contains("Bids opened"),
                "the timeline names its events in plain language: " + farah.findElement(By.id("timeline-events")).getText());
    }

    private WebDriver browser() {
        WebDriver browser = Chromium.desktop();
        browsers.add(browser);
        return browser;
    }

    private static WebDriverWait waits(WebDriver browser) {
        return new WebDriverWait(browser, PATIENCE);
    }

    private static void logIn(WebDriver browser, String username) {
        browser.get(Platform.portalUrl() + "/login");
        waits(browser).until(ExpectedConditions.visibilityOfElementLocated(By.id("username"))).sendKeys(username);
        browser.findElement(By.id("password")).sendKeys(Platform.DEMO_PASSWORD);
        browser.findElement(By.id("kc-login")).click();
        waits(browser).until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".viewer-name")));
    }

    private static String collect(String ocid, String officer) {
        return given().baseUri(Platform.url("bid-service")).auth().oauth2(Platform.token(officer))
                .post("/api/tenders/{ocid}/key-shares/mine", ocid).then().statusCode(200).extract().path("text");
    }

    private static void handIn(String ocid, String officer, String card) {
        given().baseUri(Platform.url("bid-service")).auth().oauth2(Platform.token(officer))
                .contentType(ContentType.JSON).body("{\"card\": \"" + card + "\"}")
                .post("/api/tenders/{ocid}/opening/shares", ocid).then().statusCode(200);
    }
}
