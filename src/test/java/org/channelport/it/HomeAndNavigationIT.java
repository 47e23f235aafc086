package org.channelport.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/**
 * The attention homes and the navigation (issue 10): a partner's home lists what needs it, each item a link to where
 * it acts (an offered lead with its deadline, a registration with a manager's question), and never another partner's;
 * a channel manager's home lists the queues that wait (registrations to review), each opening its list already
 * filtered; a record page's breadcrumb leads back to its list with the list's filters, and the top bar and the
 * section's navigation mark where the person is.
 *
 * <p>Fixtures: partners A and B in a country of their own, each offered a lead by a rule of that country; A's
 * registration has a manager's question.
 */
class HomeAndNavigationIT {
    private static final String[] COUNTRIES = {"AM", "AZ", "GE", "BY", "MD"};
    private static final SignedInBrowsers browsers = new SignedInBrowsers();

    private static PartnerFixture.Partner a;
    private static PartnerFixture.Partner b;
    private static String leadOfA;
    private static String leadOfB;
    private static String questioned;
    private static String questionedDomain;
    private static String submitted;
    private static String submittedId;

    @BeforeAll
    static void twoPartnersWithOffersAndAQuestion() {
        var country = LeadFixture.freshCountry(COUNTRIES);
        a = PartnerFixture.onboard("DISTRIBUTOR", country);
        var token = BrowserSteps.token();
        var region = "Attention " + token;
        LeadPages.rule("Attention rule " + token, country, region, List.of("DISTRIBUTOR"));
        leadOfA = "Offer A " + token + " GmbH";
        LeadFixture.createLead(LeadPages.lead(leadOfA, country, region, "a-" + token + "@attention.example", "+1 555 0101"));
        // the rule's round robin offers the next lead to B, the only other candidate of the country
        b = PartnerFixture.onboard("DISTRIBUTOR", country);
        leadOfB = "Offer B " + token + " GmbH";
        LeadFixture.createLead(LeadPages.lead(leadOfB, country, region, "b-" + token + "@attention.example", "+1 555 0102"));
        var system = PartnerFixture.createApiCredential(a).token();
        var askedCustomer = DealSteps.Customer.unique("Asked", country);
        questionedDomain = askedCustomer.domain();
        var asked = DealFixture.register(system, askedCustomer, "30000");
        questioned = asked.getString("company");
        var question = DealFixture.decide(PartnerFixture.managerToken(), asked.getString("id"), "REQUEST_INFO",
                "Who signs the order?");
        assertThat(question.status()).as(LeadFixture.describe(question)).isEqualTo(200);
        var waiting = DealFixture.register(system, DealSteps.Customer.unique("Waiting", country), "20000");
        submitted = waiting.getString("reference");
        submittedId = waiting.getString("id");
    }

    @AfterAll
    static void closeBrowsers() {
        browsers.close();
    }

