package org.channelport.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.channelport.it.BrowserSteps.ENGLISH;
import static org.channelport.it.BrowserSteps.SIMPLIFIED;
import static org.channelport.it.BrowserSteps.TRADITIONAL;
import static org.channelport.it.BrowserSteps.awaitBodyText;
import static org.channelport.it.BrowserSteps.awaitFieldMessage;
import static org.channelport.it.BrowserSteps.bodyText;
import static org.channelport.it.BrowserSteps.count;
import static org.channelport.it.BrowserSteps.fieldMessage;
import static org.channelport.it.BrowserSteps.page;
import static org.channelport.it.BrowserSteps.present;
import static org.channelport.it.BrowserSteps.token;
import static org.channelport.it.BrowserSteps.validation;

import java.time.Duration;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

/**
 * The public "Become a partner" page (/apply.xhtml) in a real browser: rule PA1 (required and well-formed fields, shown
 * at the field), PA2 (duplicates refused at the company name), output encoding of applicant data on every page that
 * shows it, and the language switch (English, 繁體中文, 简体中文). Visitors share one browser whose cookies are cleared
 * for each test (one per language asked for); the manager and the new partner's admin have one each, signed in once.
 */
class ApplicationFormIT {
    private static final String SUBMIT = "[id='applyForm:submit']";
    private static final String RECEIVED = "#applicationReceived";
    private static final SignedInBrowsers browsers = new SignedInBrowsers();

    @AfterAll
    static void closeBrowsers() {
        browsers.close();
    }

    /** Fills every field of the form; website and e-mail as given (may be invalid on purpose). */
    private static void fill(Browser browser, String companyName, String taxId, String website, String email) {
        browser.type("[id='applyForm:companyName']", companyName);
        BrowserSteps.choose(browser, "applyForm:type", "Distributor");
        browser.type("[id='applyForm:taxId']", taxId);
        BrowserSteps.choose(browser, "applyForm:country", "Germany");
        browser.type("[id='applyForm:region']", "Berlin");
        browser.pick("applyForm:productLines", "Networking");
        browser.pick("applyForm:productLines", "Security");
        browser.type("[id='applyForm:website']", website);
        browser.type("[id='applyForm:contactName']", "Ada Tester");
        browser.type("[id='applyForm:contactEmail']", email);
        browser.type("[id='applyForm:contactPhone']", "+49 30 1234567");
    }

    /**
     * Applications without a company name, tax id or contact e-mail: what an empty form would save. Counted instead of
     * all applications, which other test classes, running at the same time, add to.
     */
    private static long blankApplications() {
        return count("select count(*) from partner_application where trim(company_name) = '' or trim(tax_id) = '' "
                + "or trim(contact_email) = ''");
    }

    private static long applicationsWithTaxId(String taxId) {
        return count("select count(*) from partner_application where tax_id = ?", taxId);
    }

    @Test
    void anEmptyApplicationShowsAMessageAtEveryRequiredFieldAndSavesNothing() {
        Mailbox.server();
        var browser = browsers.visitor();
        long before = blankApplications();
        browser.open("/apply.xhtml");
        assertThat(browser.text("h1.cp-page-title")).isEqualTo("Become a partner");

        browser.click(SUBMIT);

        // PA1: each required field gets its own message, in the page's language, next to the field
        var expected = Map.of(
                "applyForm:companyName", validation(ENGLISH, "partner.companyName.required"),
                "applyForm:type", validation(ENGLISH, "partner.type.required"),
                "applyForm:country", validation(ENGLISH, "partner.country.required"),
                "applyForm:productLines", validation(ENGLISH, "partner.productLines.required"),
                "applyForm:taxId", validation(ENGLISH, "partner.taxId.required"),
                "applyForm:contactName", validation(ENGLISH, "partner.contactName.required"),
                "applyForm:contactEmail", validation(ENGLISH, "partner.contactEmail.required"));
        awaitFieldMessage(browser, "applyForm:companyName");
        expected.forEach((field, message) -> assertThat(fieldMessage(browser, field))
                .as("message next to required field %s after submitting an empty form", field)
                .isEqualTo(message));
        // optional fields stay quiet
        for (var optional : new String[]{"applyForm:region", "applyForm:website", "applyForm:contactPhone"}) {
            assertThat(fieldMessage(browser, optional)).as("message at optional field %s", optional).isEmpty();
            assertThat(BrowserSteps.markedRequired(browser, optional)).as("required mark at optional field %s", optional)
                    .isFalse();
        }
        // issue 10: every field that refused to be empty said so before (its label's mark), and the errors show once
        // at their fields plus one summary that points there, never a field's text again at the top
        expected.keySet().forEach(field -> assertThat(BrowserSteps.markedRequired(browser, field))
                .as("required mark at the label of %s", field).isTrue());
        assertThat(BrowserSteps.pageErrors(browser)).as("form-level error messages")
                .containsExactly(page(ENGLISH, "error.fields"));
        assertThat(present(browser, RECEIVED)).as("the 'application received' panel after an invalid submission")
                .isFalse();
        assertThat(present(browser, SUBMIT)).as("the form is still there to be corrected").isTrue();
        assertThat(blankApplications())
                .as("partner_application rows without a company, tax id or e-mail after an empty (refused) submission")
                .isEqualTo(before);
    }

