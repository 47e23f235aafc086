package org.channelport.leads.infrastructure;

import static java.nio.charset.StandardCharsets.ISO_8859_1;
import static java.nio.charset.StandardCharsets.UTF_16;
import static java.nio.charset.StandardCharsets.UTF_16LE;
import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Consumer;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.channelport.leads.application.NewLeadCommand;
import org.channelport.platform.imports.TableFileReader.FileRejected;
import org.channelport.shared.ProductLine;
import org.junit.jupiter.api.Test;

/** The lead file import: whole-file rules, row rules and rule L1 applied to each row, with the partner's line numbers. */
public class LeadFileReaderTest {

    static final String HEADER = "company,contact_name,contact_email,contact_phone,contact_title,country,region,"
            + "postal_code,product_line,estimated_value,currency,source,notes";

    /** What a sink received, by line. */
    static final class Recorder implements LeadFileReader.RowSink {
        final Map<Integer, NewLeadCommand> rows = new LinkedHashMap<>();
        final Map<Integer, String> rejected = new LinkedHashMap<>();

        @Override
        public void row(int line, NewLeadCommand lead) {
            rows.put(line, lead);
        }

        @Override
        public void rejected(int line, String reason) {
            rejected.put(line, reason);
        }
    }

    private static Recorder read(byte[] content, String fileName) {
        var recorder = new Recorder();
        LeadFileReader.read(new ByteArrayInputStream(content), fileName, recorder);
        return recorder;
    }

    private static Recorder csv(String content) {
        return read(content.getBytes(UTF_8), "leads.csv");
    }

    private static FileRejected refused(byte[] content, String fileName) {
        return catchThrowableOfType(FileRejected.class, () -> read(content, fileName));
    }

    private static FileRejected refusedCsv(String content) {
        return refused(content.getBytes(UTF_8), "leads.csv");
    }

    // ------------------------------------------------------------------------------------------------ good rows

    @Test
    void goodRowsAreNormalizedLeads() {
        var read = csv(HEADER + "\n"
                + "Brandt Logistik GmbH, Jonas Brandt ,J.Brandt@Brandt-Logistik.EXAMPLE,+49 40 3344 120,IT Manager,de,"
                + "Hamburg,20457,networking,\"1,234.50\",eur,Trade fair,\n"
                + "Alpine Data AG,,,,,CH,,,Services,,,,\n");

        assertThat(read.rejected).isEmpty();
        assertThat(read.rows).containsOnlyKeys(2, 3);
        assertThat(read.rows.get(2)).isEqualTo(new NewLeadCommand("Brandt Logistik GmbH", "Jonas Brandt",
                "j.brandt@brandt-logistik.example", "+49 40 3344 120", "IT Manager", "DE", "Hamburg", "20457",
                ProductLine.NETWORKING, new BigDecimal("1234.50"), "EUR", "Trade fair", null));
        assertThat(read.rows.get(3)).isEqualTo(new NewLeadCommand("Alpine Data AG", null, null, null, null, "CH",
                null, null, ProductLine.SERVICES, null, null, null, null));
    }

    @Test
    void columnsComeInAnyOrderAndNamesAreForgivingAboutCaseSpacesAndHyphens() {
        var read = csv(" Product Line ,COUNTRY,Company,contact-email,Postal  Code\r\n"
                + "STORAGE,AT,Wiener Stadtwerke Digital GmbH,anna.huber@wsd.example,1010\r\n");

        assertThat(read.rows.get(2)).isEqualTo(new NewLeadCommand("Wiener Stadtwerke Digital GmbH", null,
                "anna.huber@wsd.example", null, null, "AT", null, "1010", ProductLine.STORAGE, null, null, null,
                null));
    }

