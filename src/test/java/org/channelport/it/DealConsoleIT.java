package org.channelport.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.channelport.it.BrowserSteps.ENGLISH;
import static org.channelport.it.BrowserSteps.awaitFieldMessage;
import static org.channelport.it.BrowserSteps.page;
import static org.channelport.it.LeadPages.awaitMessage;
import static org.channelport.it.DealSteps.awaitRows;

import jakarta.json.JsonObject;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * The channel-manager console's deal registration pages in a real browser, with the partner portal on the other side
 * (rules of deals/package-info.java): the review queue and the competing registrations side by side (D3, D4),
 * approval and protection (D5, D6), two approvals by two managers above a currency's threshold (D6), a question, the
 * partner's answer and resubmission with the history (D2), filters and exports (D11), special pricing (D9).
 *
 * <p>Fixtures: partners A and B onboarded once in a country no other test class uses, each with an API credential
 * through which its registrations are made (the portal's form is DealPortalIT's); the demo managers {@code manager}
 * and {@code director}. Each person has one browser for the class, signed in once.
 */
class DealConsoleIT {
    private static final String[] COUNTRIES = {"CR", "PA", "HN", "NI", "GT", "SV", "BZ", "DO"};

    private static String country;
    private static PartnerFixture.Partner a;
    private static PartnerFixture.Partner b;
    private static PartnerFixture.Credential systemOfA;
    private static PartnerFixture.Credential systemOfB;
    private static final SignedInBrowsers browsers = new SignedInBrowsers();

    @BeforeAll
    static void partnersAAndB() {
        Mailbox.server();
        country = DealSteps.freshCountry(COUNTRIES);
        a = PartnerFixture.onboard("DISTRIBUTOR", country);
        b = PartnerFixture.onboard("AGENT", country);
        systemOfA = PartnerFixture.createApiCredential(a);
        systemOfB = PartnerFixture.createApiCredential(b);
    }

    @AfterAll
    static void closeBrowsers() {
        browsers.close();
    }

    /** Registers and submits as A's or B's system (the form's registration, over the API). */
    private static JsonObject register(PartnerFixture.Credential system, DealSteps.Customer customer, String amount) {
        return DealFixture.register(LeadFixture.token(system), customer, amount);
    }

    private static UUID id(JsonObject registration) {
        return UUID.fromString(registration.getString("id"));
    }

    private static void openConsoleDeal(Browser browser, UUID id) {
        DealSteps.openDeal(browser, "manage", id);
    }

