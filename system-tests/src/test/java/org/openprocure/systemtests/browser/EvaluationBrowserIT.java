package org.openprocure.systemtests.browser;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.restassured.http.ContentType;
import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
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
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Evaluation in real browsers against the whole platform: after a best price-quality tender's bids are
 * opened and its committee named, two evaluators each declare no conflict of interest and score both bids
 * on their own, the chair qualifies the bids and proposes the award, the runner-up complains from its
 * result and the chair dismisses the complaint, the standstill passes on the platform's clocks, and the
 * logged-out public sees the award with its notice.
 */
class EvaluationBrowserIT {

    private static final Duration PATIENCE = Duration.ofSeconds(60);
    private static final String ACME = "Acme Build Ltd";
    private static final String ZIELINSKI = "Zieliński i Synowie sp. z o.o.";

    private final List<WebDriver> browsers = new ArrayList<>();

    @AfterEach
    void closeBrowsers() {
        browsers.forEach(WebDriver::quit);
    }

    @Test
    void twoEvaluatorsDeclareAndScoreTheChairProposesAndThePublicSeesTheAwardNotice() throws IOException {
        String ocid = Platform.publishRatedTender("officer.anna", "Evaluation in the browser " + UUID.randomUUID());
        String bids = Platform.url("bid-service");
        await("the tender's sealing key").atMost(PATIENCE).untilAsserted(() ->
                given().baseUri(bids).get("/api/tenders/{ocid}/sealing-key", ocid).then().statusCode(200));
        String annaCard = collect(ocid, "officer.anna");
        String chloeCard = collect(ocid, "officer.chloe");
        bid(ocid, "supplier.acme", "104250.00", "Two crews, night work, one lane always open.");
        bid(ocid, "supplier.zielinski", "99800.50", "Day work in three phases with a signed detour.");
        Platform.advanceClocks(Duration.ofDays(31));
        handIn(ocid, "officer.anna", annaCard);
        handIn(ocid, "officer.chloe", chloeCard);
        String evaluations = Platform.url("evaluation-service");
        await("evaluation-service has the opened bids").atMost(PATIENCE).untilAsserted(() ->
                given().baseUri(evaluations).auth().oauth2(Platform.token("auditor.farah"))
                        .get("/api/evaluations/{ocid}", ocid).then().statusCode(200)
                        .body("status", equalTo("bids_opened")));
        given().baseUri(evaluations).auth().oauth2(Platform.token("officer.anna")).contentType(ContentType.JSON)
                .body("{\"members\": [{\"username\": \"evaluator.dana\", \"name\": \"Dana Novák\", \"chair\": true},"
                        + " {\"username\": \"evaluator.ines\", \"name\": \"Inês Ferreira\", \"chair\": false}]}")
                .put("/api/evaluations/{ocid}/committee", ocid).then().statusCode(200);

        WebDriver dana = browser();
        logIn(dana, "evaluator.dana");
        dana.findElement(By.id("nav-my-evaluations")).click();
        waits(dana).until(ExpectedConditions.elementToBeClickable(By.cssSelector("a[href$='/evaluations/" + ocid + "']")))
                .click();
        assertTrue(dana.findElements(By.cssSelector("[id^='qualify-']")).isEmpty()
                        && !dana.findElement(By.tagName("main")).getText().contains("104,250"),
                "before the declaration, no bid is shown: " + dana.findElement(By.tagName("main")).getText());
        declareNoConflict(dana);
        Map<String, String> bidIds = bidIdsByBidder(dana);
        assertEquals(2, bidIds.size(), "both bids are shown once declared: " + bidIds);
        for (String bidId : bidIds.values()) {
            qualify(dana, ocid, bidId);
        }
        score(dana, ocid, bidIds.get(ACME), "24", "Night work keeps the road open; noise plan is thin.");
        score(dana, ocid, bidIds.get(ZIELINSKI), "21", "Phasing is sound; the detour adds 9 minutes for buses.");
        assertTrue(dana.findElement(By.id("scores-" + bidIds.get(ACME))).getText().toLowerCase().contains("waiting"),
                "Dana does not see Inês's scores before Inês has scored: "
                        + dana.findElement(By.id("scores-" + bidIds.get(ACME))).getText());

        WebDriver ines = browser();
        logIn(ines, "evaluator.ines");
        ines.get(Platform.portalUrl() + "/evaluations/" + ocid);
        declareNoConflict(ines);
        assertTrue(ines.findElement(By.id("score-" + bidIds.get(ACME))).getText().indexOf("Night work keeps") < 0,
                "Inês's form does not show Dana's scores");
        score(ines, ocid, bidIds.get(ACME), "26", "Best traffic management of the two.");
        score(ines, ocid, bidIds.get(ZIELINSKI), "19.5", "Three phases mean three closures.");
        String allScores = ines.findElement(By.id("scores-" + bidIds.get(ACME))).getText();
        assertTrue(allScores.contains("Night work keeps the road open") && allScores.contains("Best traffic management"),
                "once both have scored, each sees both: " + allScores);

        dana.get(Platform.portalUrl() + "/evaluations/" + ocid);
        submit(dana, "propose-lot-1-submit");
        WebElement lot = waits(dana).until(ExpectedConditions.visibilityOfElementLocated(By.id("lot-lot-1")));
        assertTrue(lot.getText().contains(ACME), "Acme (70 × 99800.50 ÷ 104250 + 25 = 92.01 against 70 + 20.25)"
                + " is proposed: " + lot.getText());
        submit(dana, "propose-lot-2-submit");

        // The runner-up reads its result and complains; the chair dismisses the complaint with a reason.
        WebDriver zielinski = browser();
        logIn(zielinski, "supplier.zielinski");
        zielinski.get(Platform.portalUrl() + "/tenders/" + ocid);
        WebElement result = waits(zielinski).until(ExpectedConditions.visibilityOfElementLocated(By.id("result")));
        assertTrue(result.getText().contains(ACME), "the bidder sees whom the award is proposed to: " + result.getText());
        zielinski.findElement(By.id("complain-lot-1-text")).sendKeys("Acme's night work breaks the noise by-law.");
        submit(zielinski, "complain-lot-1-submit");
        assertTrue(zielinski.findElement(By.id("result")).getText().contains("Acme's night work breaks the noise by-law."),
                "the complaint is on the bidder's result: " + zielinski.findElement(By.id("result")).getText());
        dana.get(Platform.portalUrl() + "/evaluations/" + ocid);
        waits(dana).until(ExpectedConditions.presenceOfElementLocated(By.id("decideComplaint-lot-1-1-dismissed"))).click();
        dana.findElement(By.id("decideComplaint-lot-1-1-reason")).sendKeys("Night work is allowed by the permit.");
        submit(dana, "decideComplaint-lot-1-1-submit");
        assertTrue(dana.findElement(By.id("lot-lot-1")).getText().contains("Night work is allowed by the permit."),
                dana.findElement(By.id("lot-lot-1")).getText());

        Platform.advanceClocks(Duration.ofDays(11));
        await("the standstill passes and the award is confirmed").atMost(PATIENCE).untilAsserted(() ->
                given().baseUri(evaluations).get("/api/awards/{ocid}", ocid).then().statusCode(200)
                        .body("lots[0].status", equalTo("awarded")));

        WebDriver visitor = browser();
        visitor.get(Platform.portalUrl() + "/tenders/" + ocid);
        WebElement award = waits(visitor).until(ExpectedConditions.visibilityOfElementLocated(By.id("award-lot-1")));
        assertEquals(ACME, award.findElement(By.cssSelector("dd.award-supplier")).getText().strip());
        assertTrue(award.findElement(By.cssSelector("dd.award-value")).getText().contains("104,250.00"),
                award.getText());
        WebElement notice = visitor.findElement(By.id("award-lot-1-notice"));
        assertEquals("Award notice (PDF)", notice.getText().strip());
        byte[] pdf = given().get(notice.getDomProperty("href")).then().statusCode(200)
                .contentType("application/pdf").extract().asByteArray();
        try (PDDocument document = Loader.loadPDF(pdf)) {
            String text = new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
            assertTrue(text.contains("Supplier " + ACME) && text.contains("Award value 104250.00 EUR"), text);
        }
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

    private static void declareNoConflict(WebDriver browser) {
        WebElement form = waits(browser).until(ExpectedConditions.visibilityOfElementLocated(By.id("declaration")));
        List<WebElement> none = form.findElements(By.cssSelector("input.declare-none"));
        assertEquals(2, none.size(), "one declaration per bidder: " + form.getText());
        none.forEach(WebElement::click);
        submit(browser, "declaration-submit");
        waits(browser).until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("[id^='qualify-']")));
    }

    /** The bids on the evaluation page, by bidder name. */
    private static Map<String, String> bidIdsByBidder(WebDriver browser) {
        Map<String, String> ids = new java.util.HashMap<>();
        for (WebElement bid : browser.findElements(By.cssSelector("li.evaluated-bid"))) {
            ids.put(bid.findElement(By.cssSelector("h3.bidder")).getText().strip(),
                    bid.findElement(By.cssSelector("dl.facts code")).getText().strip());
        }
        return ids;
    }

    private static void qualify(WebDriver browser, String ocid, String bidId) {
        String form = "qualify-" + bidId + "-lot-1";
        WebElement qualified = waits(browser).until(ExpectedConditions.presenceOfElementLocated(By.id(form + "-qualified")));
        qualified.click();
        browser.findElement(By.id(form + "-reason")).sendKeys("Turnover and two comparable contracts shown.");
        submit(browser, form + "-submit");
        waits(browser).until(ExpectedConditions.presenceOfElementLocated(By.id(form)));
        assertTrue(browser.findElements(By.cssSelector(".message-error")).isEmpty(),
                "the qualification is taken: " + browser.findElement(By.tagName("main")).getText());
    }

    private static void score(WebDriver browser, String ocid, String bidId, String score, String reason) {
        WebElement input = waits(browser).until(ExpectedConditions.presenceOfElementLocated(
                By.id("score-" + bidId + "-0")));
        input.clear();
        input.sendKeys(score);
        browser.findElement(By.id("score-" + bidId + "-0-reason")).sendKeys(reason);
        submit(browser, "score-" + bidId + "-submit");
        waits(browser).until(ExpectedConditions.presenceOfElementLocated(By.id("scores-" + bidId)));
        assertTrue(browser.findElements(By.cssSelector(".message-error")).isEmpty(),
                "the scores are taken: " + browser.findElement(By.tagName("main")).getText());
    }

    private static void submit(WebDriver browser, String buttonId) {
        WebElement button = waits(browser).until(ExpectedConditions.presenceOfElementLocated(By.id(buttonId)));
        JavascriptExecutor page = (JavascriptExecutor) browser;
        page.executeScript("arguments[0].scrollIntoView(true); window.beforeSubmit = true;", button);
        button.click();
        // the form posts and the answer is a new document, without the mark
        waits(browser).until(b -> {
            try {
                return ((JavascriptExecutor) b).executeScript("return window.beforeSubmit === undefined"
                        + " && document.readyState === 'complete';");
            } catch (org.openqa.selenium.WebDriverException navigating) {
                return false;
            }
        });
    }

    private static String collect(String ocid, String officer) {
        return given().baseUri(Platform.url("bid-service")).auth().oauth2(Platform.token(officer))
                .post("/api/tenders/{ocid}/key-shares/mine", ocid).then().statusCode(200).extract().path("text");
    }

    private static void bid(String ocid, String supplier, String amount, String approach) {
        given().baseUri(Platform.url("bid-service")).auth().oauth2(Platform.token(supplier))
                .contentType(ContentType.JSON).header("Idempotency-Key", UUID.randomUUID().toString())
                .body("{\"lots\": [{\"lotId\": \"lot-1\", \"price\": {\"amount\": " + amount
                        + ", \"currency\": \"EUR\"}}], \"answers\": [{\"criterion\": \"Technical approach\", \"text\": \""
                        + approach + "\"}]}")
                .post("/api/tenders/{ocid}/bids", ocid).then().statusCode(201);
    }

    private static void handIn(String ocid, String officer, String card) {
        given().baseUri(Platform.url("bid-service")).auth().oauth2(Platform.token(officer))
                .contentType(ContentType.JSON).body("{\"card\": \"" + card + "\"}")
                .post("/api/tenders/{ocid}/opening/shares", ocid).then().statusCode(200);
    }
}
