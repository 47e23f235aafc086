package org.channelport.it;


import jakarta.mail.internet.MimeMessage;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.awaitility.Awaitility;
import org.awaitility.core.ConditionTimeoutException;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Page steps and probes shared by ApplicationFormIT, PortalIsolationIT and ConsoleIT (kept apart from the shared
 * helpers, which another engineer owns). Everything here is black-box: the browser, HTTP with the browser's own
 * session cookie, the test database read-only, and the test mailbox.
 */
final class BrowserSteps {
    static final Duration WAIT = Duration.ofSeconds(30);
    private static final HttpClient CLIENT = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(10))
            .followRedirects(HttpClient.Redirect.NEVER).build();

    private BrowserSteps() {}

    /** A token no other test (run) uses: letters and digits only, so it survives name normalization (PA2). */
    static String token() {
        return Long.toString(System.nanoTime(), 36) + Integer.toString((int) (Math.random() * 1296), 36);
    }

    // ---------------------------------------------------------------- waiting

    /** Waits for a condition; on timeout the browser saves a screenshot and the HTML under target/it-evidence. */
    static <V> V await(Browser browser, String what, Function<WebDriver, V> condition) {
        try {
            return new WebDriverWait(browser.driver(), WAIT, Browser.POLL)
                    .ignoring(org.openqa.selenium.StaleElementReferenceException.class).until(condition);
        } catch (org.openqa.selenium.TimeoutException e) {
            browser.evidence("timeout-" + what.replaceAll("[^A-Za-z0-9]+", "-"));
            throw new AssertionError("Timed out after " + WAIT.toSeconds() + " s waiting for: " + what + " (url "
                    + browser.url() + "; visible text: " + abbreviate(bodyText(browser), 600) + ")", e);
        }
    }

    /** Waits until no PrimeFaces ajax request is queued or running. */
    static void awaitAjax(Browser browser) {
        await(browser, "PrimeFaces ajax queue empty", d -> Boolean.TRUE.equals(((JavascriptExecutor) d).executeScript(
                "return document.readyState === 'complete' && (!window.PrimeFaces || !PrimeFaces.ajax"
                        + " || PrimeFaces.ajax.Queue.isEmpty());")));
    }

    /**
     * Clicks and waits until the element with this id has been re-rendered by the ajax response (it is marked before
     * the click; PrimeFaces replaces it on update), so that the next checks see the new response, not the previous one.
     */
    static void clickAndAwaitUpdate(Browser browser, String css, String updatedId) {
        var js = (JavascriptExecutor) browser.driver();
        js.executeScript("document.getElementById(arguments[0]).setAttribute('data-it-before-update', 'true');", updatedId);
        browser.click(css);
        await(browser, updatedId + " re-rendered", d -> Boolean.TRUE.equals(js.executeScript(
                "var e = document.getElementById(arguments[0]); return !!e && !e.hasAttribute('data-it-before-update');",
                updatedId)));
        awaitAjax(browser);
    }

    static String bodyText(Browser browser) {
        try {
            return browser.driver().findElement(By.tagName("body")).getText();
        } catch (RuntimeException e) {
            return "";
        }
    }

    static void awaitBodyText(Browser browser, String text) {
        await(browser, "page text '" + text + "'", d -> bodyText(browser).contains(text));
    }

    /**
     * Fails with the page's error reference (to look up in payara.log) when the app answered with its error page
     * (500: #error500, 404: #error404, 403: #error403) instead of the expected page.
     */
    static void assertNoErrorPage(Browser browser, String what) {
        for (var error : new String[]{"error500", "error404", "error403"}) {
            var found = browser.driver().findElements(By.id(error));
            if (!found.isEmpty()) {
                var name = "error-page-" + error;
                browser.evidence(name);
                throw new AssertionError(what + ": the app answered with its error page #" + error + " ('"
                        + browser.driver().getTitle() + "': " + found.get(0).getText().replace('\n', ' ')
                        + ") at " + browser.url() + "; screenshot and HTML saved as target/it-evidence/" + name
                        + "-<millis>.png/.html; look the reference up in target/it/payara/payara.log");
            }
        }
    }

    /** The correlation id an error page shows (the code element), or null. */
    static String errorReference(Browser browser) {
        var codes = browser.driver().findElements(By.cssSelector(".cp-empty code"));
        return codes.isEmpty() ? null : codes.get(0).getText();
    }

    /**
     * The full client id of the element whose id is this id or ends with ":" + this id (for components inside naming
     * containers such as a p:tabView, whose prefix a test should not depend on).
     */
    static String clientId(Browser browser, String idSuffix) {
        return await(browser, "an element with id ending in " + idSuffix, d -> d.findElements(By.cssSelector(
                        "[id='" + idSuffix + "'], [id$=':" + idSuffix + "']")).stream()
                .map(e -> e.getAttribute("id")).filter(id -> id.equals(idSuffix) || id.endsWith(":" + idSuffix))
                .findFirst().orElse(null));
    }

    static boolean present(Browser browser, String css) {
        return !browser.driver().findElements(By.cssSelector(css)).isEmpty();
    }

    static boolean visible(Browser browser, String css) {
        return browser.driver().findElements(By.cssSelector(css)).stream().anyMatch(WebElement::isDisplayed);
    }

    static String abbreviate(String text, int max) {
        return text.length() <= max ? text : text.substring(0, max) + "…";
    }

    // ---------------------------------------------------------------- widgets

    /**
     * Chooses the option with this label in a PrimeFaces selectOneMenu. Unlike Browser.choose, it waits until the
     * panel's opening animation has finished (PrimeFaces 15 loses a click made during it), scrolls long lists, and
     * checks that the menu's label shows the choice.
     */
    static void choose(Browser browser, String menuId, String label) {
        var driver = browser.driver();
        var panel = By.id(menuId + "_panel");
        var item = By.xpath("//div[@id='" + menuId + "_panel']//li[normalize-space()=" + xpathLiteral(label) + "]");
        for (int attempt = 1; attempt <= 3; attempt++) {
            if (driver.findElements(panel).stream().noneMatch(WebElement::isDisplayed)) {
                browser.click("[id='" + menuId + "']");
            }
            // open and not moving: PrimeFaces marks the end of its show transition with "enter-done", but a panel
            // re-shown after an ajax update of its form was once left displayed with no transition class at all
            await(browser, "the panel of " + menuId + " open", d -> d.findElements(panel).stream().anyMatch(p -> {
                var classes = String.valueOf(p.getAttribute("class"));
                return p.isDisplayed() && (classes.contains("enter-done") || !classes.contains("-active"));
            }));
            try {
                var option = driver.findElement(item);
                ((JavascriptExecutor) driver).executeScript("arguments[0].scrollIntoView({block: 'nearest'});", option);
                option.click();
                new WebDriverWait(driver, Duration.ofSeconds(5), Browser.POLL).until(d -> {
                    try {
                        var labels = d.findElements(By.id(menuId + "_label"));
                        return !labels.isEmpty() && label.equals(labels.get(0).getText().strip())
                                && d.findElements(panel).stream().noneMatch(WebElement::isDisplayed);
                    } catch (org.openqa.selenium.WebDriverException reloading) {
                        // a choice that reloads the page (the language menu) detaches the label while it is read
                        return false;
                    }
                });
                return;
            } catch (org.openqa.selenium.TimeoutException | org.openqa.selenium.StaleElementReferenceException
                     | org.openqa.selenium.ElementNotInteractableException retry) {
                // the click was lost, or the panel was still drawing its items (zero size): try again
            }
        }
        browser.evidence("choose-" + menuId.replace(':', '-'));
        throw new AssertionError("Could not choose '" + label + "' in " + menuId);
    }

    // ---------------------------------------------------------------- field messages

    private static String fieldMessageXpath(String inputId) {
        return "//*[@id='" + inputId + "']/ancestor::div[contains(concat(' ', normalize-space(@class), ' '), ' cp-field ')][1]"
                + "//div[contains(concat(' ', normalize-space(@class), ' '), ' ui-message ')]";
    }

    /** The text of the p:message that sits next to this input (in the same div.cp-field); empty when none. */
    static String fieldMessage(Browser browser, String inputId) {
        var messages = browser.driver().findElements(By.xpath(fieldMessageXpath(inputId)));
        return messages.isEmpty() ? "" : messages.get(0).getText().strip();
    }

    /** Whether the label beside this input (same div.cp-field) carries the required mark (PrimeFaces' asterisk). */
    static boolean markedRequired(Browser browser, String inputId) {
        return !browser.driver().findElements(By.xpath("//*[@id='" + inputId + "']/ancestor::div[contains(concat(' ', "
                + "normalize-space(@class), ' '), ' cp-field ')][1]//label//span[contains(@class, 'ui-outputlabel-rfi')]"))
                .isEmpty();
    }

    /** The texts of the form-level (global) error messages shown on the page, growl included. */
    static List<String> pageErrors(Browser browser) {
        return browser.driver().findElements(By.cssSelector(".ui-messages-error .ui-messages-error-summary, "
                + ".ui-growl-item .ui-growl-title")).stream().map(e -> e.getText().strip()).filter(t -> !t.isEmpty())
                .toList();
    }

    /** Waits until the p:message next to this input shows something, and returns it. */
    static String awaitFieldMessage(Browser browser, String inputId) {
        return await(browser, "a message at field " + inputId, d -> {
            var text = fieldMessage(browser, inputId);
            return text.isEmpty() ? null : text;
        });
    }

    /** Waits until the p:message next to this input shows exactly this text. */
    static void awaitFieldMessage(Browser browser, String inputId, String expected) {
        await(browser, "message '" + expected + "' at field " + inputId,
                d -> fieldMessage(browser, inputId).contains(expected));
    }

    // ---------------------------------------------------------------- tables

    /**
     * The visible cell texts of a PrimeFaces data table's body rows (an empty-message row gives no row), read in one
     * script call: the page's script runs to its end before an ajax update can touch the table, so a read never sees
     * half of a replaced table.
     */
    static List<List<String>> rows(Browser browser, String tableId) {
        var until = System.nanoTime() + Duration.ofSeconds(2).toNanos();
        while (true) {
            var rows = readRows(browser, tableId);
            // no list of this product has an empty first column (a reference, a name, a time): a row read with it
            // empty was caught while the page settled on a busy machine, so it is read again, for two seconds
            if (rows.stream().anyMatch(r -> !r.isEmpty() && r.get(0).isEmpty()) && System.nanoTime() < until) {
                try {
                    Thread.sleep(100);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw new IllegalStateException(e);
                }
                continue;
            }
            return rows;
        }
    }

    /**
     * The body rows ({@code //tbody[@id='<table>_data']/tr}) but PrimeFaces' empty-message row, each as the innerText
     * of its cells (every td inside the row, in document order), in one WebDriver round trip instead of two plus one
     * per cell; each text is then trimmed as {@link #shownText} does.
     */
    @SuppressWarnings("unchecked")
    private static List<List<String>> readRows(Browser browser, String tableId) {
        var raw = (List<List<Object>>) ((JavascriptExecutor) browser.driver()).executeScript("""
                const found = document.evaluate(arguments[0], document, null, XPathResult.ORDERED_NODE_SNAPSHOT_TYPE, null);
                const rows = [];
                for (let i = 0; i < found.snapshotLength; i++) {
                  const row = found.snapshotItem(i);
                  const classes = row.getAttribute('class');
                  if (classes !== null && classes.includes('ui-datatable-empty-message')) continue;
                  rows.push(Array.from(row.querySelectorAll('td'), td => td.innerText));
                }
                return rows;""", "//tbody[@id='" + tableId + "_data']/tr");
        var result = new ArrayList<List<String>>();
        for (var row : raw) {
            result.add(row.stream().map(BrowserSteps::shown).toList());
        }
        return result;
    }

    static String tableText(Browser browser, String tableId) {
        var tables = browser.driver().findElements(By.id(tableId));
        return tables.isEmpty() ? "" : shownText(browser, tables.get(0));
    }

    /**
     * The text the page shows in an element: its rendered text (what CSS hides, such as a column of low priority,
     * is left out). Not WebDriver's getText, which on a busy machine read "" from cells that were on screen while
     * the page settled after an ajax update.
     */
    static String shownText(Browser browser, WebElement element) {
        return shown(((JavascriptExecutor) browser.driver()).executeScript("return arguments[0].innerText;", element));
    }

    /** An innerText as the page shows it: no-break spaces as spaces, trimmed. */
    private static String shown(Object innerText) {
        return innerText == null ? "" : innerText.toString().replace('\u00a0', ' ').strip();
    }

    /** An XPath string literal for any text (names with both kinds of quotes included). */
    static String xpathLiteral(String text) {
        if (!text.contains("'")) {
            return "'" + text + "'";
        }
        if (!text.contains("\"")) {
            return "\"" + text + "\"";
        }
        return "concat('" + text.replace("'", "', \"'\", '") + "')";
    }

    // ---------------------------------------------------------------- the console's application queue

    /**
     * The signed-in channel manager approves the application of this company in the console's queue (what
     * PartnerFixture.approve(browser, ...) does, without signing in and out around it): for tests of the queue itself;
     * other tests approve over the API.
     */
    static void approveInQueue(Browser manager, String companyName, String tierLabel) {
        var row = findInQueue(manager, companyName);
        manager.clickWhenSettled(By.xpath(row + "//button[contains(@class,'cp-approve')]"));
        manager.waitForText("#approveDialog", companyName);
        manager.pick("approveForm:tier", tierLabel);
        manager.click("[id='approveForm:confirmApprove']");
        manager.waitForText("[id='queueForm:messages']", "is now a partner");
    }

    /**
     * Opens the application queue searched for this company, whatever else is queued (other test classes apply in
     * parallel), and returns the XPath of its row.
     */
    static String findInQueue(Browser manager, String companyName) {
        manager.open("/manage/partners/applications.xhtml");
        var row = "//tbody[@id='queueForm:applications_data']/tr[.//strong[text()=" + xpathLiteral(companyName) + "]]";
        manager.type("[id='queueForm:search']", companyName);
        // the search sends its ajax request 300 ms after the last key: wait for the table holding this row only,
        // since clicking a row of the unfiltered one would address the wrong row
        await(manager, "the queue filtered to " + companyName, d -> {
            var rows = d.findElements(By.cssSelector("[id='queueForm:applications_data'] > tr"));
            return rows.size() == 1 && !d.findElements(By.xpath(row)).isEmpty();
        });
        return row;
    }

    // ---------------------------------------------------------------- sign-in

    /** Submits Keycloak's login form without expecting to come back to the app (for refused sign-ins). */
    static void submitLogin(Browser browser, String username, String password) {
        browser.open("/login");
        browser.type("#username", username);
        browser.type("#password", password);
        browser.click("#kc-login");
    }

    /**
     * Clears every cookie of this browser, the app's and Keycloak's: the next page is a new visitor's, without the
     * cost of starting another Chromium.
     */
    static void forgetCookies(Browser browser) {
        ((org.openqa.selenium.chrome.ChromeDriver) browser.driver()).executeCdpCommand("Network.clearBrowserCookies",
                java.util.Map.of());
    }

    // ---------------------------------------------------------------- HTTP with the browser's session

    record Download(int status, String contentType, String disposition, byte[] body) {
        String text() {
            var text = new String(body, java.nio.charset.StandardCharsets.UTF_8);
            return text.startsWith("\uFEFF") ? text.substring(1) : text;
        }
    }

    private static String cookies(Browser browser) {
        return browser.driver().manage().getCookies().stream().map(c -> c.getName() + "=" + c.getValue())
                .collect(Collectors.joining("; "));
    }

    private static Download send(HttpRequest.Builder request) {
        try {
            var response = CLIENT.send(request.timeout(Duration.ofSeconds(60)).build(), HttpResponse.BodyHandlers.ofByteArray());
            return new Download(response.statusCode(), response.headers().firstValue("Content-Type").orElse(""),
                    response.headers().firstValue("Content-Disposition").orElse(""), response.body());
        } catch (java.io.IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /**
     * The HTTP status of a GET of this path with the browser's current session cookie (the browser must be on an app
     * page, so that it has the app's cookies). Redirects are not followed.
     */
    static int status(Browser browser, String path) {
        var url = path.startsWith("http") ? path : TestEnvironment.BASE_URL + path;
        return send(HttpRequest.newBuilder(URI.create(url)).header("Cookie", cookies(browser)).GET()).status();
    }

    /**
     * Presses a non-ajax button of a form the way the browser would (the form's fields, its view state and the
     * button's name), but over java.net.http with the browser's session cookie, so that a file download can be read.
     */
    @SuppressWarnings("unchecked")
    static Download submitForDownload(Browser browser, String formId, String buttonId) {
        var parts = (List<String>) ((JavascriptExecutor) browser.driver()).executeScript("""
                var form = document.getElementById(arguments[0]);
                var params = new URLSearchParams();
                new FormData(form).forEach(function (value, key) { params.append(key, value); });
                params.append(arguments[1], arguments[1]);
                return [form.action, params.toString()];""", formId, buttonId);
        return send(HttpRequest.newBuilder(URI.create(parts.get(0))).header("Cookie", cookies(browser))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(parts.get(1))));
    }

    // ---------------------------------------------------------------- database (read-only)

    static long count(String sql, Object... parameters) {
        try (var connection = DriverManager.getConnection(TestEnvironment.DB_URL, "postgres", "");
             var statement = connection.prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                statement.setObject(i + 1, parameters[i]);
            }
            try (var result = statement.executeQuery()) {
                result.next();
                return result.getLong(1);
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Query failed: " + sql, e);
        }
    }

    static String string(String sql, Object... parameters) {
        try (var connection = DriverManager.getConnection(TestEnvironment.DB_URL, "postgres", "");
             var statement = connection.prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                statement.setObject(i + 1, parameters[i]);
            }
            try (var result = statement.executeQuery()) {
                return result.next() ? result.getString(1) : null;
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Query failed: " + sql, e);
        }
    }

    // ---------------------------------------------------------------- mail

    /** Waits for a mail to this recipient whose subject and body contain these texts. */
    static MimeMessage awaitMail(String recipient, String subjectContains, String bodyContains, Duration timeout) {
        try {
            return Awaitility.await().atMost(timeout).pollDelay(Duration.ZERO).pollInterval(Duration.ofMillis(250))
                    .until(() -> Mailbox.messagesTo(recipient).stream()
                            .filter(m -> Mailbox.subject(m).contains(subjectContains))
                            .filter(m -> unfold(Mailbox.body(m)).contains(bodyContains))
                            .findFirst(), java.util.Optional::isPresent)
                    .get();
        } catch (ConditionTimeoutException e) {
            throw new AssertionError("No mail to " + recipient + " with subject containing '" + subjectContains
                    + "' and body containing '" + bodyContains + "' within " + timeout + "; received: "
                    + Mailbox.messagesTo(recipient).stream().map(m -> Mailbox.subject(m) + " / "
                    + abbreviate(unfold(Mailbox.body(m)), 200)).toList());
        }
    }

    /** Undoes quoted-printable soft line breaks and the commonest escapes, for "contains" checks on mail bodies. */
    static String unfold(String body) {
        return body.replace("=\r\n", "").replace("=\n", "").replace("=3D", "=").replace("\r\n", "\n");
    }

    // ---------------------------------------------------------------- bundles

    /** A text of the app's page bundle in exactly this language (no fallback to the JVM's default locale). */
    static String page(Locale locale, String key) {
        return ResourceBundle.getBundle("i18n.messages", locale,
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES)).getString(key);
    }

    /** A Bean Validation message of the app in exactly this language. */
    static String validation(Locale locale, String key) {
        return ResourceBundle.getBundle("ValidationMessages", locale,
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES)).getString(key);
    }

    static final Locale ENGLISH = Locale.ROOT;
    static final Locale TRADITIONAL = Locale.TRADITIONAL_CHINESE;
    static final Locale SIMPLIFIED = Locale.SIMPLIFIED_CHINESE;
}