    @Test
    @DisplayName("D3/D5/D6: the manager sees both registrations side by side, approves one, cannot approve the other; A is protected")
    void theManagerComparesSideBySideAndApprovesOne() {
        var customer = DealSteps.Customer.unique("Clash", country);
        var first = id(register(systemOfA, customer, "80000"));
        var held = register(systemOfB, customer, "82000");
        assertThat(held.getString("status")).as("B's registration of A's customer").isEqualTo("HELD");
        var second = id(held);

        var manager = browsers.manager();
        // the review queue lists both, with the partners' names
        manager.open("/manage/deals/index.xhtml");
        BrowserSteps.assertNoErrorPage(manager, "the console's pipeline");
        LeadPages.search(manager, "pipelineForm:text", customer.company());
        var rows = awaitRows(manager, "pipelineForm:deals", "both registrations in the review queue", r -> r.size() == 2);
        assertThat(rows).extracting(r -> r.get(1)).containsExactlyInAnyOrder(a.name(), b.name());
        assertThat(manager.text("#totalCount")).isEqualTo("2");
        assertThat(manager.text("[id='pipelineForm:totals']")).contains("162,000").contains("EUR");

        // D3: B's held registration beside A's
        openConsoleDeal(manager, second);
        manager.find("#sideBySide");
        assertThat(manager.text("#thisDeal")).contains(b.name()).contains(customer.domain()).contains("82,000.00 EUR");
        var conflict = manager.text("#conflict-0");
        assertThat(conflict).contains(DealSteps.reference(first)).contains(a.name()).contains(customer.domain())
                .contains(customer.taxId()).contains(page(ENGLISH, "deal.SUBMITTED")).contains("80,000.00 EUR");
        assertThat(conflict).containsAnyOf(page(ENGLISH, "deals.match.TAX_ID"), page(ENGLISH, "deals.match.DOMAIN"));
        manager.evidence("deals-console-side-by-side");

        // approve A's (through the link of the side-by-side card)
        manager.click("#conflict-0 a.cp-conflict-link");
        manager.waitForUrl("id=" + first);
        manager.find("#dealStatus");
        manager.click("[id='decisionForm:approve']");
        awaitMessage(manager, "messages", page(ENGLISH, "deals.approved").replace("{0}", DealSteps.reference(first)));
        manager.waitForText("#dealStatus", page(ENGLISH, "deal.APPROVED"));
        // who submitted it: the name A gave its credential, never the service account's id (issue 10)
        manager.waitForText("[id='historyForm']", "IT system (API credential)");   // the history renders after the status
        assertThat(BrowserSteps.bodyText(manager)).as("the history's 'who' of A's system")
                .contains("IT system (API credential)").doesNotContain("service-account-");
        assertThat(DealSteps.status(first)).isEqualTo("APPROVED");

        // D5: B's can no longer be approved; a rejection needs a reason
        openConsoleDeal(manager, second);
        manager.click("[id='decisionForm:approve']");
        awaitMessage(manager, "messages", page(ENGLISH, "deal.approval.protectedElsewhere"));
        assertThat(DealSteps.status(second)).as("B's after a refused approval").isEqualTo("HELD");
        manager.click("[id='decisionForm:reject']");
        awaitFieldMessage(manager, "decisionForm:reason", page(ENGLISH, "deal.reject.reasonRequired"));
        assertThat(DealSteps.status(second)).isEqualTo("HELD");
        manager.type("[id='decisionForm:reason']", "A registered this customer first.");
        manager.click("[id='decisionForm:reject']");
        manager.waitForText("#dealStatus", page(ENGLISH, "deal.REJECTED"));
        assertThat(DealSteps.status(second)).isEqualTo("REJECTED");

        var browserA = browsers.of(a);
        DealSteps.openDeal(browserA, "portal", first);
        browserA.waitForText("#dealStatus", page(ENGLISH, "deal.APPROVED"));
        var until = LeadFixture.string("select protected_until from deal_registration where id = ?", first);
        assertThat(until).as("D6: a protection end").isNotNull();
        assertThat(browserA.text("#protectedUntil")).contains(until);
        assertThat(browserA.source()).as("A's page").doesNotContain(b.name());
        browserA.evidence("deals-portal-approved");

        var browserB = browsers.of(b);
        DealSteps.openDeal(browserB, "portal", second);
        browserB.waitForText("#dealStatus", page(ENGLISH, "deal.REJECTED"));
        assertThat(browserB.text("#decisionNote")).contains("A registered this customer first.");
        assertThat(browserB.source()).doesNotContain(a.name()).doesNotContain(DealSteps.reference(first));
    }

