package org.channelport.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.channelport.it.BrowserSteps.ENGLISH;
import static org.channelport.it.BrowserSteps.awaitFieldMessage;
import static org.channelport.it.BrowserSteps.bodyText;
import static org.channelport.it.BrowserSteps.count;
import static org.channelport.it.BrowserSteps.fieldMessage;
import static org.channelport.it.BrowserSteps.page;
import static org.channelport.it.BrowserSteps.present;
import static org.channelport.it.BrowserSteps.rows;
import static org.channelport.it.BrowserSteps.status;
import static org.channelport.it.BrowserSteps.token;
import static org.channelport.it.BrowserSteps.validation;
import static org.channelport.it.BrowserSteps.visible;

import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/**
 * The partner portal's walls, in a real browser against the real Keycloak: rule I1 (where a person lands), PA5 (a
 * partner sees only its own organization; a foreign or unknown id is "not found"), PA6 (only a partner admin invites
 * and deactivates colleagues, never itself) and PA3 (a deactivated user is turned away at once and cannot sign in).
 * Partners are made through the API; each person has one browser for the class, signed in once, and the colleagues
 * whose sign-in is tried share a browser whose cookies are cleared before each of them.
 */
class PortalIsolationIT {
    private static final String USERS = "usersForm:users";
    private static final SignedInBrowsers browsers = new SignedInBrowsers();

    private static PartnerFixture.Partner solo;

    @AfterAll
    static void closeBrowsers() {
        browsers.close();
    }

    /**
     * A partner whose only user is its admin, for the tests that count its users (neither invites anyone
     * successfully): made once, shared by them.
     */
    private static synchronized PartnerFixture.Partner solo() {
        if (solo == null) {
            solo = PartnerFixture.onboard("DISTRIBUTOR");
        }
        return solo;
    }

    // ---------------------------------------------------------------- steps

    /** The users table's row of this username (the e-mail), or null. */
    private static WebElement userRow(Browser browser, String username) {
        var found = browser.driver().findElements(By.xpath("//tbody[@id='" + USERS + "_data']/tr[td[contains(., "
                + BrowserSteps.xpathLiteral(username) + ")]]"));
        return found.isEmpty() ? null : found.get(0);
    }

    private static List<WebElement> deactivateButtons(WebElement row) {
        return row.findElements(By.xpath(".//button[contains(normalize-space(), 'Deactivate')]"));
    }

    private static void assertForbiddenPage(Browser browser, String path, String who) {
        browser.open(path);
        browser.find("#error403");
        assertThat(browser.text("h1.cp-page-title")).as("heading when %s opens %s", who, path)
                .isEqualTo(page(ENGLISH, "error.403.title"));
        assertThat(browser.text("#error403")).contains(page(ENGLISH, "error.403.text"));
        assertThat(status(browser, path)).as("HTTP status of %s for %s", path, who).isEqualTo(403);
    }

    // ---------------------------------------------------------------- tests

