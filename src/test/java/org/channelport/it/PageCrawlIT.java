package org.channelport.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.logging.LogType;

/**
 * The crawl of issue 10: signed in as each role (channel manager, partner administrator, partner user), in English
 * and in Chinese (see {@link #rolesAndLanguages} for which), it visits every page reachable by links from the role's home (the top navigation, the section
 * navigation, and one record of each kind a list links to), in Chromium at 1366 px, and fails on what a person must
 * never see:
 * <ul>
 *   <li>a missing text ({@code ???key???}), a Java enum constant of the app ({@code NETWORKING}, {@code SUBMITTED})
 *       or one of its class names ({@code DealRegistration}, {@code PartnerUser}) in visible text, a title, a
 *       placeholder or an accessible name;</li>
 *   <li>an error page, or a JavaScript error in the console (a script that fails, a policy that blocks one);</li>
 *   <li>a page wider than the window at 1366 px, or a part of it (a table) that scrolls sideways there;</li>
 *   <li>an accessibility violation of impact serious or critical, by axe-core (from the npm registry, injected into
 *       the page; WCAG 2.1 A and AA rules), checked once per page, in English, by the first role that reaches it: it
 *       judges structure, names and contrast, which the language does not change.</li>
 * </ul>
 * It prints what it visited and found per role and language (the counts the issue asks for).
 *
 * <p>Fixtures: a distributor in a country of its own with one lead offered to it and one deal registration, and a user
 * its administrator invited (the partner user).
 */
class PageCrawlIT {
    private static final String[] COUNTRIES = {"MN", "KZ", "UZ", "KG", "TJ"};
    private static final Pattern MISSING = Pattern.compile("\\?\\?\\?[^?\\s]*\\?\\?\\?");
    /** Words that are enum constants too, and legitimately shown as they are (abbreviations people use). */
    private static final Set<String> SHOWN_AS_IS = Set.of("API", "CSV", "XLSX", "SOAP", "REST", "EDI", "ERP", "CRM",
            "PDF", "PNG", "JPEG", "USD", "EUR", "GTIN", "GLN");
    private static final int MAX_PAGES = 40;
    /** The language menu's items. */
    private static final Map<String, String> LABELS = Map.of("en", "English", "zh-TW", "繁體中文", "zh-CN", "简体中文");
    private static final Map<String, Browser> OPEN = new LinkedHashMap<>();
    /** The pages axe-core has checked. */
    private static final Set<String> AXED = new java.util.HashSet<>();

    private static PartnerFixture.Partner partner;
    private static String userEmail;
    private static Set<String> enumConstants;
    private static Set<String> classNames;
    private static String axe;

    @BeforeAll
    static void aPartnerWithALeadADealAndAUser() throws IOException {
        axe = Files.readString(Path.of(System.getProperty("it.axe", "target/axe/node_modules/axe-core/axe.min.js")));
        enumConstants = new TreeSet<>();
        classNames = new TreeSet<>();
        appTypes();
        var country = LeadFixture.freshCountry(COUNTRIES);
        partner = PartnerFixture.onboard("DISTRIBUTOR", country);
        var token = PartnerFixture.createApiCredential(partner).token();
        DealFixture.register(token, DealSteps.Customer.unique("Crawl", country), "25000");
        var region = "Crawl " + BrowserSteps.token();
        LeadPages.rule("Crawl rule " + region, country, region, List.of("DISTRIBUTOR"));
        LeadFixture.createLead(LeadPages.lead("Crawl Lead " + BrowserSteps.token() + " GmbH", country, region, "buyer-" + BrowserSteps.token() + "@crawl.example", "+1 555 0100"));
        userEmail = "rep-" + BrowserSteps.token() + "@it.example";
        // the administrator's browser invites the user, then crawls as the partner admin (one sign-in, not two)
        var admin = Browser.lease("en-US");
        OPEN.put("partner admin", admin);
        admin.driver().manage().window().setSize(new Dimension(1366, 900));
        SignedInBrowsers.signIn(admin, partner.adminEmail(), partner.password());
        admin.open("/portal/partners/users.xhtml");
        PartnerFixture.invite(admin, userEmail, "Casey", "Crawl", "Partner user");
        admin.waitForText("body", userEmail);
        // the crawl reads the console of the pages it visits: what the invitation logged is not one of them
        admin.driver().manage().logs().get(LogType.BROWSER);
        KeycloakAdmin.activate(userEmail, PartnerFixture.PASSWORD);
    }

    @AfterAll
    static void closeBrowsers() {
        OPEN.values().forEach(Browser::close);
        OPEN.clear();
    }