    @Test
    @DisplayName("D2: the manager asks a question, the partner edits and resubmits, and the history keeps the question")
    void aQuestionIsAnsweredByEditingAndResubmitting() {
        var customer = DealSteps.Customer.unique("Question", country);
        var question = "Which data centre does the customer plan to equip?";
        var id = id(register(systemOfA, customer, "25000"));

        var manager = browsers.manager();
        openConsoleDeal(manager, id);
        manager.click("[id='questionForm:requestInformation']");
        awaitFieldMessage(manager, "questionForm:reason", page(ENGLISH, "deal.info.questionRequired"));
        manager.type("[id='questionForm:reason']", question);
        manager.click("[id='questionForm:requestInformation']");
        manager.waitForText("#dealStatus", page(ENGLISH, "deal.INFO_REQUESTED"));

        // the partner's answer stays in the browser: no other test edits a registration the manager asked about
        var browserA = browsers.of(a);
        DealSteps.openDeal(browserA, "portal", id);
        assertThat(browserA.text("#decisionNote")).contains(question);
        var edit = browserA.find("[id='actionsForm:edit']").getAttribute("href");
        assertThat(edit).contains("/portal/deals/edit.xhtml?id=" + id);
        browserA.open(edit);
        assertThat(browserA.text("#managerQuestion")).contains(question);
        browserA.type("[id='dealForm:notes']", "The Frankfurt site, 40 racks.");
        browserA.click("[id='dealForm:submit']");
        browserA.waitForUrl("/portal/deals/deal.xhtml");
        browserA.waitForText("#dealStatus", page(ENGLISH, "deal.SUBMITTED"));
        browserA.waitForText("[id='historyForm:history']", question);
        var history = BrowserSteps.tableText(browserA, "historyForm:history");
        assertThat(history).contains(question).contains(page(ENGLISH, "deals.action.informationRequested"))
                .contains(page(ENGLISH, "deals.action.resubmitted"));
        assertThat(LeadFixture.string("select notes from deal_registration where id = ?", id))
                .isEqualTo("The Frankfurt site, 40 racks.");

        openConsoleDeal(manager, id);
        assertThat(BrowserSteps.tableText(manager, "historyForm:history")).contains(question)
                .contains(page(ENGLISH, "deals.action.resubmitted"));
    }

    @Test
    @DisplayName("D6/D9: above the threshold a second manager must approve; then special pricing within and beyond authority")
    void twoManagersApproveALargeDealAndDecidePricing() {
        var customer = DealSteps.Customer.unique("Large", country);
        var id = id(register(systemOfA, customer, "300000"));

        var manager = browsers.manager();
        openConsoleDeal(manager, id);
        manager.click("[id='decisionForm:approve']");
        manager.waitForText("#dealStatus", page(ENGLISH, "deal.AWAITING_SECOND_APPROVAL"));
        manager.click("[id='decisionForm:approve']");
        awaitMessage(manager, "messages", page(ENGLISH, "deal.approval.sameManager"));
        assertThat(DealSteps.status(id)).isEqualTo("AWAITING_SECOND_APPROVAL");

        var director = browsers.director();
        openConsoleDeal(director, id);
        assertThat(director.text("#firstApprover")).contains("manager");
        director.click("[id='decisionForm:approve']");
        director.waitForText("#dealStatus", page(ENGLISH, "deal.APPROVED"));
        assertThat(DealSteps.status(id)).isEqualTo("APPROVED");

        // one request through the API, one through the portal's form (no other test asks for pricing there)
        DealFixture.requestPricing(LeadFixture.token(systemOfA), id, "25", "Strategic account.");
        var browserA = browsers.of(a);
        DealSteps.openDeal(browserA, "portal", id);
        requestPricing(browserA, "5", "A competitor offered 5 % less.");
        var requested = awaitRows(browserA, "pricingForm:pricingRequests", "two requests", r -> r.size() == 2);
        assertThat(requested).allSatisfy(r -> assertThat(r.get(4)).isEqualTo(page(ENGLISH, "deals.pricingStatus.REQUESTED")));

        manager.open("/manage/deals/pricing.xhtml");
        BrowserSteps.assertNoErrorPage(manager, "the pricing queue");
        var small = pricingRow(manager, id, "5");
        var large = pricingRow(manager, id, "25");
        manager.click("[id='pricingForm:pricingRequests:" + large + ":approvePricing']");
        awaitMessage(manager, "messages", "beyond your approval authority");
        manager.click("[id='pricingForm:pricingRequests:" + large + ":escalatePricing']");
        awaitMessage(manager, "messages", page(ENGLISH, "deals.pricing.escalated"));
        small = pricingRow(manager, id, "5");
        manager.click("[id='pricingForm:pricingRequests:" + small + ":approvePricing']");
        awaitMessage(manager, "messages", page(ENGLISH, "deals.pricing.approved"));
        assertThat(LeadFixture.count("select count(*) from deal_pricing_request where deal_id = ? and status = 'ESCALATED'", id))
                .as("D9: the 25 % request, beyond the manager's authority (15 %)").isEqualTo(1);

        director.open("/manage/deals/pricing.xhtml");
        var escalated = pricingRow(director, id, "25");
        assertThat(BrowserSteps.rows(director, "pricingForm:pricingRequests").get(escalated).get(6))
                .contains(page(ENGLISH, "deals.pricingStatus.ESCALATED")).contains("manager");
        director.click("[id='pricingForm:pricingRequests:" + escalated + ":approvePricing']");
        awaitMessage(director, "messages", page(ENGLISH, "deals.pricing.approved"));
        assertThat(LeadFixture.count("select count(*) from deal_pricing_request where deal_id = ? and status = 'APPROVED'", id))
                .as("D9: both requests approved, each within its approver's authority").isEqualTo(2);

        DealSteps.openDeal(browserA, "portal", id);
        var decided = awaitRows(browserA, "pricingForm:pricingRequests", "two decided requests", r -> r.size() == 2);
        assertThat(decided).allSatisfy(r -> assertThat(r.get(4)).isEqualTo(page(ENGLISH, "deals.pricingStatus.APPROVED")));
    }

