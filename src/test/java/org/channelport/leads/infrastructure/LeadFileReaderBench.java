package org.channelport.leads.infrastructure;

import static java.nio.charset.StandardCharsets.UTF_8;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.Arrays;
import java.util.Locale;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.channelport.leads.application.NewLeadCommand;

/**
 * Throughput of {@link LeadFileReader} on the largest file it accepts (100,000 rows), CSV and XLSX; not a test, because
 * timings on shared build machines are noise. Run its {@code main} with the test class path.
 */
public final class LeadFileReaderBench {
    private static final int ROWS = LeadFileReader.MAX_ROWS;
    private static final int RUNS = 5;

    public static void main(String[] args) throws IOException {
        byte[] csv = csv();
        byte[] sharedStrings = xlsx(true);
        byte[] inlineStrings = xlsx(false);
        System.out.printf(Locale.ROOT, "%,d rows: CSV %,d bytes, XLSX %,d bytes (shared strings), %,d bytes (inline)%n",
                ROWS, csv.length, sharedStrings.length, inlineStrings.length);
        measure("CSV        ", csv, "bench.csv");
        measure("XLSX shared", sharedStrings, "bench.xlsx");
        measure("XLSX inline", inlineStrings, "bench.xlsx");
    }

    private static void measure(String label, byte[] content, String fileName) {
        var rowsPerSecond = new double[RUNS];
        for (int run = 0; run < RUNS; run++) {
            var sink = new Counter();
            long start = System.nanoTime();
            LeadFileReader.read(new ByteArrayInputStream(content), fileName, sink);
            long nanos = System.nanoTime() - start;
            if (sink.rows != ROWS) throw new IllegalStateException(label + ": " + sink.rows + " rows");
            rowsPerSecond[run] = ROWS / (nanos / 1e9);
            System.out.printf(Locale.ROOT, "%s run %d: %,6d ms, %,9.0f rows/s%n", label, run + 1, nanos / 1_000_000,
                    rowsPerSecond[run]);
        }
        Arrays.sort(rowsPerSecond);
        System.out.printf(Locale.ROOT, "%s best %,9.0f rows/s, median %,9.0f rows/s%n", label,
                rowsPerSecond[RUNS - 1], rowsPerSecond[RUNS / 2]);
    }

    private static byte[] csv() {
        var text = new StringBuilder(ROWS * 160).append(LeadFileReaderTest.HEADER).append('\n');
        for (int i = 1; i <= ROWS; i++) text.append(LeadFileReaderTest.lead(i));
        return text.toString().getBytes(UTF_8);
    }

    /**
     * The same leads, postal code and value as numeric cells; text in a shared-strings table as Excel writes it, or
     * inline as streaming writers (SXSSF's default, many CRM exports) do.
     */
    private static byte[] xlsx(boolean sharedStrings) throws IOException {
        try (var workbook = new SXSSFWorkbook(null, 200, false, sharedStrings);
             var out = new ByteArrayOutputStream()) {
            var sheet = workbook.createSheet("Leads");
            LeadFileReaderTest.row(sheet, 0, (Object[]) LeadFileReaderTest.HEADER.split(","));
            for (int i = 1; i <= ROWS; i++) {
                LeadFileReaderTest.row(sheet, i, "Company " + i, "Contact " + i, "contact" + i + "@company" + i
                        + ".example", "+49 30 " + (100000 + i), "Buyer", "DE", "Berlin", 10000 + i % 90000,
                        "NETWORKING", (i % 1000) * 100 + 0.5, "EUR", "Import test", "Row " + i);
            }
            workbook.write(out);
            return out.toByteArray();
        }
    }

    private static final class Counter implements LeadFileReader.RowSink {
        int rows;

        @Override
        public void row(int line, NewLeadCommand lead) {
            rows++;
        }

        @Override
        public void rejected(int line, String reason) {
            throw new IllegalStateException(line + ": " + reason);
        }
    }
}
