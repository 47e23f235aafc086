package org.channelport.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.function.Predicate;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;

/**
 * Steps of the leads pages shared by LeadConsoleIT and LeadPortalIT: leads and region-scoped routing rules through
 * the API, and the widgets of the console and portal lead pages (checkbox menus, file uploads, searchable tables).
 */
final class LeadPages {

    private LeadPages() {}

    // ---------------------------------------------------------------------------------------------------- API

    /** The demo channel manager's access token. */
    static String managerToken() {
        return PartnerFixture.managerToken();
    }

    /**
     * A round-robin routing rule for leads of this country and region only (rule L4), so that rules of one test never
     * route another test's leads; partner types empty means any. Returns its id.
     */
    static UUID rule(String name, String country, String region, List<String> partnerTypes) {
        var reply = LeadFixture.post(LeadFixture.RULES, LeadFixture.json("name", name, "countries", List.of(country),
                "regions", List.of(region), "partnerTypes", partnerTypes, "strategy", "ROUND_ROBIN",
                "acceptSlaHours", 48, "followUpSlaHours", 168), managerToken());
        assertThat(reply.status()).as("creating routing rule " + name + ": " + reply.body()).isEqualTo(201);
        return UUID.fromString(reply.json().getString("id"));
    }

    /** A complete brand lead of this country and region (every field that rule L9 hides is filled). */
    static String lead(String company, String country, String region, String email, String phone) {
        return LeadFixture.json("company", company, "contactName", "Clara Contact", "contactEmail", email,
                "contactPhone", phone, "country", country, "region", region, "productLine", "NETWORKING",
                "estimatedValue", new BigDecimal("12500.50"), "currency", "EUR");
    }

    static UUID leadId(String company) {
        var id = LeadFixture.string("select id from sales_lead where company = ?", company);
        assertThat(id).as("lead " + company + " in the database").isNotNull();
        return UUID.fromString(id);
    }

    /** The label of a country in the leads pages' menus (English page). */
    static String countryLabel(String code) {
        return new Locale("", code).getDisplayCountry(Locale.ENGLISH) + " (" + code + ")";
    }

    // ---------------------------------------------------------------------------------------------------- widgets

    /**
     * Fails unless the element, once scrolled into view the way a user would scroll, can be clicked: its centre lies in
     * the window and nothing covers it there.
     */
    static void assertReachable(Browser browser, String id, String what) {
        BrowserSteps.awaitAjax(browser);
        var js = (JavascriptExecutor) browser.driver();
        var probe = (List<?>) js.executeScript("""
                var e = document.getElementById(arguments[0]);
                e.scrollIntoView({block: 'center'});
                var r = e.getBoundingClientRect();
                var x = r.left + r.width / 2, y = r.top + r.height / 2;
                var hit = y >= 0 && y < window.innerHeight && x >= 0 && x < window.innerWidth
                        ? document.elementFromPoint(x, y) : null;
                return [r.top, r.bottom, window.innerHeight, !!hit && e.contains(hit)];""", id);
        assertThat(Boolean.TRUE.equals(probe.get(3))).as("%s can be clicked: after scrolling it into view its top is at "
                + "%s px and its bottom at %s px of a window %s px high (the dialog neither fits the window nor "
                + "scrolls)", what, probe.get(0), probe.get(1), probe.get(2)).isTrue();
    }

