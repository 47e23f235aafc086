package org.channelport.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.channelport.it.BrowserSteps.ENGLISH;
import static org.channelport.it.BrowserSteps.assertNoErrorPage;
import static org.channelport.it.BrowserSteps.awaitBodyText;
import static org.channelport.it.BrowserSteps.awaitFieldMessage;
import static org.channelport.it.BrowserSteps.bodyText;
import static org.channelport.it.BrowserSteps.clientId;
import static org.channelport.it.BrowserSteps.count;
import static org.channelport.it.BrowserSteps.page;
import static org.channelport.it.BrowserSteps.present;
import static org.channelport.it.BrowserSteps.rows;
import static org.channelport.it.BrowserSteps.token;

import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.function.Predicate;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;

/**
 * The channel manager's console in a real browser: the dashboard, the partner list (filters, exports), one partner's
 * page (tier, parent distributor PA7, suspension PA3 and its effect on the partner's people and systems) and the
 * rejection of applications (PA4). Partners are made through the API (the application queue's approval is tried by
 * OnboardingJourneyIT and ApplicationFormIT); the manager has one browser for the class, signed in once.
 */
class ConsoleIT {
    private static final String PARTNERS = "partnersForm:partners";
    private static final SignedInBrowsers browsers = new SignedInBrowsers();

    @AfterAll
    static void closeBrowsers() {
        browsers.close();
    }

    private record Applied(UUID id, String name, String taxId, String email) {}