    @Test
    @DisplayName("A partner's home lists its offered lead with the deadline and the question to answer, each a link to"
            + " where it acts, and nothing of another partner")
    void aPartnersHomeListsWhatNeedsItAndOnlyThat() {
        var browser = browsers.of(a);
        browser.open("/portal/");
        var offer = item(browser, leadOfA);
        assertThat(offer.getText()).contains("Offered to you: accept or decline").contains("Due ");
        var asked = item(browser, questioned);
        assertThat(asked.getText()).contains("A channel manager asked a question");
        assertThat(BrowserSteps.bodyText(browser)).doesNotContain(leadOfB);
        assertThat(BrowserSteps.present(browser, "#tile-leadsThisMonth")).isTrue();

        offer.findElement(By.cssSelector("a")).click();
        BrowserSteps.await(browser, "the lead's page", d -> d.getCurrentUrl().contains("/portal/leads/lead.xhtml?id="));
        BrowserSteps.awaitBodyText(browser, leadOfA);
        BrowserSteps.assertNoErrorPage(browser, "the offered lead from the home");

        var other = browsers.of(b);
        other.open("/portal/");
        assertThat(item(other, leadOfB).getText()).contains("Offered to you");
        assertThat(BrowserSteps.bodyText(other)).doesNotContain(leadOfA).doesNotContain(questioned);

        // the bell counts A's unread notifications (the offer, the question); its page lists A's only, and opening
        // one marks it read on the way to its page
        browser.open("/portal/");
        assertThat(browser.find("#bell").getAttribute("aria-label")).containsPattern("Notifications, \\d+ unread");
        var unread = Integer.parseInt(browser.text("#bellCount"));
        // a click opens the latest in a panel (A's only), which leads to all of them and to the mail settings
        browser.click("#bell");
        browser.waitForText("[id='bellForm']", "New lead " + leadOfA);
        assertThat(browser.text("[id='bellForm']")).contains(questioned).doesNotContain(leadOfB);
        assertThat(browser.find("[id='bellForm:mailSettings']").getAttribute("href")).endsWith("/portal/settings.xhtml");
        browser.click("[id='bellForm:seeAll']");
        BrowserSteps.await(browser, "the notifications", d -> d.getCurrentUrl().contains("/portal/notifications.xhtml"));
        assertThat(browser.text("[id='notificationsForm']")).contains("New lead " + leadOfA).contains(questioned)
                .doesNotContain(leadOfB);
        browser.driver().findElement(By.xpath("//a[contains(@class,'cp-notification-text')][contains(., 'New lead "
                + leadOfA + "')]")).click();
        BrowserSteps.await(browser, "the offered lead", d -> d.getCurrentUrl().contains("/portal/leads/lead.xhtml?id="));
        assertThat(BrowserSteps.present(browser, "#bellCount") ? Integer.parseInt(browser.text("#bellCount")) : 0)
                .as("unread after opening one").isEqualTo(unread - 1);
        other.open("/portal/notifications.xhtml");
        assertThat(BrowserSteps.bodyText(other)).contains(leadOfB).doesNotContain(leadOfA).doesNotContain(questioned);
    }

    @Test
    @DisplayName("A manager's home lists the registrations waiting for review; the item opens the list filtered to them")
    void aManagersHomeOpensTheQueueFiltered() {
        var browser = browsers.manager();
        browser.open("/manage/");
        var waiting = BrowserSteps.await(browser, "the review item", d -> d.findElements(By.cssSelector(
                        "#attentionItems a[href*='/manage/deals/index.xhtml?status=SUBMITTED']")).stream()
                .findFirst().orElse(null));
        assertThat(waiting.getText()).containsPattern("\\d+ registrations? waits? for review");
        waiting.click();
        BrowserSteps.await(browser, "the deal list", d -> d.getCurrentUrl().contains("/manage/deals/index.xhtml"));
        BrowserSteps.awaitAjax(browser);
        var rows = DealSteps.awaitRows(browser, "pipelineForm:deals", "the submitted registration",
                r -> r.stream().anyMatch(row -> String.join(" ", row).contains(submitted)));
        assertThat(rows).as("only submitted registrations").allSatisfy(row ->
                assertThat(String.join(" ", row)).doesNotContain("Held").doesNotContain("Awaiting"));
    }

    /** The home's attention item that names this record. */
    private static WebElement item(Browser browser, String subject) {
        return BrowserSteps.await(browser, "an attention item for " + subject, d -> d.findElements(
                By.cssSelector("#attentionItems .cp-attention-item")).stream()
                .filter(e -> e.getText().contains(subject)).findFirst().orElse(null));
    }

