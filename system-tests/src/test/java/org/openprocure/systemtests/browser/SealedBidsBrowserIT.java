package org.openprocure.systemtests.browser;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Stream;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
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
 * Sealed bids in real browsers against the whole platform: two committee members collect their key
 * cards, a supplier submits a bid with a PDF and downloads its signed receipt, the deadline passes on
 * the platform's clocks, the two members hand in their cards and the public reads the opening record,
 * where the supplier's receipt checks out.
 */
class SealedBidsBrowserIT {

    private static final Duration PATIENCE = Duration.ofSeconds(60);

    private final List<WebDriver> browsers = new ArrayList<>();
    private final List<Path> downloadDirectories = new ArrayList<>();

    @AfterEach
    void closeBrowsers() throws IOException {
        browsers.forEach(WebDriver::quit);
        for (Path directory : downloadDirectories) {
            try (Stream<Path> files = Files.walk(directory)) {
                for (Path file : files.sorted(java.util.Comparator.reverseOrder()).toList()) {
                    Files.deleteIfExists(file);
                }
            }
        }
    }

    @Test
    void aSupplierBidsWithAPdfKeyHoldersOpenAndThePublicSeesTheRecord() throws IOException {
        String title = "Sealed bids in the browser " + UUID.randomUUID();
        String ocid = Platform.publishDemoTender("officer.anna", title);
        await("the tender's sealing key").atMost(PATIENCE).untilAsserted(() ->
                given().baseUri(Platform.url("bid-service")).get("/api/tenders/{ocid}/sealing-key", ocid)
                        .then().statusCode(200));

        Path annaDownloads = downloads();
        WebDriver anna = browser(annaDownloads);
        logIn(anna, "officer.anna");
        String annaCard = collectCard(anna, ocid);
        assertTrue(annaCard.startsWith("OPK1/"), "a key card's text: " + annaCard);
        anna.findElement(By.cssSelector("a.key-card-pdf")).click();
        assertPdf(awaitDownload(annaDownloads), "Anna Kowalczyk");

        WebDriver chloe = browser(null);
        logIn(chloe, "officer.chloe");
        String chloeCard = collectCard(chloe, ocid);
        chloe.get(Platform.portalUrl() + "/committee/key-cards");
        WebElement chloeRow = row(chloe, ocid);
        assertTrue(chloeRow.findElements(By.cssSelector("form.collect-form")).isEmpty(),
                "a collected card is not offered again: " + chloeRow.getText());

        Path supplierDownloads = downloads();
        WebDriver supplier = browser(supplierDownloads);
        logIn(supplier, "supplier.acme");
        supplier.get(Platform.portalUrl() + "/tenders/" + ocid);
        WebElement form = waits(supplier).until(ExpectedConditions.visibilityOfElementLocated(
                By.cssSelector("form.bid-form")));
        form.findElement(By.name("lot.lot-1.amount")).sendKeys("104250.00");
        WebElement currency = form.findElement(By.name("currency"));
        currency.clear();
        currency.sendKeys("EUR");
        form.findElement(By.name("documents[0].title")).sendKeys("Technical offer");
        form.findElement(By.name("documents[0].file")).sendKeys(technicalOffer().toString());
        form.findElement(By.cssSelector("button[type='submit']")).click();

        WebElement receipt = waits(supplier).until(ExpectedConditions.visibilityOfElementLocated(
                By.cssSelector("#bid .receipt")));
        assertTrue(supplier.findElement(By.cssSelector("#bid .message-success")).getText().contains("received"),
                "the page confirms the bid");
        String bidId = receipt.findElement(By.cssSelector(".receipt-bid-id")).getText();
        String envelope = receipt.findElement(By.cssSelector(".receipt-envelope")).getText();
        assertEquals(64, envelope.length(), "the envelope's SHA-256 is on the receipt");
        assertTrue(!receipt.findElement(By.cssSelector(".receipt-signature")).getText().isBlank(),
                "the receipt carries the platform's signature");
        String receiptJson = receipt.findElement(By.cssSelector("pre.copyable")).getDomProperty("textContent");
        receipt.findElement(By.cssSelector("form.receipt-pdf button")).click();
        assertPdf(awaitDownload(supplierDownloads), bidId);
        assertTrue(supplier.findElements(By.cssSelector("form.bid-form[action$='/bid']")).isEmpty()
                && !supplier.findElements(By.cssSelector("form.bid-form[action$='/replace']")).isEmpty()
                && !supplier.findElements(By.cssSelector("form.withdraw-form")).isEmpty(),
                "with a current bid the supplier may replace or withdraw it, not submit a second");

        Platform.advanceClocks(Duration.ofDays(31));
        handIn(anna, ocid, annaCard);
        assertTrue(anna.findElement(By.cssSelector(".opening-progress")).getText().contains("1 of 2"),
                "one card of two: " + anna.findElement(By.cssSelector(".opening-progress")).getText());
        handIn(chloe, ocid, chloeCard);
        assertTrue(chloe.findElement(By.tagName("main")).getText().contains("the bids are open"),
                "the second card opens the bids");
        chloe.findElement(By.cssSelector("a.opening-record-link")).click();
        waits(chloe).until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".opened-bid")));

        WebDriver visitor = browser(null);
        visitor.get(Platform.portalUrl() + "/tenders/" + ocid);
        WebElement closed = waits(visitor).until(ExpectedConditions.visibilityOfElementLocated(
                By.cssSelector("#bid .bids-closed")));
        assertTrue(closed.getText().startsWith("Bids closed at"), closed.getText());
        visitor.findElement(By.cssSelector("#bid a.opening-record-link")).click();
        WebElement bid = waits(visitor).until(ExpectedConditions.visibilityOfElementLocated(
                By.cssSelector("li.opened-bid")));
        String record = visitor.findElement(By.tagName("main")).getText();
        assertTrue(bid.getText().contains("€104,250.00"), "the bid's price is public: " + bid.getText());
        assertTrue(bid.getText().contains(envelope), "the envelope hash of the receipt is on the record");
        assertTrue(bid.getText().contains("Technical offer"), "the bid's document is listed: " + bid.getText());
        assertTrue(record.contains("Anna Kowalczyk") && record.contains("Chloé Martin"),
                "the key holders who opened are named: " + record);

        WebElement check = visitor.findElement(By.cssSelector("form.check-form"));
        ((JavascriptExecutor) visitor).executeScript("arguments[0].value = arguments[1];",
                check.findElement(By.name("receipt")), receiptJson);
        check.findElement(By.cssSelector("button[type='submit']")).click();
        WebElement verdict = waits(visitor).until(ExpectedConditions.visibilityOfElementLocated(
                By.cssSelector(".receipt-check")));
        assertTrue(verdict.getText().contains("The signature is valid")
                && verdict.getText().contains("This bid is on the record"), verdict.getText());

        // The record, with its long hashes, and the tender page fit a phone without sideways scrolling.
        WebDriver phone = Chromium.phone();
        browsers.add(phone);
        for (String path : List.of("/tenders/" + ocid + "/opening", "/tenders/" + ocid)) {
            phone.get(Platform.portalUrl() + path);
            waits(phone).until(ExpectedConditions.visibilityOfElementLocated(By.tagName("main")));
            JavascriptExecutor page = (JavascriptExecutor) phone;
            long layoutWidth = ((Number) page.executeScript("return document.documentElement.clientWidth")).longValue();
            long content = ((Number) page.executeScript("return document.documentElement.scrollWidth")).longValue();
            assertEquals(360, layoutWidth, path + " lays out at the phone's width");
            assertTrue(content <= layoutWidth, path + " is " + content + " px wide on a 360 px phone");
        }
    }

    private WebDriver browser(Path downloads) {
        WebDriver browser = downloads == null ? Chromium.desktop() : Chromium.desktop(downloads);
        browsers.add(browser);
        return browser;
    }

    private Path downloads() throws IOException {
        Path directory = Files.createTempDirectory("downloads-");
        downloadDirectories.add(directory);
        return directory;
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

    /** Collects the member's card from "My key cards"; returns its text, shown this once. */
    private static String collectCard(WebDriver browser, String ocid) {
        browser.get(Platform.portalUrl() + "/committee/key-cards");
        row(browser, ocid).findElement(By.cssSelector("form.collect-form button")).click();
        WebElement text = waits(browser).until(ExpectedConditions.visibilityOfElementLocated(
                By.cssSelector("pre.key-card-text")));
        assertTrue(browser.findElement(By.cssSelector("[role='alert']")).getText().contains("only this once"),
                "the page warns that the card is shown once");
        return text.getText().strip();
    }

    private static WebElement row(WebDriver browser, String ocid) {
        return waits(browser).until(ExpectedConditions.visibilityOfElementLocated(By.xpath(
                "//li[contains(@class,'key-card-row')][.//code[text()='" + ocid + "']]")));
    }

    private static void handIn(WebDriver browser, String ocid, String card) {
        browser.get(Platform.portalUrl() + "/committee/openings/" + ocid);
        WebElement form = waits(browser).until(ExpectedConditions.visibilityOfElementLocated(
                By.cssSelector("form.hand-in-form")));
        form.findElement(By.name("card")).sendKeys(card);
        form.findElement(By.cssSelector("button[type='submit']")).click();
        waits(browser).until(ExpectedConditions.or(
                ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".message-success")),
                ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".message-error"))));
        assertTrue(browser.findElements(By.cssSelector(".message-error")).isEmpty(),
                "the card is taken: " + browser.findElement(By.tagName("main")).getText());
    }

    /** Waits until a finished download is in the directory (Chromium writes {@code .crdownload} first). */
    private static Path awaitDownload(Path directory) {
        return await("a download in " + directory).atMost(PATIENCE).pollInterval(Duration.ofMillis(200))
                .until(() -> {
                    try (Stream<Path> files = Files.list(directory)) {
                        return files.filter(f -> f.toString().endsWith(".pdf")).findFirst();
                    }
                }, Optional::isPresent).orElseThrow();
    }

    private static void assertPdf(Path file, String expectedText) throws IOException {
        byte[] bytes = Files.readAllBytes(file);
        assertTrue(new String(bytes, 0, 5, java.nio.charset.StandardCharsets.US_ASCII).equals("%PDF-"),
                file + " is a PDF");
        try (PDDocument document = Loader.loadPDF(bytes)) {
            String text = new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
            assertTrue(text.contains(expectedText), file.getFileName() + " shows '" + expectedText + "': " + text);
        }
        Files.delete(file);
    }

    /** A one-page PDF, as a supplier's technical offer. */
    private static Path technicalOffer() {
        try (PDDocument document = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            PDPage page = new PDPage();
            document.addPage(page);
            try (PDPageContentStream content = new PDPageContentStream(document, page)) {
                content.beginText();
                content.setFont(new PDType1Font(Standard14Fonts.FontName.HELVETICA), 12);
                content.newLineAtOffset(72, 720);
                content.showText("Technical offer: milling and asphalt surfacing in three weeks.");
                content.endText();
            }
            document.save(out);
            Path file = Files.createTempFile("technical-offer-", ".pdf");
            Files.write(file, out.toByteArray());
            file.toFile().deleteOnExit();
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
