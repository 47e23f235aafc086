package org.channelport.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.channelport.it.BrowserSteps.ENGLISH;
import static org.channelport.it.BrowserSteps.awaitFieldMessage;
import static org.channelport.it.BrowserSteps.bodyText;
import static org.channelport.it.BrowserSteps.page;
import static org.channelport.it.LeadFixture.count;
import static org.channelport.it.LeadFixture.holder;
import static org.channelport.it.LeadPages.awaitMessage;
import static org.channelport.it.LeadPages.awaitRows;
import static org.channelport.it.LeadPages.countryLabel;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import java.util.function.Predicate;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;

/**
 * The channel manager's lead pages in a real browser (charter rules of the leads context): routing rules made in the
 * dialog with a preview (L4), leads made by hand (L1) and their explanations (L6), reassignment (L14), the managers'
 * queue (L6), file imports (L1, L2), markup and formulas in lead data (P5), partner performance (L5), and the wall
 * between the portal and the console.
 *
 * <p>Fixtures (once, through the API): a distributor and a retailer located in a country no other test class uses
 * (New Zealand, NZ, on a fresh database; a run against the same database takes the next unused country of the list, so
 * that partners of an earlier run are never candidates). Every rule a test makes is scoped to that country and a
 * region of the test's own, so that no test's rule routes another test's leads and no test depends on another's order.
 * The manager (and the distributor's admin) each have one browser for the class, signed in once.
 */
class LeadConsoleIT {
    private static final String[] COUNTRIES = {"NZ", "FJ", "WS", "TO", "VU", "PG", "SB", "KI", "FM", "PW"};
    /** Countries no rule names, for leads that must wait in the managers' queue. */
    private static final String[] UNCOVERED = {"TV", "NR", "MH", "CK", "NU", "TK", "WF", "PF", "NC", "AS"};
    private static final String POOL = "leadsForm:leads";

    private static String country;
    private static String uncovered;
    private static PartnerFixture.Partner distributor;
    private static PartnerFixture.Partner retailer;
    private static final SignedInBrowsers browsers = new SignedInBrowsers();

    @BeforeAll
    static void aDistributorAndARetailerInACountryOfTheirOwn() {
        Mailbox.server();
        country = LeadFixture.freshCountry(COUNTRIES);
        distributor = PartnerFixture.onboard("DISTRIBUTOR", country);
        retailer = PartnerFixture.onboard("RETAILER", country);
        uncovered = LeadFixture.freshCountry(UNCOVERED);
    }

    @AfterAll
    static void closeBrowsers() {
        browsers.close();
    }

    private static String partnerLabel(PartnerFixture.Partner partner) {
        return partner.name() + " (" + country + ", " + page(ENGLISH, "enum.SILVER") + ")";
    }

    /** The pool, searched by company text, once its table shows exactly the rows the predicate wants. */
    private static List<List<String>> poolRows(Browser browser, String text, Predicate<List<List<String>>> ok) {
        LeadPages.search(browser, "leadsForm:text", text);
        return awaitRows(browser, POOL, "leads matching '" + text + "'", ok);
    }

    // ------------------------------------------------------------------------------------------------ rules, leads