    /**
     * Each role in English and one Chinese, English first: a role signs in once (in English) and switches language with
     * the top bar's menu, as a person would. The manager is crawled in Traditional, the partner administrator in
     * Simplified Chinese: both scripts are crawled, and {@code MessageBundlesTest} holds every key of every page in
     * both (present, translated, not a copy of the other), which is what a second Chinese crawl per role would add.
     * The partner user is crawled in English only: its pages are the administrator's but one (API credentials).
     */
    static Stream<Arguments> rolesAndLanguages() {
        return Stream.of(Arguments.of("manager", "en"), Arguments.of("manager", "zh-TW"),
                Arguments.of("partner admin", "en"), Arguments.of("partner admin", "zh-CN"),
                Arguments.of("partner user", "en"));
    }

    @ParameterizedTest(name = "{0} in {1}")
    @MethodSource("rolesAndLanguages")
    @DisplayName("Every page a role reaches from its home shows words (no ???, codes or class names), no script error,"
            + " fits 1366 px and has no serious accessibility violation")
    void everyPageReachableFromTheHomeIsFinished(String role, String language) {
        var browser = OPEN.computeIfAbsent(role, r -> {
            var signedIn = Browser.lease("en-US");
            signedIn.driver().manage().window().setSize(new Dimension(1366, 900));
            switch (r) {
                case "manager" -> SignedInBrowsers.signIn(signedIn, "manager", "demo");
                case "partner admin" -> SignedInBrowsers.signIn(signedIn, partner.adminEmail(), partner.password());
                default -> SignedInBrowsers.signIn(signedIn, userEmail, PartnerFixture.PASSWORD);
            }
            return signedIn;
        });
        browser.open(area(role));
        BrowserSteps.awaitAjax(browser);
        speak(browser, language);
        var home = URI.create(browser.url()).getPath();
        var area = home.startsWith("/manage") ? "/manage/" : "/portal/";
        var queue = new ArrayDeque<String>(List.of(browser.url()));
        var seen = new LinkedHashSet<String>(List.of(pageOf(browser.url())));
        var problems = new ArrayList<String>();
        var axeCounts = new LinkedHashMap<String, Integer>();
        int visited = 0;
        while (!queue.isEmpty() && visited < MAX_PAGES) {
            var url = queue.poll();
            browser.open(url);
            BrowserSteps.awaitAjax(browser);
            visited++;
            var where = pageOf(url);
            // axe once per page: in English, by the first role that reaches it (the partner user's pages are the admin's)
            problems.addAll(check(browser, where, language.equals("en") && AXED.add(where) ? axeCounts : null));
            for (var link : links(browser)) {
                var path = URI.create(link).getPath();
                // pages only: a product's image or a PDF is a file, not a page to check (it depends on what other
                // classes stored before the crawl ran)
                boolean page = path.endsWith(".xhtml") || path.endsWith("/");
                if (page && path.startsWith(area) && !path.contains("/logout") && seen.add(pageOf(link))) {
                    queue.add(link);
                }
            }
        }
        System.out.printf("CRAWL %-13s %-5s %2d pages, %d problems, axe serious/critical by rule %s: %s%n", role,
                language, visited, problems.size(), axeCounts, seen);
        assertThat(visited).as("pages reached from " + home).isGreaterThanOrEqualTo(role.equals("manager") ? 8 : 5);
        assertThat(problems).as(role + " in " + language).isEmpty();
    }

    private static String area(String role) {
        return role.equals("manager") ? "/manage/" : "/portal/";
    }

    /** Chooses the language in the top bar's menu (the page reloads in it), unless the page speaks it already. */
    private static void speak(Browser browser, String language) {
        var js = (JavascriptExecutor) browser.driver();
        if (!language.equals(js.executeScript("return document.documentElement.lang;"))) {
            browser.click("[id='languageForm:language']");
            browser.click("[id='languageForm:language_panel'] li[data-label='" + LABELS.get(language) + "']");
            BrowserSteps.await(browser, "the page in " + language, d -> language.equals(
                    js.executeScript("return document.readyState === 'complete' && document.documentElement.lang;")));
            BrowserSteps.awaitAjax(browser);
        }
    }

    /** A page's identity for the crawl: its path (one record of each kind is enough), a folder being its index. */
    private static String pageOf(String url) {
        var path = URI.create(url).getPath();
        return path.endsWith("/") ? path + "index.xhtml" : path;
    }

    @SuppressWarnings("unchecked")
    private static List<String> links(Browser browser) {
        return (List<String>) ((JavascriptExecutor) browser.driver()).executeScript("""
                return [...document.querySelectorAll('a[href]')]
                  .filter(a => !a.hasAttribute('download') && a.origin === location.origin)
                  .map(a => a.href.split('#')[0]);
                """);
    }

