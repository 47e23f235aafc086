package org.channelport.leads.infrastructure;

import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.channelport.leads.application.LeadInput;
import org.channelport.leads.application.NewLeadCommand;
import org.channelport.platform.imports.TableFileReader;
import org.channelport.shared.ProductLine;

/**
 * Reads an uploaded lead file and streams its rows, each checked by rule L1 ({@link LeadInput}), to a {@link RowSink}.
 *
 * <p>Whole-file rules are {@link TableFileReader}'s (rule L2: such a file is refused whole, message keys
 * {@code leadImport.file.*}); the header holds the column names of {@link #COLUMNS} in any order, company, country
 * and product_line required; at most {@value #MAX_ROWS} leads.
 *
 * <p>Row rules (the row is passed to {@link RowSink#rejected} with all its problems in English, joined by "; "): the
 * table's cell rules (no value over {@value TableFileReader#MAX_FIELD_LENGTH} characters, no value in a column
 * without a name, no Excel error value), a product line named like the enum (any case), an estimated value written
 * {@code 1234.50}, {@code 1,234.50}, {@code 1234,50} or {@code 1.234,50}, and everything rule L1 demands.
 *
 * <p>Rows are streamed: see {@link TableFileReader} (keep what the sink received until {@code read} returns).
 */
public final class LeadFileReader {

    /** Receives the rows of a file in order. Exceptions thrown here end the reading and reach the caller unchanged. */
    public interface RowSink {
        /** A row that passed every rule; the lead is normalized. */
        void row(int line, NewLeadCommand lead);

        /** A row that did not; the reason lists all its problems in English. */
        void rejected(int line, String reason);
    }

    /** The column names a header row may use, in the order of the template. */
    public static final List<String> COLUMNS =
            Arrays.stream(Column.values()).map(Column::header).toList();
    public static final int MAX_ROWS = 100_000;
    public static final int MAX_FIELD_LENGTH = TableFileReader.MAX_FIELD_LENGTH;

    static final TableFileReader.Spec SPEC = new TableFileReader.Spec("leadImport.file", "leads",
            Arrays.stream(Column.values()).map(c -> new TableFileReader.Column(c.header(), c.label, c.required,
                    c == Column.ESTIMATED_VALUE ? TableFileReader.Cells.NUMBER : TableFileReader.Cells.TEXT)).toList(),
            MAX_ROWS);

    private LeadFileReader() {}

    /**
     * Reads the file and reports each data row to the sink; {@code in} is read to the end (or to the first
     * whole-file problem) and not closed.
     *
     * @param fileName the name the file was uploaded with; only its extension and, in messages, its name are used
     * @throws TableFileReader.FileRejected for a whole-file problem
     * @throws UncheckedIOException         when the upload itself cannot be read
     */
    public static void read(InputStream in, String fileName, RowSink sink) {
        TableFileReader.read(in, fileName, SPEC, (line, values, cellProblems) -> {
            var problems = new ArrayList<Problem>();
            cellProblems.forEach(p -> problems.add(new Problem(p.column() < 0 ? null : Column.values()[p.column()],
                    p.message())));
            check(line, values, problems, sink);
        });
    }

    private enum Column {
        COMPANY("company", "company", true),
        CONTACT_NAME("contactName", "contact name", false),
        CONTACT_EMAIL("contactEmail", "contact e-mail", false),
        CONTACT_PHONE("contactPhone", "contact phone", false),
        CONTACT_TITLE("contactTitle", "contact title", false),
        COUNTRY("country", "country", true),
        REGION("region", "region", false),
        POSTAL_CODE("postalCode", "postal code", false),
        PRODUCT_LINE("productLine", "product line", true),
        ESTIMATED_VALUE("estimatedValue", "estimated value", false),
        CURRENCY("currency", "currency", false),
        SOURCE("source", "source", false),
        NOTES("notes", "notes", false);

        private static final Map<String, Column> BY_HEADER = new HashMap<>();
        private static final Map<String, Column> BY_FIELD = new HashMap<>();
        static {
            for (Column c : values()) {
                BY_HEADER.put(c.header(), c);
                BY_FIELD.put(c.field, c);
            }
        }

        final String field;
        final String label;
        final boolean required;

        Column(String field, String label, boolean required) {
            this.field = field;
            this.label = label;
            this.required = required;
        }

        String header() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    private record Problem(Column column, String message) {}

    private static void check(int line, String[] values, List<Problem> problems, RowSink sink) {
        ProductLine productLine = null;
        String productLineText = values[Column.PRODUCT_LINE.ordinal()];
        if (productLineText != null) {
            productLine = productLine(productLineText);
            if (productLine == null) {
                problems.add(new Problem(Column.PRODUCT_LINE, "unknown product line "
                        + TableFileReader.quote(productLineText) + " (expected one of "
                        + Arrays.stream(ProductLine.values()).map(Enum::name).collect(Collectors.joining(", ")) + ")"));
            }
        }
        BigDecimal value = null;
        String valueText = values[Column.ESTIMATED_VALUE.ordinal()];
        if (valueText != null) {
            value = TableFileReader.decimal(valueText);
            if (value == null) {
                problems.add(new Problem(Column.ESTIMATED_VALUE,
                        "estimated value " + TableFileReader.quote(valueText) + " is not a number like 1234.50"));
            }
        }
        var lead = LeadInput.normalize(new NewLeadCommand(values[Column.COMPANY.ordinal()],
                values[Column.CONTACT_NAME.ordinal()], values[Column.CONTACT_EMAIL.ordinal()],
                values[Column.CONTACT_PHONE.ordinal()], values[Column.CONTACT_TITLE.ordinal()],
                values[Column.COUNTRY.ordinal()], values[Column.REGION.ordinal()],
                values[Column.POSTAL_CODE.ordinal()], productLine, value, values[Column.CURRENCY.ordinal()],
                values[Column.SOURCE.ordinal()], values[Column.NOTES.ordinal()]));
        // A column this reader already complained about would only get a second, misleading problem
        // ("product line is missing" after "unknown product line").
        Set<Column> reported = problems.stream().map(Problem::column).collect(Collectors.toSet());
        for (var problem : LeadInput.check(lead)) {
            Column column = Column.BY_FIELD.get(problem.field());
            if (!reported.contains(column)) problems.add(new Problem(column, problem.message()));
        }
        if (problems.isEmpty()) {
            sink.row(line, lead);
        } else {
            problems.sort(Comparator.comparingInt(p -> p.column() == null ? -1 : p.column().ordinal()));
            sink.rejected(line, problems.stream().map(Problem::message).collect(Collectors.joining("; ")));
        }
    }

    private static ProductLine productLine(String text) {
        for (ProductLine line : ProductLine.values()) {
            if (line.name().equalsIgnoreCase(text)) return line;
        }
        return null;
    }


}
