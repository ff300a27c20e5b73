package io.poerules.browser;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.poerules.api.Claim;
import io.poerules.api.DocumentReport;
import io.poerules.api.EngagementReport;
import io.poerules.api.PoeValidator;
import io.poerules.api.ValidationReport;
import io.poerules.report.HtmlReport;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.logging.Level;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.NoAlertPresentException;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;

/**
 * The HTML report of the samples, and of a document full of markup, opened in headless Chromium: it loads
 * without console errors, its findings link to highlights that scroll into view, and nothing in a document
 * runs. Screenshots are written under {@code target/browser}.
 */
class HtmlReportBrowserTest {

    private static final Path SAMPLES = Path.of("..", "poe-rules-samples");
    private static final Path OUT = Path.of(System.getProperty("poe.browser.out", "target/browser"));

    @TempDir
    static Path profile;
    static ChromeDriver driver;
    static Path samplesReport;

    @BeforeAll
    static void reportAndBrowser() throws IOException {
        Files.createDirectories(OUT);
        driver = Browser.start(profile);
        samplesReport = OUT.resolve("report.html");
        try (PoeValidator validator = PoeValidator.builder().referenceDate(LocalDate.of(2026, 11, 30))
                .retainText(true).build()) {
            List<Path> documents;
            try (Stream<Path> files = Files.list(SAMPLES.resolve("documents"))) {
                documents = files.filter(f -> !f.getFileName().toString().equals("expected.json")).sorted().toList();
            }
            Path bundle = SAMPLES.resolve("engagements").resolve("sow-unsigned-plus-approval-email");
            List<Path> bundleFiles;
            try (Stream<Path> files = Files.list(bundle)) {
                bundleFiles = files.filter(f -> !f.getFileName().toString().endsWith(".json")).sorted().toList();
            }
            EngagementReport engagement = validator.validateEngagement(Claim.read(bundle.resolve("claim.json")), bundleFiles);
            List<DocumentReport> entries = new ArrayList<>(engagement.documentReports());
            entries.addAll(validator.validateAll(documents).documents());
            Files.writeString(samplesReport, HtmlReport.toHtml(validator.report(List.of(engagement), entries)));
        }
    }

    @AfterAll
    static void quit() {
        if (driver != null) {
            driver.quit();
        }
    }

    private static List<LogEntry> severe() {
        return driver.manage().logs().get(LogType.BROWSER).getAll().stream()
                .filter(e -> e.getLevel().intValue() >= Level.SEVERE.intValue()).toList();
    }

    private static Object js(String script, Object... args) {
        return ((JavascriptExecutor) driver).executeScript(script, args);
    }

    private static void screenshot(String name) throws IOException {
        Path shot = driver.getScreenshotAs(OutputType.FILE).toPath();
        Files.copy(shot, OUT.resolve(name), StandardCopyOption.REPLACE_EXISTING);
    }

    @Test
    void theSamplesReportLoadsWithHighlightsAndNoConsoleErrors() throws IOException {
        driver.get(samplesReport.toUri().toString());

        assertThat(driver.getTitle()).isEqualTo("poe-rules report");
        assertThat(severe()).as("console errors").isEmpty();
        assertThat(driver.findElements(By.cssSelector("section.document"))).hasSizeGreaterThanOrEqualTo(28);
        assertThat(driver.findElements(By.cssSelector("mark.hl")).size()).as("highlights").isGreaterThan(100);
        assertThat(driver.findElements(By.cssSelector("svg.chart rect")).size()).isGreaterThan(14);
        screenshot("report-summary.png");
    }

    @Test
    void clickingAFindingScrollsItsHighlightIntoView() throws IOException {
        Browser.requireTesseract();
        driver.get(samplesReport.toUri().toString());
        WebElement scan = driver.findElements(By.cssSelector("section.document")).stream()
                .filter(s -> s.findElement(By.tagName("h2")).getText().contains("scan-signed-sow-image-only.pdf"))
                .findFirst().orElseThrow();
        WebElement link = scan.findElements(By.cssSelector("a.ev")).stream()
                .filter(a -> a.getText().contains("Jun Wang")).findFirst().orElseThrow();
        String id = link.getAttribute("href").replaceFirst("^.*#", "");
        js("window.scrollTo(0, 0)");
        assertThat(inViewport(id)).as("before the click").isFalse();

        js("arguments[0].scrollIntoView({block: 'center'})", link);
        assertThat(inViewport(id)).as("with the finding on screen, before the click").isFalse();
        link.click();

        assertThat(js("return location.hash")).isEqualTo("#" + id);
        assertThat(inViewport(id)).as("the highlight is on screen").isTrue();
        WebElement mark = driver.findElement(By.xpath("//span[@id='" + id + "']/parent::mark"));
        assertThat(mark.getText()).contains("Signature");
        assertThat(mark.getCssValue("outline-style")).as("the target is outlined").isEqualTo("solid");
        assertThat(severe()).isEmpty();
        screenshot("report-finding-clicked.png");
    }

