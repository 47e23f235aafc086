package org.channelport.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.channelport.it.BrowserSteps.ENGLISH;
import static org.channelport.it.BrowserSteps.page;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.awaitility.core.ConditionTimeoutException;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;

/**
 * Steps of the deal registration pages shared by DealPortalIT and DealConsoleIT: the registration form, the
 * registration pages, downloads into a directory of the test's own, and read-only looks at the database.
 */
final class DealSteps {
    static final String FORM = "dealForm";

    private DealSteps() {}

    /** What a test registers: a customer only this test uses (its token in name, domain and tax id). */
    record Customer(String company, String domain, String taxId, String country) {
        static Customer unique(String label, String country) {
            var t = BrowserSteps.token();
            return new Customer(label + " " + t + " Holdings", t + "-" + label.toLowerCase(Locale.ROOT) + ".example",
                    "TX" + t.toUpperCase(Locale.ROOT), country);
        }
    }

    /** The first of these countries that no partner, application, lead or registration uses yet. */
    static String freshCountry(String... countries) {
        for (var country : countries) {
            if (LeadFixture.count("select count(*) from partner where country = ?", country) == 0
                    && LeadFixture.count("select count(*) from partner_application where country = ?", country) == 0
                    && LeadFixture.count("select count(*) from sales_lead where country = ?", country) == 0
                    && LeadFixture.count("select count(*) from deal_registration where country = ?", country) == 0) {
                return country;
            }
        }
        throw new IllegalStateException("All of " + List.of(countries) + " are used: restart the test servers");
    }

    static Browser signIn(String username, String password) {
        var browser = Browser.lease();
        browser.login(username, password);
        return browser;
    }

    static Browser signIn(PartnerFixture.Partner partner) {
        return signIn(partner.adminEmail(), partner.password());
    }

    static LocalDate inDays(int days) {
        return LocalDate.now(ZoneOffset.UTC).plusDays(days);
    }

    // ------------------------------------------------------------------------------------------------ the form

    static void openNewForm(Browser browser) {
        browser.open("/portal/deals/edit.xhtml");
        BrowserSteps.assertNoErrorPage(browser, "the registration form");
        browser.find("[id='dealForm:company']");
    }

    /** Fills every field the test cares about; null leaves a field as it is (company: "" empties it). */
    static void fill(Browser browser, Customer customer, String company, String amount, LocalDate closeDate) {
        if (company != null) {
            browser.type("[id='dealForm:company']", company);
        }
        browser.type("[id='dealForm:webDomain']", customer.domain());
        browser.type("[id='dealForm:taxId']", customer.taxId());
        BrowserSteps.choose(browser, "dealForm:country", LeadPages.countryLabel(customer.country()));
        browser.type("[id='dealForm:contactName']", "Carla Customer");
        BrowserSteps.choose(browser, "dealForm:lines:0:productLine", page(ENGLISH, "enum.NETWORKING"));
        browser.type("[id='dealForm:lines:0:products']", "Core switches");
        amount(browser, "dealForm:lines:0:amount_input", amount);
        date(browser, "dealForm:expectedCloseDate", closeDate.toString());
        BrowserSteps.choose(browser, "dealForm:stage", page(ENGLISH, "deals.stage.PROPOSAL"));
    }

    static void amount(Browser browser, String inputId, String amount) {
        var input = browser.find("[id='" + inputId + "']");
        input.sendKeys(Keys.chord(Keys.CONTROL, "a"), Keys.DELETE);
        input.sendKeys(amount);
        input.sendKeys(Keys.TAB);
    }

    /**
     * Puts a date into a PrimeFaces datePicker's text field (what the form posts). Typing proved racy here: the
     * calendar, opening on focus a moment after the first keys, rewrote the field with its own (empty) selection. So
     * the text is set without focusing the field, and the server parses and checks it exactly as if it had been typed.
     */
    static void date(Browser browser, String pickerId, String date) {
        var input = browser.find("[id='" + pickerId + "_input']");
        ((org.openqa.selenium.JavascriptExecutor) browser.driver()).executeScript(
                "arguments[0].value = arguments[1];", input, date);
        var panel = By.id(pickerId + "_panel");
        BrowserSteps.await(browser, "the calendar closed", d -> {
            if (d.findElements(panel).stream().noneMatch(WebElement::isDisplayed)) {
                return true;
            }
            d.findElement(By.tagName("body")).sendKeys(Keys.ESCAPE);
            return false;
        });
        assertThat(input.getAttribute("value")).as("the date in " + pickerId).isEqualTo(date);
    }

    /** Registers and submits a complete registration of this customer; returns its id (the registration page's). */
    static UUID registerAndSubmit(Browser browser, Customer customer, String amount) {
        openNewForm(browser);
        fill(browser, customer, customer.company(), amount, inDays(45));
        browser.click("[id='dealForm:submit']");
        browser.waitForUrl("/portal/deals/deal.xhtml");
        BrowserSteps.assertNoErrorPage(browser, "the registration page after submitting");
        browser.find("#dealStatus");
        return idFromUrl(browser);
    }