    @Test
    void aPartnerAdminLandsOnItsOwnPortalSeesOnlyItsOwnOrganizationAndIsRefusedTheConsole() {
        var token = token();
        var otherName = "IT Other " + token;
        var otherEmail = "other-" + token + "@it.example";
        var otherId = PartnerFixture.apply(otherName, "RETAILER", "IT-O-" + token.toUpperCase(Locale.ROOT), otherEmail);
        PartnerFixture.approve(otherId, "GOLD");
        var partner = solo();
        // I1: a partner's person lands in the portal
        var landing = browsers.landing(partner.adminEmail(), partner.password());
        assertThat(landing).as("where a partner admin lands after the first sign-in (issue 10: the first steps)")
                .contains("/portal/welcome.xhtml");
        var browser = browsers.of(partner).open(landing);
        assertThat(browser.text("h1.cp-page-title")).isEqualTo(page(ENGLISH, "welcome.title"));
        assertThat(browser.text("#firstSteps")).contains(page(ENGLISH, "welcome.step.invite.title"))
                .contains(page(ENGLISH, "welcome.step.credentials.title"));
        browser.open("/portal/");
        assertThat(browser.text("#gettingStarted")).as("the home's card until the steps are done")
                .contains(page(ENGLISH, "welcome.card.title"));
        assertThat(browser.text("#partnerName")).as("organization shown in the portal").isEqualTo(partner.name());
        assertThat(browser.text("h1.cp-page-title")).isEqualTo(partner.name());
        // PA5: nothing of the other partner anywhere in the portal
        for (var path : new String[]{"/portal/", "/portal/partners/users.xhtml", "/portal/partners/history.xhtml",
                "/portal/partners/api-credentials.xhtml"}) {
            browser.open(path);
            browser.find("h1.cp-page-title");
            BrowserSteps.assertNoErrorPage(browser, "portal page " + path + " of a partner admin");
            assertThat(browser.source()).as("%s of %s mentions the other partner", path, partner.name())
                    .doesNotContain(otherName).doesNotContain(otherEmail).doesNotContain(otherId.toString());
        }
        browser.open("/portal/partners/users.xhtml");
        assertThat(rows(browser, USERS)).as("users listed for %s", partner.name()).hasSize(1);
        assertThat(userRow(browser, partner.adminEmail())).as("row of the admin itself").isNotNull();

        // the console is for channel managers only
        assertForbiddenPage(browser, "/manage/", "a partner admin");
        assertThat(bodyText(browser)).as("console navigation shown to a partner admin")
                .doesNotContain(page(ENGLISH, "nav.applications")).doesNotContain(page(ENGLISH, "console.name"));
        assertForbiddenPage(browser, "/manage/partners/applications.xhtml", "a partner admin");
        assertForbiddenPage(browser, "/manage/partners/partner.xhtml?id=" + otherId, "a partner admin");
        assertThat(browser.source()).doesNotContain(otherName);
    }

    @Test
    void aManagerOpeningAnUnknownOrMalformedPartnerIdGetsTheNotFoundPage() {
        var browser = browsers.manager();
        assertThat(browsers.landing("manager", "demo")).as("where the channel manager lands").contains("/manage/");
        for (var id : new String[]{UUID.randomUUID().toString(), "not-a-uuid", "1234", ""}) {
            var path = "/manage/partners/partner.xhtml?id=" + id;
            browser.open(path);
            browser.find("#error404");
            assertThat(browser.text("h1.cp-page-title")).as("heading for %s", path)
                    .isEqualTo(page(ENGLISH, "error.404.title"));
            assertThat(browser.text("#error404")).contains(page(ENGLISH, "error.404.text"));
            assertThat(status(browser, path)).as("HTTP status for %s", path).isEqualTo(404);
        }
        var path = "/manage/partners/partner.xhtml";
        browser.open(path);
        browser.find("#error404");
        assertThat(status(browser, path)).as("HTTP status for the partner page without id").isEqualTo(404);
    }