    @Test
    @DisplayName("A record's breadcrumb leads back to its list with the search the list had; the top bar marks the section")
    void theBreadcrumbLeadsBackToTheListWithItsFilters() {
        var browser = browsers.of(a);
        browser.open("/portal/deals/index.xhtml");
        LeadPages.search(browser, "dealsForm:text", questioned);
        DealSteps.awaitRows(browser, "dealsForm:deals", "only the questioned registration", r -> r.size() == 1
                && String.join(" ", r.get(0)).contains(questioned));
        browser.click("[id='dealsForm:deals_data'] a[href*='deal.xhtml']");
        BrowserSteps.await(browser, "the record page", d -> d.getCurrentUrl().contains("/portal/deals/deal.xhtml"));
        assertThat(browser.find("#navDeals").getAttribute("aria-current")).isEqualTo("page");
        assertThat(browser.find("#navLeads").getAttribute("aria-current")).isNull();
        assertThat(browser.text(".cp-breadcrumb")).contains("Deal registrations").contains(questioned);

        browser.click("#breadcrumbParent");
        BrowserSteps.await(browser, "the list", d -> d.getCurrentUrl().contains("/portal/deals/index.xhtml"));
        assertThat(browser.find("[id='dealsForm:text']").getAttribute("value")).isEqualTo(questioned);
        var rows = DealSteps.awaitRows(browser, "dealsForm:deals", "the list as it was", r -> !r.isEmpty());
        assertThat(rows).hasSize(1);
        assertThat(browser.driver().findElements(By.cssSelector(".cp-section-link[aria-current='page']")))
                .extracting(WebElement::getText).containsExactly("Deal registrations");
    }

    @Test
    @DisplayName("A record page shows where it stands and who acts, and says why the partner has nothing to do")
    void aRecordPageSaysWhereItStandsAndWhyNothingIsToDo() {
        var browser = browsers.of(a);
        browser.open("/portal/deals/deal.xhtml?id=" + submittedId);
        assertThat(browser.text("#dealSteps .cp-step-done")).contains("Registered").contains("Submitted on");
        assertThat(browser.text("#dealSteps .cp-step-current")).contains("Review")
                .contains("A channel manager decides; waiting since");
        assertThat(browser.text("#nothingToDo")).contains("Nothing to do for you now");
        assertThat(browser.driver().findElements(By.cssSelector("#dealSteps .cp-step-next")))
                .extracting(WebElement::getText).anySatisfy(t -> assertThat(t).contains("Protected"));

        browser.open("/portal/leads/index.xhtml");
        LeadPages.search(browser, "inboxForm:text", leadOfA);
        browser.click("[id='inboxForm:leads_data'] a[href*='lead.xhtml']");
        BrowserSteps.await(browser, "the lead page", d -> d.getCurrentUrl().contains("/portal/leads/lead.xhtml"));
        assertThat(browser.text("#leadSteps .cp-step-current")).contains("Offered").contains("Accept or decline by");
    }

    @Test
    @DisplayName("The top bar's search ('/' focuses it) finds a partner's own registration by customer or domain, never"
            + " another partner's; the console's finds partners")
    void theSearchFindsOnlyWhatThePersonMaySee() {
        var other = browsers.of(b);
        other.open("/portal/");
        other.driver().findElement(By.tagName("body")).sendKeys("/");
        assertThat(other.driver().switchTo().activeElement().getAttribute("id")).isEqualTo("search");
        other.driver().switchTo().activeElement().sendKeys(questioned + org.openqa.selenium.Keys.ENTER);
        BrowserSteps.await(other, "the search page", d -> d.getCurrentUrl().contains("/portal/search.xhtml?q="));
        assertThat(BrowserSteps.present(other, "#noHits")).as("B finds nothing of A's").isTrue();
        assertThat(other.driver().findElements(By.cssSelector("#hits li"))).isEmpty();

        var mine = browsers.of(a);
        for (var text : List.of(questioned, questionedDomain)) {
            mine.open("/portal/search.xhtml?q=" + java.net.URLEncoder.encode(text, java.nio.charset.StandardCharsets.UTF_8));
            assertThat(mine.driver().findElements(By.cssSelector("#hits li"))).as("A's hits for " + text)
                    .singleElement().satisfies(hit -> assertThat(hit.getText()).contains("Deal registration")
                            .contains(questioned));
        }

        // what was typed comes back as text, in the box and in the heading, never as markup
        var typed = "\"><img src=x onerror=\"window.cpSearchXss=true\">";
        mine.open("/portal/search.xhtml?q=" + java.net.URLEncoder.encode(typed, java.nio.charset.StandardCharsets.UTF_8));
        assertThat(mine.find("#search").getAttribute("value")).isEqualTo(typed);
        assertThat(mine.text("#searchResultsTitle")).contains(typed);
        assertThat(mine.scriptRan("cpSearchXss")).isFalse();

        var manager = browsers.manager();
        manager.open("/manage/search.xhtml?q=" + java.net.URLEncoder.encode(a.name(), java.nio.charset.StandardCharsets.UTF_8));
        assertThat(manager.driver().findElements(By.cssSelector("#hits li"))).extracting(WebElement::getText)
                .anySatisfy(t -> assertThat(t).contains("Partner").contains(a.name()));
    }