    @Test
    void aBadEmailAndWebsiteAreShownAtTheirFieldsAndTheCorrectedApplicationIsReceived() {
        Mailbox.server();
        var token = token();
        var name = "IT Form " + token;
        var taxId = "IT-F-" + token.toUpperCase(Locale.ROOT);
        var email = "form-" + token + "@it.example";
        var browser = browsers.visitor();
        browser.open("/apply.xhtml");
        fill(browser, name, taxId, "www.no-scheme.example", "ada(at)it.example");
        browser.click(SUBMIT);

        awaitFieldMessage(browser, "applyForm:contactEmail", validation(ENGLISH, "partner.contactEmail.invalid"));
        assertThat(fieldMessage(browser, "applyForm:website")).as("message at the website field for a web address "
                + "without http(s)://").isEqualTo(validation(ENGLISH, "partner.website.invalid"));
        for (var valid : new String[]{"applyForm:companyName", "applyForm:type", "applyForm:country",
                "applyForm:taxId", "applyForm:productLines", "applyForm:contactName", "applyForm:contactPhone"}) {
            assertThat(fieldMessage(browser, valid)).as("message at correctly filled field %s", valid).isEmpty();
        }
        assertThat(present(browser, RECEIVED)).as("'received' panel while e-mail and website are invalid").isFalse();
        assertThat(applicationsWithTaxId(taxId)).as("applications saved with tax id %s while invalid", taxId)
                .isZero();

        browser.type("[id='applyForm:website']", "https://" + token + ".example");
        browser.type("[id='applyForm:contactEmail']", email);
        browser.click(SUBMIT);

        browser.waitForText(RECEIVED, page(ENGLISH, "apply.received.title"));
        assertThat(browser.text(RECEIVED)).contains("Thank you").contains(page(ENGLISH, "apply.received.text"));
        assertThat(present(browser, SUBMIT)).as("the form is replaced by the 'received' panel").isFalse();
        assertThat(applicationsWithTaxId(taxId)).as("applications saved with tax id %s", taxId).isEqualTo(1);
        assertThat(count("select count(*) from partner_application where tax_id = ? and status = 'SUBMITTED' "
                + "and contact_email = ? and website = ?", taxId, email, "https://" + token + ".example"))
                .as("the saved application carries the corrected e-mail and website").isEqualTo(1);
        var confirmation = Mailbox.await(email, "partner application", Duration.ofSeconds(30));
        assertThat(Mailbox.body(confirmation)).as("confirmation mail").contains(name);
    }

    @Test
    void aSecondApplicationWithTheSameCompanyNameIsRefusedAtTheCompanyNameField() {
        var token = token();
        var name = "IT Dupe " + token;
        PartnerFixture.apply(name, "AGENT", "IT-D1-" + token.toUpperCase(Locale.ROOT), "dupe1-" + token + "@it.example");
        var secondTaxId = "IT-D2-" + token.toUpperCase(Locale.ROOT);
        var browser = browsers.visitor();
        browser.open("/apply.xhtml");
        fill(browser, name, secondTaxId, "https://dupe-" + token + ".example", "dupe2-" + token + "@it.example");
        browser.click(SUBMIT);

        // PA2: a pending application with this name exists
        var duplicate = page(ENGLISH, "error.duplicateApplication.companyName");
        awaitFieldMessage(browser, "applyForm:companyName", duplicate);
        assertThat(fieldMessage(browser, "applyForm:taxId")).as("the tax id is new: no message there").isEmpty();
        assertThat(present(browser, RECEIVED)).as("'received' panel for a duplicate").isFalse();
        assertThat(applicationsWithTaxId(secondTaxId)).as("rows saved for the duplicate application").isZero();

        // PA2: names compare without case, punctuation and legal suffixes
        browser.type("[id='applyForm:companyName']", name.toUpperCase(Locale.ROOT) + ", Inc.");
        BrowserSteps.clickAndAwaitUpdate(browser, SUBMIT, "applyPanel");
        awaitFieldMessage(browser, "applyForm:companyName", duplicate);
        assertThat(present(browser, RECEIVED)).as("'received' panel for '%s, Inc.'", name.toUpperCase()).isFalse();
        assertThat(applicationsWithTaxId(secondTaxId)).as("rows saved for the normalized duplicate").isZero();
    }

