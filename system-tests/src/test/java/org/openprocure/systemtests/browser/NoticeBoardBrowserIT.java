package org.openprocure.systemtests.browser;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import io.restassured.path.json.JsonPath;

import org.openprocure.systemtests.Platform;

/** The public notice board and the login round trip, in a real browser against the whole platform. */
class NoticeBoardBrowserIT {

    private static final String OFFICER = "officer.anna";
    private static final String PASSWORD = "demo";
    private static final String TITLE = "Road resurfacing — Zieliński Street";
    private static final Duration PATIENCE = Duration.ofSeconds(60);

    private static String ocid;

    private WebDriver browser;

    @BeforeAll
    static void anOfficerPublishesATender() {
        Platform.get();
        ocid = Platform.publishDemoTender(OFFICER, TITLE);
    }

    @AfterEach
    void closeBrowser() {
        if (browser != null) {
            browser.quit();
        }
    }

    @Test
    void theAnonymousNoticeBoardListsThePublishedTender() {
        browser = Chromium.desktop();

        WebElement notice = awaitNotice(ocid);

        assertEquals(TITLE, notice.findElement(By.cssSelector(".notice-title")).getText());
        assertEquals(ocid, notice.findElement(By.cssSelector(".notice-ocid")).getText());
        assertEquals(1, browser.findElements(By.cssSelector("a[href='/login']")).size(),
                "an anonymous visitor is offered the login link");
    }

    @Test
    void anOfficerLogsInSeesWhoTheyAreAndLogsOut() {
        browser = Chromium.desktop();
        WebDriverWait wait = new WebDriverWait(browser, PATIENCE);
        JsonPath officer = claims(Platform.token(OFFICER));
        String name = officer.getString("name");
        String organisation = Optional.ofNullable(officer.getString("org_name")).orElse(officer.getString("org"));
        assertNotNull(name, "Keycloak puts the officer's name into the token");
        assertNotNull(organisation, "Keycloak puts the officer's organisation (org_name or org) into the token");

        browser.get(Platform.portalUrl());
        browser.findElement(By.cssSelector("a[href='/login']")).click();

        WebElement username = wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("username")));
        assertTrue(browser.getCurrentUrl().contains("/realms/procurement/"), "the login form is Keycloak's");
        username.sendKeys(OFFICER);
        browser.findElement(By.id("password")).sendKeys(PASSWORD);
        browser.findElement(By.id("kc-login")).click();

        WebElement viewerName = wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".viewer-name")));
        assertTrue(browser.getCurrentUrl().startsWith(Platform.portalUrl()), "back on the portal after login");
        assertEquals(name, viewerName.getText());
        assertEquals(organisation, browser.findElement(By.cssSelector(".viewer-org")).getText());
        assertTrue(browser.findElements(By.cssSelector("a[href='/login']")).isEmpty(), "no login link once signed in");

        browser.findElement(By.cssSelector("a[href='/logout']")).click();

        wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("a[href='/login']")));
        assertTrue(browser.getCurrentUrl().startsWith(Platform.portalUrl()), "back on the portal after logout");
        assertTrue(browser.findElements(By.cssSelector(".viewer-name")).isEmpty(), "nobody is shown as signed in");
    }

    @Test
    void onAPhoneThePageDoesNotScrollSideways() {
        browser = Chromium.phone();

        awaitNotice(ocid);

        JavascriptExecutor page = (JavascriptExecutor) browser;
        long layoutWidth = ((Number) page.executeScript("return document.documentElement.clientWidth")).longValue();
        long viewport = ((Number) page.executeScript("return window.innerWidth")).longValue();
        long content = ((Number) page.executeScript("return document.documentElement.scrollWidth")).longValue();
        // A phone browser zooms out to fit content that is too wide, which widens innerWidth;
        // the layout width stays the phone's only when the page fits and sets its viewport.
        assertEquals(360, layoutWidth, "the page lays out at the phone's width");
        assertTrue(content <= viewport && content <= layoutWidth,
                "page is " + content + " px wide on a " + layoutWidth + " px phone (viewport " + viewport + " px)");
    }

    @Test
    void theSkipLinkIsTheFirstThingTabReaches() {
        browser = Chromium.desktop();
        browser.get(Platform.portalUrl());

        new Actions(browser).sendKeys(Keys.TAB).perform();

        WebElement focused = browser.switchTo().activeElement();
        assertEquals("skip-link", focused.getDomAttribute("class"));
        assertTrue(focused.getDomAttribute("href").equals("#main"), "the skip link leads to the main content");
        assertTrue(focused.isDisplayed(), "the focused skip link becomes visible");

        focused.sendKeys(Keys.ENTER);

        assertEquals("main", browser.switchTo().activeElement().getDomAttribute("id"));
    }

    /**
     * Reloads the board until the notice appears: publishing reaches the public API
     * asynchronously, and other tests may have pushed it beyond the first page.
     */
    private WebElement awaitNotice(String expectedOcid) {
        return await("notice " + expectedOcid + " on the notice board")
                .atMost(PATIENCE)
                .pollInterval(Duration.ofSeconds(1))
                .ignoreExceptions()
                .until(() -> findNotice(expectedOcid), Optional::isPresent)
                .orElseThrow();
    }

    private Optional<WebElement> findNotice(String expectedOcid) {
        browser.get(Platform.portalUrl());
        while (true) {
            for (WebElement notice : browser.findElements(By.cssSelector("li.notice"))) {
                if (expectedOcid.equals(notice.findElement(By.cssSelector(".notice-ocid")).getText())) {
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

    private static JsonPath claims(String jwt) {
        String payload = jwt.split("\\.")[1];
        return JsonPath.from(new String(Base64.getUrlDecoder().decode(payload), StandardCharsets.UTF_8));
    }
}
