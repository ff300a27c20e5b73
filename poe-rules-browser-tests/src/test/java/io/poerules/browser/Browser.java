package io.poerules.browser;

import static org.junit.jupiter.api.Assertions.fail;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.logging.Level;
import org.junit.jupiter.api.Assumptions;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;

/**
 * Headless Chromium through the system's chromedriver (Debian packages {@code chromium} and
 * {@code chromium-driver}; override with {@code POE_CHROMIUM} and {@code POE_CHROMEDRIVER}). Without them the
 * tests are skipped, except in CI ({@code CI=true}), where they fail: {@code .ci/run} installs them.
 */
final class Browser {

    private Browser() {
    }

    static ChromeDriver start(Path profile) {
        Path chromium = Path.of(env("POE_CHROMIUM", "/usr/bin/chromium"));
        Path chromedriver = Path.of(env("POE_CHROMEDRIVER", "/usr/bin/chromedriver"));
        for (Path p : List.of(chromium, chromedriver)) {
            if (!Files.isExecutable(p)) {
                String message = p + " is not installed: install the Debian packages chromium and chromium-driver "
                        + "(.ci/run does), or set POE_CHROMIUM and POE_CHROMEDRIVER";
                if ("true".equalsIgnoreCase(System.getenv("CI"))) {
                    fail(message);
                }
                Assumptions.abort(message);
            }
        }
        System.setProperty("webdriver.chrome.driver", chromedriver.toString());
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(chromedriver.toFile()).usingAnyFreePort().build();
        ChromeOptions options = new ChromeOptions();
        options.setBinary(chromium.toFile());
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--disable-default-apps", "--disable-extensions", "--no-first-run", "--no-default-browser-check",
                "--window-size=1280,900", "--user-data-dir=" + profile.toAbsolutePath());
        LoggingPreferences logs = new LoggingPreferences();
        logs.enable(LogType.BROWSER, Level.ALL);
        options.setCapability("goog:loggingPrefs", logs);
        ChromeDriver driver = new ChromeDriver(service, options);
        driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(60));
        return driver;
    }

    /**
     * Skips the calling test when {@code tesseract} is not installed (the scanned sample then has no text to
     * highlight), and fails it in CI, where {@code .ci/run} installs it.
     */
    static void requireTesseract() {
        if (io.poerules.extract.OcrSettings.tesseractAvailable()) {
            return;
        }
        String message = "the scanned sample is read by OCR, and tesseract is not installed: install tesseract-ocr and "
                + "tesseract-ocr-eng (.ci/run does)";
        if ("true".equalsIgnoreCase(System.getenv("CI"))) {
            fail(message);
        }
        Assumptions.abort(message);
    }

    private static String env(String name, String fallback) {
        String value = System.getenv(name);
        return value == null || value.isBlank() ? fallback : value;
    }
}
