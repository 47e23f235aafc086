package org.channelport.it;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * The catalog over REST (issue 11, rules O3, O6, O7) against the real server, Keycloak and PostgreSQL: the ERP defines
 * products in a batch, item by item; a partner system reads only what its partner may see, with its own prices; a
 * product it may not see is not there, whatever it searches; only the ERP and managers maintain the catalog.
 */
class ProductsApiIT {
    private static final String PRODUCTS = "/api/v1/products";
    private static final SignedInBrowsers browsers = new SignedInBrowsers();
    private static PartnerFixture.Partner retailer;
    private static String retailerSystem;
    private static String t;

    @BeforeAll
    static void aRetailer() {
        retailer = PartnerFixture.onboard("RETAILER");
        retailerSystem = PartnerFixture.createApiCredential(retailer).token();
        t = BrowserSteps.token().toUpperCase(java.util.Locale.ROOT);
    }

    @org.junit.jupiter.api.AfterAll
    static void closeBrowsers() {
        browsers.close();
    }

    private static String product(String sku, String gtin, String extra) {
        return """
                {"sku":"%s",%s"names":{"en":"Product %s","zhTW":"產品 %s"},"productLine":"STORAGE","unit":"EA",
                 "orderMultiple":2,"minimumQuantity":4%s}""".formatted(sku, gtin == null ? "" : "\"gtin\":\"" + gtin + "\",",
                sku, sku, extra);
    }

    private static Http.Reply upsert(String body, String token, String key) {
        return Http.postJson(PRODUCTS, body, token, key == null ? Map.of() : Map.of("Idempotency-Key", key));
    }

    @Test
    @DisplayName("O6: a batch is applied item by item with every problem at its field; the same batch again changes "
            + "nothing; a retry with the same key gets the same answer")
    void theErpDefinesProductsItemByItem() {
        var erp = Http.erpToken();
        var before = java.time.Instant.now().minusSeconds(1);
        var batch = "[" + product("OPEN-" + t, null, "") + "," + product("BAD-" + t, "4006381333932", ",\"unit\":\"XX\"")
                + "," + product("DIST-" + t, null, ",\"partnerTypes\":[\"DISTRIBUTOR\"]") + "]";
        var first = upsert(batch, erp, "products-" + t);
        assertThat(first.status()).as(first.body()).isEqualTo(200);
        var json = first.json();
        assertThat(json.getInt("created")).isEqualTo(2);
        var refused = json.getJsonArray("refused");
        assertThat(refused).hasSize(1);
        var bad = refused.getJsonObject(0);
        assertThat(bad.getInt("index")).isEqualTo(1);
        assertThat(bad.getJsonArray("errors").stream().map(e -> e.asJsonObject().getString("field")).toList())
                .containsExactlyInAnyOrder("items[1].gtin", "items[1].unit");

        var retry = upsert(batch, erp, "products-" + t);
        assertThat(retry.body()).as("the same key: the stored answer").isEqualTo(first.body());
        var again = upsert(batch, erp, "products-again-" + t);
        assertThat(again.json().getInt("unchanged")).as("the same products again").isEqualTo(2);
        assertThat(again.json().getInt("created") + again.json().getInt("changed")).isZero();
        assertThat(LeadFixture.count("select count(*) from audit_entry where subject_type = 'Product' and detail = ?",
                "OPEN-" + t)).as("one audit entry: the repeated batch recorded nothing").isEqualTo(1);

        // the ERP reads back what changed since a moment, as defined (O6); a partner system may not
        var changed = Http.get("/api/v1/products/definitions?size=1000&updatedSince=" + before, erp);
        assertThat(changed.status()).as(changed.body()).isEqualTo(200);
        var mine = changed.json().getJsonArray("items").stream().map(i -> i.asJsonObject())
                .filter(i -> i.getString("sku").endsWith("-" + t)).toList();
        assertThat(mine).extracting(i -> i.getString("sku")).containsExactlyInAnyOrder("OPEN-" + t, "DIST-" + t);
        assertThat(mine).filteredOn(i -> i.getString("sku").equals("DIST-" + t)).singleElement()
                .satisfies(i -> assertThat(i.getJsonArray("partnerTypes").getString(0)).isEqualTo("DISTRIBUTOR"));
        assertThat(Http.get("/api/v1/products/definitions?updatedSince=" + java.time.Instant.now().plusSeconds(60), erp)
                .json().getJsonArray("items")).as("nothing changed after now").isEmpty();
        assertThat(Http.get("/api/v1/products/definitions?updatedSince=yesterday", erp).status()).isEqualTo(400);
        assertThat(Http.get("/api/v1/products/definitions", retailerSystem).status()).as("a partner system")
                .isEqualTo(403);
    }