    @Test
    @DisplayName("A person's settings: reached from their name in the top bar; the language and time zone chosen there "
            + "speak in their mails and dates, and the change is in the organization's history")
    void settingsChooseTheLanguageOfMailsAndTheTimeZoneOfDates() {
        // a partner of its own: saving switches the session's pages to the chosen language
        var c = PartnerFixture.onboard("AGENT");
        var system = PartnerFixture.createApiCredential(c).token();
        var browser = browsers.of(c);
        browser.open("/portal/");
        browser.click("#mySettings");
        BrowserSteps.await(browser, "the settings page", d -> d.getCurrentUrl().contains("/portal/settings.xhtml"));
        assertThat(browser.text("#browserZone")).as("the browser's zone offered").containsPattern("UTC|Etc/");
        assertThat(browser.driver().findElements(By.cssSelector("#deliveries tbody tr"))).as("a row per kind")
                .hasSize(org.channelport.platform.notify.NotificationKind.values().length);
        BrowserSteps.choose(browser, "settingsForm:language", "繁體中文");
        BrowserSteps.choose(browser, "settingsForm:timeZone", "Asia/Taipei");
        BrowserSteps.choose(browser, "settingsForm:kinds:0:delivery", BrowserSteps.page(BrowserSteps.ENGLISH, "enum.NONE"));
        browser.click("[id='settingsForm:save']");
        browser.waitForText("[id='settingsForm:messages']", BrowserSteps.page(BrowserSteps.TRADITIONAL, "settings.saved"));
        assertThat(browser.find("html").getAttribute("lang")).as("the pages speak the chosen language").isEqualTo("zh-TW");
        assertThat(browser.text("[id='settingsForm:language_label']")).isEqualTo("繁體中文");
        assertThat(browser.text("[id='settingsForm:timeZone_label']")).isEqualTo("Asia/Taipei");
        assertThat(browser.text("[id='settingsForm:kinds:0:delivery_label']"))
                .isEqualTo(BrowserSteps.page(BrowserSteps.TRADITIONAL, "enum.NONE"));

        // a decision now reaches the admin in Traditional Chinese, and the notification's time is Taipei's
        var deal = DealFixture.register(system, DealSteps.Customer.unique("Taipei", "TW"), "15000");
        var approval = DealFixture.decide(PartnerFixture.managerToken(), deal.getString("id"), "APPROVE", "ok");
        assertThat(approval.status()).as(LeadFixture.describe(approval)).isEqualTo(200);
        var mail = Mailbox.await(c.adminEmail(), "商機登錄已核准：" + deal.getString("reference"), java.time.Duration.ofSeconds(60));
        assertThat(Mailbox.text(mail)).contains("已核准").contains("/portal/deals/deal.xhtml?id=" + deal.getString("id"))
                .contains("/portal/settings.xhtml");
        browser.open("/portal/notifications.xhtml");
        assertThat(browser.text("[id='notificationsForm']")).contains(deal.getString("reference")).contains("GMT+8");

        browser.open("/portal/partners/history.xhtml");
        browser.waitForText("[id='historyForm:history']",
                BrowserSteps.page(BrowserSteps.TRADITIONAL, "history.action.settingsChanged"));
        assertThat(BrowserSteps.tableText(browser, "historyForm:history")).contains(c.adminEmail());

        // a colleague the admin invites now is invited in the admin's language (Keycloak's one invitation mail)
        var colleague = "mei-" + BrowserSteps.token() + "@it.example";
        browser.open("/portal/partners/users.xhtml");
        PartnerFixture.invite(browser, colleague, "Mei", "Lin", BrowserSteps.page(BrowserSteps.TRADITIONAL, "enum.role.USER"));
        var invitation = Mailbox.await(colleague, "您受邀使用 Channelport 合作夥伴入口網站", java.time.Duration.ofSeconds(60));
        assertThat(Mailbox.text(invitation)).contains("Mei 您好").contains(colleague);
    }