    private static boolean inViewport(String id) {
        return (Boolean) js("var r = document.getElementById(arguments[0]).getBoundingClientRect();"
                + "return r.top >= 0 && r.bottom <= window.innerHeight;", id);
    }

    @Test
    void nothingInADocumentRunsInTheReport(@TempDir Path dir) throws IOException {
        Path hostile = Files.writeString(dir.resolve("<img src=x onerror=alert(1)>.html"), """
                <html><body><h1>Statement of Work</h1>
                <p>Customer: Contoso Ltd <script>window.__pwned = 1; alert('x')</script></p>
                <p>&lt;script&gt;window.__pwned = 2&lt;/script&gt; &lt;img src=x onerror="window.__pwned=3"&gt;
                &lt;/textarea&gt;&lt;svg onload=window.__pwned=4&gt; &lt;a href="javascript:window.__pwned=5"&gt;x&lt;/a&gt;
                &lt;iframe src="https://example.com/"&gt;&lt;/iframe&gt; &lt;link rel=stylesheet href=https://example.com/x.css&gt;
                &lt;style&gt;body{display:none}&lt;/style&gt; \u202Eexe.pdf</p>
                <p>Partner: Fabrikam Inc. Signature: /s/ Jane Doe &lt;b onmouseover=window.__pwned=6&gt;</p>
                </body></html>
                """);
        Path report = OUT.resolve("hostile.html");
        try (PoeValidator validator = PoeValidator.builder().referenceDate(LocalDate.of(2026, 11, 30))
                .retainText(true).build()) {
            ValidationReport r = validator.validateAll(List.of(hostile));
            Files.writeString(report, HtmlReport.toHtml(r));
        }

        driver.get(report.toUri().toString());
        assertThat(driver.findElements(By.cssSelector("script, img, iframe, link, svg:not(.chart), textarea, object, embed")))
                .as("elements written by the document").isEmpty();
        for (WebElement link : driver.findElements(By.cssSelector("a"))) {
            js("arguments[0].scrollIntoView({block: 'center'})", link);
            link.click();
        }
        new org.openqa.selenium.interactions.Actions(driver).moveToElement(driver.findElement(By.cssSelector("div.text")))
                .perform();

        assertThatThrownBy(() -> driver.switchTo().alert()).isInstanceOf(NoAlertPresentException.class);
        assertThat(js("return window.__pwned === undefined")).isEqualTo(true);
        assertThat(driver.findElements(By.cssSelector("script, img, iframe, link, svg:not(.chart), textarea, object, embed")))
                .isEmpty();
        assertThat(driver.findElement(By.cssSelector("div.text")).getText())
                .contains("<script>window.__pwned = 2</script>").contains("\\u202Eexe.pdf");
        assertThat(severe()).as("console errors").isEmpty();
        screenshot("hostile.png");
    }

    /** The console check above can fail: a script the page's policy blocks is a console error. */
    @Test
    void theConsoleLogShowsWhatThePolicyBlocks(@TempDir Path dir) throws IOException {
        Path page = Files.writeString(dir.resolve("blocked.html"), "<!DOCTYPE html><html><head><meta charset=\"utf-8\">"
                + "<meta http-equiv=\"Content-Security-Policy\" content=\"" + HtmlReport.CONTENT_SECURITY_POLICY + "\">"
                + "<title>blocked</title></head><body><p>text</p><script>window.__ran = 1</script></body></html>");

        driver.get(page.toUri().toString());

        assertThat(js("return window.__ran === undefined")).as("the policy blocks inline script").isEqualTo(true);
        assertThat(severe()).as("console errors").isNotEmpty()
                .anySatisfy(e -> assertThat(e.getMessage()).contains("Content Security Policy"));
    }
}
