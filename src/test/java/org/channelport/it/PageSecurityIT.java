package org.channelport.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.channelport.it.BrowserSteps.ENGLISH;
import static org.channelport.it.BrowserSteps.page;

import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;

/**
 * What pages and answers do against script and formulas in data, and for privacy (platform rules P5, P7, P8): a
 * partner named with markup that closes a script, once it has leads, is text in the lead performance chart (which
 * still draws); every page sends a Content-Security-Policy whose nonce is on every inline script and has no event
 * handler in its markup; signed-in pages and API answers are not stored by browsers; nothing is sniffed, no URL leaks
 * as a referrer; the session cookie is SameSite=Lax (and signing in through Keycloak still works); a partner named
 * like a formula is exported as text in CSV and XLSX.
 *
 * <p>Fixtures: a distributor whose name closes the chart's script, located in a country no other test class uses,
 * approved over the API and its administrator activated through Keycloak's admin API (the console's queue and the
 * invitation link are ApplicationFormIT's, OnboardingJourneyIT's and PortalIsolationIT's); one channel manager's
 * browser for the chart and the export. The test of the session cookie signs in through Keycloak's page itself.
 */
class PageSecurityIT {
    private static final String[] COUNTRIES = {"KE", "TZ", "UG", "RW", "ET", "GH", "SN", "CI", "CM", "NG"};
    private static final Pattern NONCE = Pattern.compile("'nonce-([^']+)'");
    private static final Pattern SCRIPT = Pattern.compile("<script\\b([^>]*)>", Pattern.CASE_INSENSITIVE);
    private static final Pattern HANDLER = Pattern.compile("<[a-zA-Z][^>]*?\\son[a-z]+\\s*=", Pattern.CASE_INSENSITIVE);
    private static final HttpClient CLIENT = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(10))
            .followRedirects(HttpClient.Redirect.NEVER).build();

    private static String country;
    private static String token;
    private static String marker;
    private static PartnerFixture.Partner scripted;
    private static final SignedInBrowsers browsers = new SignedInBrowsers();

    @AfterAll
    static void closeBrowsers() {
        browsers.close();
    }

    @BeforeAll
    static void aDistributorNamedWithMarkupThatClosesAScript() {
        Mailbox.server();
        country = LeadFixture.freshCountry(COUNTRIES);
        token = LeadFixture.token();
        marker = "cpChartXss" + token;
        var name = "</script><script>window." + marker + "=true</script> Chart " + token;
        var email = "chart-" + token + "@it.example";
        var taxId = "IT-CH-" + token.toUpperCase(Locale.ROOT);
        var id = PartnerFixture.apply(name, "DISTRIBUTOR", taxId, email, country);
        PartnerFixture.approve(id, "SILVER");
        KeycloakAdmin.activate(email, PartnerFixture.PASSWORD);
        scripted = new PartnerFixture.Partner(id, name, taxId, email, PartnerFixture.PASSWORD);
    }

    // ------------------------------------------------------------------------------------------------ P7: the chart

    @Test
    @DisplayName("P7: a partner name that closes the chart's script is a label of the lead performance chart, never script")
    @SuppressWarnings("unchecked")
    void aPartnerNameThatClosesTheChartsScriptIsOnlyALabel() {
        var region = "Chart " + token;
        LeadPages.rule("IT chart rule " + token, country, region, List.of("DISTRIBUTOR"));
        // the chart draws the 15 partners with the most offers of the window: give this one more than the 15th has
        var fifteenth = LeadFixture.rows("select count(*) as n from lead_assignment where offered_at >= now() - interval "
                + "'90 days' group by partner_id order by n desc offset 14 limit 1");
        int leads = (int) Math.min(900, (fifteenth.isEmpty() ? 0 : ((Number) fifteenth.get(0).get("n")).longValue()) + 2);
        var batch = LeadFixture.post(LeadFixture.LEADS, LeadFixture.array(IntStream.range(0, leads)
                .mapToObj(i -> LeadPages.lead("Chart " + token + " Lead " + i + " Ltd", country, region,
                        "chart-" + i + "-" + token + "@it.example", "+254 20 123 4567")).toList()), LeadFixture.erp());
        assertThat(batch.status()).as("the batch of leads: " + batch.body()).isEqualTo(200);
        assertThat(LeadFixture.count("select count(*) from lead_assignment where partner_id = ?", scripted.id()))
                .as("leads offered to the partner named with markup").isEqualTo(leads);

        var browser = browsers.manager();
        browser.open("/manage/leads/partners.xhtml");
        BrowserSteps.assertNoErrorPage(browser, "the partner performance page");
        assertThat(browser.text("h1.cp-page-title")).isEqualTo(page(ENGLISH, "leadStats.title"));
        var canvas = browser.find("[id='statsForm:statsChart'] canvas");
        var labels = BrowserSteps.await(browser, "the chart drawn", d -> ((JavascriptExecutor) d).executeScript(
                "var c = document.querySelector('[id=\"statsForm:statsChart\"] canvas');"
                        + "return window.Chart && Chart.getChart(c) ? Chart.getChart(c).data.labels : null;"));
        assertThat((List<Object>) labels).as("partners drawn in the chart").contains(scripted.name());
        assertThat(canvas.getSize().getHeight()).as("chart height").isPositive();
        assertThat(browser.scriptRan(marker)).as("script from a partner's name ran on the performance page").isFalse();
        var row = BrowserSteps.rows(browser, "statsForm:stats").stream()
                .filter(r -> r.get(0).equals(scripted.name())).findFirst();
        assertThat(row).as("the partner's row, its name as text").isPresent();
        assertThat(row.get().get(1)).isEqualTo(Integer.toString(leads));
    }

    // ------------------------------------------------------------------------------------------------ P7, P8: pages

    @Test
    @DisplayName("P7/P8: public pages carry a CSP with a nonce on every inline script, no handler in markup, nosniff and a referrer policy")
    void publicPagesCarryAPolicyThatOnlyTheirOwnScriptsMeet() {
        for (var path : List.of("/", "/apply.xhtml", "/no/such/page.xhtml")) {
            var reply = get(path, "");
            assertThat(reply.statusCode()).as("status of " + path).isIn(200, 404);
            assertPageHeaders(reply, path);
            assertThat(reply.headers().firstValue("Cache-Control").orElse("")).as("Cache-Control of the public page " + path)
                    .doesNotContain("no-store");
        }
    }

    @Test
    @DisplayName("P7/P8: the console's and the portal's pages carry the policy and are never stored; the session cookie is SameSite=Lax")
    void signedInPagesCarryThePolicyAndAreNeverStored() {
        try (var manager = Browser.lease(); var partner = Browser.lease()) {
            manager.login("manager", "demo");
            assertThat(manager.url()).as("where the manager lands after signing in through Keycloak").contains("/manage/");
            partner.login(scripted.adminEmail(), scripted.password());
            assertThat(partner.url()).as("where the partner admin lands after signing in").contains("/portal/");
            for (var browser : List.of(manager, partner)) {
                var session = browser.driver().manage().getCookieNamed("JSESSIONID");
                assertThat(session).as("the session cookie").isNotNull();
                assertThat(session.getSameSite()).as("SameSite of the session cookie").isEqualTo("Lax");
                assertThat(session.isHttpOnly()).as("HttpOnly session cookie").isTrue();
            }
            for (var path : List.of("/manage/index.xhtml", "/manage/partners/index.xhtml", "/manage/partners/applications.xhtml",
                    "/manage/partners/partner.xhtml?id=" + scripted.id(), "/manage/leads/index.xhtml",
                    "/manage/leads/rules.xhtml", "/manage/leads/import.xhtml", "/manage/leads/partners.xhtml",
                    "/manage/deals/index.xhtml", "/manage/deals/pricing.xhtml")) {
                assertSignedInPage(manager, path);
            }
            for (var path : List.of("/portal/index.xhtml", "/portal/partners/users.xhtml", "/portal/partners/history.xhtml",
                    "/portal/partners/api-credentials.xhtml", "/portal/leads/index.xhtml", "/portal/leads/new.xhtml",
                    "/portal/deals/index.xhtml", "/portal/deals/edit.xhtml", "/portal/orders/index.xhtml",
                    "/portal/orders/edit.xhtml", "/portal/orders/catalog.xhtml")) {
                assertSignedInPage(partner, path);
            }
            // other spellings of a portal page reach it too, and are not stored either
            for (var path : List.of("/%70ortal/deals/index.xhtml", "/./portal/index.xhtml", "/portal/leads/%69ndex.xhtml")) {
                assertSignedInPage(partner, path);
            }
            // the console's refusal of a partner (an error page the container shows before any filter) is not stored either
            var refused = get("/manage/index.xhtml", cookies(partner));
            assertThat(refused.statusCode()).as("a partner asking for the console").isEqualTo(403);
            assertThat(refused.headers().firstValue("Cache-Control").orElse(null)).as("Cache-Control of the 403 page").isEqualTo("no-store");
            assertPageHeaders(refused, "the 403 page of /manage/index.xhtml");
        }
    }

    @Test
    @DisplayName("P8: API and SOAP answers are never stored and never sniffed; a new session's cookie is SameSite=Lax")
    void apiAnswersAreNeverStoredAndTheSessionCookieIsLax() {
        var erp = LeadFixture.erp();
        for (var reply : List.of(Http.get("/api/v1/partners", erp), Http.get("/api/v1/partners/" + scripted.id(), erp),
                Http.get("/api/v1/partners", null), Http.get("/soap/PartnerDirectory?wsdl", null))) {
            assertThat(reply.header("Cache-Control")).as("Cache-Control of an API answer (%d)", reply.status()).isEqualTo("no-store");
            assertThat(reply.header("X-Content-Type-Options")).isEqualTo("nosniff");
            assertThat(reply.header("Referrer-Policy")).isEqualTo("same-origin");
        }
        // a visit to a protected page starts the sign-in: its session cookie (OIDC state) comes back from Keycloak's GET
        var start = get("/home", "");
        assertThat(start.statusCode()).as("the sign-in redirect").isBetween(300, 399);
        var cookie = start.headers().allValues("Set-Cookie").stream().filter(c -> c.startsWith("JSESSIONID="))
                .findFirst();
        assertThat(cookie).as("Set-Cookie of the session").isPresent();
        assertThat(cookie.get()).containsIgnoringCase("SameSite=Lax").containsIgnoringCase("HttpOnly");
    }

    // ------------------------------------------------------------------------------------------------ P5: exports

    @Test
    @DisplayName("P5: a partner named like a formula is exported as text: with an apostrophe in the CSV, a text cell in the XLSX")
    void aPartnerNamedLikeAFormulaIsExportedAsText() throws Exception {
        var t = LeadFixture.token();
        var name = "=1+2 Formula " + t;
        var id = PartnerFixture.apply(name, "AGENT", "IT-FX-" + t.toUpperCase(Locale.ROOT), "formula-" + t + "@it.example",
                country);
        PartnerFixture.approve(id, "GOLD");
        var browser = browsers.manager();
        browser.open("/manage/partners/index.xhtml");
        var input = browser.find("[id='partnersForm:name']");
        input.sendKeys(Keys.chord(Keys.CONTROL, "a"), Keys.DELETE);
        input.sendKeys(t);
        DealSteps.awaitRows(browser, "partnersForm:partners", "the partner named " + name,
                r -> r.size() == 1 && r.get(0).get(0).equals(name));

        var csv = BrowserSteps.submitForDownload(browser, "partnersForm", "partnersForm:exportCsv");
        assertThat(csv.status()).as("HTTP status of the CSV export").isEqualTo(200);
        var lines = csv.text().lines().toList();
        assertThat(lines).as("the CSV export of the partner named " + name).hasSize(2);
        assertThat(lines.get(1)).as("the partner's CSV line").startsWith("\"'" + name + "\",\"Agent\",\"Gold\"");

        var xlsx = BrowserSteps.submitForDownload(browser, "partnersForm", "partnersForm:exportXlsx");
        assertThat(xlsx.status()).as("HTTP status of the Excel export").isEqualTo(200);
        try (var workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx.body()))) {
            var sheet = workbook.getSheetAt(0);
            var cell = sheet.getRow(1).getCell(0);
            assertThat(cell.getCellType()).as("type of the name's cell").isEqualTo(CellType.STRING);
            assertThat(cell.getStringCellValue()).isEqualTo("'" + name);
            var formulas = new ArrayList<String>();
            sheet.forEach(row -> row.forEach(c -> {
                if (c.getCellType() == CellType.FORMULA) {
                    formulas.add(c.getAddress().formatAsString());
                }
            }));
            assertThat(formulas).as("formula cells in the export").isEmpty();
        }
    }

    // ------------------------------------------------------------------------------------------------ helpers

    /** A signed-in page over HTTP with the browser's cookies: 200, never stored, and the policy met by its markup. */
    private static void assertSignedInPage(Browser browser, String path) {
        var reply = get(path, cookies(browser));
        assertThat(reply.statusCode()).as("status of " + path).isEqualTo(200);
        assertThat(reply.headers().firstValue("Cache-Control").orElse(null)).as("Cache-Control of " + path).isEqualTo("no-store");
        assertPageHeaders(reply, path);
    }

    private static void assertPageHeaders(HttpResponse<String> reply, String path) {
        var policy = reply.headers().firstValue("Content-Security-Policy").orElse("");
        assertThat(policy).as("Content-Security-Policy of " + path).contains("script-src 'self' 'nonce-")
                .contains("object-src 'none'").contains("base-uri 'self'").contains("frame-ancestors 'self'");
        var scriptSrc = policy.substring(policy.indexOf("script-src"));
        assertThat(scriptSrc).as("script-src of " + path).doesNotContain("unsafe-inline").doesNotContain("unsafe-eval");
        assertThat(reply.headers().firstValue("X-Content-Type-Options").orElse(null)).as("nosniff on " + path).isEqualTo("nosniff");
        assertThat(reply.headers().firstValue("Referrer-Policy").orElse(null)).as("Referrer-Policy of " + path).isEqualTo("same-origin");
        var nonce = NONCE.matcher(policy);
        assertThat(nonce.find()).as("a nonce in the policy of " + path).isTrue();
        var body = reply.body();
        var scripts = SCRIPT.matcher(body);
        int inline = 0;
        while (scripts.find()) {
            var attributes = scripts.group(1);
            if (!attributes.contains("src=")) {
                inline++;
                assertThat(attributes).as("an inline script of %s", path).contains("nonce=\"" + nonce.group(1) + "\"");
            }
        }
        assertThat(inline).as("inline scripts of %s (PrimeFaces' widgets)", path).isPositive();
        var handler = HANDLER.matcher(body);
        assertThat(handler.find() ? body.substring(handler.start(), Math.min(body.length(), handler.end() + 60)) : null)
                .as("an event handler in the markup of %s", path).isNull();
        assertThat(body).as("javascript: URLs in " + path).doesNotContain("href=\"javascript:");
    }

    private static String cookies(Browser browser) {
        return browser.driver().manage().getCookies().stream().map(c -> c.getName() + "=" + c.getValue())
                .collect(Collectors.joining("; "));
    }

    private static HttpResponse<String> get(String path, String cookies) {
        var request = HttpRequest.newBuilder(URI.create(TestEnvironment.BASE_URL + path)).timeout(Duration.ofSeconds(60)).GET();
        if (!cookies.isEmpty()) {
            request.header("Cookie", cookies);
        }
        try {
            return CLIENT.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        } catch (java.io.IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