    @Test
    @DisplayName("L4/L1/L6/L14: a rule from the dialog (preview first) routes a hand-made lead; its page explains it; reassigned with a note")
    void aRuleFromTheDialogRoutesAHandMadeLeadThatIsExplainedAndReassigned() {
        var t = LeadFixture.token();
        var region = "Region " + t;
        var ruleName = "IT console rule " + t;
        // a queued lead of the test's region, for the preview to place
        var queued = "Preview " + t + " Ltd";
        var queuedId = LeadFixture.createLead(LeadPages.lead(queued, country, region, "preview-" + t + "@it.example",
                "+64 9 123 4567"));
        assertThat(LeadFixture.status(queuedId)).as("no rule for the region yet: queued").isEqualTo("UNASSIGNED");

        var browser = browsers.manager();
        browser.open("/manage/leads/rules.xhtml");
        browser.click("[id='rulesForm:newRule']");
        browser.find("#ruleDialog");
        LeadPages.tick(browser, "ruleForm:countries", countryLabel(country));
        browser.type("[id='ruleForm:regions']", region);
        browser.pick("ruleForm:partnerTypes", page(ENGLISH, "enum.DISTRIBUTOR"));
        BrowserSteps.choose(browser, "ruleForm:strategy", page(ENGLISH, "strategy.ROUND_ROBIN"));

        // L4: a rule needs a name; nothing is saved without one
        browser.click("[id='ruleForm:save']");
        assertThat(awaitFieldMessage(browser, "ruleForm:name")).as("message at the rule's name").containsIgnoringCase("name");
        assertThat(browser.find("#ruleDialog").isDisplayed()).as("the dialog stays open").isTrue();
        assertThat(count("select count(*) from routing_rule where regions = ?", region.toLowerCase()))
                .as("rules saved without a name").isZero();

        // L4: the preview routes open leads with the draft and changes nothing
        browser.type("[id='ruleForm:name']", ruleName);
        browser.click("[id='ruleForm:preview']");
        // (cells of reflow tables also hold their hidden column title: compare with contains)
        var previewRow = By.xpath("//*[@id='ruleForm:previewTable_data']/tr[td[1][contains(normalize-space(), "
                + BrowserSteps.xpathLiteral(queued) + ")]]");
        BrowserSteps.await(browser, "the queued lead in the preview", d -> !d.findElements(previewRow).isEmpty());
        assertThat(browser.text("[id='ruleForm:previewTable_data'] tr:first-child td:first-child"))
                .as("the lead the draft takes is listed first, before leads it leaves alone").contains(queued);
        var cells = browser.driver().findElement(previewRow).findElements(By.tagName("td")).stream()
                .map(td -> td.getText().strip()).toList();
        assertThat(cells.get(3)).as("preview: where the lead is now").isEqualTo(page(ENGLISH, "lead.noPartner"));
        assertThat(cells.get(4)).as("preview: where the draft would send it")
                .isEqualTo(distributor.name() + " (" + ruleName + ")");
        assertThat(LeadFixture.status(queuedId)).as("the preview changed nothing").isEqualTo("UNASSIGNED");
        assertThat(count("select count(*) from routing_rule where name = ?", ruleName)).as("saved by the preview").isZero();

        browser.click("[id='ruleForm:save']");
        awaitMessage(browser, "rulesForm:messages", "The rule " + ruleName + " was saved.");
        BrowserSteps.await(browser, "the dialog closed", d -> !d.findElement(By.id("ruleDialog")).isDisplayed());
        assertThat(browser.text("[id='rulesForm:rules']")).as("the rules list").contains(ruleName)
                .contains(page(ENGLISH, "strategy.ROUND_ROBIN"));
        assertThat(count("select count(*) from routing_rule where name = ? and countries = ? and regions = ? "
                + "and partner_types = 'DISTRIBUTOR' and strategy = 'ROUND_ROBIN' and active", ruleName, country,
                region.toLowerCase())).as("the rule in the database").isEqualTo(1);

        // L1: a lead by hand with a broken e-mail is refused at the field
        var company = "Hand " + t + " Ltd";
        var email = "hand-" + t + "@it.example";
        browser.open("/manage/leads/index.xhtml");
        browser.click("[id='leadsForm:newLead']");
        browser.find("#newLeadDialog");
        browser.type("[id='newLeadForm:company']", company);
        BrowserSteps.choose(browser, "newLeadForm:country", countryLabel(country));
        browser.type("[id='newLeadForm:region']", region);
        BrowserSteps.choose(browser, "newLeadForm:productLine", page(ENGLISH, "enum.NETWORKING"));
        browser.type("[id='newLeadForm:contactName']", "Hana Hand");
        browser.type("[id='newLeadForm:contactEmail']", "hand-" + t + "-at-it.example");
        browser.click("[id='newLeadForm:create']");
        awaitFieldMessage(browser, "newLeadForm:contactEmail", page(ENGLISH, "lead.email.invalid"));
        assertThat(browser.find("#newLeadDialog").isDisplayed()).as("the dialog stays open").isTrue();
        assertThat(count("select count(*) from sales_lead where company = ?", company)).as("leads saved").isZero();

        browser.type("[id='newLeadForm:contactEmail']", email);
        browser.click("[id='newLeadForm:create']");
        awaitMessage(browser, "leadsForm:messages",
                "The lead " + company + " was created and offered to " + distributor.name() + ".");
        var lead = LeadPages.leadId(company);
        assertThat(holder(lead)).as("L4: the rule's only eligible candidate holds it").isEqualTo(distributor.id());
        assertThat(LeadFixture.status(lead)).isEqualTo("OFFERED");

        // L6: the lead's page explains the choice
        LeadPages.openLead(browser, "/manage/leads/lead.xhtml", lead);
        assertThat(browser.text("#leadStatus")).isEqualTo(page(ENGLISH, "enum.lead.OFFERED"));
        assertThat(browser.text("#holder")).isEqualTo(distributor.name());
        var history = browser.text("#assignments");
        assertThat(history).as("assignment history").contains(ruleName)
                .contains(ruleName + ": " + page(ENGLISH, "ruleOutcome.MATCHED"));
        assertThat(verdict(browser, distributor.name())).as("verdict of the distributor")
                .isEqualTo(page(ENGLISH, "verdict.CHOSEN"));
        assertThat(verdict(browser, retailer.name())).as("verdict of the retailer")
                .isEqualTo(page(ENGLISH, "verdict.TYPE_EXCLUDED"));

        // L14: a reassignment needs a note
        BrowserSteps.choose(browser, "reassignForm:partner", partnerLabel(retailer));
        browser.click("[id='reassignForm:reassign']");
        awaitFieldMessage(browser, "reassignForm:note", page(ENGLISH, "lead.reassign.note"));
        assertThat(holder(lead)).as("holder after a reassignment without note").isEqualTo(distributor.id());

        var note = "IT: the retailer knows this customer " + t;
        BrowserSteps.choose(browser, "reassignForm:partner", partnerLabel(retailer));
        browser.type("[id='reassignForm:note']", note);
        browser.click("[id='reassignForm:reassign']");
        awaitMessage(browser, "messages", page(ENGLISH, "lead.reassigned"));
        browser.waitForText("#holder", retailer.name());
        assertThat(holder(lead)).as("holder in the database").isEqualTo(retailer.id());
        var after = browser.text("#assignments");
        assertThat(after).as("assignment history after the reassignment").contains(retailer.name())
                .contains(page(ENGLISH, "lead.manual")).contains(note)
                .contains(page(ENGLISH, "enum.end.REASSIGNED")).contains(ruleName);
    }