    @Test
    void amountsAcceptThousandsSeparatorsAndADecimalComma() {
        var read = csv("company,country,product_line,estimated_value,currency\n"
                + "A,DE,CLOUD,1234.50,EUR\n"
                + "B,DE,CLOUD,\"1,234,567.5\",EUR\n"
                + "C,DE,CLOUD,\"1234,5\",EUR\n"
                + "D,DE,CLOUD,\"1.234,56\",EUR\n"
                + "E,DE,CLOUD,\"1,234\",EUR\n");

        assertThat(read.rejected).isEmpty();
        assertThat(read.rows.values()).extracting(NewLeadCommand::estimatedValue).containsExactly(
                new BigDecimal("1234.50"), new BigDecimal("1234567.5"), new BigDecimal("1234.5"),
                new BigDecimal("1234.56"), new BigDecimal("1234"));
    }

    @Test
    void rowsWithFewerValuesThanColumnsAndBlankLinesAreFine() {
        var read = csv(HEADER + "\n\nBrandt Logistik GmbH,,,,,DE,,,CLOUD\n,,,,\n   \nAlpine Data AG,,,,,CH,,,CLOUD,,,,\n");

        assertThat(read.rejected).isEmpty();
        assertThat(read.rows).containsOnlyKeys(3, 6);
    }

    // ------------------------------------------------------------------------------------------ rejected rows

    @Test
    void eachRejectedRowNamesAllItsProblemsOnItsLine() {
        var read = csv(HEADER + "\n"
                + ",Sam Lee,sam@,,,US,,,SERVICES,,,,\n"
                + "Kingsbridge Retail plc,,,,,UK,,,NETWORKING,,,,\n"
                + "Osaka Robotics KK,,,,,JP,,,ROBOTS,,,,\n"
                + "Sierra Norte SL,,,,,ES,,,SECURITY,lots,EUR,,\n"
                + "Van Dijk Bouw BV,,,,,NL,,,CLOUD,-5,EUR,,\n"
                + "Maple Leaf Credit Union,,,,,CA,,,STORAGE,64000,,,\n"
                + "Cape Point Mining,,,,,ZA,,,SERVICES,1.234,EUR,,\n"
                + "Costa Verde Ltda,,,call me,,BR,,,CLOUD,,EURO,,\n"
                + "Dublin Fintech Hub,,,,,IE,,,SECURITY,,,,\"" + "x".repeat(4001) + "\"\n"
                + "Great Lakes Health,,,,,US,,,SECURITY,,,,,surplus\n"
                + "Baltic Food Group,,,,,LT,,,,,,,\n");

        assertThat(read.rows).isEmpty();
        assertThat(read.rejected).containsExactly(
                Map.entry(2, "company is missing; contact e-mail 'sam@' is not valid"),
                Map.entry(3, "country 'UK' is not an ISO 3166 country code such as DE, US or TW"),
                Map.entry(4, "unknown product line 'ROBOTS' (expected one of NETWORKING, STORAGE, SECURITY, CLOUD, "
                        + "SERVICES)"),
                Map.entry(5, "estimated value 'lots' is not a number like 1234.50"),
                Map.entry(6, "estimated value must not be negative"),
                Map.entry(7, "currency is missing (it is required with an estimated value)"),
                Map.entry(8, "estimated value may have at most 2 decimals"),
                Map.entry(9, "contact phone 'call me' may contain only digits, spaces and + - ( ) / .; "
                        + "currency 'EURO' is not an ISO 4217 currency code such as EUR or USD"),
                Map.entry(10, "notes is longer than 4,000 characters"),
                Map.entry(11, "value 'surplus' in column 14 has no column name in the header row"),
                Map.entry(12, "product line is missing"));
    }

    @Test
    void aFieldOver4000CharactersIsRejectedWhateverTheColumn() {
        var read = csv("company,country,product_line\n\"" + "c".repeat(4001) + "\",DE,CLOUD\n");

        assertThat(read.rejected).containsExactly(Map.entry(2, "company is longer than 4,000 characters"));
    }

