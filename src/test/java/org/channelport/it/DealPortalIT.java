package org.channelport.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.channelport.it.BrowserSteps.ENGLISH;
import static org.channelport.it.BrowserSteps.awaitFieldMessage;
import static org.channelport.it.BrowserSteps.page;
import static org.channelport.it.LeadPages.awaitMessage;
import static org.channelport.it.DealSteps.awaitRows;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * The partner portal's deal registration pages in a real browser (rules of deals/package-info.java): the form and its
 * field messages (D1), drafts and submission (D2, D3), what a partner learns of a conflict (D4: that it exists, never
 * with whom), the wall between partners (D4), exports of its own rows (D11), a registration prefilled from a converted
 * lead, and attachments (D10).
 *
 * <p>Fixtures: partners A (distributor) and B (retailer), onboarded once through the real journey, located in a
 * country no other test class uses; every registration names a customer only its test uses.
 */
class DealPortalIT {
    private static final String[] COUNTRIES = {"UY", "PY", "BO", "EC", "PE", "VE", "GY", "SR"};

    private static String country;
    private static PartnerFixture.Partner a;
    private static PartnerFixture.Partner b;
    /** A's and B's own systems: rows a test needs but does not test the form with are registered through them. */
    private static PartnerFixture.Credential systemOfA;
    private static PartnerFixture.Credential systemOfB;
    private static final SignedInBrowsers browsers = new SignedInBrowsers();

    @BeforeAll
    static void partnersAAndB() {
        Mailbox.server();
        country = DealSteps.freshCountry(COUNTRIES);
        a = PartnerFixture.onboard("DISTRIBUTOR", country);
        b = PartnerFixture.onboard("RETAILER", country);
        systemOfA = PartnerFixture.createApiCredential(a);
        systemOfB = PartnerFixture.createApiCredential(b);
    }

    /** Registers and submits as this partner's system (the form is the first tests'); answers the id. */
    private static UUID registerOverApi(PartnerFixture.Credential system, DealSteps.Customer customer, String amount) {
        return UUID.fromString(DealFixture.register(LeadFixture.token(system), customer, amount).getString("id"));
    }

    @AfterAll
    static void closeBrowsers() {
        browsers.close();
    }

    @Test
    @DisplayName("D1/D2/D3: the form refuses a missing company, a negative amount and a past date at the fields, saves a draft, submits it, and the list shows it")
    void aPartnerRegistersADealThroughTheForm() {
        var customer = DealSteps.Customer.unique("Form", country);
        var browser = browsers.of(a);
        DealSteps.openNewForm(browser);
        // D1: no company and a negative amount: both at their fields, nothing saved
        DealSteps.fill(browser, customer, "", "-5", DealSteps.inDays(20));
        browser.click("[id='dealForm:submit']");
        awaitFieldMessage(browser, "dealForm:company", page(ENGLISH, "deal.company.required"));
        awaitFieldMessage(browser, "dealForm:lines:0:amount_input", page(ENGLISH, "deal.amount.notPositive"));
        assertThat(DealSteps.byDomain(customer.domain())).as("registrations saved after refused input").isZero();

        // D1: a close date in the past is refused at its field (the date picker's minimum, then the service's rule)
        browser.type("[id='dealForm:company']", customer.company());
        DealSteps.amount(browser, "dealForm:lines:0:amount_input", "48000");
        DealSteps.date(browser, "dealForm:expectedCloseDate", "2020-01-15");
        browser.click("[id='dealForm:saveDraft']");
        var message = BrowserSteps.awaitFieldMessage(browser, "dealForm:expectedCloseDate_input");
        assertThat(message).as("message at the close date").containsAnyOf(page(ENGLISH, "deal.closeDate.past"),
                LocalDate.now(ZoneOffset.UTC) + " or later");
        assertThat(DealSteps.byDomain(customer.domain())).as("registrations saved with a past date").isZero();

        // D2: a draft, then the submission
        DealSteps.date(browser, "dealForm:expectedCloseDate", DealSteps.inDays(40).toString());
        browser.click("[id='dealForm:saveDraft']");
        browser.waitForUrl("id=");
        awaitMessage(browser, "dealForm:messages", page(ENGLISH, "deals.draftSaved"));
        var id = DealSteps.idFromUrl(browser);
        assertThat(DealSteps.status(id)).as("status after saving a draft").isEqualTo("DRAFT");
        assertThat(browser.find("[id='dealForm:company']").getAttribute("value")).isEqualTo(customer.company());

        browser.click("[id='dealForm:submit']");
        browser.waitForUrl("/portal/deals/deal.xhtml");
        awaitMessage(browser, "messages", page(ENGLISH, "deals.submitted"));
        browser.waitForText("#dealStatus", page(ENGLISH, "deal.SUBMITTED"));
        assertThat(DealSteps.status(id)).as("D3: status after submitting a customer nobody else has").isEqualTo("SUBMITTED");
        assertThat(browser.text("#dealDetails")).contains(customer.company()).contains(customer.domain())
                .contains("48,000.00 EUR");
        assertThat(BrowserSteps.present(browser, "#conflictNotice")).as("a conflict notice").isFalse();

        // the list shows it with its reference and status
        browser.open("/portal/deals/index.xhtml");
        BrowserSteps.assertNoErrorPage(browser, "the partner's registrations");
        LeadPages.search(browser, "dealsForm:text", customer.company());
        var rows = awaitRows(browser, "dealsForm:deals", "the registration listed",
                r -> r.size() == 1 && r.get(0).get(0).equals(DealSteps.reference(id)));
        assertThat(rows.get(0).get(0)).isEqualTo(DealSteps.reference(id));
        assertThat(rows.get(0).get(1)).isEqualTo(customer.company());
        assertThat(rows.get(0).get(8)).startsWith(page(ENGLISH, "deal.SUBMITTED"));
        assertThat(browser.text("#reviewCount")).isNotEqualTo("0");
        browser.evidence("deals-portal-list");
    }