    @Test
    @DisplayName("L4: the rule dialog's field messages are in the page's language (zh_TW)")
    void theRuleDialogsFieldMessagesAreInThePagesLanguage() {
        var key = "rule.name.required";
        var browser = browsers.manager();
        browser.open("/manage/leads/rules.xhtml");
        // the manager's browser asks for English: the page's own menu switches its session to zh_TW, and back after
        language(browser, "繁體中文", "zh-TW");
        try {
            browser.click("[id='rulesForm:newRule']");
            browser.find("#ruleDialog");
            browser.click("[id='ruleForm:save']");
            var shown = awaitFieldMessage(browser, "ruleForm:name");
            for (var locale : new Locale[]{ENGLISH, BrowserSteps.TRADITIONAL, BrowserSteps.SIMPLIFIED}) {
                assertThat(ResourceBundle.getBundle("i18n.messages", locale, ResourceBundle.Control.getNoFallbackControl(
                        ResourceBundle.Control.FORMAT_PROPERTIES)).containsKey(key))
                        .as("the key %s (thrown by RoutingRule.RuleDefinition.check) in the %s bundle; the page shows "
                                + "the exception's English text instead: '%s'", key,
                                locale.equals(ENGLISH) ? "English (root)" : locale, shown).isTrue();
            }
            assertThat(shown).isEqualTo(page(BrowserSteps.TRADITIONAL, key));
        } finally {
            browser.open("/manage/leads/rules.xhtml");
            language(browser, "English", "en");
        }
    }

