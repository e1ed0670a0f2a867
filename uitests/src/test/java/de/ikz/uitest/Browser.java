package de.ikz.uitest;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import de.ikz.testkit.LocalSetup;

import com.deque.html.axecore.results.Results;
import com.deque.html.axecore.results.Rule;
import com.deque.html.axecore.selenium.AxeBuilder;

import org.openqa.selenium.By;
import org.openqa.selenium.Cookie;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

/**
 * One headless Chromium (Debian's /usr/bin/chromium through /usr/bin/chromedriver; Selenium Manager never
 * runs: both paths are given) with the helpers the browser tests share: login, the main navigation,
 * axe-core on the current page, screenshots at 1280 and 360 px, and fetch() inside the page's session.
 */
public final class Browser implements AutoCloseable {

    public static final String CHROMIUM = System.getProperty("ikz.chromium", "/usr/bin/chromium");
    public static final String CHROMEDRIVER = System.getProperty("ikz.chromedriver", "/usr/bin/chromedriver");
    private static final Set<String> BLOCKING = Set.of("serious", "critical");

    private final Platform platform;
    private final ChromeDriver driver;
    private final Path profile;
    private final Path downloads;
    private final List<String> checked = new ArrayList<>();

    public Browser(Platform platform) {
        this.platform = platform;
        try {
            this.profile = Files.createTempDirectory("ikz-uitest-chromium");
            this.downloads = Files.createDirectories(platform.work().resolve("downloads"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        ChromeOptions o = new ChromeOptions();
        o.setBinary(CHROMIUM);
        o.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--disable-dev-shm-usage", "--lang=de-DE", "--window-size=1280,900", "--user-data-dir=" + profile);
        o.setExperimentalOption("prefs", Map.of("download.default_directory", downloads.toString(),
                "download.prompt_for_download", false, "intl.accept_languages", "de-DE,de"));
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(new java.io.File(CHROMEDRIVER)).usingAnyFreePort().build();
        this.driver = new ChromeDriver(service, o);
        driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(30)).scriptTimeout(Duration.ofSeconds(30));
    }

    public ChromeDriver driver() {
        return driver;
    }

    public Path downloads() {
        return downloads;
    }

    // ------------------------------------------------------------------------------------------ navigation

    public Browser open(String path) {
        driver.get(platform.url(path));
        return this;
    }

    /** The path (and query) of the current page. */
    public String path() {
        URI u = URI.create(driver.getCurrentUrl());
        return u.getRawPath() + (u.getRawQuery() == null ? "" : "?" + u.getRawQuery());
    }

    /** Logs in through the login form (the fields a person fills) and lands on the page the shell sends to. */
    public Browser login(String user) {
        open("/ui/login");
        driver.findElement(By.name("username")).clear();
        driver.findElement(By.name("username")).sendKeys(user);
        driver.findElement(By.name("password")).sendKeys(Platform.PASSWORD);
        driver.findElement(By.cssSelector("main form button, main form [type=submit]")).click();
        LocalSetup.await("logged in as " + user, Duration.ofSeconds(20), () -> !path().startsWith("/ui/login"), this::path);
        return this;
    }

    /** Logs out through the header's logout form. */
    public Browser logout() {
        driver.findElement(By.cssSelector("form#logout button, form#logout [type=submit]")).click();
        LocalSetup.await("logged out", Duration.ofSeconds(20), () -> path().startsWith("/ui/login"), this::path);
        return this;
    }

    /** The hrefs (paths) of the main navigation. */
    public Set<String> nav() {
        return driver.findElements(By.cssSelector("nav[aria-label='Hauptnavigation'] a[href]")).stream()
                .map(a -> URI.create(a.getAttribute("href")).getRawPath())
                .collect(Collectors.toCollection(LinkedHashSet::new));
    }

    /** The labels of the main navigation's links. */
    public List<String> navLabels() {
        return driver.findElements(By.cssSelector("nav[aria-label='Hauptnavigation'] a[href]")).stream()
                .map(a -> a.getAttribute("textContent").trim()).toList();
    }

    public String h1() {
        return driver.findElement(By.cssSelector("main h1")).getText();
    }

    public WebElement find(String css) {
        return driver.findElement(By.cssSelector(css));
    }

    public List<WebElement> all(String css) {
        return driver.findElements(By.cssSelector(css));
    }

    /** The session cookie header value the browser holds for /ui ("name=value; ..."). */
    public String cookieHeader() {
        return driver.manage().getCookies().stream().map(c -> c.getName() + "=" + c.getValue()).collect(Collectors.joining("; "));
    }

    public Set<Cookie> cookies() {
        return driver.manage().getCookies();
    }

    // ------------------------------------------------------------------------------------------ checks

    /**
     * axe-core on the current page (WCAG 2.1 A/AA rules and best practices): fails with the list of every
     * serious or critical violation. Every test calls it on each page it visits.
     */
    public Browser axe() {
        Results r = new AxeBuilder().analyze(driver);
        List<Rule> bad = r.getViolations().stream().filter(v -> BLOCKING.contains(v.getImpact())).toList();
        checked.add(path());
        if (!bad.isEmpty()) {
            StringBuilder b = new StringBuilder("axe: " + bad.size() + " serious/critical violation(s) on " + path() + "\n");
            for (Rule v : bad) {
                b.append("- ").append(v.getImpact()).append(' ').append(v.getId()).append(": ").append(v.getHelp()).append('\n');
                v.getNodes().stream().limit(5).forEach(n -> b.append("    ").append(n.getTarget()).append(" ")
                        .append(n.getHtml() == null ? "" : n.getHtml().replaceAll("\\s+", " "))
                        .append('\n'));
            }
            throw new AssertionError(b.toString());
        }
        return this;
    }

    /** Screenshots of the current page at 1280 and 360 px width into target/screenshots/&lt;name&gt;-{1280,360}.png. */
    public Browser screenshot(String name) {
        for (int width : new int[] {1280, 360}) {
            driver.manage().window().setSize(new Dimension(width, 900));
            long height = ((Number) ((JavascriptExecutor) driver).executeScript(
                    "return Math.min(4000, document.documentElement.scrollHeight)")).longValue();
            driver.manage().window().setSize(new Dimension(width, (int) Math.max(600, height)));
            byte[] png = ((TakesScreenshot) driver).getScreenshotAs(OutputType.BYTES);
            try {
                Files.write(platform.work().resolve("screenshots").resolve(name + "-" + width + ".png"), png);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        driver.manage().window().setSize(new Dimension(1280, 900));
        return this;
    }

    /** axe and the two screenshots. */
    public Browser page(String name) {
        axe();
        return screenshot(name);
    }

    /**
     * fetch() in the page, with the page's session cookie (credentials same-origin): status, content type,
     * the first bytes (as latin-1 string) and the length of the answer. Redirects are followed unless manual.
     */
    @SuppressWarnings("unchecked")
    public Map<String, Object> fetch(String method, String path, String formBody, Map<String, String> headers, boolean manualRedirect) {
        String script = """
                const [method, url, body, headers, manual, done] = arguments;
                const init = {method: method, credentials: 'same-origin', headers: headers || {}, redirect: manual ? 'manual' : 'follow'};
                if (body !== null) { init.body = body; init.headers['Content-Type'] = 'application/x-www-form-urlencoded'; }
                fetch(url, init).then(async r => {
                  const buf = new Uint8Array(await r.arrayBuffer());
                  let head = '';
                  for (let i = 0; i < Math.min(16, buf.length); i++) head += String.fromCharCode(buf[i]);
                  done({status: r.status, type: r.headers.get('content-type') || '', disposition: r.headers.get('content-disposition') || '',
                        head: head, length: buf.length, url: r.url, text: buf.length < 200000 ? new TextDecoder().decode(buf) : ''});
                }).catch(e => done({status: -1, error: String(e)}));
                """;
        return (Map<String, Object>) ((JavascriptExecutor) driver).executeAsyncScript(script, method, platform.url(path), formBody,
                headers == null ? Map.of() : headers, manualRedirect);
    }

    /** The pages axe checked in this browser. */
    public List<String> checked() {
        return checked;
    }

    @Override
    public void close() {
        try {
            driver.quit();
        } finally {
            Platform.deleteTree(profile);
        }
    }
}