    @Test
    void scriptInACompanyNameIsShownAsTextInTheQueueTheConsoleAndThePortal() {
        Mailbox.server();
        var token = token();
        var name = "<img src=x onerror=\"window.__xss=true\">Evil " + token + " <script>window.__xss=true</script> Co";
        var taxId = "IT-X-" + token.toUpperCase(Locale.ROOT);
        var email = "xss-" + token + "@it.example";
        var visitor = browsers.visitor();
        visitor.open("/apply.xhtml");
        fill(visitor, name, taxId, "https://xss-" + token + ".example", email);
        visitor.click(SUBMIT);
        visitor.waitForText(RECEIVED, "Thank you");
        assertThat(visitor.scriptRan("__xss")).as("script ran on the apply page after submission").isFalse();
        var id = UUID.fromString(BrowserSteps.string("select id from partner_application where tax_id = ?", taxId));

        // the channel manager's queue
        var manager = browsers.manager().open("/manage/partners/applications.xhtml");
        awaitBodyText(manager, "Evil " + token);
        assertThat(manager.text("[id='queueForm:applications']"))
                .as("the company name in the application queue, as text")
                .contains("<script>window.__xss=true</script>")
                .contains("<img src=x onerror=\"window.__xss=true\">Evil " + token);
        assertThat(manager.scriptRan("__xss")).as("script ran in the application queue").isFalse();

        // the approval in the queue (its dialog and its message name the company)
        BrowserSteps.approveInQueue(manager, name, "Silver");
        assertThat(manager.scriptRan("__xss")).as("script ran after the approval").isFalse();

        // the partner list, searched by the token
        manager.open("/manage/partners/index.xhtml");
        manager.type("[id='partnersForm:name']", token);
        BrowserSteps.await(manager, "the partner list filtered to " + token, d -> {
            var rows = BrowserSteps.rows(manager, "partnersForm:partners");
            return rows.size() == 1 && rows.get(0).get(0).contains(token);
        });
        assertThat(BrowserSteps.rows(manager, "partnersForm:partners").get(0).get(0))
                .as("the partner's name in the partner list").isEqualTo(name);
        assertThat(manager.scriptRan("__xss")).as("script ran in the partner list").isFalse();

        // the new partner's administrator in the portal (the password set as the invitation's link would set it:
        // OnboardingJourneyIT follows that link)
        KeycloakAdmin.activate(email, PartnerFixture.PASSWORD);
        var landing = browsers.landing(email, PartnerFixture.PASSWORD);
        assertThat(landing).as("where the new partner's admin lands the first time").contains("/portal/welcome.xhtml");
        var admin = browsers.of(email, PartnerFixture.PASSWORD).open(landing);
        assertThat(admin.text("#welcomeIntro")).as("the welcome names the organization as text").contains(name);
        assertThat(admin.scriptRan("__xss")).as("script ran on the welcome page").isFalse();
        admin.open("/portal/");
        assertThat(admin.text("#partnerName")).as("own organization name in the portal").isEqualTo(name);
        assertThat(admin.text("h1.cp-page-title")).as("portal heading").isEqualTo(name);
        assertThat(admin.scriptRan("__xss")).as("script ran in the partner portal").isFalse();
        admin.open("/portal/partners/history.xhtml");
        admin.find("[id='historyForm:history']");
        assertThat(admin.scriptRan("__xss")).as("script ran on the portal history page").isFalse();

        // the console's partner page (checked last: see ConsoleIT for why it may not render at all)
        manager.open("/manage/partners/partner.xhtml?id=" + id);
        BrowserSteps.assertNoErrorPage(manager, "the console's partner page of the partner named with markup");
        manager.waitForText("#partnerName", token);
        assertThat(manager.text("#partnerName")).as("#partnerName on the console's partner page").isEqualTo(name);
        assertThat(manager.text("h1.cp-page-title")).as("page heading of the partner page").isEqualTo(name);
        assertThat(manager.driver().getTitle()).as("document title of the partner page").startsWith(name);
        assertThat(manager.scriptRan("__xss")).as("script ran on the partner page").isFalse();
    }