    /** Chooses a language in the page's menu and waits for the page to come back in it. */
    private static void language(Browser browser, String label, String tag) {
        BrowserSteps.choose(browser, "languageForm:language", label);
        BrowserSteps.await(browser, "the page in " + tag, d -> tag.equals(d.findElement(By.tagName("html")).getAttribute("lang")));
        BrowserSteps.awaitAjax(browser);
    }

    /** The verdict cell of a candidate in the lead page's explanation. */
    private static String verdict(Browser browser, String partnerName) {
        var cells = browser.driver().findElements(By.xpath("//section[@id='assignments']//table//tr[td[1]["
                + "contains(normalize-space(), " + BrowserSteps.xpathLiteral(partnerName) + ")]]/td[2]"));
        return cells.isEmpty() ? "(not listed)" : cells.get(0).getText().strip();
    }

    @Test
    @DisplayName("L6: a lead no rule covers waits in the managers' queue, and its page says why")
    void aLeadNoRuleCoversWaitsInTheQueueWithTheReason() {
        var t = LeadFixture.token();
        // at least one active rule, so that the reason is "no rule applies" rather than "no rule at all"
        var ruleName = "IT console queue rule " + t;
        LeadPages.rule(ruleName, country, "Region " + t, List.of());
        var company = "Queue " + t + " Ltd";
        var browser = browsers.manager();
        browser.open("/manage/leads/index.xhtml");
        browser.click("[id='leadsForm:newLead']");
        browser.find("#newLeadDialog");
        browser.type("[id='newLeadForm:company']", company);
        BrowserSteps.choose(browser, "newLeadForm:country", countryLabel(uncovered));
        BrowserSteps.choose(browser, "newLeadForm:productLine", page(ENGLISH, "enum.CLOUD"));
        browser.type("[id='newLeadForm:contactEmail']", "queue-" + t + "@it.example");
        browser.click("[id='newLeadForm:create']");
        awaitMessage(browser, "leadsForm:messages", "The lead " + company + " was created; no rule placed it");
        assertThat(browser.text("[id='leadsForm:messages']")).as("the message about the queued lead, word for word")
                .contains(page(ENGLISH, "lead.created.queued").replace("{0}", company));
        var lead = LeadPages.leadId(company);
        assertThat(LeadFixture.status(lead)).isEqualTo("UNASSIGNED");
        assertThat(holder(lead)).isNull();

        BrowserSteps.clickAndAwaitUpdate(browser, "[id='leadsForm:queue']", "leadsForm");
        var rows = poolRows(browser, t, r -> r.size() == 1 && r.get(0).get(0).equals(company));
        assertThat(rows.get(0).get(1)).as("status cell of the queued lead")
                .contains(page(ENGLISH, "enum.lead.UNASSIGNED")).contains(page(ENGLISH, "unroutable.NO_RULE_MATCHES"));

        browser.clickWhenSettled(By.linkText(company));
        browser.waitForUrl("/manage/leads/lead.xhtml");
        BrowserSteps.assertNoErrorPage(browser, "the queued lead's page");
        assertThat(browser.text("#unroutedReason")).isEqualTo(page(ENGLISH, "unroutable.NO_RULE_MATCHES"));
        assertThat(browser.text("#actions")).as("the live explanation lists the rules tried")
                .contains(ruleName + ": " + page(ENGLISH, "ruleOutcome.NOT_MATCHING") + " (country)");
        assertThat(browser.text("#holder")).isEqualTo(page(ENGLISH, "lead.noPartner"));
        assertThat(browser.text("#noAssignments")).isEqualTo(page(ENGLISH, "lead.assignments.empty"));
    }

    @Test
    @DisplayName("The rule and new-lead dialogs let a 1280x900 window reach their buttons")
    void theRuleAndLeadDialogsFitTheWindow() {
        var browser = browsers.manager();
        browser.open("/manage/leads/rules.xhtml");
        browser.click("[id='rulesForm:newRule']");
        browser.find("#ruleDialog");
        LeadPages.assertReachable(browser, "ruleForm:save", "the Save button of the rule dialog");
        LeadPages.assertReachable(browser, "ruleForm:preview", "the Preview button of the rule dialog");

        browser.open("/manage/leads/index.xhtml");
        browser.click("[id='leadsForm:newLead']");
        browser.find("#newLeadDialog");
        LeadPages.assertReachable(browser, "newLeadForm:create", "the Create button of the new-lead dialog");
    }

