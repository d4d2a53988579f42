package dev.aerie.example;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import dev.aerie.test.AerieClient;
import dev.aerie.test.AerieTest;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * {@code GET /docs} in a real browser: headless Chromium loads Swagger UI from the application (no
 * network beyond loopback), it lists every operation of {@code /openapi.json}, and "Try it out" →
 * Execute of {@code GET /books} shows a 200 inside the page.
 */
@AerieTest(AppModule.class)
class DocsPageBrowserTest {
    static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");
    static WebDriver browser;
    final AerieClient http;

    DocsPageBrowserTest(AerieClient http) {
        this.http = http;
    }

    @BeforeAll
    static void startBrowser() {
        if (!Files.isExecutable(CHROMIUM) || !Files.isExecutable(CHROMEDRIVER)) {
            String message = CHROMIUM + " or " + CHROMEDRIVER + " is missing: install the Debian packages chromium and "
                    + "chromium-driver (apt-get install -y chromium chromium-driver; .ci/run does it)";
            if ("true".equals(System.getenv("CI"))) {
                fail(message + " (CI=true: the browser test must run)");
            }
            assumeTrue(false, message + ": skipped");
        }
        ChromeOptions options = new ChromeOptions().setBinary(CHROMIUM.toFile())
                // --no-sandbox: CI runs as root, where Chromium's sandbox refuses to start
                .addArguments("--headless=new", "--no-sandbox", "--disable-dev-shm-usage", "--window-size=1280,2000");
        ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(CHROMEDRIVER.toFile()).build();
        browser = new ChromeDriver(service, options);
    }

    @AfterAll
    static void stopBrowser() {
        if (browser != null) {
            browser.quit();
        }
    }

    @Test
    void listsEveryOperationAndExecutesGetBooks() throws IOException {
        browser.get(http.uri("/docs").toString());
        WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(30));
        wait.until(driver -> !driver.findElements(By.cssSelector(".opblock")).isEmpty());

        Set<String> shown = new TreeSet<>();
        for (WebElement block : browser.findElements(By.cssSelector(".opblock"))) {
            shown.add(block.findElement(By.cssSelector(".opblock-summary-method")).getText() + " "
                    + block.findElement(By.cssSelector(".opblock-summary-path")).getAttribute("data-path"));
        }
        assertEquals(operations(http.get("/openapi.json").body()), shown);

        WebElement books = browser.findElement(By.cssSelector(".opblock-get .opblock-summary-path[data-path='/books']"))
                .findElement(By.xpath("./ancestor::div[contains(concat(' ', normalize-space(@class), ' '), ' opblock ')][1]"));
        books.findElement(By.cssSelector(".opblock-summary-control")).click(); // expands the operation
        shown(wait, books, "button.try-out__btn").click();
        shown(wait, books, "button.execute").click();
        WebElement status = shown(wait, books, ".live-responses-table tbody tr.response td.response-col_status");
        assertEquals("200", status.getText().trim());
    }

    /** Waits until {@code css} below {@code parent} is rendered and visible: Swagger UI renders after each click. */
    static WebElement shown(WebDriverWait wait, WebElement parent, String css) {
        return wait.until(driver -> parent.findElements(By.cssSelector(css)).stream().filter(WebElement::isDisplayed)
                .findFirst().orElse(null));
    }

    /** "GET /books/{id}" for every operation of the OpenAPI document. */
    static Set<String> operations(String document) throws IOException {
        Set<String> operations = new TreeSet<>();
        try (JsonParser json = new JsonFactory().createParser(document)) {
            json.nextToken();
            while (json.nextToken() == JsonToken.FIELD_NAME) {
                String field = json.currentName();
                json.nextToken();
                if (!field.equals("paths")) {
                    json.skipChildren();
                    continue;
                }
                while (json.nextToken() == JsonToken.FIELD_NAME) {
                    String path = json.currentName();
                    json.nextToken();
                    while (json.nextToken() == JsonToken.FIELD_NAME) {
                        String method = json.currentName();
                        json.nextToken();
                        json.skipChildren();
                        if (Set.of("get", "put", "post", "delete", "patch", "head", "options").contains(method)) {
                            operations.add(method.toUpperCase(java.util.Locale.ROOT) + " " + path);
                        }
                    }
                }
            }
        }
        return operations;
    }
}