    /** An application through the public API, with names that share the test's token. */
    private static Applied apply(String label, String type, String token) {
        var suffix = label.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]", "");
        var name = "IT " + label + " " + token;
        var taxId = "IT-" + suffix.toUpperCase(Locale.ROOT) + "-" + token.toUpperCase(Locale.ROOT);
        var email = suffix + "-" + token + "@it.example";
        return new Applied(PartnerFixture.apply(name, type, taxId, email), name, taxId, email);
    }

    /** Waits until the partner table's rows (cells: name, type, tier, status, country, parent, e-mail) match. */
    private static List<List<String>> awaitPartnerRows(Browser browser, String what, Predicate<List<List<String>>> ok) {
        BrowserSteps.await(browser, "partner list: " + what, d -> ok.test(rows(browser, PARTNERS)));
        return rows(browser, PARTNERS);
    }

    private static void searchByName(Browser browser, String text) {
        var input = browser.find("[id='partnersForm:name']");
        input.sendKeys(Keys.chord(Keys.CONTROL, "a"), Keys.DELETE);
        if (!text.isEmpty()) {
            input.sendKeys(text);
        }
    }

    private static void openPartnerPage(Browser browser, UUID id, String name) {
        browser.open("/manage/partners/partner.xhtml?id=" + id);
        browser.find("h1.cp-page-title");
        assertNoErrorPage(browser, "the console's partner page of " + name);
        browser.waitForText("#partnerName", name);
    }

    private static void openTab(Browser browser, String title) {
        var tab = browser.driver().findElement(By.xpath("//ul[contains(@class, 'ui-tabs-nav')]/li[normalize-space()="
                + BrowserSteps.xpathLiteral(title) + "]"));
        // a tab scrolled just under the sticky top bar counts as in view, and the bar would take the click
        ((org.openqa.selenium.JavascriptExecutor) browser.driver()).executeScript(
                "arguments[0].scrollIntoView({block: 'center'});", tab);
        tab.click();
    }

    private static String historyText(Browser browser) {
        openTab(browser, page(ENGLISH, "nav.history"));
        var table = clientId(browser, "historyForm:history");
        BrowserSteps.await(browser, "the history tab shown", d -> d.findElement(By.id(table)).isDisplayed());
        return browser.text("[id='" + table + "']");
    }

    // ---------------------------------------------------------------- dashboard

    /** What the dashboard's KPIs count: pending applications, active and suspended partners. */
    private static List<Long> dashboardCounts() {
        return List.of(count("select count(*) from partner_application where status = 'SUBMITTED'"),
                count("select count(*) from partner where status = 'ACTIVE'"),
                count("select count(*) from partner where status = 'SUSPENDED'"));
    }

    @Test
    void theDashboardShowsTheKpisOfTheDatabaseAndTheTwoCharts() {
        var token = token();
        var approved = apply("Dash Retail", "RETAILER", token);
        var waiting = apply("Dash Pending", "AGENT", token);
        PartnerFixture.approve(approved.id(), "PLATINUM");
        var landing = browsers.landing("manager", "demo");
        assertThat(landing).as("where a channel manager lands").contains("/manage/");
        var browser = browsers.manager();
        // other test classes run at the same time and add applications and partners: the page is compared with the
        // database as it was while the page was made (the same counts before and after loading it; at most 5 tries)
        List<Long> database = List.of();
        long pending = -1;
        long active = -1;
        long suspended = -1;
        for (int attempt = 1; attempt <= 5; attempt++) {
            database = dashboardCounts();
            browser.open(landing);
            assertThat(browser.text("h1.cp-page-title")).isEqualTo(page(ENGLISH, "dashboard.title"));
            pending = Long.parseLong(browser.text("#pendingCount"));
            active = Long.parseLong(browser.text("#activeCount"));
            suspended = Long.parseLong(browser.text("#suspendedCount"));
            if (database.equals(dashboardCounts())) {
                break;
            }
        }
        assertThat(pending).as("pending applications KPI (database: status SUBMITTED)")
                .isEqualTo(database.get(0)).isPositive();
        assertThat(active).as("active partners KPI (database: status ACTIVE)")
                .isEqualTo(database.get(1)).isPositive();
        assertThat(suspended).as("suspended partners KPI (database: status SUSPENDED)")
                .isEqualTo(database.get(2));
        // (KPI labels are upper-cased by CSS, so compare without case)
        assertThat(bodyText(browser)).containsIgnoringCase(page(ENGLISH, "dashboard.pending"))
                .containsIgnoringCase(page(ENGLISH, "dashboard.active"))
                .containsIgnoringCase(page(ENGLISH, "dashboard.suspended"))
                .contains(page(ENGLISH, "dashboard.byTier")).contains(page(ENGLISH, "dashboard.byType"))
                .doesNotContain(page(ENGLISH, "dashboard.empty"));

        for (var chart : new String[]{"tierChart", "typeChart"}) {
            var canvas = browser.find("#" + chart + " canvas");
            assertThat(canvas.getSize().getWidth()).as("width of the %s canvas", chart).isPositive();
            assertThat(canvas.getSize().getHeight()).as("height of the %s canvas", chart).isPositive();
            // the chart's data, as Chart.js drew it, adds up to all partners
            var data = (List<?>) ((JavascriptExecutor) browser.driver()).executeScript(
                    "var c = document.querySelector('#' + arguments[0] + ' canvas');"
                            + "return window.Chart && Chart.getChart(c) ? Chart.getChart(c).data.datasets[0].data : null;",
                    chart);
            assertThat(data).as("data drawn in %s", chart).isNotNull();
            assertThat(data.stream().mapToLong(v -> ((Number) v).longValue()).sum())
                    .as("partners counted in %s", chart).isEqualTo(active + suspended);
        }

        browser.click("#pendingTile");
        browser.waitForUrl("/manage/partners/applications.xhtml");
        awaitBodyText(browser, waiting.name());
    }

    // ---------------------------------------------------------------- partner list

    @Test
    void theFiltersOfThePartnerListNarrowTheTable() {
        var token = token();
        var agent = apply("List Agent", "AGENT", token);
        var distributor = apply("List Distributor", "DISTRIBUTOR", token);
        PartnerFixture.approve(agent.id(), "GOLD");
        PartnerFixture.approve(distributor.id(), "SILVER");
        var browser = browsers.manager().open("/manage/partners/index.xhtml");
        var all = awaitPartnerRows(browser, "some partners", r -> !r.isEmpty());
        assertThat(all.size()).as("rows without filters").isGreaterThanOrEqualTo(2);

        // name search
        searchByName(browser, token);
        var mine = awaitPartnerRows(browser, "the two partners named with " + token, r -> r.size() == 2
                && r.stream().allMatch(row -> row.get(0).contains(token)));
        assertThat(mine).extracting(row -> row.get(0)).containsExactly(agent.name(), distributor.name());

        // each filter reaches the query (which PersistenceOnH2Test covers value by value) and the table shows labels
        BrowserSteps.choose(browser, "partnersForm:type", "Agent");
        assertThat(awaitPartnerRows(browser, "only the agent", r -> r.size() == 1 && r.get(0).get(0).equals(agent.name())))
                .extracting(row -> row.get(1)).containsExactly("Agent");
        BrowserSteps.choose(browser, "partnersForm:type", page(ENGLISH, "partners.anyType"));
        BrowserSteps.choose(browser, "partnersForm:tier", "Platinum");
        awaitPartnerRows(browser, "no Platinum partner named " + token, List::isEmpty);
        // the rows may be gone while the table is still being replaced: wait for its empty message
        browser.waitForText("[id='" + PARTNERS + "']", page(ENGLISH, "partners.empty"));
        BrowserSteps.choose(browser, "partnersForm:tier", page(ENGLISH, "partners.anyTier"));
        BrowserSteps.choose(browser, "partnersForm:status", "Active");
        assertThat(awaitPartnerRows(browser, "both active", r -> r.size() == 2))
                .extracting(row -> row.get(2) + " " + row.get(3)).containsExactlyInAnyOrder("Gold Active", "Silver Active");
        BrowserSteps.choose(browser, "partnersForm:status", page(ENGLISH, "partners.anyStatus"));

        // a row links to the partner's page
        awaitPartnerRows(browser, "both again", r -> r.size() == 2);
        assertThat(browser.driver().findElement(By.linkText(agent.name())).getAttribute("href"))
                .as("link of the agent's row").contains("/manage/partners/partner.xhtml?id=" + agent.id());
    }

    @Test
    void theCsvExportHoldsTheFilteredPartners() {
        var token = token();
        var agent = apply("Csv Agent", "AGENT", token);
        var retailer = apply("Csv Retailer", "RETAILER", token);
        PartnerFixture.approve(agent.id(), "GOLD");
        PartnerFixture.approve(retailer.id(), "REGISTERED");
        var browser = browsers.manager().open("/manage/partners/index.xhtml");
        searchByName(browser, token);
        awaitPartnerRows(browser, "the two partners named with " + token, r -> r.size() == 2);

        var csv = BrowserSteps.submitForDownload(browser, "partnersForm", "partnersForm:exportCsv");
        assertThat(csv.status()).as("HTTP status of the CSV export").isEqualTo(200);
        assertThat(csv.contentType()).as("content type of the CSV export").startsWith("text/csv");
        assertThat(csv.disposition()).as("Content-Disposition").contains("attachment").contains("partners.csv");
        var lines = csv.text().lines().toList();
        assertThat(lines.get(0)).as("CSV header row").isEqualTo(
                "\"Company name\",\"Partner type\",\"Tier\",\"Status\",\"Country\",\"Parent distributor\",\"E-mail\"");
        assertThat(lines).as("CSV lines exported with the name filter '%s'", token).hasSize(3);
        // issue 10: labels as the page shows them, not codes
        assertThat(lines.get(1)).as("the agent's CSV line").startsWith("\"" + agent.name() + "\",\"Agent\",\"Gold\",\"Active\",\"DE\",")
                .endsWith(",\"" + agent.email() + "\"");
        assertThat(lines.get(2)).as("the retailer's CSV line")
                .startsWith("\"" + retailer.name() + "\",\"Retailer\",\"Registered\",\"Active\",\"DE\",");
        // a partner without a parent distributor has an empty parent cell
        assertThat(lines.get(1)).as("the agent's CSV line (no parent distributor)")
                .isEqualTo("\"" + agent.name() + "\",\"Agent\",\"Gold\",\"Active\",\"DE\",\"\",\"" + agent.email() + "\"");
    }

    @Test
    void theExcelExportDownloadsAWorkbook() {
        var token = token();
        var agent = apply("Xlsx Agent", "AGENT", token);
        PartnerFixture.approve(agent.id(), "SILVER");
        var browser = browsers.manager().open("/manage/partners/index.xhtml");
        searchByName(browser, token);
        awaitPartnerRows(browser, "the partner named with " + token, r -> r.size() == 1);

        var xlsx = BrowserSteps.submitForDownload(browser, "partnersForm", "partnersForm:exportXlsx");
        assertThat(xlsx.status()).as("HTTP status of the Excel export (a 302 to /errors/error.xhtml means the "
                + "server failed: see payara.log)").isEqualTo(200);
        assertThat(xlsx.body()).as("Excel export body").isNotEmpty();
        assertThat(new String(xlsx.body(), 0, 2, java.nio.charset.StandardCharsets.ISO_8859_1))
                .as("an .xlsx file is a zip (PK)").isEqualTo("PK");
        assertThat(xlsx.disposition()).contains("partners.xlsx");

        // the real button, clicked in the browser, downloads the workbook and does not lead to the error page (the
        // finished download, not a fixed pause, says the answer has come)
        var workbook = DealSteps.download(browser, DealSteps.downloadsOf(browser), "[id='partnersForm:exportXlsx']", "xlsx");
        assertThat(workbook.getFileName().toString()).as("the file the browser saved").isEqualTo("partners.xlsx");
        assertThat(browser.url()).as("page after clicking Excel").doesNotContain("/errors/");
    }

    // ---------------------------------------------------------------- one partner

    @Test
    void changingTheTierShowsTheNewTierAndIsRecordedInTheHistory() {
        var token = token();
        var agent = apply("Tier Agent", "AGENT", token);
        PartnerFixture.approve(agent.id(), "SILVER");
        var browser = browsers.manager();
        openPartnerPage(browser, agent.id(), agent.name());
        assertThat(browser.text("#partnerTier")).isEqualTo("Silver");

        BrowserSteps.choose(browser, clientId(browser, "tierForm:tier"), "Gold");
        browser.click("[id='" + clientId(browser, "tierForm:changeTier") + "']");
        awaitBodyText(browser, page(ENGLISH, "partner.tierChanged"));
        browser.waitForText("#partnerTier", "Gold");
        assertThat(count("select count(*) from partner where id = ? and tier = 'GOLD'", agent.id()))
                .as("tier in the database").isEqualTo(1);
        assertThat(historyText(browser)).as("history after the tier change")
                .contains(page(ENGLISH, "history.action.tierChanged"))
                .contains(page(ENGLISH, "enum.SILVER") + " → " + page(ENGLISH, "enum.GOLD")).contains("manager")
                .as("states in words, not codes").doesNotContain("SILVER → GOLD");
    }

    @Test
    void anAgentIsLinkedToADistributorAsItsParent() {
        var token = token();
        var agent = apply("Child Agent", "AGENT", token);
        var distributor = apply("Parent Distributor", "DISTRIBUTOR", token);
        PartnerFixture.approve(agent.id(), "REGISTERED");
        PartnerFixture.approve(distributor.id(), "GOLD");
        var browser = browsers.manager();
        openPartnerPage(browser, agent.id(), agent.name());
        assertThat(browser.text("#partnerParent")).isEqualTo(page(ENGLISH, "field.none"));

        BrowserSteps.choose(browser, clientId(browser, "parentForm:parentId"), distributor.name());
        browser.click("[id='" + clientId(browser, "parentForm:linkParent") + "']");
        awaitBodyText(browser, page(ENGLISH, "partner.parentChanged"));
        browser.waitForText("#partnerParent", distributor.name());
        assertThat(count("select count(*) from partner where id = ? and parent_id = ?", agent.id(), distributor.id()))
                .as("parent_id in the database").isEqualTo(1);
        assertThat(historyText(browser)).as("history after linking")
                .contains(page(ENGLISH, "history.action.parentLinked")).contains(distributor.name());

        // PA7: a distributor has no parent to pick
        openPartnerPage(browser, distributor.id(), distributor.name());
        assertThat(present(browser, "[id$='parentForm:parentId']")).as("parent menu on a distributor's page").isFalse();

        // the partner list shows the parent
        browser.open("/manage/partners/index.xhtml");
        searchByName(browser, "Child Agent " + token);
        assertThat(awaitPartnerRows(browser, "the agent", r -> r.size() == 1).get(0).get(5))
                .as("parent column of the agent").isEqualTo(distributor.name());
    }

    @Test
    void aSuspendedPartnersPeopleAndSystemsAreRefusedUntilItIsReactivated() {
        var token = token();
        var partner = PartnerFixture.onboard("AGENT");
        var credential = PartnerFixture.createApiCredential(partner);
        var before = Http.get("/api/v1/partners", credential.token());
        assertThat(before.status()).as("API with the partner's credential before suspension: " + before.body())
                .isEqualTo(200);
        assertThat(before.body()).contains(partner.id().toString());

        var browser = browsers.manager();
        openPartnerPage(browser, partner.id(), partner.name());
        assertThat(browser.text("#partnerStatus")).isEqualTo("Active");

        // a suspension needs a reason
        var suspend = "[id='" + clientId(browser, "suspendForm:suspend") + "']";
        browser.click(suspend);
        awaitFieldMessage(browser, clientId(browser, "suspendForm:reason"),
                page(ENGLISH, "partner.suspensionReason.required"));
        assertThat(browser.text("#partnerStatus")).as("status after a suspension without reason").isEqualTo("Active");
        assertThat(count("select count(*) from partner where id = ? and status = 'ACTIVE'", partner.id())).isEqualTo(1);

        var reason = "IT: unpaid invoices " + token;
        browser.type("[id='" + clientId(browser, "suspendForm:reason") + "']", reason);
        browser.click("[id='" + clientId(browser, "suspendForm:suspend") + "']");
        browser.waitForText("#partnerStatus", "Suspended");
        awaitBodyText(browser, page(ENGLISH, "partner.suspended"));
        assertThat(count("select count(*) from partner where id = ? and status = 'SUSPENDED'", partner.id()))
                .as("status in the database").isEqualTo(1);
        assertThat(historyText(browser)).contains(page(ENGLISH, "history.action.suspended")).contains(reason);

        // PA3: the admin's fresh sign-in ends on the access-refused page
        var admin = browsers.visitor();
        admin.login(partner.adminEmail(), partner.password());
        admin.waitForUrl("/access-refused.xhtml");
        assertThat(admin.text("#accessRefused")).as("what a suspended partner's admin is told")
                .contains(page(ENGLISH, "refused.PARTNER_SUSPENDED")).containsIgnoringCase("suspended");
        admin.open("/portal/");
        BrowserSteps.await(admin, "the portal kept closed", d -> !d.getCurrentUrl().startsWith(
                TestEnvironment.BASE_URL + "/portal"));
        // PA3: the credential issued before the suspension is refused
        var refused = Http.get("/api/v1/partners", credential.token());
        assertThat(refused.status()).as("API with a suspended partner's credential: " + refused.body()).isEqualTo(403);
        assertThat(refused.body()).containsIgnoringCase("suspended");

        // reactivation opens both again (the button is on the profile tab; the history check left the history tab open)
        browser.driver().findElement(org.openqa.selenium.By.xpath(
                "//ul[@role='tablist']//a[normalize-space()='" + page(ENGLISH, "organization.profile") + "']")).click();
        browser.click("[id='" + clientId(browser, "statusForm:reactivate") + "']");
        browser.waitForText("#partnerStatus", "Active");
        awaitBodyText(browser, page(ENGLISH, "partner.reactivated"));
        // a fresh sign-in again (Keycloak's session from the refused one would otherwise skip the password)
        admin = browsers.visitor();
        admin.login(partner.adminEmail(), partner.password());
        assertThat(admin.url()).as("where the reactivated partner's admin lands").contains("/portal/");
        admin.open("/portal/");
        assertThat(admin.text("#partnerName")).isEqualTo(partner.name());
        var after = Http.get("/api/v1/partners", credential.token());
        assertThat(after.status()).as("API after reactivation: " + after.body()).isEqualTo(200);
    }

    // ---------------------------------------------------------------- applications

    @Test
    void rejectingAnApplicationNeedsAReasonRemovesItFromTheQueueAndMailsTheApplicant() {
        Mailbox.server();
        var token = token();
        var applied = apply("Reject Retail", "RETAILER", token);
        var browser = browsers.manager();
        var row = BrowserSteps.findInQueue(browser, applied.name());
        browser.clickWhenSettled(By.xpath(row + "//button[contains(@class, 'cp-reject')]"));
        browser.waitForText("#rejectDialog", applied.name());

        // PA4: a rejection needs a reason
        browser.click("[id='rejectForm:confirmReject']");
        awaitFieldMessage(browser, "rejectForm:reason", page(ENGLISH, "application.reason.required"));
        assertThat(browser.find("#rejectDialog").isDisplayed()).as("the dialog stays open").isTrue();
        assertThat(browser.driver().findElements(By.xpath(row))).as("the application is still queued").hasSize(1);
        assertThat(count("select count(*) from partner_application where id = ? and status = 'SUBMITTED'",
                applied.id())).as("status in the database after a rejection without reason").isEqualTo(1);

        var reason = "IT: outside our target market " + token;
        browser.type("[id='rejectForm:reason']", reason);
        browser.click("[id='rejectForm:confirmReject']");
        browser.waitForText("[id='queueForm:messages']", "The application of " + applied.name() + " has been rejected.");
        BrowserSteps.await(browser, "the application gone from the queue", d -> d.findElements(By.xpath(row)).isEmpty());
        assertThat(count("select count(*) from partner_application where id = ? and status = 'REJECTED' "
                + "and decision_reason = ? and decided_by = 'manager'", applied.id(), reason))
                .as("the decision in the database").isEqualTo(1);

        var mail = BrowserSteps.awaitMail(applied.email(), "partner application", "not approved", Duration.ofSeconds(30));
        assertThat(BrowserSteps.unfold(Mailbox.body(mail))).as("rejection mail").contains(applied.name()).contains(reason);

        // a rejected company does not become a partner
        assertThat(count("select count(*) from partner where id = ?", applied.id())).isZero();
    }

    @Test
    @org.junit.jupiter.api.DisplayName("O1, O6 in the console: a channel manager defines a product (every problem at its "
            + "field, nothing saved), finds it in the catalog's list, and typed markup stays text")
    void aChannelManagerDefinesAProductInTheConsole() throws Exception {
        var sku = "CON-" + BrowserSteps.token().toUpperCase(java.util.Locale.ROOT);
        var browser = browsers.manager();
        browser.open("/manage/orders/product.xhtml");
        browser.type("#productForm\\:sku", sku);
        browser.type("#productForm\\:gtin", "4006381333932");
        browser.click("#productForm\\:save");
        browser.waitForText("[id='productForm:gtin'] ~ .ui-message-error", BrowserSteps.page(BrowserSteps.ENGLISH,
                "product.gtin.invalid"));
        assertThat(browser.text("[id='productForm:nameEn'] ~ .ui-message-error")).isNotBlank();
        assertThat(LeadFixture.count("select count(*) from product where sku = ?", sku)).as("nothing saved").isZero();
        browser.find("#productForm\\:gtin").clear();
        browser.type("#productForm\\:nameEn", "<b>Console</b> router");
        browser.click("#productForm\\:productLine");
        browser.click("[id='productForm:productLine_items'] li[data-label='"
                + BrowserSteps.page(BrowserSteps.ENGLISH, "enum.NETWORKING") + "']");
        browser.click("#productForm\\:save");
        browser.waitForUrl("sku=" + sku);
        assertThat(LeadFixture.count("select count(*) from product where sku = ? and name_en = ?", sku,
                "<b>Console</b> router")).isEqualTo(1);
        // O27: its image, uploaded on its page; a file that is no picture is refused at the uploader, the image stays
        var dir = java.nio.file.Files.createTempDirectory("product-image");
        var photo = dir.resolve("router.jpg");
        java.nio.file.Files.write(photo, ProductsApiIT.picture(1600, 900, java.awt.Color.DARK_GRAY, "jpeg"));
        LeadPages.upload(browser, "imageForm", photo);
        var width = BrowserSteps.await(browser, "the uploaded image shown", d -> d.findElements(
                org.openqa.selenium.By.cssSelector("[id='imageForm:shown'] img")).stream()
                .map(i -> ((org.openqa.selenium.JavascriptExecutor) d).executeScript(
                        "return arguments[0].complete && arguments[0].naturalWidth", i))
                .filter(w -> w instanceof Number n && n.intValue() > 0).findFirst().orElse(null));
        assertThat(((Number) width).intValue()).as("stored at most 1200 pixels wide").isEqualTo(1200);
        var fake = dir.resolve("fake.png");
        java.nio.file.Files.writeString(fake, "<svg onload=alert(1)>not a picture</svg>");
        LeadPages.upload(browser, "imageForm", fake);
        browser.waitForText("[id='imageForm:image'] ~ .ui-message-error, [id='imageForm:image'] + .ui-message-error",
                BrowserSteps.page(BrowserSteps.ENGLISH, "image.type"));
        assertThat(LeadFixture.count("select count(*) from product_image i join product p on p.id = i.product_id "
                + "where p.sku = ? and i.width = 1200", sku)).as("the first image stays").isEqualTo(1);

        browser.open("/manage/orders/catalog.xhtml");
        LeadPages.search(browser, "productsForm:text", sku);
        DealSteps.awaitRows(browser, "productsForm:products", "the new product", rows -> rows.stream()
                .anyMatch(row -> row.get(0).equals(sku) && row.get(1).equals("<b>Console</b> router")));
        assertThat(browser.driver().findElements(org.openqa.selenium.By.cssSelector(
                "[id='productsForm:products'] img.cp-thumb[alt='<b>Console</b> router']"))).as("its thumbnail").hasSize(1);

        // "New product" with a SKU that exists changes nothing of that product
        browser.open("/manage/orders/product.xhtml");
        browser.type("#productForm\\:sku", sku.toLowerCase(java.util.Locale.ROOT));
        browser.type("#productForm\\:nameEn", "Overwritten");
        browser.click("#productForm\\:save");
        browser.waitForText("[id='productForm:sku'] ~ .ui-message-error", BrowserSteps.page(BrowserSteps.ENGLISH,
                "products.sku.exists"));
        assertThat(LeadFixture.count("select count(*) from product where sku = ? and name_en = ?", sku,
                "<b>Console</b> router")).isEqualTo(1);
    }

    @Test
    @org.junit.jupiter.api.DisplayName("O6, O8 in the console: products and contract prices come from files (every row "
            + "not imported named with its line and column, the same file again changes nothing); a product's page "
            + "sets and removes a list price and a contract price, every problem at its field")
    void aChannelManagerImportsTheCatalogAndSetsAProductsPrices() throws Exception {
        var t = BrowserSteps.token().toUpperCase(java.util.Locale.ROOT);
        var partner = PartnerFixture.onboard("RETAILER");
        var dir = java.nio.file.Files.createTempDirectory("catalog-import");
        var products = dir.resolve("products-" + t + ".csv");
        java.nio.file.Files.writeString(products, String.join("\n",
                "sku,name_en,name_zh_tw,product_line,unit,order_multiple,gtin",
                "IMP-" + t + ",Imported <i>switch</i>,匯入交換器,networking,EA,6,",
                "IMP2-" + t + ",Bad GTIN,,STORAGE,EA,1,4006381333932",
                "IMP3-" + t + ",Bad multiple,,STORAGE,EA,2.5,", ""), java.nio.charset.StandardCharsets.UTF_8);
        var browser = browsers.manager();
        browser.open("/manage/orders/import.xhtml");
        var first = importCatalog(browser, products);
        assertThat(first.get("created")).as(first.toString()).isEqualTo("1");
        assertThat(first.get("rejected")).isEqualTo("2");
        assertThat(first.get("issues")).contains("3\tgtin: ").contains("4\torder multiple '2.5' is not a whole number");
        assertThat(LeadFixture.count("select count(*) from product where sku = ? and name_zh_tw = ? and order_multiple = 6",
                "IMP-" + t, "匯入交換器")).isEqualTo(1);
        assertThat(LeadFixture.count("select count(*) from product where sku in (?, ?)", "IMP2-" + t, "IMP3-" + t))
                .as("rows refused: nothing saved of them").isZero();
        browser.click("[id='importForm:again']");
        assertThat(importCatalog(browser, products).get("unchanged")).as("the same file again").isEqualTo("1");

        // contract prices by the partner's name
        var contracts = dir.resolve("contracts-" + t + ".csv");
        java.nio.file.Files.writeString(contracts, "partner,sku,currency,unit_price,valid_from\n"
                + partner.name().toUpperCase(java.util.Locale.ROOT) + ",IMP-" + t + ",EUR,\"1,234.50\",2026-01-01\n"
                + "Nobody " + t + ",IMP-" + t + ",EUR,1,2026-01-01\n", java.nio.charset.StandardCharsets.UTF_8);
        browser.click("[id='importForm:again']");
        browser.click("[id='importForm:kind'] label[for='importForm:kind:2']");
        browser.waitForText("#columns", "valid_from");
        var third = importCatalog(browser, contracts);
        assertThat(third.get("created")).isEqualTo("1");
        assertThat(third.get("issues")).contains("3\tpartner: no partner is named 'Nobody " + t + "'");
        assertThat(LeadFixture.count("select count(*) from contract_price where sku = ? and partner_id = ? "
                + "and unit_price = 1234.50", "IMP-" + t, partner.id())).isEqualTo(1);

        // the product's page: its contract price, a list price set and removed, a form's problems at their fields
        var erp = Http.erpToken();
        var list = Http.postJson("/api/v1/price-lists", """
                {"code":"CON-%s","name":"Console EUR","currency":"EUR","tier":"SILVER","validFrom":"2026-01-01",
                 "prices":[]}""".formatted(t), erp, java.util.Map.of());
        assertThat(list.json().getInt("created")).as(list.body()).isEqualTo(1);
        browser.open("/manage/orders/product.xhtml?sku=IMP-" + t);
        browser.waitForText("[id='contractPriceForm:contractPrices']", partner.name());
        browser.type("[id='listPriceForm:unitPrice_input']", "88.5");
        browser.click("[id='listPriceForm:setListPrice']");   // no list chosen
        browser.waitForText("[id='listPriceForm'] .ui-message-error", BrowserSteps.page(BrowserSteps.ENGLISH,
                "price.list.unknown"));
        browser.click("[id='listPriceForm:priceList']");
        browser.click("[id='listPriceForm:priceList_items'] li[data-label^='CON-" + t + "']");
        browser.click("[id='listPriceForm:setListPrice']");
        browser.waitForText("[id='listPriceForm:listPrices']", "CON-" + t);
        assertThat(LeadFixture.count("select count(*) from price_list_entry e join price_list l on l.id = e.price_list_id "
                + "where l.code = ? and e.sku = ? and e.unit_price = 88.5", "CON-" + t, "IMP-" + t)).isEqualTo(1);
        browser.click("[id='listPriceForm:listPrices:0:remove']");
        browser.click("[id='contractPriceForm:confirmYes']");
        browser.waitForText("[id='listPriceForm:listPrices']", BrowserSteps.page(BrowserSteps.ENGLISH, "prices.list.none"));
        assertThat(LeadFixture.count("select count(*) from price_list_entry e join price_list l on l.id = e.price_list_id "
                + "where l.code = ?", "CON-" + t)).isZero();

        browser.type("[id='contractPriceForm:currency']", "XX");
        browser.type("[id='contractPriceForm:unitPrice_input']", "7");
        browser.click("[id='contractPriceForm:setContractPrice']");
        browser.waitForText("[id='contractPriceForm']", BrowserSteps.page(BrowserSteps.ENGLISH, "price.partner.unknown"));
        assertThat(browser.text("[id='contractPriceForm']")).contains(BrowserSteps.page(BrowserSteps.ENGLISH,
                "price.currency.invalid"));
        assertThat(LeadFixture.count("select count(*) from contract_price where sku = ?", "IMP-" + t)).isEqualTo(1);
    }

    /** Uploads a catalog file, waits for the import to end, and reads its counts and report (line TAB reason). */
    private static java.util.Map<String, String> importCatalog(Browser browser, java.nio.file.Path file) {
        LeadPages.upload(browser, "importForm", file);
        BrowserSteps.await(browser, "the progress bar at 100 %", d -> d.findElement(org.openqa.selenium.By.id(
                "importForm:progress")).getText().contains("100"));
        browser.waitForText("#phase", BrowserSteps.page(BrowserSteps.ENGLISH, "leadImport.phase.DONE"));
        browser.find("[id='importForm:issues']");
        BrowserSteps.awaitAjax(browser);
        assertThat(BrowserSteps.present(browser, "#failure")).as("an import failure shown").isFalse();
        // the poll's last update may replace the panel while it is read (a stale element, CI 2026-12-06): read it again
        return BrowserSteps.await(browser, "the import's summary", d -> {
            try {
                var issues = new StringBuilder();
                for (var row : d.findElements(org.openqa.selenium.By.cssSelector(
                        "[id='importForm:issues'] tbody tr:not(.ui-datatable-empty-message)"))) {
                    var cells = row.findElements(org.openqa.selenium.By.cssSelector("td"));
                    issues.append(cellText(cells.get(0))).append('\t').append(cellText(cells.get(1))).append('\n');
                }
                return java.util.Map.of("created", browser.text("#created"), "unchanged", browser.text("#unchanged"),
                        "rejected", browser.text("#rejected"), "issues", issues.toString());
            } catch (org.openqa.selenium.StaleElementReferenceException replaced) {
                return null;   // the panel was replaced while being read: read it again
            }
        });
    }

    /** A cell's text without the column title that a reflowing table puts in front of it. */
    private static String cellText(org.openqa.selenium.WebElement cell) {
        var text = cell.getAttribute("textContent");
        for (var title : cell.findElements(org.openqa.selenium.By.cssSelector(".ui-column-title"))) {
            text = text.replaceFirst(java.util.regex.Pattern.quote(title.getAttribute("textContent")), "");
        }
        return text.strip();
    }
}