    @Test
    @DisplayName("On a phone every section of the top navigation is on screen and opens its page, and a list is cards "
            + "that fit the window")
    void onAPhoneTheNavigationReachesEveryPageAndListsAreCards() {
        var browser = browsers.of(a);
        var js = (org.openqa.selenium.JavascriptExecutor) browser.driver();
        browser.driver().manage().window().setSize(new org.openqa.selenium.Dimension(390, 844));
        try {
            var sections = java.util.Map.of("navHome", "/portal/index.xhtml", "navLeads", "/portal/leads/index.xhtml",
                    "navDeals", "/portal/deals/index.xhtml", "navOrders", "/portal/orders/index.xhtml",
                    "navOrganization", "/portal/partners/users.xhtml");
            for (var section : sections.entrySet()) {
                browser.open("/portal/");
                var link = browser.find("#" + section.getKey());
                assertThat(js.executeScript("var r = arguments[0].getBoundingClientRect(); "
                        + "return r.left >= 0 && r.right <= window.innerWidth && r.width > 0;", link))
                        .as("%s wholly on a 390 px screen", section.getKey()).isEqualTo(true);
                browser.click("#" + section.getKey());
                BrowserSteps.await(browser, section.getValue(), d -> d.getCurrentUrl().contains(section.getValue()));
            }
            // the lead list: rows as cards, nothing wider than the window
            browser.open("/portal/leads/index.xhtml");
            browser.waitForText("body", leadOfA);
            assertThat(js.executeScript("return document.documentElement.scrollWidth <= window.innerWidth;"))
                    .as("the lead list fits a 390 px window").isEqualTo(true);
            assertThat(js.executeScript("var row = document.querySelector(\"tbody[id$='_data'] > tr\"); "
                    + "return row.getBoundingClientRect().right <= window.innerWidth && getComputedStyle(row).display;"))
                    .as("a row is a block (a card), inside the window").isEqualTo("block");
        } finally {
            browser.driver().manage().window().setSize(new org.openqa.selenium.Dimension(1280, 900));
        }
    }

