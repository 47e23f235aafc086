package org.channelport.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.channelport.it.SoapXml.assertFault;
import static org.channelport.it.SoapXml.assertSuccess;
import static org.channelport.it.SoapXml.texts;

import java.util.Base64;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;

/**
 * The catalog over SOAP 1.1 at /soap/Catalog (namespace urn:channelport:catalog:v1), black box: the same rules as
 * REST (O6 item by item with every problem at its field, the same batch again changes nothing; O3 a product a partner
 * may not see does not exist for it; O27 images drawn anew), with faults for whatever is refused whole.
 */
class CatalogSoapIT {
    private static final String PATH = "/soap/Catalog";
    private static final String NS = "urn:channelport:catalog:v1";
    private static PartnerFixture.Partner retailer;
    private static String retailerSystem;
    private static String erp;
    private static String t;

    @BeforeAll
    static void aPartner() {
        retailer = PartnerFixture.onboard("RETAILER");
        retailerSystem = PartnerFixture.createApiCredential(retailer).token();
        erp = Http.erpToken();
        t = BrowserSteps.token().toUpperCase(java.util.Locale.ROOT);
    }

    private static String product(String sku, String gtin, String extra) {
        return "<product><sku>" + sku + "</sku>" + (gtin == null ? "" : "<gtin>" + gtin + "</gtin>")
                + "<names><en>Soap product " + sku + "</en><zhTW>肥皂產品 " + sku + "</zhTW></names>"
                + "<productLine>STORAGE</productLine><unit>EA</unit>" + extra + "</product>";
    }

    @Test
    @DisplayName("The WSDL is public and publishes the ERP's and partner systems' catalog operations")
    void theWsdlPublishesTheOperations() {
        SoapXml.assertPublishes(PATH, NS, "upsertProducts", "upsertPriceLists", "upsertContractPrices",
                "listProductDefinitions", "listPriceLists", "listContractPrices", "readCatalog", "setProductImage",
                "removeProductImage");
    }

    @Test
    @DisplayName("O6, O4, O3: the ERP's batches are applied item by item with every problem at its field and change "
            + "nothing the second time; a partner system reads only what it may see at its own price, and maintains "
            + "nothing")
    void theErpMaintainsTheCatalogAndAPartnerReadsItsOwn() {
        var before = java.time.Instant.now().minusSeconds(1);
        var seen = "SOAPC-" + t;
        var hidden = "SOAPX-" + t;
        var batch = product(seen, null, "") + product("SOAPBAD-" + t, "4006381333932", "<unit>XX</unit>")
                + product(hidden, null, "<excludedPartner>" + retailer.id() + "</excludedPartner>");
        var first = assertSuccess(call("upsertProducts", batch, erp), NS, "upsertProductsResponse");
        assertThat(text(first, "result", "created")).isEqualTo("2");
        assertThat(texts(first, "refused", "index")).containsExactly("1");
        assertThat(texts(first, "refused", "key")).containsExactly("SOAPBAD-" + t);
        assertThat(texts(first, "error", "field")).containsExactlyInAnyOrder("items[1].gtin", "items[1].unit");
        var again = assertSuccess(call("upsertProducts", batch, erp), NS, "upsertProductsResponse");
        assertThat(text(again, "result", "unchanged")).as("the same batch again").isEqualTo("2");
        assertThat(text(again, "result", "created")).isEqualTo("0");
        assertThat(LeadFixture.count("select count(*) from audit_entry where subject_type = 'Product' and detail = ?",
                seen)).as("recorded once").isEqualTo(1);

        var list = "<priceList><code>SOAP-USD-" + t + "</code><name>Soap USD</name><currency>USD</currency>"
                + "<tier>REGISTERED</tier><validFrom>2026-01-01</validFrom>"
                + "<price><sku>" + seen + "</sku><unitPrice>80</unitPrice></price>"
                + "<price><sku>" + hidden + "</sku><unitPrice>9</unitPrice></price></priceList>";
        var lists = assertSuccess(call("upsertPriceLists", list, erp), NS, "upsertPriceListsResponse");
        assertThat(text(lists, "result", "created")).as(lists.getDocumentElement().getTextContent()).isEqualTo("1");
        var contracts = assertSuccess(call("upsertContractPrices",
                contract(retailer.id().toString(), seen, "72.50") + contract(java.util.UUID.randomUUID().toString(), seen,
                        "1"), erp), NS, "upsertContractPricesResponse");
        assertThat(text(contracts, "result", "created")).isEqualTo("1");
        assertThat(texts(contracts, "refused", "index")).as("a partner that does not exist").containsExactly("1");
        assertThat(texts(contracts, "error", "field")).containsExactly("items[1].partnerId");

        // the partner system's catalog: its contract price; the excluded product is not there, however it asks
        var catalog = assertSuccess(call("readCatalog", "<currency>USD</currency><text>" + t + "</text>"
                + "<language>zh-TW</language>", retailerSystem), NS, "readCatalogResponse");
        assertThat(texts(catalog, "product", "sku")).contains(seen).doesNotContain(hidden);
        assertThat(texts(catalog, "product", "name")).contains("肥皂產品 " + seen);
        assertThat(texts(catalog, "price", "unitPrice")).as("its contract price").singleElement()
                .satisfies(p -> assertThat(new java.math.BigDecimal(p)).isEqualByComparingTo("72.50"));
        assertThat(texts(catalog, "price", "source")).containsExactly("CONTRACT");
        var search = assertSuccess(call("readCatalog", "<currency>USD</currency><text>" + hidden + "</text>"
                + "<partnerId>" + PartnerFixture.onboard("DISTRIBUTOR").id() + "</partnerId>", retailerSystem), NS,
                "readCatalogResponse");
        assertThat(text(search, "catalog", "total")).as("naming another partner changes nothing").isEqualTo("0");
        var erpView = assertSuccess(call("readCatalog", "<currency>USD</currency><text>" + t + "</text><partnerId>"
                + retailer.id() + "</partnerId>", erp), NS, "readCatalogResponse");
        assertThat(texts(erpView, "product", "sku")).as("the ERP sees what the partner sees").contains(seen)
                .doesNotContain(hidden);
        assertThat(assertFault(call("readCatalog", "<currency>euro</currency>", retailerSystem), "Client"))
                .contains("currency");
        assertThat(assertFault(call("upsertProducts", product("SOAPP-" + t, null, ""), retailerSystem), "Client"))
                .contains("Only the ERP and channel managers");
        assertThat(LeadFixture.count("select count(*) from product where sku = ?", "SOAPP-" + t)).isZero();
        assertThat(assertFault(call("listContractPrices", "", retailerSystem), "Client"))
                .as("another partner's contract prices").contains("Only the ERP and channel managers");

        // the ERP reads back what changed
        var definitions = assertSuccess(call("listProductDefinitions", "<updatedSince>" + before
                + "</updatedSince><size>1000</size>", erp), NS, "listProductDefinitionsResponse");
        assertThat(texts(definitions, "product", "sku")).contains(seen, hidden).doesNotContain("SOAPBAD-" + t);
        assertThat(texts(definitions, "product", "excludedPartner")).contains(retailer.id().toString());
        var priceLists = assertSuccess(call("listPriceLists", "<updatedSince>" + before + "</updatedSince>"
                + "<size>100</size>", erp), NS, "listPriceListsResponse");
        assertThat(texts(priceLists, "priceList", "code")).contains("SOAP-USD-" + t);
        var contractList = assertSuccess(call("listContractPrices", "<updatedSince>" + before + "</updatedSince>",
                erp), NS, "listContractPricesResponse");
        assertThat(texts(contractList, "contractPrice", "partnerId")).contains(retailer.id().toString());
        assertThat(assertFault(call("listProductDefinitions", "<updatedSince>yesterday</updatedSince>", erp),
                "Client")).contains("updatedSince");
        assertThat(assertFault(call("listProductDefinitions", "<size>5000</size>", erp), "Client")).contains("size");
    }

