package org.channelport.orders.infrastructure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.Map;
import org.apache.poi.ss.usermodel.Sheet;
import org.channelport.leads.infrastructure.LeadFileReaderTest;
import org.channelport.orders.application.ContractPriceDefinition;
import org.channelport.orders.application.ListPriceDefinition;
import org.channelport.orders.domain.ProductDefinition;
import org.channelport.partners.domain.PartnerTier;
import org.channelport.partners.domain.PartnerType;
import org.channelport.platform.imports.TableFileReader.FileRejected;
import org.junit.jupiter.api.Test;

/** Rules O6, O8 for files: each row becomes the definition the services take, or is reported with its line. */
class CatalogFileReaderTest {

    static final class Recorder<T> implements CatalogFileReader.Sink<T> {
        final Map<Integer, T> rows = new LinkedHashMap<>();
        final Map<Integer, String> rejected = new LinkedHashMap<>();
        java.util.Set<org.channelport.orders.application.CatalogService.Kept> kept;

        @Override
        public void kept(java.util.Set<org.channelport.orders.application.CatalogService.Kept> kept) {
            this.kept = kept;
        }

        @Override
        public void row(int line, T item) {
            rows.put(line, item);
        }

        @Override
        public void rejected(int line, String reason) {
            rejected.put(line, reason);
        }
    }

