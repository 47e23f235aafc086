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
}