    // ------------------------------------------------------------------------------------------------ import

    @Test
    @DisplayName("L1/L2: an import lists every rejected row with its line and reason; the same file again creates nothing")
    void anImportReportsItsRejectedRowsAndImportingItAgainCreatesNothing() throws Exception {
        var t = LeadFixture.token();
        var region = "Import " + t;
        var csv = String.join("\n",
                "company,contact_name,contact_email,country,region,product_line,estimated_value,currency",
                "Import One " + t + ",Ann One,one-" + t + "@it.example," + country + "," + region + ",NETWORKING,1000,EUR",
                ",Bob None,none-" + t + "@it.example," + country + "," + region + ",CLOUD,,",
                "Import Three " + t + ",Cy Three,three-" + t + "@it.example,XX," + region + ",TOASTERS,,",
                "Import Four " + t + ",Di Four,four-" + t + "@it.example," + country + "," + region + ",cloud,\"2,500.50\",EUR",
                "Import Five " + t + ",Ed Five,five-" + t + "-at-it.example," + country + "," + region + ",NETWORKING,,",
                "");
        var file = Files.createTempDirectory("lead-import").resolve("leads-" + t + ".csv");
        Files.writeString(file, csv, StandardCharsets.UTF_8);

        var browser = browsers.manager();
        browser.open("/manage/leads/import.xhtml");
        assertThat(browser.text("#columns")).contains("company").contains("product_line");

        var first = importFile(browser, file);
        assertThat(first.created()).as("created").isEqualTo("2");
        assertThat(first.duplicates()).as("duplicates").isEqualTo("0");
        assertThat(first.rejected()).as("rejected").isEqualTo("3");
        assertThat(first.issues()).extracting(row -> row.get(0)).as("lines of the rows not imported")
                .containsExactly("3", "4", "6");
        assertThat(first.issues()).extracting(row -> row.get(1)).containsOnly(page(ENGLISH, "leadImport.kind.REJECTED"));
        assertThat(first.issues().get(0).get(2)).as("reason of line 3").contains("company is missing");
        assertThat(first.issues().get(1).get(2)).as("reason of line 4").contains("country").contains("XX")
                .containsIgnoringCase("product line");
        assertThat(first.issues().get(2).get(2)).as("reason of line 6").contains("e-mail")
                .contains("five-" + t + "-at-it.example");
        assertThat(count("select count(*) from sales_lead where region = ?", region)).as("leads imported").isEqualTo(2);
        assertThat(count("select count(*) from sales_lead where company = ? and estimated_value = 2500.50",
                "Import Four " + t)).as("the grouped amount of line 5").isEqualTo(1);

        // L2: the same file again adds nothing and names the duplicates
        browser.click("[id='importForm:again']");
        var second = importFile(browser, file);
        assertThat(second.created()).as("created the second time").isEqualTo("0");
        assertThat(second.duplicates()).as("duplicates the second time").isEqualTo("2");
        assertThat(second.rejected()).as("rejected the second time").isEqualTo("3");
        assertThat(second.issues().stream().filter(r -> r.get(1).equals(page(ENGLISH, "leadImport.kind.DUPLICATE")))
                .map(r -> r.get(0)).sorted().toList()).as("lines of the duplicates").containsExactly("2", "5");
        assertThat(count("select count(*) from sales_lead where region = ?", region))
                .as("leads after importing the file twice").isEqualTo(2);
    }

    private record ImportResult(String created, String duplicates, String rejected, List<List<String>> issues) {}

    /** Uploads the file, waits for the progress bar to reach 100 % and the phase "Done", and reads the report. */
    private static ImportResult importFile(Browser browser, Path file) {
        LeadPages.upload(browser, "importForm", file);
        browser.find("[id='importForm:progress']");
        BrowserSteps.await(browser, "the progress bar at 100 %", d -> d.findElement(By.id("importForm:progress"))
                .getText().contains("100"));
        browser.waitForText("#phase", page(ENGLISH, "leadImport.phase.DONE"));
        browser.find("[id='importForm:issues']");
        BrowserSteps.awaitAjax(browser);
        assertThat(BrowserSteps.present(browser, "#failure")).as("an import failure shown").isFalse();
        // the progress poll may render the report once more after DONE: read it again if an element went stale
        return BrowserSteps.await(browser, "the import's report", d -> new ImportResult(browser.text("#created"),
                browser.text("#duplicates"), browser.text("#rejected"), BrowserSteps.rows(browser, "importForm:issues")));
    }