    @Test
    @DisplayName("O3, O7: a partner system reads only what its partner may see, at its own price; a hidden product is "
            + "not found by any search; partners do not maintain the catalog")
    void aPartnerReadsItsOwnCatalogOnly() {
        var erp = Http.erpToken();
        var reply = upsert("[" + product("SEEN-" + t, null, "") + ","
                + product("HIDDEN-" + t, null, ",\"partnerTypes\":[\"DISTRIBUTOR\"]") + ","
                + product("EXCL-" + t, null, ",\"excludedPartners\":[\"" + retailer.id() + "\"]") + "]", erp, null);
        assertThat(reply.status()).as(reply.body()).isEqualTo(200);
        assertThat(reply.json().getInt("created")).isEqualTo(3);

        var page = Http.get(PRODUCTS + "?currency=EUR&language=zh-TW&text=" + t, retailerSystem);
        assertThat(page.status()).as(page.body()).isEqualTo(200);
        var skus = page.json().getJsonArray("items").stream().map(i -> i.asJsonObject().getString("sku")).toList();
        assertThat(skus).as("the retailer's catalog searched for the batch").contains("SEEN-" + t)
                .doesNotContain("HIDDEN-" + t, "EXCL-" + t);
        var seen = page.json().getJsonArray("items").stream().map(i -> i.asJsonObject())
                .filter(i -> i.getString("sku").equals("SEEN-" + t)).findFirst().orElseThrow();
        assertThat(seen.getString("name")).isEqualTo("產品 SEEN-" + t);
        assertThat(seen.containsKey("price") && !seen.isNull("price"))
                .as("no price list in EUR yet: no price, not a made-up one").isFalse();
        for (var hidden : List.of("HIDDEN-" + t, "EXCL-" + t)) {
            var search = Http.get(PRODUCTS + "?currency=EUR&text=" + hidden, retailerSystem);
            assertThat(search.json().getInt("total")).as("searching %s", hidden).isZero();
        }

        // another partner's view only for the ERP and managers; a partner's own partnerId parameter changes nothing
        var other = PartnerFixture.onboard("DISTRIBUTOR");
        var asOther = Http.get(PRODUCTS + "?currency=EUR&text=" + t + "&partnerId=" + other.id(), retailerSystem);
        assertThat(asOther.json().getJsonArray("items").stream().map(i -> i.asJsonObject().getString("sku")).toList())
                .as("a partner naming another partner still reads its own catalog").doesNotContain("HIDDEN-" + t);
        var erpView = Http.get(PRODUCTS + "?currency=EUR&text=" + t + "&partnerId=" + other.id(), erp);
        assertThat(erpView.json().getJsonArray("items").stream().map(i -> i.asJsonObject().getString("sku")).toList())
                .as("the ERP reading what the distributor sees").contains("HIDDEN-" + t);

        var refused = upsert(product("MINE-" + t, null, ""), retailerSystem, null);
        assertThat(refused.status()).as("a partner system maintaining the catalog").isEqualTo(403);
        assertThat(LeadFixture.count("select count(*) from product where sku = ?", "MINE-" + t)).isZero();

        var noCurrency = Http.get(PRODUCTS, retailerSystem);
        assertThat(noCurrency.status()).isEqualTo(400);
        assertThat(noCurrency.body()).contains("currency");
    }

