package org.channelport.it;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.chrome.ChromeDriver;

/**
 * Page weight and time to interactive of the partner's home and deal list (issue 10), in Chromium at 1366 px, for a
 * partner with 30 deal registrations: a first visit (the browser's cache emptied before each load) and a cached one
 * (the same page loaded again). Each figure is the median of {@link #ROUNDS} loads.
 *
 * <p>Weight is what crossed the wire (the sum of {@code transferSize} of the document and every resource; a resource
 * served from the cache counts 0, a revalidated one its headers) and what the browser decoded. "Interactive" is the
 * end of {@code DOMContentLoaded}: PrimeFaces creates its widgets in a DOM-ready handler, so a page answers input once
 * that handler has run; "load" is the end of the load event. Prints numbers; asserts nothing about time
 * ({@code ./mvnw -Pbench verify}).
 */
class PageWeightBench {
    static final int ROUNDS = Integer.getInteger("bench.page-rounds", 7);
    static final int DEALS = 30;

    record Load(long transferred, long decoded, int requests, double interactiveMs, double loadMs) {}

    @Test
    void partnerHomeAndDealList() {
        var country = DealFixture.freshCountry("NZ", "IE", "PT", "CZ", "HU");
        var partner = PartnerFixture.onboard("DISTRIBUTOR", country);
        var token = PartnerFixture.createApiCredential(partner).token();
        for (int i = 0; i < DEALS; i++) {
            DealFixture.register(token, DealSteps.Customer.unique("Bench", country), "25000");
        }
        try (var browser = Browser.lease()) {
            browser.driver().manage().window().setSize(new org.openqa.selenium.Dimension(1366, 900));
            browser.login(partner.adminEmail(), partner.password());
            for (var page : List.of("/portal/", "/portal/deals/index.xhtml")) {
                browser.open(page); // warms the server's view and the JIT; not measured
                var first = new ArrayList<Load>();
                var cached = new ArrayList<Load>();
                for (int round = 0; round < ROUNDS; round++) {
                    ((ChromeDriver) browser.driver()).executeCdpCommand("Network.clearBrowserCache", Map.of());
                    first.add(load(browser, page));
                    cached.add(load(browser, page));
                }
                System.out.printf("PAGE %-28s first visit: %s%n", page, median(first));
                System.out.printf("PAGE %-28s cached     : %s%n", page, median(cached));
            }
        }
    }

    private static Load load(Browser browser, String page) {
        browser.open(page);
        @SuppressWarnings("unchecked")
        var m = (Map<String, Object>) ((ChromeDriver) browser.driver()).executeAsyncScript("""
                const done = arguments[arguments.length - 1];
                const read = () => {
                  const nav = performance.getEntriesByType('navigation')[0];
                  if (!nav || nav.loadEventEnd === 0) { setTimeout(read, 50); return; }
                  const all = [nav, ...performance.getEntriesByType('resource')];
                  done({transferred: all.reduce((s, e) => s + (e.transferSize || 0), 0),
                        decoded: all.reduce((s, e) => s + (e.decodedBodySize || 0), 0),
                        requests: all.length,
                        interactive: nav.domContentLoadedEventEnd, load: nav.loadEventEnd});
                };
                read();
                """);
        return new Load(((Number) m.get("transferred")).longValue(), ((Number) m.get("decoded")).longValue(),
                ((Number) m.get("requests")).intValue(), ((Number) m.get("interactive")).doubleValue(),
                ((Number) m.get("load")).doubleValue());
    }

    private static String median(List<Load> loads) {
        var mid = loads.size() / 2;
        var t = loads.stream().map(Load::transferred).sorted().toList().get(mid);
        var d = loads.stream().map(Load::decoded).sorted().toList().get(mid);
        var r = loads.stream().map(Load::requests).sorted().toList().get(mid);
        var i = loads.stream().map(Load::interactiveMs).sorted(Comparator.naturalOrder()).toList().get(mid);
        var l = loads.stream().map(Load::loadMs).sorted(Comparator.naturalOrder()).toList().get(mid);
        return String.format("%,9d B transferred, %,9d B decoded, %2d requests, interactive %5.0f ms, load %5.0f ms",
                t, d, r, i, l);
    }
}