    @Test
    @DisplayName("L2: a file that is not CSV or XLSX, or a CSV with the wrong columns, is refused whole with a clear message")
    void aFileOfTheWrongTypeOrWithTheWrongColumnsIsRefusedWhole() throws Exception {
        var t = LeadFixture.token();
        var dir = Files.createTempDirectory("lead-import");
        var text = dir.resolve("leads-" + t + ".txt");
        Files.writeString(text, "company,country,product_line\nText " + t + "," + country + ",CLOUD\n");
        var columns = dir.resolve("columns-" + t + ".csv");
        Files.writeString(columns, "firm,land,product_line\nColumns " + t + "," + country + ",CLOUD\n");

        var browser = browsers.manager();
        browser.open("/manage/leads/import.xhtml");
        LeadPages.upload(browser, "importForm", text);
        // refused in the browser already (p:validateFile; the server would refuse it too: leadImport.file.type)
        var refusal = BrowserSteps.await(browser, "a message refusing the .txt file", d -> {
            // the widget lists the file first and adds the refusal a moment later: wait for the refusal itself
            var shown = errorText(browser);
            return shown.contains(text.getFileName().toString()) && shown.toLowerCase().contains("file type")
                    ? shown : null;
        });
        assertThat(refusal).as("what the manager is told about the .txt file")
                .containsIgnoringCase("file type").contains(".csv").contains(".xlsx");
        assertThat(BrowserSteps.present(browser, "[id='importForm:progress']")).as("an import started").isFalse();

        browser.open("/manage/leads/import.xhtml");
        LeadPages.upload(browser, "importForm", columns);
        awaitMessage(browser, "importForm:messages", "The header row does not match.");
        assertThat(browser.text("[id='importForm:messages']")).as("what the manager is told")
                .contains("Missing: company, country.").contains("Unknown: firm, land.")
                .contains("Expected columns: " + String.join(", ", "company", "contact_name", "contact_email"));
        assertThat(BrowserSteps.present(browser, "[id='importForm:progress']")).as("an import started").isFalse();
        assertThat(count("select count(*) from sales_lead where company in (?, ?)", "Text " + t, "Columns " + t))
                .as("leads from refused files").isZero();
    }

    /** Every error text on the page: global and field messages, and the upload widget's own. */
    private static String errorText(Browser browser) {
        return browser.driver().findElements(By.cssSelector(".ui-messages-error, .ui-message-error, .ui-fileupload-content"))
                .stream().map(e -> e.getText()).reduce("", (a, b) -> a + "\n" + b);
    }

    // ------------------------------------------------------------------------------------------------ P5, L5