    @Test
    @DisplayName("O4, O8: the ERP sends a price list and a contract price; the partner reads its own prices, another "
            + "partner never its contract; a price for an unknown SKU is refused at its field")
    void pricesReachOnlyThePartnerTheyAreFor() {
        var erp = Http.erpToken();
        var sku = "PRICED-" + t;
        assertThat(upsert(product(sku, null, ""), erp, null).json().getInt("created")).isEqualTo(1);
        var list = """
                {"code":"REG-EUR-%s","name":"Registered EUR","currency":"EUR","tier":"REGISTERED",
                 "validFrom":"2026-01-01","prices":[{"sku":"%s","minQuantity":1,"unitPrice":120.00},
                 {"sku":"%s","minQuantity":100,"unitPrice":110.00},{"sku":"NOSUCH-%s","unitPrice":1}]}"""
                .formatted(t, sku, sku, t);
        var refused = Http.postJson("/api/v1/price-lists", list, erp, Map.of());
        assertThat(refused.status()).as(refused.body()).isEqualTo(200);
        assertThat(refused.json().getJsonArray("refused").getJsonObject(0).getJsonArray("errors").getJsonObject(0)
                .getString("field")).isEqualTo("items[0].prices[2].sku");
        var good = Http.postJson("/api/v1/price-lists", list.replace(",{\"sku\":\"NOSUCH-" + t + "\",\"unitPrice\":1}", ""),
                erp, Map.of());
        assertThat(good.json().getInt("created")).as(good.body()).isEqualTo(1);
        var contract = Http.postJson("/api/v1/contract-prices", """
                {"partnerId":"%s","sku":"%s","currency":"EUR","minQuantity":4,"unitPrice":99.5,"validFrom":"2026-01-01"}"""
                .formatted(retailer.id(), sku), erp, Map.of());
        assertThat(contract.json().getInt("created")).as(contract.body()).isEqualTo(1);

        // O8: the ERP reads back what changed since a moment: the list whole, the contract price; partners may not
        var since = java.time.Instant.now().minusSeconds(60);
        var lists = Http.get("/api/v1/price-lists?size=100&updatedSince=" + since, erp);
        assertThat(lists.status()).as(lists.body()).isEqualTo(200);
        assertThat(lists.json().getJsonArray("items").stream().map(i -> i.asJsonObject())
                .filter(i -> i.getString("code").equals("REG-EUR-" + t))).singleElement()
                .satisfies(l -> assertThat(l.getJsonArray("prices")).hasSize(2));
        var contracts = Http.get("/api/v1/contract-prices?size=1000&updatedSince=" + since, erp);
        assertThat(contracts.json().getJsonArray("items").stream().map(i -> i.asJsonObject())
                .filter(i -> i.getString("sku").equals(sku)).toList()).singleElement()
                .satisfies(c -> assertThat(c.getString("partnerId")).isEqualTo(retailer.id().toString()));
        assertThat(Http.get("/api/v1/contract-prices", retailerSystem).status()).as("a partner system").isEqualTo(403);
        assertThat(Http.get("/api/v1/price-lists?updatedSince=soon", erp).status()).isEqualTo(400);

        var mine = price(retailerSystem, sku);
        assertThat(mine.getString("source")).isEqualTo("CONTRACT");
        assertThat(mine.getJsonNumber("unitPrice").bigDecimalValue()).isEqualByComparingTo("99.5");
        var other = PartnerFixture.onboard("RETAILER");
        var theirs = price(PartnerFixture.createApiCredential(other).token(), sku);
        assertThat(theirs.getString("source")).as("another partner: the list, never the contract").isEqualTo("PRICE_LIST");
        assertThat(theirs.getJsonNumber("unitPrice").bigDecimalValue()).isEqualByComparingTo("120");

        var partnerTries = Http.postJson("/api/v1/contract-prices", """
                {"partnerId":"%s","sku":"%s","currency":"EUR","unitPrice":1,"validFrom":"2026-01-01"}"""
                .formatted(retailer.id(), sku), retailerSystem, Map.of());
        assertThat(partnerTries.status()).as("a partner setting its own price").isEqualTo(403);
    }

