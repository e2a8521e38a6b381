package org.openprocure.systemtests.browser;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

/**
 * Headless Chromium for the browser tests, from Debian's packages: the build machines
 * cannot download a browser of their own, so Selenium is pointed at the installed
 * {@code chromium} and {@code chromedriver} and never asked to fetch either.
 */
public final class Chromium {

    public static final Path BROWSER = Path.of("/usr/bin/chromium");
    public static final Path DRIVER = Path.of("/usr/bin/chromedriver");

    private static final Duration INSTALL_TIMEOUT = Duration.ofMinutes(15);
    private static final Duration PAGE_LOAD_TIMEOUT = Duration.ofSeconds(60);

    private Chromium() {
    }

    /** A desktop-sized window, 1280×900. */
    public static ChromeDriver desktop() {
        return start(1280, 900, false, null);
    }

    /** A desktop-sized window that saves downloads into {@code downloads} without asking. */
    public static ChromeDriver desktop(Path downloads) {
        return start(1280, 900, false, downloads);
    }

    /**
     * A phone-sized viewport, 360×740, for layout checks. Chromium will not shrink a window
     * below 500 px, so the phone is emulated: a 360 px wide mobile viewport that honours the
     * page's viewport meta tag as a phone's browser does.
     */
    public static ChromeDriver phone() {
        return start(360, 740, true, null);
    }

    private static ChromeDriver start(int width, int height, boolean phone, Path downloads) {
        ensureInstalled();
        Path profile = freshProfile();
        ChromeOptions options = new ChromeOptions();
        options.setBinary(BROWSER.toFile());
        options.addArguments(
                "--headless=new",
                "--no-sandbox",
                "--disable-gpu",
                "--disable-dev-shm-usage",
                // Offline machines: without these Chromium keeps trying to reach Google's
                // services (QUIC probes, component and sync updates) and stalls page loads.
                "--disable-quic",
                "--no-first-run",
                "--disable-background-networking",
                "--disable-component-update",
                "--disable-sync",
                "--window-size=" + width + "," + height,
                "--user-data-dir=" + profile);
        if (phone) {
            options.setExperimentalOption("mobileEmulation", Map.of("deviceMetrics",
                    Map.of("width", width, "height", height, "pixelRatio", 2.0, "mobile", true, "touch", true)));
        }
        if (downloads != null) {
            options.setExperimentalOption("prefs", Map.of(
                    "download.default_directory", downloads.toAbsolutePath().toString(),
                    "download.prompt_for_download", false,
                    "download.directory_upgrade", true,
                    "plugins.always_open_pdf_externally", true));
        }
        options.setPageLoadTimeout(PAGE_LOAD_TIMEOUT);
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(DRIVER.toFile())
                .usingAnyFreePort()
                .build();
        ChromeDriver driver = new ChromeDriver(service, options);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> deleteQuietly(profile)));
        return driver;
    }

    /** Installs Debian's chromium and chromium-driver when either is missing. */
    public static synchronized void ensureInstalled() {
        if (installed()) {
            return;
        }
        if (!runningAsRoot()) {
            throw new IllegalStateException("The browser tests need " + BROWSER + " and " + DRIVER
                    + ", which are missing, and only root can install them. Run as root: "
                    + "apt-get update && apt-get install -y chromium chromium-driver");
        }
        apt("update");
        apt("install", "-y", "chromium", "chromium-driver");
        if (!installed()) {
            throw new IllegalStateException("apt-get installed chromium and chromium-driver, but "
                    + BROWSER + " or " + DRIVER + " is still missing");
        }
    }

    private static boolean installed() {
        return Files.isExecutable(BROWSER) && Files.isExecutable(DRIVER);
    }

    private static boolean runningAsRoot() {
        try {
            Process id = new ProcessBuilder("id", "-u").redirectErrorStream(true).start();
            String uid = new String(id.getInputStream().readAllBytes(), StandardCharsets.UTF_8).trim();
            return id.waitFor() == 0 && "0".equals(uid);
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    private static void apt(String... arguments) {
        List<String> command = new ArrayList<>();
        command.add("apt-get");
        command.addAll(List.of(arguments));
        Path log = null;
        try {
            log = Files.createTempFile("apt-get-", ".log");
            ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile());
            builder.environment().put("DEBIAN_FRONTEND", "noninteractive");
            Process apt = builder.start();
            if (!apt.waitFor(INSTALL_TIMEOUT.toSeconds(), TimeUnit.SECONDS)) {
                apt.destroyForcibly();
                throw new IllegalStateException(String.join(" ", command) + " did not finish within "
                        + INSTALL_TIMEOUT + "; output in " + log);
            }
            if (apt.exitValue() != 0) {
                throw new IllegalStateException(String.join(" ", command) + " failed with exit code "
                        + apt.exitValue() + ":\n" + tail(log));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Could not run " + String.join(" ", command), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while running " + String.join(" ", command), e);
        }
    }

    private static String tail(Path log) throws IOException {
        List<String> lines = Files.readAllLines(log, StandardCharsets.UTF_8);
        return String.join("\n", lines.subList(Math.max(0, lines.size() - 20), lines.size()));
    }

    private static Path freshProfile() {
        try {
            return Files.createTempDirectory("chromium-profile-");
        } catch (IOException e) {
            throw new UncheckedIOException("Could not create a Chromium profile directory", e);
        }
    }

    private static void deleteQuietly(Path directory) {
        try (Stream<Path> paths = Files.walk(directory)) {
            paths.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
        } catch (IOException | UncheckedIOException e) {
            // A profile left in the temp directory is harmless.
        }
    }
}