    @Test
    void anInvitedColleagueIsAPartnerUserWithoutAdministratorPowers() {
        var token = token();
        var colleague = "colleague-" + token + "@it.example";
        var partner = PartnerFixture.onboard("AGENT");
        var admin = browsers.of(partner).open("/portal/partners/users.xhtml");
        PartnerFixture.invite(admin, colleague, "Grace", "Colleague", "Partner user");

        admin.waitForText("[id='" + USERS + "']", colleague);
        admin.waitForText("[id='usersForm:messages']", "Invitation sent to " + colleague);
        var row = userRow(admin, colleague);
        assertThat(row.getText()).as("the colleague's row").contains("Grace Colleague")
                .contains(page(ENGLISH, "enum.role.USER")).contains(page(ENGLISH, "enum.INVITED"));
        assertThat(visible(admin, "[id='inviteForm:email']")).as("invite dialog still open after success").isFalse();
        assertThat(count("select count(*) from partner_user where email = ? and partner_id = ? and role = 'USER'",
                colleague, partner.id())).as("partner_user row of the invited colleague").isEqualTo(1);

        admin.open("/portal/");
        assertThat(BrowserSteps.bodyText(admin)).as("the admin's home while the colleague has not signed in")
                .contains("A colleague you invited has not signed in yet");
        // issue 10: one invitation mail, in Channelport's words, with the link to choose the password
        var invitation = Mailbox.await(colleague, PartnerFixture.INVITATION, Duration.ofSeconds(60));
        assertThat(Mailbox.text(invitation)).as("the invitation").contains("Hello Grace").contains(colleague)
                .contains("Choose your password").contains("action-token");
        assertThat(Mailbox.subject(invitation)).doesNotContain("Update Your Account");

        // the colleague's own journey: Keycloak's set-password link from the invitation, then the first sign-in
        var user = browsers.visitor();
        PartnerFixture.acceptInvitation(user, colleague, PartnerFixture.PASSWORD);
        user.login(colleague, PartnerFixture.PASSWORD);
        assertThat(user.url()).as("where a partner user lands").contains("/portal/");
        assertThat(user.url()).as("a colleague's first sign-in lands on the first steps").contains("/portal/welcome.xhtml");
        assertThat(user.text("#firstSteps")).as("a partner user has no administrator's steps")
                .doesNotContain(page(ENGLISH, "welcome.step.invite.title"))
                .contains(page(ENGLISH, "welcome.step.settings.title"));
        user.open("/portal/");
        assertThat(user.text("#partnerName")).isEqualTo(partner.name());

        // issue 10: until then the admin's home said a colleague had not signed in; now the row says Active
        admin.open("/portal/partners/users.xhtml");
        admin.waitForText("[id='" + USERS + "']", colleague);
        assertThat(userRow(admin, colleague).getText()).as("the colleague's row after the first sign-in")
                .contains(page(ENGLISH, "enum.ACTIVE")).doesNotContain(page(ENGLISH, "enum.INVITED"));
        admin.open("/portal/");
        assertThat(BrowserSteps.bodyText(admin)).as("the admin's home after the colleague signed in")
                .doesNotContain("has not signed in yet");

        // PA6: a partner user sees colleagues but cannot invite or deactivate
        user.open("/portal/partners/users.xhtml");
        user.waitForText("[id='" + USERS + "']", partner.adminEmail());
        assertThat(user.text(".cp-section-nav")).as("the organization's section navigation of a partner user")
                .contains(page(ENGLISH, "nav.users")).doesNotContain(page(ENGLISH, "nav.apiCredentials"));
        assertThat(rows(user, USERS)).as("users a partner user sees").hasSize(2);
        assertThat(present(user, "[id='usersForm:openInvite']")).as("invite button for a partner user").isFalse();
        assertThat(present(user, "[id='inviteForm']")).as("invite dialog for a partner user").isFalse();
        assertThat(user.driver().findElements(By.xpath("//button[contains(normalize-space(), 'Deactivate')]")))
                .as("deactivate buttons for a partner user").isEmpty();

        assertForbiddenPage(user, "/portal/partners/api-credentials.xhtml", "a partner user");
    }

    @Test
    void invitingAnInvalidOrAnExistingEmailIsRefusedAtTheEmailField() {
        var token = token();
        var partner = solo();
        var admin = browsers.of(partner).open("/portal/partners/users.xhtml");

        PartnerFixture.invite(admin, "not-an-email-" + token, " ", " ", "Partner user");
        awaitFieldMessage(admin, "inviteForm:email", validation(ENGLISH, "partner.contactEmail.invalid"));
        assertThat(fieldMessage(admin, "inviteForm:firstName")).isEqualTo(validation(ENGLISH, "user.firstName.required"));
        assertThat(fieldMessage(admin, "inviteForm:lastName")).isEqualTo(validation(ENGLISH, "user.lastName.required"));
        assertThat(visible(admin, "[id='inviteForm:email']")).as("the invite dialog stays open to correct").isTrue();
        assertThat(count("select count(*) from partner_user where email like ?", "not-an-email-" + token + "%"))
                .as("users saved for an invalid e-mail").isZero();

        // the admin's own address, in other case: PA6 duplicates compare e-mails without case
        PartnerFixture.invite(admin, partner.adminEmail().toUpperCase(Locale.ROOT), "Dupe", "Admin", "Partner administrator");
        awaitFieldMessage(admin, "inviteForm:email", page(ENGLISH, "error.userExists"));
        assertThat(visible(admin, "[id='inviteForm:email']")).as("the invite dialog stays open").isTrue();
        assertThat(count("select count(*) from partner_user where partner_id = ?", partner.id()))
                .as("users of %s after a duplicate invitation", partner.name()).isEqualTo(1);

        admin.open("/portal/partners/users.xhtml");
        assertThat(rows(admin, USERS)).as("users listed after the refused invitations").hasSize(1);
    }