    @Test
    @DisplayName("D1: a registration of three product lines, the middle one removed again, is saved with the other two")
    void aDealOfSeveralProductLinesIsRegisteredAndALineRemoved() {
        var customer = DealSteps.Customer.unique("Lines", country);
        var browser = browsers.of(a);
        DealSteps.openNewForm(browser);
        DealSteps.fill(browser, customer, customer.company(), "10000", DealSteps.inDays(30));
        addLine(browser, 1, "enum.STORAGE", "Disk arrays", "20000");
        addLine(browser, 2, "enum.CLOUD", "Backup service", "30000");
        assertThat(BrowserSteps.present(browser, "[id='dealForm:lines:0:removeLine']")).as("a remove button per line").isTrue();

        // removing the middle line keeps what was typed into the others
        browser.click("[id='dealForm:lines:1:removeLine']");
        BrowserSteps.await(browser, "two lines left", d -> d.findElements(
                org.openqa.selenium.By.cssSelector("[id='dealForm:lines:2:products']")).isEmpty());
        assertThat(browser.find("[id='dealForm:lines:1:products']").getAttribute("value")).isEqualTo("Backup service");
        assertThat(browser.find("[id='dealForm:lines:1:amount_input']").getAttribute("value")).isEqualTo("30,000.00");
        assertThat(browser.find("[id='dealForm:lines:0:products']").getAttribute("value")).isEqualTo("Core switches");

        browser.click("[id='dealForm:saveDraft']");
        browser.waitForUrl("id=");
        awaitMessage(browser, "dealForm:messages", page(ENGLISH, "deals.draftSaved"));
        var id = DealSteps.idFromUrl(browser);
        assertThat(savedLines(id)).as("the lines saved").containsExactly(
                "0 NETWORKING Core switches 10000.00", "1 CLOUD Backup service 30000.00");
        assertThat(LeadFixture.count("select count(*) from deal_registration where id = ? and estimated_value = 40000", id))
                .as("the registration's value: the sum of its lines").isEqualTo(1);

        // the saved draft opens with both lines, and submits
        browser.click("[id='dealForm:submit']");
        browser.waitForUrl("/portal/deals/deal.xhtml");
        browser.waitForText("#dealStatus", page(ENGLISH, "deal.SUBMITTED"));
        assertThat(browser.text("#dealValue")).isEqualTo("40,000.00 EUR");
        assertThat(BrowserSteps.bodyText(browser)).as("the registration page with its lines").contains("Core switches")
                .contains("Backup service").doesNotContain("Disk arrays");
        assertThat(savedLines(id)).as("the lines submitted").hasSize(2);
    }