    @Test
    @DisplayName("P5: markup and formulas in a lead are shown as text in the pool and exported with an apostrophe")
    void markupAndFormulasInLeadsAreShownAsTextAndExportedDefused() {
        var t = LeadFixture.token();
        var marker = "cpLeadXss" + t;
        var company = "<script>window['" + marker + "']=true</script> Markup " + t;
        var formula = "=HYPERLINK(\"https://evil.example/" + t + "\",\"open\")";
        var lead = LeadFixture.createLead(LeadFixture.json("company", company, "contactName", formula,
                "contactEmail", "markup-" + t + "@it.example", "country", country, "region", "Markup " + t,
                "productLine", "CLOUD"));
        var browser = browsers.manager();
        browser.open("/manage/leads/index.xhtml");
        var rows = poolRows(browser, "Markup " + t, r -> r.size() == 1);
        assertThat(rows.get(0).get(0)).as("company cell shown as text").isEqualTo(company);
        assertThat(rows.get(0)).as("contact name cell shown as text (its e-mail under it)")
                .anySatisfy(cell -> assertThat(cell).startsWith(formula + "\n"));
        assertThat(browser.scriptRan(marker)).as("script from a company name ran in the pool").isFalse();

        var csv = BrowserSteps.submitForDownload(browser, "leadsForm", "leadsForm:exportCsv");
        assertThat(csv.status()).as("HTTP status of the pool's CSV export").isEqualTo(200);
        assertThat(csv.contentType()).startsWith("text/csv");
        var lines = csv.text().lines().toList();
        assertThat(lines).as("CSV of the pool searched for 'Markup %s'", t).hasSize(2);
        assertThat(lines.get(0)).startsWith("\"" + page(ENGLISH, "field.companyName") + "\"");
        assertThat(lines.get(1)).as("the lead's CSV line")
                .startsWith("\"" + company + "\",")
                .contains(",\"'=HYPERLINK(\"\"https://evil.example/" + t + "\"\",\"\"open\"\")\",");

        LeadPages.openLead(browser, "/manage/leads/lead.xhtml", lead);
        assertThat(browser.text("h1.cp-page-title")).as("the lead page's title").isEqualTo(company);
        assertThat(browser.scriptRan(marker)).as("script from a company name ran on the lead page").isFalse();
    }

    @Test
    @DisplayName("L5: the partner performance page shows the chart and the partner's row")
    void thePerformancePageShowsTheChartAndThePartnersRow() {
        var t = LeadFixture.token();
        var region = "Stats " + t;
        LeadPages.rule("IT console stats rule " + t, country, region, List.of("DISTRIBUTOR"));
        var lead = LeadFixture.createLead(LeadPages.lead("Stats " + t + " Ltd", country, region,
                "stats-" + t + "@it.example", "+64 9 765 4321"));
        assertThat(holder(lead)).isEqualTo(distributor.id());
        var received = count("select count(*) from lead_assignment where partner_id = ? "
                + "and offered_at >= now() - interval '90 days'", distributor.id());

        var browser = browsers.manager();
        browser.open("/manage/leads/partners.xhtml");
        BrowserSteps.assertNoErrorPage(browser, "the partner performance page");
        assertThat(browser.text("h1.cp-page-title")).isEqualTo(page(ENGLISH, "leadStats.title"));
        assertThat(BrowserSteps.present(browser, "#statsEmpty")).as("the 'no stats' card").isFalse();

        var canvas = browser.find("[id='statsForm:statsChart'] canvas");
        assertThat(canvas.getSize().getWidth()).as("chart width").isPositive();
        assertThat(canvas.getSize().getHeight()).as("chart height").isPositive();
        var labels = (List<?>) ((JavascriptExecutor) browser.driver()).executeScript(
                "var c = document.querySelector('[id=\"statsForm:statsChart\"] canvas');"
                        + "return window.Chart && Chart.getChart(c) ? Chart.getChart(c).data.labels : null;");
        assertThat(labels).as("partners drawn in the chart").isNotNull().isNotEmpty();

        var row = BrowserSteps.rows(browser, "statsForm:stats").stream()
                .filter(r -> r.get(0).equals(distributor.name())).findFirst();
        assertThat(row).as("the distributor's row (first page of the table)").isPresent();
        assertThat(row.get().get(1)).as("leads received by the distributor").isEqualTo(Long.toString(received));
    }

    // ------------------------------------------------------------------------------------------------ walls

    @Test
    @DisplayName("A partner's person is refused the console's lead pages (403)")
    void aPartnersPersonIsRefusedTheConsolesLeadPages() {
        var browser = browsers.of(distributor);
        for (var path : new String[]{"/manage/leads/index.xhtml", "/manage/leads/rules.xhtml",
                "/manage/leads/import.xhtml", "/manage/leads/partners.xhtml"}) {
            browser.open(path);
            browser.find("#error403");
            assertThat(browser.text("h1.cp-page-title")).as("heading of %s for a partner admin", path)
                    .isEqualTo(page(ENGLISH, "error.403.title"));
            assertThat(BrowserSteps.status(browser, path)).as("HTTP status of %s for a partner admin", path)
                    .isEqualTo(403);
            assertThat(bodyText(browser)).doesNotContain(page(ENGLISH, "leads.kpi.queue"));
        }
    }
}
