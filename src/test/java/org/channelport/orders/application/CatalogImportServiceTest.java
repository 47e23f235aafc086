package org.channelport.orders.application;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.channelport.shared.FieldProblem;
import org.junit.jupiter.api.Test;

/** A refused row of a catalog file is reported at the file's own columns, as the person wrote the file. */
class CatalogImportServiceTest {

    @Test
    void aServicesFieldIsNamedAsTheFilesColumn() {
        assertThat(CatalogImportService.column("items[12].names.zh-TW")).isEqualTo("name_zh_tw");
        assertThat(CatalogImportService.column("items[0].descriptions.en")).isEqualTo("description_en");
        assertThat(CatalogImportService.column("items[3].partnerId")).isEqualTo("partner");
        assertThat(CatalogImportService.column("items[3].minQuantity")).isEqualTo("min_quantity");
        assertThat(CatalogImportService.column("items[3].successorSku")).isEqualTo("successor_sku");
        assertThat(CatalogImportService.column("items[3].sku")).isEqualTo("sku");
        assertThat(CatalogImportService.column("items[3]")).isEqualTo("row");
        assertThat(CatalogImportService.reason(List.of(new FieldProblem("items[1].gtin", "product.gtin.taken",
                "the GTIN is P-9's"), new FieldProblem("items[1].unitPrice", "price.unitPrice.invalid",
                "a price from 0, at most four decimals")))).isEqualTo("gtin: the GTIN is P-9's; "
                + "unit_price: a price from 0, at most four decimals");
    }

    /** A file goes in chunks: a key repeated far apart is caught before, the first row kept, the later reported. */
    @Test
    void aRepeatedProductOrPriceIsImportedOnceAndTheRepeatNamed() {
        var job = new CatalogImport(java.util.UUID.randomUUID(), CatalogImport.Kind.LIST_PRICES, "p.csv", "manager",
                java.time.Instant.now());
        var rows = List.of(
                new CatalogImportService.Row(2, new ListPriceDefinition("GOLD", "p-1", null, java.math.BigDecimal.ONE)),
                new CatalogImportService.Row(3, new ListPriceDefinition("GOLD", "P-1", 10, java.math.BigDecimal.ONE)),
                new CatalogImportService.Row(900, new ListPriceDefinition(" GOLD", "P-1 ", 1, java.math.BigDecimal.TEN)));
        var kept = CatalogImportService.once(job, rows);
        assertThat(kept).extracting(CatalogImportService.Row::line).containsExactly(2, 3);
        assertThat(job.getIssues()).singleElement().satisfies(i -> {
            assertThat(i.line()).isEqualTo(900);
            assertThat(i.reason()).contains("line 2");
        });
    }
}