    /** Adds a product line with the "Add a product line" button and fills it (row is its index). */
    private static void addLine(Browser browser, int row, String productLineKey, String products, String amount) {
        browser.click("[id='dealForm:addLine']");
        var prefix = "dealForm:lines:" + row + ":";
        browser.find("[id='" + prefix + "products']");
        BrowserSteps.choose(browser, prefix + "productLine", page(ENGLISH, productLineKey));
        browser.type("[id='" + prefix + "products']", products);
        DealSteps.amount(browser, prefix + "amount_input", amount);
    }

    /** The registration's lines in the database: "position product_line products amount". */
    private static java.util.List<String> savedLines(UUID deal) {
        return LeadFixture.rows("select position, product_line, products, amount from deal_line where deal_id = ? "
                + "order by position", deal).stream().map(r -> r.get("position") + " " + r.get("product_line") + " "
                + r.get("products") + " " + r.get("amount")).toList();
    }

    @Test
    @DisplayName("D3/D4: a second partner registering the same customer learns of a possible conflict, never with whom")
    void aSecondPartnerSeesAPossibleConflictAndNothingAboutTheFirst() {
        var customer = DealSteps.Customer.unique("Rival", country);
        var first = registerOverApi(systemOfA, customer, "60000");
        assertThat(DealSteps.status(first)).isEqualTo("SUBMITTED");
        var browserB = browsers.of(b);
        var second = DealSteps.registerAndSubmit(browserB, customer, "55000");
        awaitMessage(browserB, "messages", page(ENGLISH, "deals.submittedHeld"));
        browserB.waitForText("#dealStatus", page(ENGLISH, "deal.HELD"));
        assertThat(browserB.text("#conflictNotice")).isEqualTo(page(ENGLISH, "deals.conflictNotice"));
        assertThat(DealSteps.status(second)).as("D3: B's registration").isEqualTo("HELD");
        assertThat(browserB.source()).as("D4: B's page of its held registration")
                .doesNotContain(a.name()).doesNotContain(DealSteps.reference(first)).doesNotContain(first.toString())
                .doesNotContain(a.adminEmail());
        browserB.evidence("deals-portal-held");

        browserB.open("/portal/deals/index.xhtml");
        LeadPages.search(browserB, "dealsForm:text", customer.company());
        var rows = awaitRows(browserB, "dealsForm:deals", "B's held registration",
                r -> r.size() == 1 && r.get(0).get(8).contains(page(ENGLISH, "deal.HELD")));
        assertThat(rows.get(0).get(8)).contains(page(ENGLISH, "deal.HELD")).contains(page(ENGLISH, "deals.possibleConflict"));
        assertThat(browserB.source()).as("D4: B's list").doesNotContain(a.name()).doesNotContain(DealSteps.reference(first));
    }

    @Test
    @DisplayName("D4: another partner's registration is not found, and the console is forbidden to partners")
    void anotherPartnersDealIsNotFoundAndTheConsoleIsForbidden() {
        var draft = UUID.fromString(DealFixture.register(LeadFixture.token(systemOfA), DealFixture.deal(
                "Wall " + DealFixture.word(), null, country).add("draft", true)).getString("id"));
        var browserB = browsers.of(b);
        for (var path : new String[]{"/portal/deals/deal.xhtml?id=" + draft, "/portal/deals/edit.xhtml?id=" + draft,
                "/portal/deals/deal.xhtml?id=" + UUID.randomUUID(), "/portal/deals/deal.xhtml?id=nonsense"}) {
            browserB.open(path);
            browserB.find("#error404");
            assertThat(browserB.text("h1.cp-page-title")).as("heading of " + path).isEqualTo(page(ENGLISH, "error.404.title"));
            assertThat(BrowserSteps.status(browserB, path)).as("HTTP status of " + path).isEqualTo(404);
            assertThat(browserB.source()).as("B's answer for " + path).doesNotContain("Wall ");
        }
        browserB.open("/manage/deals/");
        browserB.find("#error403");
        assertThat(BrowserSteps.status(browserB, "/manage/deals/index.xhtml")).as("a partner in the console").isEqualTo(403);
        assertThat(BrowserSteps.status(browserB, "/manage/deals/deal.xhtml?id=" + draft)).isEqualTo(403);
        assertThat(DealSteps.status(draft)).as("A's draft untouched").isEqualTo("DRAFT");
    }