    private static JsonObject price(String token, String sku) {
        var page = Http.get(PRODUCTS + "?currency=EUR&text=" + sku, token);
        assertThat(page.status()).as(page.body()).isEqualTo(200);
        return page.json().getJsonArray("items").getJsonObject(0).getJsonObject("price");
    }

    @Test
    @DisplayName("The portal's catalog shows the partner what it may order at its own price, and nothing else")
    void thePortalCatalogShowsWhatThePartnerMayOrder() {
        var erp = Http.erpToken();
        var shown = "SHOWN-" + t;
        var secret = "SECRET-" + t;
        assertThat(upsert("[" + product(shown, null, "") + "," + product(secret, null, ",\"partnerTypes\":[\"AGENT\"]")
                + "]", erp, null).json().getInt("created")).isEqualTo(2);
        var list = Http.postJson("/api/v1/price-lists", """
                {"code":"PORTAL-EUR-%s","name":"Portal EUR","currency":"EUR","tier":"REGISTERED","validFrom":"2026-01-01",
                 "prices":[{"sku":"%s","unitPrice":42.5},{"sku":"%s","unitPrice":7}]}""".formatted(t, shown, secret), erp, Map.of());
        assertThat(list.json().getInt("created")).as(list.body()).isEqualTo(1);

        var erpManager = PartnerFixture.managerToken();
        assertThat(putImage(shown, picture(600, 400, java.awt.Color.ORANGE, "png"), erp).status()).isEqualTo(200);
        assertThat(putImage(secret, picture(300, 300, java.awt.Color.GREEN, "png"), erpManager).status())
                .as("a channel manager too").isEqualTo(200);

        var browser = browsers.of(retailer);
        browser.open("/portal/orders/catalog.xhtml");
        LeadPages.search(browser, "catalogForm:text", t);
        var rows = DealSteps.awaitRows(browser, "catalogForm:products", "the batch's products",
                r -> r.stream().anyMatch(row -> row.get(0).equals(shown)));
        assertThat(rows).extracting(row -> row.get(0)).as("SKUs listed").contains(shown).doesNotContain(secret);
        var row = rows.stream().filter(r -> r.get(0).equals(shown)).findFirst().orElseThrow();
        assertThat(String.join(" ", row)).as("the row of " + shown).contains("Product " + shown).contains("42.50")
                .contains(BrowserSteps.page(BrowserSteps.ENGLISH, "enum.uom.EA"))
                .contains(BrowserSteps.page(BrowserSteps.ENGLISH, "enum.product.ACTIVE"));
        // O27: its thumbnail is shown (loaded, not a broken image); the hidden product's image is not there for it
        var loaded = BrowserSteps.await(browser, "the thumbnail of " + shown, d -> {
            var images = d.findElements(org.openqa.selenium.By.cssSelector("[id='catalogForm:products'] img.cp-thumb"));
            return images.stream().filter(i -> shown.equals(i.getAttribute("alt").replace("Product ", "")))
                    .map(i -> ((org.openqa.selenium.JavascriptExecutor) d).executeScript(
                            "return arguments[0].complete && arguments[0].naturalWidth", i))
                    .filter(w -> w instanceof Number n && n.intValue() > 0).findFirst().orElse(null);
        });
        assertThat(((Number) loaded).intValue()).as("the thumbnail's width").isEqualTo(240);
        assertThat(fetchStatus(browser, "image?sku=" + shown + "&variant=thumbnail")).isEqualTo(200);
        assertThat(fetchStatus(browser, "image?sku=" + secret + "&variant=thumbnail"))
                .as("the image of a product the partner may not see").isEqualTo(404);
        assertThat(fetchStatus(browser, "image?sku=" + secret)).isEqualTo(404);
        assertThat(fetchStatus(browser, "/manage/orders/image?sku=" + shown)).as("the console's address").isEqualTo(403);
        LeadPages.search(browser, "catalogForm:text", secret);
        DealSteps.awaitRows(browser, "catalogForm:products", "nothing for the hidden SKU", List::isEmpty);
    }