    /** Saves a draft of a complete registration of this customer; returns its id. */
    static UUID saveDraft(Browser browser, Customer customer) {
        openNewForm(browser);
        fill(browser, customer, customer.company(), "1000", inDays(30));
        browser.click("[id='dealForm:saveDraft']");
        browser.waitForUrl("id=");
        LeadPages.awaitMessage(browser, "dealForm:messages", page(ENGLISH, "deals.draftSaved"));
        return idFromUrl(browser);
    }

    /**
     * Waits until the table's rows (visible cell texts) satisfy the predicate and returns those very rows, read again
     * when an ajax update replaced the table in the middle of reading it.
     */
    static List<List<String>> awaitRows(Browser browser, String tableId, String what,
                                        java.util.function.Predicate<List<List<String>>> ok) {
        BrowserSteps.awaitAjax(browser);
        return BrowserSteps.await(browser, tableId + ": " + what, d -> {
            var rows = BrowserSteps.rows(browser, tableId);
            // every list read here has a first column that is never empty (a reference, a name, a time); a row read
            // with it empty was caught while the page settled (seen on a busy machine), so it is read again
            boolean settled = rows.stream().noneMatch(r -> !r.isEmpty() && r.get(0).isEmpty());
            return settled && ok.test(rows) ? rows : null;
        });
    }

    static UUID idFromUrl(Browser browser) {
        var url = browser.url();
        var at = url.indexOf("id=");
        assertThat(at).as("an id in " + url).isPositive();
        return UUID.fromString(url.substring(at + 3, at + 39));
    }

    static void openDeal(Browser browser, String area, UUID id) {
        browser.open("/" + area + "/deals/deal.xhtml?id=" + id);
        BrowserSteps.assertNoErrorPage(browser, "the registration page of " + id);
        browser.find("#dealStatus");
    }

    // ------------------------------------------------------------------------------------------------ database

    static String status(UUID deal) {
        return LeadFixture.string("select status from deal_registration where id = ?", deal);
    }

    static long byDomain(String domain) {
        return LeadFixture.count("select count(*) from deal_registration where web_domain = ?", domain);
    }

    static String reference(UUID deal) {
        return "DR-" + LeadFixture.string("select deal_number from deal_registration where id = ?", deal);
    }

    // ------------------------------------------------------------------------------------------------ downloads

    /** Lets this browser save downloads into a directory of its own (Chromium's DevTools protocol). */
    static Path downloadsOf(Browser browser) {
        try {
            var dir = Files.createTempDirectory("deal-downloads");
            ((ChromeDriver) browser.driver()).executeCdpCommand("Browser.setDownloadBehavior",
                    Map.of("behavior", "allow", "downloadPath", dir.toAbsolutePath().toString(), "eventsEnabled", true));
            return dir;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Clicks a download button and waits for the finished file with this extension; returns it. */
    static Path download(Browser browser, Path dir, String buttonCss, String extension) {
        browser.click(buttonCss);
        try {
            return await().atMost(Duration.ofSeconds(30)).pollDelay(Duration.ZERO).pollInterval(Duration.ofMillis(200))
                    .until(() -> finished(dir, extension), java.util.Optional::isPresent).get();
        } catch (ConditionTimeoutException e) {
            browser.evidence("download-" + extension);
            throw new AssertionError("No ." + extension + " file in " + dir + " 30 s after clicking " + buttonCss);
        }
    }

    /** The downloaded file with this extension, once the browser has written it (not empty). */
    private static java.util.Optional<Path> finished(Path dir, String extension) throws IOException {
        try (var files = Files.list(dir)) {
            var done = files.filter(f -> f.getFileName().toString().endsWith("." + extension)).findFirst();
            return done.isPresent() && Files.size(done.get()) > 0 ? done : java.util.Optional.empty();
        }
    }

    static String text(Path file) {
        try {
            var text = Files.readString(file, StandardCharsets.UTF_8);
            return text.startsWith("\uFEFF") ? text.substring(1) : text;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Every XML part of an XLSX file as text (cells are inline or shared strings; either way the words are there). */
    static String xlsxText(Path file) {
        var text = new StringBuilder();
        try (var zip = new java.util.zip.ZipFile(file.toFile())) {
            for (var entry : java.util.Collections.list(zip.entries())) {
                if (entry.getName().endsWith(".xml")) {
                    try (var in = zip.getInputStream(entry)) {
                        text.append(new String(in.readAllBytes(), StandardCharsets.UTF_8)).append('\n');
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        assertThat(text).as("parts of " + file).isNotEmpty();
        return text.toString();
    }

    /** A real (small, valid) PDF document. */
    static Path pdf(String name) {
        var body = "%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n2 0 obj<</Type/Pages/Kids[3 0 R]/Count 1>>endobj\n"
                + "3 0 obj<</Type/Page/Parent 2 0 R/MediaBox[0 0 200 200]>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n";
        return file(name, body.getBytes(StandardCharsets.US_ASCII));
    }

    static Path file(String name, byte[] content) {
        try {
            var dir = Files.createTempDirectory("deal-upload");
            return Files.write(dir.resolve(name), content);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