    @Test
    @DisplayName("D11/D4: the CSV and Excel exports download the partner's own rows only")
    void exportsHoldOnlyThePartnersOwnRows() {
        // two customers that do not resemble each other (a similar name would make A's a possible conflict, rule D3)
        var own = DealSteps.Customer.unique("Alder", country);
        var foreign = DealSteps.Customer.unique("Quince", country);
        registerOverApi(systemOfB, foreign, "7000");
        var id = registerOverApi(systemOfA, own, "9000");
        var browserA = browsers.of(a);
        var downloads = DealSteps.downloadsOf(browserA);
        browserA.open("/portal/deals/index.xhtml");
        LeadPages.search(browserA, "dealsForm:text", own.company());
        awaitRows(browserA, "dealsForm:deals", "A's own registration only", r -> r.size() == 1);

        var csv = DealSteps.text(DealSteps.download(browserA, downloads, "[id='dealsForm:exportCsv']", "csv"));
        var lines = csv.lines().toList();
        assertThat(lines).as("the CSV: a header and A's row").hasSize(2);
        assertThat(lines.get(1)).startsWith("\"" + DealSteps.reference(id) + "\",\"" + own.company() + "\"")
                .contains("\"" + BrowserSteps.page(BrowserSteps.ENGLISH, "deal.SUBMITTED") + "\"").contains("\"EUR\"");
        assertThat(csv).doesNotContain(foreign.company());

        var xlsx = DealSteps.xlsxText(DealSteps.download(browserA, downloads, "[id='dealsForm:exportXlsx']", "xlsx"));
        assertThat(xlsx).contains(own.company()).contains(DealSteps.reference(id)).doesNotContain(foreign.company());

        // without the search, the export is still A's rows only (rule D4 in the read side, not in the page)
        browserA.open("/portal/deals/index.xhtml");
        var all = DealSteps.download(browserA, DealSteps.downloadsOf(browserA), "[id='dealsForm:exportCsv']", "csv");
        assertThat(DealSteps.text(all)).contains(own.company()).doesNotContain(foreign.company());
    }