    @Test
    void linesAreThoseOfTheFileEvenAfterQuotedValuesSpanningLines() {
        var read = csv(HEADER + "\r\n"
                + "Azur Hôtellerie SA,,,,,FR,,,CLOUD,,,,\"Call after 15 May.\r\nPrefers French.\r\n\r\nBudget: TBD\"\r\n"
                + ",,,,,FR,,,CLOUD,,,,\r\n"
                + "\"Pacific\nFreight\",,,,,XX,,,CLOUD,,,,\r\n"
                + "Alpine Data AG,,,,,CH,,,CLOUD,,,,\r\n");

        assertThat(read.rows).containsOnlyKeys(2, 9);
        assertThat(read.rows.get(2).notes()).isEqualTo("Call after 15 May.\r\nPrefers French.\r\n\r\nBudget: TBD");
        assertThat(read.rejected).containsOnlyKeys(6, 7);
    }

    @Test
    void valuesThatLookLikeFormulasAreKeptAsText() {
        var read = csv("company,country,product_line,contact_phone,notes,source\n"
                + "\"=HYPERLINK(\"\"http://evil.example\"\",\"\"ACME\"\")\",DE,CLOUD,+49 30 123456,@SUM(1+1),-campaign\n");

        assertThat(read.rejected).isEmpty();
        var lead = read.rows.get(2);
        assertThat(lead.company()).isEqualTo("=HYPERLINK(\"http://evil.example\",\"ACME\")");
        assertThat(lead.contactPhone()).isEqualTo("+49 30 123456");
        assertThat(lead.notes()).isEqualTo("@SUM(1+1)");
        assertThat(lead.source()).isEqualTo("-campaign");
    }

    @Test
    void anExcelErrorValueIsNotALead() {
        var read = csv("company,country,product_line\n#N/A,DE,CLOUD\n");

        assertThat(read.rejected).containsExactly(Map.entry(2, "company holds the Excel error #N/A"));
    }

    // --------------------------------------------------------------------------------- CSV dialect and encoding

    @Test
    void semicolonFilesFromEuropeanExcelAreRead() {
        var read = csv("company;country;product_line;estimated_value;currency;notes\r\n"
                + "Müller & Söhne KG;DE;STORAGE;125.000,50;EUR;\"Rückruf; bitte, morgen\"\r\n");

        assertThat(read.rejected).isEmpty();
        assertThat(read.rows.get(2).estimatedValue()).isEqualTo(new BigDecimal("125000.50"));
        assertThat(read.rows.get(2).notes()).isEqualTo("Rückruf; bitte, morgen");
    }

    @Test
    void aHeaderWithCommasStaysCommaSeparatedEvenWithSemicolonsInValues() {
        var read = csv("company,country,product_line\n\"A; B\",DE,CLOUD\n");

        assertThat(read.rows.get(2).company()).isEqualTo("A; B");
    }

    @Test
    void aUtf8ByteOrderMarkIsSkipped() {
        var content = ("\uFEFFcompany,country,product_line\n台灣精密股份有限公司,TW,STORAGE\n").getBytes(UTF_8);

        var read = read(content, "leads.csv");

        assertThat(read.rows.get(2).company()).isEqualTo("台灣精密股份有限公司");
    }

    @Test
    void latin1BytesRejectTheFileNamingTheLine() {
        var content = ("company,country,product_line\nBrandt Logistik GmbH,DE,CLOUD\nMüller & Söhne KG,DE,STORAGE\n")
                .getBytes(ISO_8859_1);

        var refused = refused(content, "leads.csv");

        assertThat(refused.messageKey()).isEqualTo("leadImport.file.encoding");
        assertThat(refused.arguments()).containsExactly(3);
        assertThat(refused.getMessage()).contains("not UTF-8", "line 3", "CSV UTF-8");
    }

    @Test
    void latin1BytesAfterAQuotedMultiLineValueNameTheirLine() {
        var head = (HEADER + "\nA,,,,,DE,,,CLOUD,,,,\"one\ntwo\nthree\"\n").getBytes(UTF_8);
        var tail = "Citroën,,,,,FR,,,CLOUD,,,,\n".getBytes(ISO_8859_1);
        var content = new byte[head.length + tail.length];
        System.arraycopy(head, 0, content, 0, head.length);
        System.arraycopy(tail, 0, content, head.length, tail.length);

        assertThat(refused(content, "leads.csv").arguments()).containsExactly(5);
    }