    @Test
    void aDeactivatedColleagueIsTurnedAwayAtOnceCannotSignInAgainAndTheHistoryShowsWhoDidIt() {
        var token = token();
        var colleague = "leaver-" + token + "@it.example";
        var partner = PartnerFixture.onboard("DISTRIBUTOR");
        var admin = browsers.of(partner).open("/portal/partners/users.xhtml");
        PartnerFixture.invite(admin, colleague, "Lee", "Leaver", "Partner user");
        admin.waitForText("[id='" + USERS + "']", colleague);

        // the colleague's password as the invitation link sets it (that journey is the test above)
        KeycloakAdmin.activate(colleague, PartnerFixture.PASSWORD);
        var user = browsers.visitor();
        user.login(colleague, PartnerFixture.PASSWORD);
        assertThat(user.url()).as("the colleague signs in before being deactivated").contains("/portal/");

        // the admin deactivates the colleague, confirming the dialog
        admin.open("/portal/partners/users.xhtml");
        var buttons = deactivateButtons(userRow(admin, colleague));
        assertThat(buttons).as("deactivate button on the colleague's row").hasSize(1);
        admin.clickWhenSettled(By.xpath("//tbody[@id='" + USERS + "_data']/tr[td[contains(., "
                + BrowserSteps.xpathLiteral(colleague) + ")]]//button[contains(normalize-space(), 'Deactivate')]"));
        admin.waitForText(".ui-confirm-dialog", page(ENGLISH, "users.deactivate.confirm"));
        admin.click(".ui-confirm-dialog .ui-confirmdialog-yes");
        admin.waitForText("[id='usersForm:messages']", colleague + " has been deactivated.");
        BrowserSteps.await(admin, "the colleague's row showing Deactivated", d -> {
            var row = userRow(admin, colleague);
            return row != null && row.getText().contains(page(ENGLISH, "enum.DEACTIVATED"));
        });
        assertThat(deactivateButtons(userRow(admin, colleague))).as("deactivate button on a deactivated row").isEmpty();
        assertThat(count("select count(*) from partner_user where email = ? and status = 'DEACTIVATED'", colleague))
                .as("partner_user status of the deactivated colleague").isEqualTo(1);

        // PA3: the colleague's running session is refused at once
        user.open("/portal/");
        user.waitForUrl("/access-refused.xhtml");
        assertThat(user.text("#accessRefused")).as("what a deactivated user is told")
                .contains(page(ENGLISH, "refused.USER_DEACTIVATED"));
        assertThat(status(user, "/portal/")).as("the portal for the refused browser afterwards").isNotEqualTo(200);

        // ...and Keycloak refuses a new sign-in (in a browser without the session's cookies)
        var again = browsers.visitor();
        BrowserSteps.submitLogin(again, colleague, PartnerFixture.PASSWORD);
        BrowserSteps.await(again, "Keycloak's account-disabled message", d ->
                bodyText(again).toLowerCase(Locale.ROOT).contains("disabled"));
        assertThat(again.url()).as("the deactivated user stays on Keycloak")
                .startsWith(TestEnvironment.KEYCLOAK_URL).doesNotContain("/portal/");
        again.open("/portal/");
        BrowserSteps.await(again, "the portal to send the visitor to sign in", d ->
                !d.getCurrentUrl().startsWith(TestEnvironment.BASE_URL + "/portal"));
        assertThat(again.url()).as("the deactivated user never reaches the portal").doesNotContain("/portal/");

        // the organization's history names the admin as the actor of both changes
        admin.open("/portal/partners/history.xhtml");
        var history = DealSteps.awaitRows(admin, "historyForm:history", "the deactivation in the history",
                r -> r.stream().anyMatch(row -> String.join(" | ", row).contains(page(ENGLISH, "history.action.deactivated"))
                        && String.join(" | ", row).contains(partner.adminEmail())));
        assertThat(history).as("history entries of %s", partner.name())
                .anySatisfy(row -> assertThat(String.join(" | ", row)).contains(partner.adminEmail())
                        .contains(page(ENGLISH, "history.action.invited")).contains(colleague))
                .anySatisfy(row -> assertThat(String.join(" | ", row)).contains(partner.adminEmail())
                        .contains(page(ENGLISH, "history.action.deactivated")).contains(colleague)
                        .contains(page(ENGLISH, "enum.ACTIVE") + " → " + page(ENGLISH, "enum.DEACTIVATED"))
                        .doesNotContain("ACTIVE → DEACTIVATED"));
    }