    @SuppressWarnings("unchecked")
    private static List<String> check(Browser browser, String where, Map<String, Integer> axeCounts) {
        var problems = new ArrayList<String>();
        var js = (JavascriptExecutor) browser.driver();
        for (var error : new String[]{"error500", "error404", "error403"}) {
            if (BrowserSteps.present(browser, "#" + error)) {
                problems.add(where + ": error page #" + error);
            }
        }
        var texts = (List<String>) js.executeScript("""
                const out = [];
                const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
                for (let n = walker.nextNode(); n; n = walker.nextNode()) {
                  const p = n.parentElement;
                  if (!p || p.closest('script,style,noscript,template')) continue;
                  if (!p.checkVisibility()) continue;
                  const t = n.nodeValue.trim();
                  if (t) out.push(t);
                }
                for (const e of document.querySelectorAll('[title],[placeholder],[aria-label],[alt]')) {
                  for (const a of ['title', 'placeholder', 'aria-label', 'alt']) {
                    const v = e.getAttribute(a);
                    if (v && v.trim()) out.push(v.trim());
                  }
                }
                out.push(document.title);
                return out;
                """);
        var reported = new LinkedHashSet<String>();
        for (var text : texts) {
            if (MISSING.matcher(text).find()) {
                reported.add("missing text '" + abbreviate(text) + "'");
            }
            // a hyphen joins a token: an SKU such as OPEN-24 is the partner's word, not the code OPEN
            for (var word : text.split("[^A-Za-z0-9_-]+")) {
                if (enumConstants.contains(word) && !SHOWN_AS_IS.contains(word)) {
                    reported.add("code " + word + " in '" + abbreviate(text) + "'");
                } else if (classNames.contains(word)) {
                    reported.add("class name " + word + " in '" + abbreviate(text) + "'");
                }
            }
        }
        reported.forEach(r -> problems.add(where + ": " + r));
        for (var entry : browser.driver().manage().logs().get(LogType.BROWSER)) {
            if (entry.getLevel().intValue() >= java.util.logging.Level.SEVERE.intValue()) {
                problems.add(where + ": console error " + abbreviate(entry.getMessage()));
            }
        }
        var widths = (List<Number>) js.executeScript(
                "return [document.documentElement.scrollWidth, document.documentElement.clientWidth];");
        if (widths.get(0).intValue() > widths.get(1).intValue()) {
            problems.add(where + ": " + widths.get(0) + " px wide in a window of " + widths.get(1) + " px");
        }
        var scrolling = (List<String>) js.executeScript("""
                return [...document.querySelectorAll('main *')]
                  .filter(e => e.offsetParent !== null && e.scrollWidth > e.clientWidth + 1
                               && ['auto', 'scroll'].includes(getComputedStyle(e).overflowX))
                  .map(e => (e.id || e.className || e.tagName) + ' ' + e.scrollWidth + '>' + e.clientWidth);
                """);
        for (var box : scrolling) {
            problems.add(where + ": scrolls sideways at 1366 px: " + abbreviate(box));
        }
        if (axeCounts == null) {
            return problems; // axe checks structure, which the language does not change: once per page, in English
        }
        js.executeScript(axe);
        var violations = (List<Map<String, Object>>) js.executeAsyncScript("""
                const done = arguments[arguments.length - 1];
                axe.run(document, {runOnly: {type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']},
                                   resultTypes: ['violations']})
                  .then(r => done(r.violations.filter(v => v.impact === 'serious' || v.impact === 'critical')
                    .map(v => ({id: v.id, impact: v.impact, count: v.nodes.length,
                                first: v.nodes[0].target.join(' ') + ' ' + (v.nodes[0].failureSummary || '')}))))
                  .catch(e => done([{id: 'axe-failed', impact: 'critical', count: 1, first: String(e)}]));
                """);
        for (var v : violations) {
            axeCounts.merge((String) v.get("id"), ((Number) v.get("count")).intValue(), Integer::sum);
            problems.add(where + ": axe " + v.get("impact") + " " + v.get("id") + " (" + v.get("count") + " elements; "
                    + abbreviate(String.valueOf(v.get("first"))) + ")");
        }
        return problems;
    }

    private static String abbreviate(String text) {
        var flat = text.replaceAll("\\s+", " ");
        return flat.length() <= 160 ? flat : flat.substring(0, 160) + "…";
    }

    /** The enum constants and class names of the app (target/classes), which a page must never show. */
    private static void appTypes() throws IOException {
        var root = Path.of("target", "classes");
        try (var files = Files.walk(root.resolve("org/channelport"))) {
            for (var file : files.filter(f -> f.toString().endsWith(".class")).toList()) {
                var name = root.relativize(file).toString().replace('/', '.').replaceAll("\\.class$", "");
                Class<?> type;
                try {
                    type = Class.forName(name, false, PageCrawlIT.class.getClassLoader());
                } catch (ClassNotFoundException | LinkageError e) {
                    continue;
                }
                if (type.isEnum()) {
                    for (var constant : type.getEnumConstants()) {
                        var constantName = ((Enum<?>) constant).name();
                        if (constantName.length() >= 3 && constantName.chars().anyMatch(Character::isLetter)) {
                            enumConstants.add(constantName);
                        }
                    }
                }
                var simple = type.getSimpleName();
                if (!type.isAnonymousClass() && simple.matches("[A-Z][a-z0-9]+(?:[A-Z][a-z0-9]+)+")) {
                    classNames.add(simple);
                }
            }
        }
    }
}