    @Test
    void utf16IsRejectedWithOrWithoutByteOrderMark() {
        var text = "company,country,product_line\nBrandt Logistik GmbH,DE,CLOUD\n";
        for (var content : new byte[][]{text.getBytes(UTF_16), text.getBytes(UTF_16LE)}) {
            var refused = refused(content, "leads.csv");
            assertThat(refused.messageKey()).isEqualTo("leadImport.file.encoding");
            assertThat(refused.getMessage()).contains("UTF-16", "CSV UTF-8");
        }
    }

    @Test
    void anUnclosedQuoteRejectsTheFileFromItsLine() {
        var refused = refusedCsv("company,country,product_line\nA,DE,CLOUD\n\"B,DE,CLOUD\nC,DE,CLOUD\n");

        assertThat(refused.messageKey()).isEqualTo("leadImport.file.malformed");
        assertThat(refused.arguments()).containsExactly(3);
    }

    // ------------------------------------------------------------------------------------------------ the header

    @Test
    void missingRequiredColumnsAreNamedWithTheExpectedOnes() {
        var refused = refusedCsv("company,contact_name\nA,B\n");

        assertThat(refused.messageKey()).isEqualTo("leadImport.file.columns");
        assertThat(refused.arguments()).containsExactly("country, product_line", "-", String.join(", ",
                LeadFileReader.COLUMNS));
        assertThat(refused.getMessage()).startsWith("The header row does not have the expected columns: missing"
                + " country, product_line. Expected columns: company, contact_name, contact_email,");
    }

    @Test
    void unknownColumnsAreNamed() {
        var refused = refusedCsv("company,country,product_line,Firma,e-mail address\nA,DE,CLOUD,x,y\n");

        assertThat(refused.arguments()).containsExactly("-", "Firma, e-mail address",
                String.join(", ", LeadFileReader.COLUMNS));
        assertThat(refused.getMessage()).contains("unknown 'Firma', 'e-mail address'", "Expected columns: company,");
    }

    @Test
    void aHeaderOfTheWrongDelimiterIsOneUnknownColumn() {
        var refused = refusedCsv("company\tcountry\tproduct_line\nA\tDE\tCLOUD\n");

        assertThat(refused.getMessage()).contains("missing company, country, product_line", "unknown 'company\tcountry");
    }

    @Test
    void aRepeatedColumnIsRefused() {
        var refused = refusedCsv("company,country,product_line,Company\nA,DE,CLOUD,B\n");

        assertThat(refused.messageKey()).isEqualTo("leadImport.file.repeatedColumns");
        assertThat(refused.arguments()).containsExactly("company");
    }

    @Test
    void anEmptyFileAndAHeaderWithoutRowsAreRefused() {
        for (var content : new String[]{"", "\uFEFF", "\n\n", HEADER, HEADER + "\r\n", HEADER + "\n,,,\n\n"}) {
            assertThat(refusedCsv(content).messageKey()).as(content).isEqualTo("leadImport.file.empty");
        }
        assertThat(refused(new byte[0], "leads.xlsx").messageKey()).isEqualTo("leadImport.file.empty");
    }

    // ------------------------------------------------------------------------------------------- file type

    @Test
    void anUnknownExtensionIsRefused() {
        for (var name : new String[]{"leads.txt", "leads.xls", "leads", "leads.csv.exe", null}) {
            var refused = refused(HEADER.getBytes(UTF_8), name);
            assertThat(refused.messageKey()).as(name).isEqualTo("leadImport.file.type");
        }
    }

    @Test
    void theExtensionIsCaseInsensitiveAndAPathIsDropped() {
        var read = read("company,country,product_line\nA,DE,CLOUD\n".getBytes(UTF_8), "C:\\Users\\anna\\LEADS.CSV");

        assertThat(read.rows).containsOnlyKeys(2);
    }