    /** Ticks the option with this label in a PrimeFaces selectCheckboxMenu (using its filter) and closes the panel. */
    static void tick(Browser browser, String menuId, String label) {
        var driver = browser.driver();
        var panel = By.id(menuId + "_panel");
        if (driver.findElements(panel).stream().noneMatch(WebElement::isDisplayed)) {
            browser.click("[id='" + menuId + "'] .ui-selectcheckboxmenu-trigger");
        }
        BrowserSteps.await(browser, "the panel of " + menuId + " open",
                d -> d.findElements(panel).stream().anyMatch(WebElement::isDisplayed));
        var filters = driver.findElements(By.cssSelector("[id='" + menuId + "_panel'] .ui-selectcheckboxmenu-filter-container input"));
        var items = By.xpath("//div[@id='" + menuId + "_panel']//li[contains(@class,'ui-selectcheckboxmenu-item')]");
        var item = By.xpath("//div[@id='" + menuId + "_panel']//li[contains(@class,'ui-selectcheckboxmenu-item')]"
                + "[normalize-space()=" + BrowserSteps.xpathLiteral(label) + "]");
        if (!filters.isEmpty()) {
            var filter = filters.get(0);
            filter.sendKeys(label);
            // click only once the filter has narrowed the list: a click while it re-renders may tick another item
            BrowserSteps.await(browser, "the options of " + menuId + " filtered to " + label, d -> {
                if (filter.getAttribute("value").isEmpty()) {
                    filter.sendKeys(label); // typed while the panel was still opening: the keys were lost once
                }
                var shown = d.findElements(items).stream().filter(WebElement::isDisplayed).toList();
                return shown.size() == 1 && shown.get(0).getText().strip().equals(label);
            });
        }
        BrowserSteps.await(browser, "option " + label + " of " + menuId, d -> d.findElements(item).stream()
                .anyMatch(WebElement::isDisplayed));
        var option = driver.findElement(item);
        ((JavascriptExecutor) driver).executeScript("arguments[0].scrollIntoView({block: 'nearest'});", option);
        option.findElement(By.cssSelector(".ui-chkbox-box")).click();
        BrowserSteps.await(browser, "option " + label + " of " + menuId + " ticked", d -> String.valueOf(
                d.findElement(item).findElement(By.cssSelector(".ui-chkbox-box")).getAttribute("class")).contains("ui-state-active"));
        var close = driver.findElements(By.cssSelector("[id='" + menuId + "_panel'] .ui-selectcheckboxmenu-close"));
        if (!close.isEmpty() && close.get(0).isDisplayed()) {
            close.get(0).click();
        } else {
            driver.findElement(By.tagName("body")).sendKeys(Keys.ESCAPE);
        }
        BrowserSteps.await(browser, "the panel of " + menuId + " closed",
                d -> d.findElements(panel).stream().noneMatch(WebElement::isDisplayed));
        var ticked = driver.findElements(By.xpath("//div[@id='" + menuId + "_panel']//li[contains(@class,"
                + "'ui-selectcheckboxmenu-item')][.//div[contains(@class,'ui-chkbox-box') and contains(@class,"
                + "'ui-state-active')]]")).stream().map(e -> e.getAttribute("textContent").strip()).toList();
        assertThat(ticked).as("options ticked in " + menuId).contains(label);
    }

    /** Gives a PrimeFaces fileUpload (advanced, auto) this file through its input[type=file], as a user's pick would. */
    static void upload(Browser browser, String formId, Path file) {
        var input = BrowserSteps.await(browser, "the file input of " + formId, d -> d.findElements(
                By.cssSelector("[id='" + formId + "'] input[type=file]")).stream().findFirst().orElse(null));
        input.sendKeys(file.toAbsolutePath().toString());
    }

    /** Replaces the text of a search field (an ajax keyup filter) with this text. */
    static void search(Browser browser, String inputId, String text) {
        BrowserSteps.awaitAjax(browser);
        // the search sends its request a moment after the last key (and a list may open on filters it remembers):
        // mark the tables, and wait until the answer has replaced one, so that the rows read next are the search's
        var js = (org.openqa.selenium.JavascriptExecutor) browser.driver();
        js.executeScript("document.querySelectorAll('.ui-datatable').forEach(t => t.setAttribute('data-it-before-search', ''))");
        BrowserSteps.await(browser, "typing into " + inputId, d -> {
            var input = browser.find("[id='" + inputId + "']");
            input.sendKeys(Keys.chord(Keys.CONTROL, "a"), Keys.DELETE);
            input.sendKeys(text);
            return true;
        });
        BrowserSteps.await(browser, "the list answering the search for '" + text + "'", d -> Boolean.TRUE.equals(
                js.executeScript("const t = [...document.querySelectorAll('.ui-datatable')];"
                        + " return t.length === 0 || t.some(x => !x.hasAttribute('data-it-before-search'));")));
        BrowserSteps.awaitAjax(browser);
    }

    /** Waits until the data table's body rows (visible cell texts) match, and returns them. */
    static List<List<String>> awaitRows(Browser browser, String tableId, String what, Predicate<List<List<String>>> ok) {
        BrowserSteps.await(browser, tableId + ": " + what, d -> ok.test(BrowserSteps.rows(browser, tableId)));
        BrowserSteps.awaitAjax(browser);
        return BrowserSteps.rows(browser, tableId);
    }

    /** Waits until a p:messages (by client id) shows this text. */
    static void awaitMessage(Browser browser, String messagesId, String text) {
        BrowserSteps.await(browser, "message '" + text + "' in " + messagesId, d -> d.findElements(
                By.cssSelector("[id='" + messagesId + "']")).stream().anyMatch(e -> e.getText().contains(text)));
    }

    /** Opens a lead page and checks that the app answered with it, not with an error page. */
    static void openLead(Browser browser, String path, UUID lead) {
        browser.open(path + "?id=" + lead);
        browser.find("h1.cp-page-title");
        BrowserSteps.assertNoErrorPage(browser, "the lead page " + path + " of " + lead);
        browser.find("#leadStatus");
    }
}