    @Test
    @DisplayName("O27: the ERP sets a product's image in the message (drawn anew, the same file again changes "
            + "nothing), a file that is no picture is a fault naming why, partners may not")
    void theErpSetsAProductsImage() {
        var sku = "SOAPI-" + t;
        assertSuccess(call("upsertProducts", product(sku, null, ""), erp), NS, "upsertProductsResponse");
        var picture = Base64.getEncoder().encodeToString(ProductsApiIT.picture(1500, 300, java.awt.Color.CYAN, "png"));
        var set = assertSuccess(call("setProductImage", "<sku>" + sku + "</sku><content>" + picture + "</content>",
                erp), NS, "setProductImageResponse");
        assertThat(text(set, "image", "width")).isEqualTo("1200");
        assertThat(text(set, "image", "height")).isEqualTo("240");
        assertThat(text(set, "image", "changed")).isEqualTo("true");
        var again = assertSuccess(call("setProductImage", "<sku>" + sku + "</sku><content>" + picture + "</content>",
                erp), NS, "setProductImageResponse");
        assertThat(text(again, "image", "changed")).isEqualTo("false");
        assertThat(text(again, "image", "tag")).isEqualTo(text(set, "image", "tag"));

        var text = Base64.getEncoder().encodeToString("GIF89a? not really".getBytes(java.nio.charset.StandardCharsets.UTF_8));
        assertThat(assertFault(call("setProductImage", "<sku>" + sku + "</sku><content>" + text + "</content>", erp),
                "Client")).containsAnyOf("cannot be read", "PNG, JPEG or GIF");
        assertThat(assertFault(call("setProductImage", "<sku>NOPE-" + t + "</sku><content>" + picture + "</content>",
                erp), "Client")).contains("NOPE-" + t);
        assertThat(assertFault(call("setProductImage", "<sku>" + sku + "</sku><content>" + picture + "</content>",
                retailerSystem), "Client")).contains("Only the ERP and channel managers");
        assertThat(assertFault(call("removeProductImage", "<sku>" + sku + "</sku>", retailerSystem), "Client"))
                .contains("Only the ERP and channel managers");

        var removed = assertSuccess(call("removeProductImage", "<sku>" + sku + "</sku>", erp), NS,
                "removeProductImageResponse");
        assertThat(text(removed, "removeProductImageResponse", "removed")).isEqualTo("true");
        var twice = assertSuccess(call("removeProductImage", "<sku>" + sku + "</sku>", erp), NS,
                "removeProductImageResponse");
        assertThat(text(twice, "removeProductImageResponse", "removed")).isEqualTo("false");
    }

    private static String contract(String partner, String sku, String price) {
        return "<contractPrice><partnerId>" + partner + "</partnerId><sku>" + sku + "</sku><currency>USD</currency>"
                + "<unitPrice>" + price + "</unitPrice><validFrom>2026-01-01</validFrom></contractPrice>";
    }

    private static Http.Reply call(String operation, String content, String token) {
        return SoapXml.call(PATH, SoapXml.envelope(NS, operation, content), token);
    }

    private static String text(Document doc, String parent, String field) {
        var values = texts(doc, parent, field);
        assertThat(values).as(parent + "/" + field).isNotEmpty();
        return values.get(0);
    }
}
