package org.channelport.it;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Debian's headless Chromium driven by Selenium (never a downloaded browser: this machine has no internet).
 *
 * <p>Browsers are leased ({@link #lease()}) and given back by {@link #close()}: a closed browser forgets everything a
 * test did (its cookies, the app's and Keycloak's; its tab, with the tab's storage, history and emulation; its window
 * size; its console) and waits for the next test class of its language, keeping only its HTTP cache. Starting
 * Chromium and compiling PrimeFaces' scripts into a fresh profile cost each of the run's 40 browsers seconds of the
 * two cores; a run now starts a handful. The browsers quit when the test JVM ends.
 */
public final class Browser implements AutoCloseable {
    private static final java.util.Map<String, java.util.Deque<Browser>> IDLE = new java.util.HashMap<>();
    private static final java.util.Set<Browser> STARTED = java.util.concurrent.ConcurrentHashMap.newKeySet();

    static {
        Runtime.getRuntime().addShutdownHook(new Thread(() -> STARTED.forEach(browser -> {
            try {
                browser.driver.quit();
            } catch (RuntimeException ignored) {
                // the JVM is ending: a browser that will not quit dies with its process group
            }
        })));
    }

    private final String language;
    /**
     * How often a wait looks again. WebDriver's default is 500 ms, so every wait for an ajax answer ended up to half a
     * second after the answer; 100 ms costs a few more cheap polls.
     */
    static final Duration POLL = Duration.ofMillis(100);
    /** Makes jQuery's effects and CSS transitions and animations instant, before the page's own scripts start. */
    private static final String NO_MOTION = """
            document.addEventListener('DOMContentLoaded', () => {
              if (window.jQuery) { jQuery.fx.off = true; }
              const style = document.createElement('style');
              // a millisecond rather than none: PrimeFaces' overlays finish showing on their transition's end event
              style.textContent = '*, *::before, *::after { transition-duration: 1ms !important; '
                  + 'transition-delay: 0s !important; animation-duration: 1ms !important; '
                  + 'animation-iteration-count: 1 !important; scroll-behavior: auto !important; }';
              document.head.appendChild(style);
            });
            """;
    private final ChromeDriver driver;
    private final WebDriverWait wait;

    /** An English browser with nothing of an earlier test. */
    public static Browser lease() {
        return lease("en-US");
    }

    /** A browser asking for this language (Accept-Language), with nothing of an earlier test. */
    public static Browser lease(String language) {
        synchronized (IDLE) {
            var idle = IDLE.get(language);
            var browser = idle == null ? null : idle.pollFirst();
            if (browser != null) {
                return browser;
            }
        }
        return new Browser(language);
    }

    private Browser(String language) {
        this.language = language;
        try {
            var options = new ChromeOptions();
            options.setBinary(System.getProperty("it.chromium", "/usr/bin/chromium"));
            options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                    "--disable-background-networking", "--disable-component-update", "--disable-sync",
                    "--disable-dev-shm-usage", "--window-size=1280,900", "--lang=" + language,
                    "--user-data-dir=" + Files.createTempDirectory("chromium-it"));
            options.setExperimentalOption("prefs", java.util.Map.of("intl.accept_languages", language));
            // the console's messages, for tests that fail on a script error (PageCrawlIT)
            var logs = new org.openqa.selenium.logging.LoggingPreferences();
            logs.enable(org.openqa.selenium.logging.LogType.BROWSER, java.util.logging.Level.ALL);
            options.setCapability("goog:loggingPrefs", logs);
            var service = new ChromeDriverService.Builder()
                    .usingDriverExecutable(Path.of(System.getProperty("it.chromedriver", "/usr/bin/chromedriver")).toFile())
                    .build();
            driver = new ChromeDriver(service, options);
            withoutMotion();
            STARTED.add(this);
            wait = new WebDriverWait(driver, Duration.ofSeconds(30), Browser.POLL) {
                @Override
                public <V> V until(java.util.function.Function<? super WebDriver, ? extends V> condition) {
                    try {
                        return super.until(condition);
                    } catch (org.openqa.selenium.TimeoutException e) {
                        evidence("timeout");
                        throw e;
                    }
                }
            };
        } catch (java.io.IOException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * PrimeFaces' jQuery effects and CSS transitions drawn frame by frame cost the renderer CPU that the browsers and
     * two servers share on two cores, and a panel still fading in takes no clicks. Per tab: again for every new one.
     */
    private void withoutMotion() {
        if (!Boolean.getBoolean("it.animations")) {
            driver.executeCdpCommand("Page.addScriptToEvaluateOnNewDocument", java.util.Map.of("source", NO_MOTION));
        }
    }

    public WebDriver driver() { return driver; }

    /** Saves a screenshot and the page source under target/it-evidence, for a failure's diagnosis. */
    public void evidence(String name) {
        try {
            var dir = Files.createDirectories(Path.of("target", "it-evidence"));
            var file = name + "-" + System.currentTimeMillis();
            Files.write(dir.resolve(file + ".png"), driver.getScreenshotAs(org.openqa.selenium.OutputType.BYTES));
            Files.writeString(dir.resolve(file + ".html"), driver.getPageSource());
        } catch (Exception ignored) {
            // evidence is a courtesy; the test failure itself is what counts
        }
    }

    public Browser open(String path) {
        driver.get(path.startsWith("http") ? path : TestEnvironment.BASE_URL + path);
        return this;
    }

    public WebElement find(String css) {
        return wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(css)));
    }

    public Browser type(String css, String text) {
        var element = find(css);
        element.clear();
        element.sendKeys(text);
        return this;
    }

    public Browser click(String css) {
        return clickWhenSettled(By.cssSelector(css));
    }

    /**
     * Clicks once PrimeFaces has no ajax request in flight, finding the element again if an update replaced or
     * covered it in the meantime (tables re-render while a filter types).
     */
    public Browser clickWhenSettled(By locator) {
        waitForAjax();
        new WebDriverWait(driver, Duration.ofSeconds(30), Browser.POLL)
                .ignoring(org.openqa.selenium.ElementClickInterceptedException.class)
                .ignoring(org.openqa.selenium.ElementNotInteractableException.class)
                .ignoring(org.openqa.selenium.StaleElementReferenceException.class)
                .until(d -> {
                    var element = d.findElement(locator);
                    if (!element.isDisplayed() || !element.isEnabled()) {
                        return false;
                    }
                    try {
                        element.click();
                    } catch (org.openqa.selenium.ElementClickInterceptedException e) {
                        // covered, e.g. by the sticky top bar after scrolling it just into view: centre it, try again
                        ((org.openqa.selenium.JavascriptExecutor) d).executeScript(
                                "arguments[0].scrollIntoView({block: 'center'});", element);
                        return false;
                    }
                    return true;
                });
        return this;
    }

    /** Waits until PrimeFaces' ajax queue is empty (pages without PrimeFaces count as settled). */
    public Browser waitForAjax() {
        wait.until(d -> Boolean.TRUE.equals(((org.openqa.selenium.JavascriptExecutor) d).executeScript(
                "return !window.PrimeFaces || !PrimeFaces.ajax || PrimeFaces.ajax.Queue.isEmpty();")));
        return this;
    }

    public Browser waitForText(String css, String text) {
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector(css), text));
        return this;
    }

    public Browser waitForUrl(String fragment) {
        wait.until(ExpectedConditions.urlContains(fragment));
        return this;
    }

    public String url() { return driver.getCurrentUrl(); }

    public String source() { return driver.getPageSource(); }

    public String text(String css) { return find(css).getText(); }

    /** Picks the option with this label in a PrimeFaces selectOneRadio (by its client id). */
    public Browser pick(String radioId, String label) {
        var xpath = "//*[@id='" + radioId + "']//label[normalize-space()='" + label + "']";
        wait.until(ExpectedConditions.elementToBeClickable(By.xpath(xpath))).click();
        return this;
    }

    /** Signs in through the real Keycloak login page and returns on the app. */
    public Browser login(String username, String password) {
        open("/login");
        type("#username", username);
        type("#password", password);
        click("#kc-login");
        wait.until(d -> d.getCurrentUrl().startsWith(TestEnvironment.BASE_URL));
        return this;
    }

    public Browser logout() {
        open("/logout");
        wait.until(d -> d.getCurrentUrl().startsWith(TestEnvironment.BASE_URL));
        return this;
    }

    /** Proof for a test that script in data is shown, never run: did any page set this global? */
    public boolean scriptRan(String marker) {
        return Boolean.TRUE.equals(driver.executeScript("return window['" + marker + "'] === true"));
    }

    @Override
    /** Gives the browser back for the next test, without anything of this one; one that cannot be reset quits. */
    public void close() {
        try {
            forget();
        } catch (RuntimeException e) {
            STARTED.remove(this);
            try {
                driver.quit();
            } catch (RuntimeException ignored) {
                // already gone
            }
            return;
        }
        synchronized (IDLE) {
            IDLE.computeIfAbsent(language, l -> new java.util.ArrayDeque<>()).addLast(this);
        }
    }

    /**
     * A new tab in place of the test's (a tab's session storage, history and emulated media or device go with it),
     * no cookies of any site, the first window size, an empty console.
     */
    private void forget() {
        var old = driver.getWindowHandles();
        driver.switchTo().newWindow(org.openqa.selenium.WindowType.TAB);
        var fresh = driver.getWindowHandle();
        for (var handle : old) {
            driver.switchTo().window(handle).close();
        }
        driver.switchTo().window(fresh);
        withoutMotion();
        driver.executeCdpCommand("Network.clearBrowserCookies", java.util.Map.of());
        for (var origin : new String[]{TestEnvironment.BASE_URL, TestEnvironment.KEYCLOAK_URL}) {
            driver.executeCdpCommand("Storage.clearDataForOrigin", java.util.Map.of("origin", origin,
                    "storageTypes", "local_storage,indexeddb,websql,service_workers,cache_storage"));
        }
        driver.manage().window().setSize(new org.openqa.selenium.Dimension(1280, 900));
        driver.manage().logs().get(org.openqa.selenium.logging.LogType.BROWSER);
    }
}