    @Test
    @DisplayName("A column a person hides in a list stays hidden for them on the next visit, another person still sees it,"
            + " and shown again it is back")
    void theColumnChooserIsRememberedPerPerson() {
        // headers are shown in capitals (CSS); the chooser lists them as written
        var country = BrowserSteps.page(BrowserSteps.ENGLISH, "field.country");
        var browser = browsers.of(a);
        browser.open("/portal/leads/index.xhtml");
        browser.waitForText("body", leadOfA);
        assertThat(shownHeaders(browser)).as("columns before choosing").contains(lower(country));
        try {
            chooseColumn(browser, country);
            BrowserSteps.await(browser, "the country column hidden", d -> !shownHeaders(browser).contains(lower(country)));
            browser.open("/portal/leads/index.xhtml");
            browser.waitForText("body", leadOfA);
            assertThat(shownHeaders(browser)).as("columns on the next visit").doesNotContain(lower(country))
                    .contains(BrowserSteps.page(BrowserSteps.ENGLISH, "field.status").toLowerCase(java.util.Locale.ROOT));

            var other = browsers.of(b);
            other.open("/portal/leads/index.xhtml");
            other.waitForText("body", leadOfB);
            assertThat(shownHeaders(other)).as("another person's columns").contains(lower(country));
        } finally {
            browser.open("/portal/leads/index.xhtml");
            browser.waitForText("body", leadOfA);
            if (!shownHeaders(browser).contains(lower(country))) {
                chooseColumn(browser, country);
                BrowserSteps.await(browser, "the country column shown", d -> shownHeaders(browser).contains(lower(country)));
            }
        }
        browser.open("/portal/leads/index.xhtml");
        browser.waitForText("body", leadOfA);
        assertThat(shownHeaders(browser)).as("columns after showing it again, next visit").contains(lower(country));
    }

    @Test
    @DisplayName("A person who chose no time zone reads dates in their browser's; a cookie naming no zone reads as UTC")
    void datesFollowTheBrowsersTimeZoneUntilThePersonChoosesOne() {
        var browser = browsers.of(a);
        var driver = (org.openqa.selenium.chromium.ChromiumDriver) browser.driver();
        driver.executeCdpCommand("Emulation.setTimezoneOverride", java.util.Map.of("timezoneId", "Asia/Tokyo"));
        try {
            // a forged zone cookie (zone.js writes the browser's after every page): ignored, UTC
            browser.open("/portal/partners/history.xhtml");
            driver.manage().addCookie(new org.openqa.selenium.Cookie("cp-tz", "Mars%2FOlympus", "/"));
            browser.open("/portal/partners/history.xhtml");
            var forged = BrowserSteps.rows(browser, "historyForm:history");
            assertThat(forged).as("history rows").isNotEmpty();
            assertThat(forged.get(0)).as("a time read with a zone cookie Java does not know").anyMatch(c -> c.endsWith(" UTC"));

            // the page just read reported the browser's zone: the next one shows Tokyo's time
            browser.open("/portal/partners/history.xhtml");
            var tokyo = BrowserSteps.rows(browser, "historyForm:history");
            assertThat(tokyo.get(0)).as("a time read in a browser in Tokyo").anyMatch(c -> c.endsWith(" GMT+9"));
        } finally {
            driver.executeCdpCommand("Emulation.setTimezoneOverride", java.util.Map.of("timezoneId", ""));
        }
    }

    /** Opens the list's column chooser and clicks the column's box (hides a shown column, shows a hidden one). */
    private static void chooseColumn(Browser browser, String column) {
        browser.click("[id='inboxForm:columnsButton']");
        var item = BrowserSteps.await(browser, "the chooser's item " + column, d -> d.findElements(
                org.openqa.selenium.By.cssSelector(".ui-columntoggler-items li")).stream()
                .filter(li -> li.isDisplayed() && li.getText().strip().equalsIgnoreCase(column)).findFirst().orElse(null));
        item.findElement(org.openqa.selenium.By.cssSelector(".ui-chkbox-box")).click();
        BrowserSteps.awaitAjax(browser);
        ((org.openqa.selenium.JavascriptExecutor) browser.driver()).executeScript(
                "document.querySelectorAll('.ui-columntoggler').forEach(function (o) { o.style.display = 'none'; });");
    }

    private static String lower(String text) {
        return text.toLowerCase(java.util.Locale.ROOT);
    }

    /** The list's shown column titles, in lower case (they are shown in capitals), e.g. "country". */
    private static List<String> shownHeaders(Browser browser) {
        return browser.driver().findElements(org.openqa.selenium.By.cssSelector("[id='inboxForm:leads'] thead th"))
                .stream().filter(org.openqa.selenium.WebElement::isDisplayed)
                .map(th -> th.getText().strip().toLowerCase(java.util.Locale.ROOT)).toList();
    }
}