    @Test
    void aCsvRenamedToXlsxIsRefused() {
        var refused = refused((HEADER + "\nA,,,,,DE,,,CLOUD\n").getBytes(UTF_8), "leads.xlsx");

        assertThat(refused.messageKey()).isEqualTo("leadImport.file.notXlsx");
        assertThat(refused.getMessage()).contains("'leads.xlsx' is not an Excel workbook", "Rename it to .csv");
    }

    @Test
    void anXlsxRenamedToCsvIsRefused() {
        var workbook = xlsx(sheet -> row(sheet, 0, "company", "country", "product_line"));

        var refused = refused(workbook, "leads.csv");

        assertThat(refused.messageKey()).isEqualTo("leadImport.file.notCsv");
        assertThat(refused.getMessage()).contains("'leads.csv' is not a CSV file", "Rename it to .xlsx");
    }

    @Test
    void anOldXlsWorkbookIsRefusedWhateverItsName() {
        var ole2 = new byte[]{(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1, 0x1A, (byte) 0xE1};

        assertThat(refused(ole2, "leads.xlsx").messageKey()).isEqualTo("leadImport.file.legacyExcel");
        assertThat(refused(ole2, "leads.csv").messageKey()).isEqualTo("leadImport.file.legacyExcel");
    }

    @Test
    void aBrokenZipIsUnreadable() {
        var refused = refused(new byte[]{'P', 'K', 3, 4, 1, 2, 3, 4, 5, 6, 7, 8}, "leads.xlsx");

        assertThat(refused.messageKey()).isEqualTo("leadImport.file.unreadable");
    }

    // ---------------------------------------------------------------------------------------------------- XLSX

    @Test
    void xlsxRowsKeepExcelsRowNumbersAndNumbersComeOutPlain() {
        var workbook = xlsx(sheet -> {
            var wb = sheet.getWorkbook();
            var zip = wb.createCellStyle();
            zip.setDataFormat(wb.createDataFormat().getFormat("00000"));
            var euro = wb.createCellStyle();
            euro.setDataFormat(wb.createDataFormat().getFormat("#,##0.00 \"€\""));
            row(sheet, 0, "Company", "Country", "Postal Code", "Product Line", "Estimated Value", "Currency",
                    "Contact Phone");
            row(sheet, 1, "Brandt Logistik GmbH", "DE", 20457, "NETWORKING", 1234.5, "EUR", 4940334412.0);
            // row 3 (index 2) left out: Excel shows an empty row, and the numbering goes on
            row(sheet, 3, "Alpine Data AG", "CH", 8001, "services", 2500000, "CHF", null);
            row(sheet, 4, "Big Deal Inc", "US", 501, "CLOUD", 1234567890123.0, "USD", 14155550134.0);
            sheet.getRow(4).getCell(2).setCellStyle(zip);
            row(sheet, 5, "Kowalski Systemy", "PL", "00-001", "STORAGE", 41000.1, "PLN", null);
            sheet.getRow(5).getCell(4).setCellStyle(euro);
            row(sheet, 6, "Osaka Robotics KK", "JP", 5300001, "NETWORKING", 0.1 + 0.2, "JPY", null);
            row(sheet, 7, "Nowhere Ltd", "XX", null, "NETWORKING", null, null, null);
        });

        var read = read(workbook, "leads.xlsx");

        assertThat(read.rows).containsOnlyKeys(2, 4, 5, 6, 7);
        assertThat(read.rows.get(2)).isEqualTo(new NewLeadCommand("Brandt Logistik GmbH", null, null,
                "4940334412", null, "DE", null, "20457", ProductLine.NETWORKING, new BigDecimal("1234.5"), "EUR",
                null, null));
        assertThat(read.rows.get(4).estimatedValue()).isEqualTo(new BigDecimal("2500000"));
        assertThat(read.rows.get(4).productLine()).isEqualTo(ProductLine.SERVICES);
        assertThat(read.rows.get(5).estimatedValue()).isEqualTo(new BigDecimal("1234567890123"));
        assertThat(read.rows.get(5).postalCode()).as("formatted 00000").isEqualTo("00501");
        assertThat(read.rows.get(5).contactPhone()).as("not 1.41556E+10").isEqualTo("14155550134");
        assertThat(read.rows.get(6).estimatedValue()).as("raw, not '41,000.10 €'").isEqualTo(new BigDecimal("41000.1"));
        assertThat(read.rows.get(7).estimatedValue()).as("0.30000000000000004 in the XML").isEqualTo(
                new BigDecimal("0.3"));
        assertThat(read.rejected).containsExactly(
                Map.entry(8, "country 'XX' is not an ISO 3166 country code such as DE, US or TW"));
    }

    @Test
    void xlsxFormulasGiveTheirCachedResultAndAreNeverEvaluated() {
        var workbook = xlsx(sheet -> {
            row(sheet, 0, "company", "country", "product_line", "estimated_value", "currency", "notes");
            row(sheet, 1, "=1+2", "DE", null, null, "EUR", "+49 30 123456");
            var evaluator = sheet.getWorkbook().getCreationHelper().createFormulaEvaluator();
            var productLine = sheet.getRow(1).createCell(2);
            productLine.setCellFormula("\"STOR\"&\"AGE\"");
            evaluator.evaluateFormulaCell(productLine);
            var value = sheet.getRow(1).createCell(3);
            value.setCellFormula("1000*3");
            evaluator.evaluateFormulaCell(value);
            row(sheet, 2, "Never Calculated Ltd", "DE", "CLOUD", null, null, null);
            sheet.getRow(2).createCell(5).setCellFormula("1+1");
            row(sheet, 3, "Broken Lookup GmbH", "DE", "CLOUD", null, "EUR", null);
            var error = sheet.getRow(3).createCell(3);
            error.setCellFormula("1/0");
            evaluator.evaluateFormulaCell(error);
        });

        var read = read(workbook, "leads.xlsx");

        assertThat(read.rows.get(2)).isEqualTo(new NewLeadCommand("=1+2", null, null, null, null, "DE", null, null,
                ProductLine.STORAGE, new BigDecimal("3000"), "EUR", null, "+49 30 123456"));
        assertThat(read.rows.get(3).notes()).as("no cached value: nothing, not the formula").isNull();
        assertThat(read.rejected).containsExactly(Map.entry(4, "estimated value holds the Excel error #DIV/0!"));
    }

    @Test
    void xlsxHeaderProblemsAreTheSameAsInCsv() {
        var workbook = xlsx(sheet -> {
            row(sheet, 0, "company", "land", "product_line");
            row(sheet, 1, "A", "DE", "CLOUD");
        });

        var refused = refused(workbook, "leads.xlsx");

        assertThat(refused.messageKey()).isEqualTo("leadImport.file.columns");
        assertThat(refused.arguments()).startsWith("country", "land");
    }

    @Test
    void anXlsxWithOnlyAHeaderIsEmpty() {
        var workbook = xlsx(sheet -> row(sheet, 2, "company", "country", "product_line"));

        assertThat(refused(workbook, "leads.xlsx").messageKey()).isEqualTo("leadImport.file.empty");
    }

    // --------------------------------------------------------------------------------------------------- limits

    @Test
    void aHundredThousandRowsAreReadAndOneMoreRefusesTheFile() {
        var read = new LeadFileReader.RowSink() {
            int count;

            @Override
            public void row(int line, NewLeadCommand lead) {
                count++;
            }

            @Override
            public void rejected(int line, String reason) {
                throw new AssertionError(line + ": " + reason);
            }
        };
        LeadFileReader.read(generatedCsv(LeadFileReader.MAX_ROWS), "leads.csv", read);
        assertThat(read.count).isEqualTo(100_000);

        var refused = catchThrowableOfType(FileRejected.class,
                () -> LeadFileReader.read(generatedCsv(LeadFileReader.MAX_ROWS + 1), "leads.csv", new Recorder()));
        assertThat(refused.messageKey()).isEqualTo("leadImport.file.tooManyRows");
        assertThat(refused.arguments()).containsExactly(100_000);
    }

    @Test
    void anXlsxWithMoreThanAHundredThousandRowsIsRefused() throws IOException {
        byte[] workbook;
        try (var wb = new SXSSFWorkbook(100); var out = new ByteArrayOutputStream()) {
            var sheet = wb.createSheet("Leads");
            row(sheet, 0, "company", "country", "product_line");
            for (int i = 1; i <= LeadFileReader.MAX_ROWS + 1; i++) {
                row(sheet, i, "Company " + i, "DE", "CLOUD");
            }
            wb.write(out);
            workbook = out.toByteArray();
        }

        assertThat(refused(workbook, "leads.xlsx").messageKey()).isEqualTo("leadImport.file.tooManyRows");
    }

    @Test
    void aFailingUploadIsAnIoProblemNotARejectedFile() {
        var broken = new InputStream() {
            @Override
            public int read() throws IOException {
                throw new IOException("connection reset");
            }
        };

        var thrown = catchThrowableOfType(UncheckedIOException.class,
                () -> LeadFileReader.read(broken, "leads.csv", new Recorder()));

        assertThat(thrown).hasRootCauseMessage("connection reset");
    }

    // ---------------------------------------------------------------------------------------------- sample file

    @Test
    void theSampleFileHas17LeadsAnd3RejectedRows() throws IOException {
        var read = new Recorder();
        try (var in = getClass().getResourceAsStream("/leads/sample-leads.csv")) {
            LeadFileReader.read(in, "sample-leads.csv", read);
        }

        assertThat(read.rows).hasSize(17);
        assertThat(read.rejected).containsExactly(
                Map.entry(9, "company is missing"),
                Map.entry(11, "contact e-mail 'ana.souza@costaverde' is not valid"),
                Map.entry(14, "country 'UK' is not an ISO 3166 country code such as DE, US or TW"));
        assertThat(read.rows.get(4).estimatedValue()).isEqualTo(new BigDecimal("1250000.00"));
        assertThat(read.rows.get(5).notes()).isEqualTo("Call after 15 May.\nPrefers a French-speaking engineer.");
        assertThat(read.rows.get(8).company()).isEqualTo("台灣精密股份有限公司");
        assertThat(read.rows.get(18).estimatedValue()).isNull();
        assertThat(read.rows).containsKey(22);
    }

    // ------------------------------------------------------------------------------------------------- helpers

    public static byte[] xlsx(Consumer<Sheet> fill) {
        try (Workbook wb = new XSSFWorkbook(); var out = new ByteArrayOutputStream()) {
            fill.accept(wb.createSheet("Leads"));
            wb.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Strings as text cells, numbers as numeric cells, null as no cell at all. */
    public static void row(Sheet sheet, int index, Object... values) {
        var row = sheet.createRow(index);
        for (int i = 0; i < values.length; i++) {
            if (values[i] instanceof String text) row.createCell(i).setCellValue(text);
            else if (values[i] instanceof Number number) row.createCell(i).setCellValue(number.doubleValue());
        }
    }

    /** A CSV of valid leads made as it is read, so that the test holds one row in memory, not the file. */
    static InputStream generatedCsv(int rows) {
        return new InputStream() {
            private byte[] current = (HEADER + "\n").getBytes(UTF_8);
            private int position;
            private int next = 1;

            @Override
            public int read() {
                if (!fill()) return -1;
                return current[position++] & 0xFF;
            }

            @Override
            public int read(byte[] target, int offset, int length) {
                if (length == 0) return 0;
                if (!fill()) return -1;
                int n = Math.min(length, current.length - position);
                System.arraycopy(current, position, target, offset, n);
                position += n;
                return n;
            }

            private boolean fill() {
                if (position < current.length) return true;
                if (next > rows) return false;
                current = lead(next++).getBytes(UTF_8);
                position = 0;
                return true;
            }
        };
    }

    static String lead(int i) {
        return "Company " + i + ",Contact " + i + ",contact" + i + "@company" + i + ".example,+49 30 " + (100000 + i)
                + ",Buyer,DE,Berlin," + (10000 + i % 90000) + ",NETWORKING," + (i % 1000) + "00.50,EUR,Import test,"
                + "Row " + i + "\n";
    }
}