    @Test
    void aPartnerAdminCannotDeactivateItself() {
        var token = token();
        var colleague = "peer-" + token + "@it.example";
        var partner = PartnerFixture.onboard("AGENT");
        var admin = browsers.of(partner).open("/portal/partners/users.xhtml");
        PartnerFixture.invite(admin, colleague, "Pat", "Peer", "Partner administrator");
        admin.waitForText("[id='" + USERS + "']", colleague);

        var own = userRow(admin, partner.adminEmail());
        assertThat(own.getText()).as("the admin's own row").contains(page(ENGLISH, "enum.role.ADMIN"));
        // PA6: never itself
        assertThat(deactivateButtons(own)).as("deactivate button on the admin's own row").isEmpty();
        assertThat(deactivateButtons(userRow(admin, colleague)))
                .as("deactivate button on a colleague's row (the column exists for admins)").hasSize(1);
        assertThat(admin.driver().findElements(By.xpath("//thead[@id='" + USERS + "_head']//th[normalize-space(.)="
                + BrowserSteps.xpathLiteral(page(ENGLISH, "users.actions")) + "]")))
                .as("the Actions column that partner admins get").hasSize(1);
    }

    @Test
    void theSignInPageWearsTheBrandInTheVisitorsLanguage() {
        // issue 10: Keycloak's own pages in Channelport's theme (realm loginTheme), in the portal's languages
        var visitor = browsers.visitor();
        visitor.open("/portal/");
        BrowserSteps.await(visitor, "Keycloak's sign-in page", d -> d.getCurrentUrl().startsWith(TestEnvironment.KEYCLOAK_URL));
        visitor.find("#kc-login");
        assertThat(visitor.text("#kc-header-wrapper")).as("the brand above the form").isEqualTo("Channelport");
        assertThat(visitor.text("#kc-page-title")).isEqualTo("Sign in to Channelport");
        assertThat(visitor.driver().getTitle()).isEqualTo("Sign in · Channelport");
        assertThat(((org.openqa.selenium.JavascriptExecutor) visitor.driver()).executeScript(
                "return getComputedStyle(document.querySelector('.pf-v5-c-login')).backgroundImage"))
                .as("the brand's gradient from the theme's stylesheet").asString().contains("gradient");
        assertThat(((org.openqa.selenium.JavascriptExecutor) visitor.driver()).executeScript(
                "return getComputedStyle(document.querySelector('#kc-header-wrapper'), '::before').backgroundImage"))
                .as("the logo").asString().contains("logo.svg");

        for (var language : new String[][]{{"zh-TW", "登入 Channelport", "密碼"}, {"zh-CN", "登录 Channelport", "密码"}}) {
            visitor.open(visitor.url().replaceAll("&ui_locales=[^&]*", "") + "&ui_locales=" + language[0]);
            visitor.waitForText("#kc-page-title", language[1]);
            assertThat(visitor.text("label[for='password']")).as("Keycloak's own text in %s", language[0])
                    .contains(language[2]);
        }
    }
}