    @Test
    void theLanguageMenuSwitchesTheApplyPageToTraditionalAndSimplifiedChinese() {
        var browser = browsers.visitor();
        browser.open("/apply.xhtml");
        assertThat(browser.text("h1.cp-page-title")).isEqualTo(page(ENGLISH, "apply.title"));
        assertThat(browser.text("label[for='applyForm:companyName'] .ui-outputlabel-label")).isEqualTo(page(ENGLISH, "field.companyName"));

        BrowserSteps.choose(browser, "languageForm:language", "繁體中文");
        browser.waitForText("h1.cp-page-title", page(TRADITIONAL, "apply.title"));
        assertThat(browser.text("h1.cp-page-title")).as("heading in zh_TW").isEqualTo(page(TRADITIONAL, "apply.title"));
        assertThat(browser.text("label[for='applyForm:companyName'] .ui-outputlabel-label")).as("company name label in zh_TW")
                .isEqualTo(page(TRADITIONAL, "field.companyName"));
        assertThat(browser.text("label[for='applyForm:taxId'] .ui-outputlabel-label")).as("tax id label in zh_TW")
                .isEqualTo(page(TRADITIONAL, "field.taxId"));
        assertThat(browser.text(SUBMIT)).as("submit button in zh_TW").isEqualTo(page(TRADITIONAL, "apply.submit"));
        assertThat(browser.driver().getTitle()).as("document title in zh_TW").startsWith(page(TRADITIONAL, "apply.title"));
        assertThat(browser.find("html").getAttribute("lang")).as("html lang attribute").isEqualTo("zh-TW");
        assertThat(browser.text("[id='languageForm:language_label']")).isEqualTo("繁體中文");

        BrowserSteps.choose(browser, "languageForm:language", "简体中文");
        browser.waitForText("h1.cp-page-title", page(SIMPLIFIED, "apply.title"));
        assertThat(browser.text("label[for='applyForm:companyName'] .ui-outputlabel-label")).as("company name label in zh_CN")
                .isEqualTo(page(SIMPLIFIED, "field.companyName"));
        assertThat(browser.text("label[for='applyForm:taxId'] .ui-outputlabel-label")).as("tax id label in zh_CN")
                .isEqualTo(page(SIMPLIFIED, "field.taxId"));
        assertThat(browser.text(SUBMIT)).as("submit button in zh_CN").isEqualTo(page(SIMPLIFIED, "apply.submit"));
        assertThat(browser.find("html").getAttribute("lang")).as("html lang attribute").isEqualTo("zh-CN");

        // the choice sticks for the session, and field messages follow it
        browser.open("/apply.xhtml");
        assertThat(browser.text("h1.cp-page-title")).as("heading after reopening the page")
                .isEqualTo(page(SIMPLIFIED, "apply.title"));
        browser.click(SUBMIT);
        awaitFieldMessage(browser, "applyForm:companyName", validation(SIMPLIFIED, "partner.companyName.required"));

        BrowserSteps.choose(browser, "languageForm:language", "English");
        browser.waitForText("h1.cp-page-title", page(ENGLISH, "apply.title"));
    }

    @Test
    void aChineseTraditionalBrowserGetsTraditionalChineseOnItsFirstVisit() {
        var traditional = browsers.visitor("zh-TW");
        traditional.open("/apply.xhtml");
        assertThat(traditional.text("h1.cp-page-title")).as("heading for Accept-Language zh-TW")
                .isEqualTo(page(TRADITIONAL, "apply.title"));
        assertThat(traditional.text("label[for='applyForm:companyName'] .ui-outputlabel-label"))
                .isEqualTo(page(TRADITIONAL, "field.companyName"));
        assertThat(bodyText(traditional)).as("intro text in zh_TW").contains(page(TRADITIONAL, "apply.intro"));
        assertThat(traditional.text("[id='languageForm:language_label']")).isEqualTo("繁體中文");

        var simplified = browsers.visitor("zh-CN");
        simplified.open("/apply.xhtml");
        assertThat(simplified.text("h1.cp-page-title")).as("heading for Accept-Language zh-CN")
                .isEqualTo(page(SIMPLIFIED, "apply.title"));
    }
}