    /** The status of a GET from the page, with the browser's session (relative to /portal/orders/). */
    private static long fetchStatus(Browser browser, String address) {
        var path = address.startsWith("/") ? TestEnvironment.BASE_URL + address : address;
        return (Long) ((org.openqa.selenium.JavascriptExecutor) browser.driver()).executeAsyncScript(
                "const done = arguments[arguments.length - 1];"
                        + "fetch(arguments[0], {credentials: 'same-origin', redirect: 'manual'})"
                        + ".then(r => done(r.status)).catch(() => done(-1));", path);
    }

    @Test
    @DisplayName("O27: the ERP gives a product its image (drawn anew; the same file again changes nothing), whoever "
            + "may see the product reads it (304 when unchanged), nobody else; bad files get 4xx and change nothing")
    void productImagesAreDrawnAnewAndShownOnlyToWhoMaySeeTheProduct() throws Exception {
        var erp = Http.erpToken();
        var seen = "IMG-" + t;
        var hidden = "IMGX-" + t;
        assertThat(upsert("[" + product(seen, null, "") + "," + product(hidden, null,
                ",\"excludedPartners\":[\"" + retailer.id() + "\"]") + "]", erp, null).json().getInt("created"))
                .isEqualTo(2);
        var photo = picture(2400, 1200, java.awt.Color.BLUE, "jpeg");

        var first = putImage(seen, photo, erp);
        assertThat(first.status()).as(first.body()).isEqualTo(200);
        assertThat(first.json().getString("contentType")).isEqualTo("image/jpeg");
        assertThat(first.json().getInt("width")).as("fitted into 1200 pixels").isEqualTo(1200);
        assertThat(first.json().getInt("height")).isEqualTo(600);
        assertThat(first.json().getBoolean("changed")).isTrue();
        var tag = first.json().getString("tag");
        var again = putImage(seen, photo, erp);
        assertThat(again.json().getBoolean("changed")).as("the same file again").isFalse();
        assertThat(again.json().getString("tag")).isEqualTo(tag);
        assertThat(LeadFixture.count("select count(*) from audit_entry where subject_type = 'Product' and action = "
                + "'imageChanged' and detail like ?", seen + ":%")).as("recorded once").isEqualTo(1);
        assertThat(putImage(hidden, picture(100, 100, java.awt.Color.RED, "png"), erp).status()).isEqualTo(200);

        // the partner system reads the image of a product it sees, as a picture; its catalog names the tag
        var image = Http.getBytes(PRODUCTS + "/" + seen + "/image", retailerSystem, 200);
        var read = javax.imageio.ImageIO.read(new java.io.ByteArrayInputStream(image));
        assertThat(read.getWidth()).isEqualTo(1200);
        var thumbnail = javax.imageio.ImageIO.read(new java.io.ByteArrayInputStream(
                Http.getBytes(PRODUCTS + "/" + seen + "/image?variant=thumbnail", retailerSystem, 200)));
        assertThat(thumbnail.getWidth()).isEqualTo(240);
        var full = Http.get(PRODUCTS + "/" + seen + "/image", retailerSystem);
        assertThat(full.header("Content-Type")).isEqualTo("image/jpeg");
        assertThat(full.header("X-Content-Type-Options")).isEqualTo("nosniff");
        var etag = full.header("ETag");
        assertThat(etag).contains(tag);
        var unchanged = Http.send(Http.request(PRODUCTS + "/" + seen + "/image").GET()
                .header("Authorization", "Bearer " + retailerSystem).header("If-None-Match", etag));
        assertThat(unchanged.status()).isEqualTo(304);
        var catalog = Http.get(PRODUCTS + "?currency=EUR&text=" + seen, retailerSystem).json().getJsonArray("items")
                .getJsonObject(0);
        assertThat(catalog.getString("imageTag")).isEqualTo(tag);

        // a product the partner may not see has no image for it either (404 as for an unknown SKU); partners do
        // not maintain images
        var notSeen = Http.get(PRODUCTS + "/" + hidden + "/image", retailerSystem);
        var unknown = Http.get(PRODUCTS + "/NOPE-" + t + "/image", retailerSystem);
        assertThat(notSeen.status()).isEqualTo(404);
        assertThat(unknown.status()).isEqualTo(404);
        assertThat(notSeen.body().replace(hidden, "X")).isEqualTo(unknown.body().replace("NOPE-" + t, "X"));
        assertThat(Http.get(PRODUCTS + "/" + hidden + "/image", erp).status()).as("the ERP sees all").isEqualTo(200);
        assertThat(putImage(seen, picture(50, 50, java.awt.Color.RED, "png"), retailerSystem).status()).isEqualTo(403);
        var delete = Http.send(Http.request(PRODUCTS + "/" + seen + "/image").DELETE()
                .header("Authorization", "Bearer " + retailerSystem));
        assertThat(delete.status()).isEqualTo(403);

        // bad files: refused at the field "image" or by size, the image as it was
        var pdf = putImage(seen, "%PDF-1.7\n%âãÏÓ\n".getBytes(java.nio.charset.StandardCharsets.ISO_8859_1), erp);
        assertThat(pdf.status()).as(pdf.body()).isEqualTo(400);
        assertThat(pdf.header("Content-Type")).startsWith("application/problem+json");
        assertThat(pdf.body()).contains("\"image\"").contains("PNG, JPEG or GIF");
        var bomb = putImage(seen, java.util.Arrays.copyOf(picture(10, 10, java.awt.Color.RED, "png"), 10), erp);
        assertThat(bomb.status()).as(bomb.body()).isEqualTo(400);
        var huge = putImage(seen, new byte[11 * 1024 * 1024], erp);
        assertThat(huge.status()).as("over app.orders.image-max-bytes").isEqualTo(413);
        assertThat(Http.get(PRODUCTS + "/" + seen + "/image", erp).header("ETag")).as("unchanged").contains(tag);
        assertThat(Http.get(PRODUCTS + "/" + seen + "/image?variant=huge", erp).status()).isEqualTo(400);

        // removed: gone for everyone, the catalog says so; removing again changes nothing
        var removed = Http.send(Http.request(PRODUCTS + "/" + seen + "/image").DELETE()
                .header("Authorization", "Bearer " + erp));
        assertThat(removed.status()).isEqualTo(204);
        assertThat(Http.get(PRODUCTS + "/" + seen + "/image", retailerSystem).status()).isEqualTo(404);
        assertThat(Http.get(PRODUCTS + "?currency=EUR&text=" + seen, retailerSystem).json().getJsonArray("items")
                .getJsonObject(0).get("imageTag")).as("no image: no tag").isIn(null, jakarta.json.JsonValue.NULL);
        assertThat(Http.send(Http.request(PRODUCTS + "/" + seen + "/image").DELETE()
                .header("Authorization", "Bearer " + erp)).status()).isEqualTo(204);
        assertThat(LeadFixture.count("select count(*) from audit_entry where subject_type = 'Product' and action = "
                + "'imageRemoved' and detail = ?", seen)).as("removed once").isEqualTo(1);
    }

    private static Http.Reply putImage(String sku, byte[] content, String token) {
        return Http.send(Http.request(PRODUCTS + "/" + sku + "/image").header("Authorization", "Bearer " + token)
                .header("Content-Type", "application/octet-stream")
                .PUT(java.net.http.HttpRequest.BodyPublishers.ofByteArray(content)));
    }

    /** A picture of one colour, as PNG or JPEG. */
    static byte[] picture(int width, int height, java.awt.Color colour, String format) {
        var image = new java.awt.image.BufferedImage(width, height, java.awt.image.BufferedImage.TYPE_INT_RGB);
        var g = image.createGraphics();
        g.setColor(colour);
        g.fillRect(0, 0, width, height);
        g.dispose();
        var out = new java.io.ByteArrayOutputStream();
        try {
            javax.imageio.ImageIO.write(image, format, out);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        return out.toByteArray();
    }
}