    private static ByteArrayInputStream csv(String text) {
        return new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void productRowsBecomeDefinitionsAndCellsThatCannotBeReadAreReportedAtTheirLine() {
        var read = new Recorder<ProductDefinition>();
        CatalogFileReader.readProducts(csv("""
                SKU,name_en,Name ZH-TW,product_line,unit,order_multiple,minimum_quantity,partner_types,lowest_tier,gtin
                p-1,"Switch, 24 ports",交換器,networking,ea,6,12,agent; Retailer,gold,4006381333931
                P-2,Two,,STORAGE,CS,2.5,x,PARTNER,diamond,
                P-3,Three,,STORAGE,PK,,,,,
                P-4,Four,,STORAGE,PK,5,,,,
                """), "products.csv", read);
        assertThat(read.rows).containsOnlyKeys(2, 4, 5);
        assertThat(read.rows.get(5).minimumQuantity()).as("no minimum: the multiple").isEqualTo(5);
        var first = read.rows.get(2);
        assertThat(first.sku()).isEqualTo("p-1");   // the service normalizes the SKU, as for the ERP's calls
        assertThat(first.names()).containsEntry("en", "Switch, 24 ports").containsEntry("zh-TW", "交換器")
                .doesNotContainKey("zh-CN");
        assertThat(first.productLine()).isEqualTo("NETWORKING");
        assertThat(first.unit()).isEqualTo("EA");
        assertThat(first.orderMultiple()).isEqualTo(6);
        assertThat(first.minimumQuantity()).isEqualTo(12);
        assertThat(first.partnerTypes()).isEqualTo(EnumSet.of(PartnerType.AGENT, PartnerType.RETAILER));
        assertThat(first.lowestTier()).isEqualTo(PartnerTier.GOLD);
        assertThat(first.gtin()).isEqualTo("4006381333931");
        assertThat(read.rows.get(4).orderMultiple()).as("no multiple: 1").isEqualTo(1);
        assertThat(read.rows.get(4).minimumQuantity()).as("no minimum: the multiple").isEqualTo(1);
        assertThat(read.rows.get(4).partnerTypes()).as("no types: every type").isEmpty();
        assertThat(read.kept).as("the columns the file does not have, and the ERP's lists").containsExactlyInAnyOrder(
                org.channelport.orders.application.CatalogService.Kept.NAME_ZH_CN,
                org.channelport.orders.application.CatalogService.Kept.DESCRIPTION_EN,
                org.channelport.orders.application.CatalogService.Kept.DESCRIPTION_ZH_TW,
                org.channelport.orders.application.CatalogService.Kept.DESCRIPTION_ZH_CN,
                org.channelport.orders.application.CatalogService.Kept.STATUS,
                org.channelport.orders.application.CatalogService.Kept.SUCCESSOR,
                org.channelport.orders.application.CatalogService.Kept.LISTS);
        assertThat(read.rejected).containsOnlyKeys(3);
        assertThat(read.rejected.get(3)).contains("order multiple '2.5' is not a whole number",
                "minimum quantity 'x' is not a whole number", "unknown partner type 'PARTNER'",
                "unknown lowest tier 'diamond'");
    }

    @Test
    void priceCellsOfAWorkbookAreReadAsNumbersAndDaysWhateverTheirFormat() {
        var workbook = LeadFileReaderTest.xlsx(sheet -> {
            LeadFileReaderTest.row(sheet, 0, "partner", "sku", "currency", "min_quantity", "unit_price", "valid_from",
                    "valid_to");
            LeadFileReaderTest.row(sheet, 1, "Northwind Traders", "P-1", "EUR", 10d, 1234.5d, null, "2027-12-31");
            formatted(sheet, 1, 4, "€ #,##0.00");
            day(sheet, 1, 5, LocalDate.of(2027, 1, 31), "d/m/yy");
            LeadFileReaderTest.row(sheet, 2, "Northwind Traders", "P-2", "EUR", 1.5d, "12,50", "soon", null);
            LeadFileReaderTest.row(sheet, 3, null, "P-3", "EUR", 1d, 5d, "2027-01-01", null);
        });
        var read = new Recorder<ContractPriceDefinition>();
        CatalogFileReader.readContractPrices(new ByteArrayInputStream(workbook), "contracts.xlsx", read);
        assertThat(read.rows).containsOnlyKeys(2);
        var price = read.rows.get(2);
        assertThat(price.partnerId()).as("a name, resolved by the import").isEqualTo("Northwind Traders");
        assertThat(price.unitPrice()).isEqualByComparingTo("1234.5");
        assertThat(price.minQuantity()).isEqualTo(10);
        assertThat(price.validFrom()).as("a date cell, whatever its format").isEqualTo("2027-01-31");
        assertThat(price.validTo()).isEqualTo("2027-12-31");
        assertThat(read.rejected).containsOnlyKeys(3, 4);
        assertThat(read.rejected.get(3)).contains("from quantity '1.5' is not a whole number");
        assertThat(read.rejected.get(4)).isEqualTo("partner is missing");

        var lists = new Recorder<ListPriceDefinition>();
        CatalogFileReader.readListPrices(csv("price_list;sku;unit_price\nGOLD-EUR;P-1;1.234,50\nGOLD-EUR;P-2;\n"),
                "prices.csv", lists);
        assertThat(lists.rows.get(2)).isEqualTo(new ListPriceDefinition("GOLD-EUR", "P-1", null, new BigDecimal("1234.50")));
        assertThat(lists.rejected).containsEntry(3, "unit price is missing");
    }

    @Test
    void aWorkbookCountingDaysFrom1904GivesTheSameDays() {
        var workbook = LeadFileReaderTest.xlsx(sheet -> {
            var wb = (org.apache.poi.xssf.usermodel.XSSFWorkbook) sheet.getWorkbook();
            var properties = wb.getCTWorkbook().isSetWorkbookPr() ? wb.getCTWorkbook().getWorkbookPr()
                    : wb.getCTWorkbook().addNewWorkbookPr();
            properties.setDate1904(true);
            LeadFileReaderTest.row(sheet, 0, "partner", "sku", "currency", "unit_price", "valid_from");
            LeadFileReaderTest.row(sheet, 1, "Northwind Traders", "P-1", "EUR", 5d);
            day(sheet, 1, 4, LocalDate.of(2027, 1, 31), "yyyy-mm-dd");
        });
        var read = new Recorder<ContractPriceDefinition>();
        CatalogFileReader.readContractPrices(new ByteArrayInputStream(workbook), "mac.xlsx", read);
        assertThat(read.rows.get(2).validFrom()).isEqualTo("2027-01-31");
    }

    @Test
    void aFileWithoutTheRequiredColumnsIsRefusedWholeWithTheCatalogsOwnMessages() {
        var refused = catchThrowableOfType(FileRejected.class, () -> CatalogFileReader.readListPrices(
                csv("sku,price\nP-1,12\n"), "prices.csv", new Recorder<>()));
        assertThat(refused.messageKey()).isEqualTo("catalogImport.file.columns");
        assertThat(refused.arguments()).containsExactly("price_list, unit_price", "price",
                "price_list, sku, min_quantity, unit_price");
        assertThat(catchThrowableOfType(FileRejected.class, () -> CatalogFileReader.readProducts(csv(""),
                "products.csv", new Recorder<>())).messageKey()).isEqualTo("catalogImport.file.empty");
        assertThat(catchThrowableOfType(FileRejected.class, () -> CatalogFileReader.readProducts(csv("sku"),
                "products.txt", new Recorder<>())).messageKey()).isEqualTo("catalogImport.file.type");
    }

    private static void formatted(Sheet sheet, int row, int column, String format) {
        var style = sheet.getWorkbook().createCellStyle();
        style.setDataFormat(sheet.getWorkbook().createDataFormat().getFormat(format));
        sheet.getRow(row).getCell(column).setCellStyle(style);
    }

    private static void day(Sheet sheet, int row, int column, LocalDate day, String format) {
        var cell = sheet.getRow(row).createCell(column);
        cell.setCellValue(day);
        formatted(sheet, row, column, format);
    }
}