    @Test
    @DisplayName("D1: a deal registered from a converted lead is prefilled with its customer and opportunity")
    void aDealIsPrefilledFromAConvertedLead() {
        var t = BrowserSteps.token();
        var company = "Lead " + t + " Prefill";
        var browser = browsers.of(a);
        browser.open("/portal/leads/new.xhtml");
        assertThat(browser.find("[id='leadForm:currency']").getAttribute("value")).as("a new lead's starting currency")
                .isEqualTo(java.util.Currency.getInstance(new java.util.Locale("", country)).getCurrencyCode());
        browser.type("[id='leadForm:company']", company);
        BrowserSteps.choose(browser, "leadForm:country", LeadPages.countryLabel(country));
        BrowserSteps.choose(browser, "leadForm:productLine", page(ENGLISH, "enum.STORAGE"));
        browser.type("[id='leadForm:contactName']", "Lena Lead");
        browser.type("[id='leadForm:contactEmail']", "lead-" + t + "@it.example");
        browser.click("[id='leadForm:register']");
        browser.waitForUrl("/portal/leads/lead.xhtml");
        browser.waitForText("#leadStatus", page(ENGLISH, "enum.lead.ACCEPTED"));
        var lead = LeadPages.leadId(company);

        // issue 10: the opportunity's currency starts as the partner's country's; this one is stated in euros
        assertThat(browser.find("[id='convertForm:currency']").getAttribute("value")).as("the starting currency")
                .isEqualTo(java.util.Currency.getInstance(new java.util.Locale("", country)).getCurrencyCode());
        browser.type("[id='convertForm:currency']", "EUR");
        var close = DealSteps.inDays(50);
        DealSteps.amount(browser, "convertForm:opportunityValue_input", "31500");
        DealSteps.date(browser, "convertForm:expectedCloseDate", close.toString());
        browser.click("[id='convertForm:convert']");
        browser.waitForText("#leadStatus", page(ENGLISH, "enum.lead.CONVERTED"));

        var link = browser.find("#registerDeal").getAttribute("href");
        assertThat(link).as("the lead page's Register-a-deal link").contains("/portal/deals/edit.xhtml?lead=" + lead);
        browser.open(link);
        browser.waitForUrl("/portal/deals/edit.xhtml?lead=" + lead);
        BrowserSteps.assertNoErrorPage(browser, "the form prefilled from a lead");
        awaitMessage(browser, "dealForm:messages", page(ENGLISH, "deals.fromLead"));
        assertThat(browser.find("[id='dealForm:company']").getAttribute("value")).isEqualTo(company);
        assertThat(browser.find("[id='dealForm:contactName']").getAttribute("value")).isEqualTo("Lena Lead");
        assertThat(browser.text("[id='dealForm:country']")).contains(country);
        assertThat(((org.openqa.selenium.JavascriptExecutor) browser.driver()).executeScript(
                "return document.getElementById('dealForm:lines:0:productLine_input').value")).as("the product line chosen")
                .isEqualTo("STORAGE");
        assertThat(browser.find("[id='dealForm:lines:0:amount_input']").getAttribute("value")).isEqualTo("31,500.00");
        assertThat(browser.find("[id='dealForm:expectedCloseDate_input']").getAttribute("value")).isEqualTo(close.toString());

        // a second product line on the prefilled form
        addLine(browser, 1, "enum.SECURITY", "Firewalls", "4500");
        assertThat(browser.find("[id='dealForm:lines:0:amount_input']").getAttribute("value")).as("the lead's line kept")
                .isEqualTo("31,500.00");

        browser.click("[id='dealForm:saveDraft']");
        browser.waitForUrl("id=");
        var id = DealSteps.idFromUrl(browser);
        assertThat(LeadFixture.count("select count(*) from deal_registration where id = ? and lead_id = ? "
                + "and customer_company = ? and estimated_value = 36000", id, lead, company))
                .as("the draft remembers its lead and the value of both lines").isEqualTo(1);
        var lines = savedLines(id);
        assertThat(lines).as("the prefilled line and the added one").hasSize(2);
        assertThat(lines.get(0)).startsWith("0 STORAGE ");
        assertThat(lines.get(1)).isEqualTo("1 SECURITY Firewalls 4500.00");
        var browserB = browsers.of(b);
        browserB.open("/portal/deals/edit.xhtml?lead=" + LeadPages.leadId(company));
        browserB.find("#error404");
        assertThat(browserB.source()).as("B prefilling from A's lead").doesNotContain(company);
    }

    @Test
    @DisplayName("D10: a real PDF is attached and downloaded; a renamed non-PDF is refused with a message")
    void attachmentsAcceptARealPdfAndRefuseARenamedFile() {
        var browser = browsers.of(a);
        var id = DealSteps.saveDraft(browser, DealSteps.Customer.unique("Files", country));
        DealSteps.openDeal(browser, "portal", id);
        LeadPages.upload(browser, "attachForm", DealSteps.pdf("quote.pdf"));
        awaitMessage(browser, "messages", page(ENGLISH, "deals.attached").replace("{0}", "quote.pdf"));
        var rows = awaitRows(browser, "attachForm:attachments", "the PDF listed", r -> r.size() == 1);
        assertThat(rows.get(0).get(0)).isEqualTo("quote.pdf");

        var file = BrowserSteps.submitForDownload(browser, "attachForm", "attachForm:attachments:0:download");
        assertThat(file.status()).isEqualTo(200);
        assertThat(file.contentType()).startsWith("application/pdf");
        assertThat(new String(file.body(), 0, 5, StandardCharsets.US_ASCII)).isEqualTo("%PDF-");

        LeadPages.upload(browser, "attachForm", DealSteps.file("invoice.pdf",
                "MZ this is not a PDF at all".getBytes(StandardCharsets.US_ASCII)));
        // the refusal at the upload (issue 10: once, at its field; the top only points there)
        BrowserSteps.awaitFieldMessage(browser, "attachForm:file", page(ENGLISH, "deal.attachment.mismatch"));
        assertThat(BrowserSteps.pageErrors(browser)).as("the page's own messages")
                .containsExactly(page(ENGLISH, "error.fields"));
        assertThat(LeadFixture.count("select count(*) from deal_attachment where deal_id = ?", id))
                .as("D10: files kept").isEqualTo(1);
        assertThat(BrowserSteps.rows(browser, "attachForm:attachments")).hasSize(1);
        browser.evidence("deals-portal-attachments");
    }
}