    private static void requestPricing(Browser browser, String percent, String justification) {
        BrowserSteps.choose(browser, "pricingForm:productLine", page(ENGLISH, "enum.NETWORKING"));
        DealSteps.amount(browser, "pricingForm:value_input", percent);
        browser.type("[id='pricingForm:justification']", justification);
        browser.click("[id='pricingForm:requestPricing']");
        awaitMessage(browser, "messages", page(ENGLISH, "deals.pricingRequested"));
    }

    /** The row index, in the console's pricing table, of this registration's request with this discount. */
    private static int pricingRow(Browser browser, UUID deal, String percent) {
        var reference = DealSteps.reference(deal);
        var rows = awaitRows(browser, "pricingForm:pricingRequests", "the request of " + reference + " at " + percent + " %",
                r -> r.stream().anyMatch(c -> c.get(0).equals(reference) && c.get(4).startsWith(percent)));
        for (int i = 0; i < rows.size(); i++) {
            if (rows.get(i).get(0).equals(reference) && rows.get(i).get(4).startsWith(percent)) {
                return i;
            }
        }
        throw new AssertionError("no row");
    }

    @Test
    @DisplayName("D11: the pipeline filters by partner and exports the filtered list to CSV and Excel")
    void thePipelineFiltersAndExports() {
        var token = BrowserSteps.token();
        var ofA = new DealSteps.Customer("Pipe " + token + " Alpha", token + "-alpha.example", "TPA" + token.toUpperCase(), country);
        var ofB = new DealSteps.Customer("Pipe " + token + " Beta", token + "-beta.example", "TPB" + token.toUpperCase(), country);
        var idA = id(register(systemOfA, ofA, "12000"));
        register(systemOfB, ofB, "13000");
        var manager = browsers.manager();
        var downloads = DealSteps.downloadsOf(manager);
        manager.open("/manage/deals/index.xhtml");
        manager.click("label[for='pipelineForm:scope:1']");
        BrowserSteps.awaitAjax(manager);
        LeadPages.search(manager, "pipelineForm:text", "Pipe " + token);
        awaitRows(manager, "pipelineForm:deals", "both partners' registrations", r -> r.size() == 2);
        BrowserSteps.choose(manager, "pipelineForm:partner", a.name());
        var rows = awaitRows(manager, "pipelineForm:deals", "A's registration only",
                r -> r.size() == 1 && r.get(0).get(0).equals(DealSteps.reference(idA)));
        assertThat(rows.get(0).get(0)).isEqualTo(DealSteps.reference(idA));
        manager.waitForText("#totalCount", "1");
        manager.evidence("deals-console-pipeline");

        var csv = DealSteps.text(DealSteps.download(manager, downloads, "[id='pipelineForm:exportCsv']", "csv"));
        assertThat(csv.lines().toList()).as("the CSV of the filtered list").hasSize(2);
        assertThat(csv).contains(ofA.company()).contains(a.name()).doesNotContain(ofB.company());
        var xlsx = DealSteps.xlsxText(DealSteps.download(manager, downloads, "[id='pipelineForm:exportXlsx']", "xlsx"));
        assertThat(xlsx).contains(ofA.company()).doesNotContain(ofB.company());
    }
}
