package org.channelport.platform.imports;

import java.io.BufferedInputStream;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.math.MathContext;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import javax.xml.parsers.ParserConfigurationException;
import org.apache.commons.csv.CSVException;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.apache.poi.UnsupportedFileFormatException;
import org.apache.poi.ooxml.POIXMLException;
import org.apache.poi.openxml4j.exceptions.OpenXML4JException;
import org.apache.poi.openxml4j.exceptions.OpenXML4JRuntimeException;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackageAccess;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.util.XMLHelper;
import org.apache.poi.xssf.eventusermodel.ReadOnlySharedStringsTable;
import org.apache.poi.xssf.eventusermodel.XSSFReader;
import org.apache.poi.xssf.eventusermodel.XSSFSheetXMLHandler;
import org.apache.poi.xssf.usermodel.XSSFComment;
import org.channelport.shared.DomainException;
import org.channelport.shared.TextInput;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.XMLReader;

/**
 * Reads an uploaded table (a CSV or XLSX file of leads, products, prices...) and streams its rows, cell by column, to
 * a {@link RowSink}; the caller's {@link Spec} names the columns and what one row is.
 *
 * <p>Whole-file rules (such a file is refused whole: a {@link FileRejected}, message keys
 * {@code <spec.keyPrefix>.*}):
 * <ul>
 *   <li>the extension decides the format: {@code .csv} or {@code .xlsx}, any case; the content must match it (an
 *       .xlsx is a ZIP; a .csv is not, and neither is an old .xls or password-protected workbook);</li>
 *   <li>CSV is UTF-8 (a byte-order mark is allowed), RFC 4180 quoting, comma-separated, or semicolon-separated when
 *       the header line has semicolons and no commas (what Excel writes in many European locales);</li>
 *   <li>XLSX: the first sheet; cached formula results are read, formulas are never evaluated;</li>
 *   <li>the first non-empty row is the header: the spec's column names in any order, compared without case after
 *       trimming and turning spaces and hyphens into underscores; required columns must be there, unknown and
 *       repeated names are refused, blank header cells are ignored;</li>
 *   <li>at least one and at most {@code spec.maxRows} data rows; fully empty rows are skipped.</li>
 * </ul>
 * Cell rules, reported to the sink with the row (the cell's value is then null): no value over
 * {@value #MAX_FIELD_LENGTH} characters, no Excel error value ({@code #N/A}...), no value in a column without a
 * name. The sink adds its own rules and decides.
 *
 * <p>Values that start with {@code = + - @} are kept as text: "+49 30 ..." is a phone number, and exports escape
 * such values against formula injection, not imports.
 *
 * <p>Line numbers are what the person sees: in a CSV the line in the file on which the record starts (the header
 * is line 1 when nothing precedes it), in an XLSX the row number Excel shows.
 *
 * <p>Rows are streamed: the sink may receive rows before a whole-file problem is found further down (bytes that are
 * not UTF-8 on line 5,000, one row too many). A caller must therefore keep what it received until {@code read}
 * returns, and discard it on {@link FileRejected}.
 */
public final class TableFileReader {

    /** How a number in an XLSX cell of a column is read. */
    public enum Cells {
        /** As the person sees it (a postal code formatted 00000 keeps its zero), plain where that would be 1E+11. */
        TEXT,
        /** The plain number whatever its display format (amounts: "€ 1.234,50" is 1234.5). */
        NUMBER,
        /** A date cell as an ISO day (2027-01-31) whatever its display format; text stays text. */
        DAY
    }

    /**
     * A column: its header ({@code product_line}), its label in English messages, whether the header must have it,
     * and how numbers in its XLSX cells are read.
     */
    public record Column(String header, String label, boolean required, Cells cells) {
        public Column(String header, String label, boolean required) {
            this(header, label, required, Cells.TEXT);
        }
    }

    /**
     * What a file holds: the prefix of its message keys ({@code leadImport.file}: {@code .type}, {@code .notCsv},
     * {@code .notXlsx}, {@code .legacyExcel}, {@code .unreadable} with {0} the file name; {@code .encoding},
     * {@code .malformed} with {0} the line; {@code .columns} with {0} missing, {1} unknown, {2} expected columns;
     * {@code .repeatedColumns} with {0} the names; {@code .empty}; {@code .tooManyRows} with {0} the maximum), the
     * English plural of one row ("leads"), its columns and the most rows a file may have.
     */
    public record Spec(String keyPrefix, String rowNoun, List<Column> columns, int maxRows) {
        public Spec {
            columns = List.copyOf(columns);
        }

        /** The column names a header row may use, in the order of the template. */
        public List<String> headers() {
            return columns.stream().map(Column::header).toList();
        }
    }

    /** A cell rule's problem: the column's index in the spec (-1: none) and the English message. */
    public record CellProblem(int column, String message) {}

    /** Receives the rows of a file in order. Exceptions thrown here end the reading and reach the caller unchanged. */
    public interface RowSink {
        /**
         * A data row: its values by the spec's columns (tidied: trimmed, blank is null; null where a cell rule
         * failed) and the cell rules' problems.
         */
        void row(int line, String[] values, List<CellProblem> problems);

        /** Once, after the header row: which of the spec's columns the file has (by index in the spec). */
        default void columns(java.util.BitSet present) {
            // most files need not know
        }
    }

    /** The whole file is refused; nothing of it may be imported. */
    public static final class FileRejected extends DomainException {
        private FileRejected(String messageKey, String defaultMessage, Object[] arguments) {
            super(Kind.INVALID, messageKey, null, defaultMessage, arguments);
        }
    }

    public static final int MAX_FIELD_LENGTH = 4_000;
    /** Excel's columns: A to XFD. */
    static final int MAX_COLUMNS = 16_384;

    static {
        // a workbook's parts are unpacked as read: no part may grow beyond 256 MB (a 32 MB upload that inflates to
        // gigabytes of shared strings would otherwise fill the heap); POI's own ratio check stays on
        org.apache.poi.openxml4j.util.ZipSecureFile.setMaxEntrySize(256L * 1024 * 1024);
    }

    private static final byte[] ZIP = {'P', 'K', 3, 4};
    private static final byte[] OLE2 = {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0};
    private static final byte[] UTF8_BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
    private static final byte[] UTF16_BE_BOM = {(byte) 0xFE, (byte) 0xFF};
    private static final byte[] UTF16_LE_BOM = {(byte) 0xFF, (byte) 0xFE};
    private static final int BUFFER = 1 << 16;
    private static final Pattern PLAIN_AMOUNT = Pattern.compile("-?\\d+(\\.\\d+)?");
    private static final Pattern GROUPED_AMOUNT = Pattern.compile("-?\\d{1,3}(,\\d{3})+(\\.\\d+)?");
    private static final Pattern DECIMAL_COMMA_AMOUNT = Pattern.compile("-?(\\d+|\\d{1,3}(\\.\\d{3})+),\\d{1,2}");
    private static final Pattern HEADER_SEPARATORS = Pattern.compile("[\\s\\-]+");
    private static final Set<String> EXCEL_ERRORS = Set.of("#NULL!", "#DIV/0!", "#VALUE!", "#REF!", "#NAME?",
            "#NUM!", "#N/A", "#GETTING_DATA", "#SPILL!", "#CALC!", "#FIELD!", "#BLOCKED!", "#CONNECT!", "#BUSY!",
            "#UNKNOWN!");
    // Excel keeps 15 significant digits; the XML can carry binary noise beyond them (1234.5599999999999).
    private static final MathContext EXCEL_PRECISION = new MathContext(15);

    private final Spec spec;
    private final Map<String, Integer> byHeader = new HashMap<>();

    private TableFileReader(Spec spec) {
        this.spec = spec;
        for (int i = 0; i < spec.columns().size(); i++) {
            byHeader.put(spec.columns().get(i).header(), i);
        }
    }

    /**
     * Reads the file and reports each data row to the sink; {@code in} is read to the end (or to the first
     * whole-file problem) and not closed.
     *
     * @param fileName the name the file was uploaded with; only its extension and, in messages, its name are used
     * @throws FileRejected         for a whole-file problem
     * @throws UncheckedIOException when the upload itself cannot be read
     */
    public static void read(InputStream in, String fileName, Spec spec, RowSink sink) {
        new TableFileReader(spec).read(in, fileName, sink);
    }

    private void read(InputStream in, String fileName, RowSink sink) {
        String lower = baseName(fileName).toLowerCase(Locale.ROOT);
        // In messages only: the name is the caller's input, so only an excerpt of it is repeated (rule P2).
        String name = TextInput.excerpt(baseName(fileName));
        try {
            if (lower.endsWith(".csv")) {
                readCsv(new BufferedInputStream(in, BUFFER), name, new Rows(sink));
            } else if (lower.endsWith(".xlsx")) {
                readXlsx(new BufferedInputStream(in, BUFFER), name, new Rows(sink));
            } else {
                throw rejected("type", "Only CSV (.csv) and Excel (.xlsx) files can be imported; '" + name
                        + "' is neither.", name);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private FileRejected rejected(String key, String message, Object... arguments) {
        return new FileRejected(spec.keyPrefix() + "." + key, message, arguments);
    }

    // ---------------------------------------------------------------------------------------------------- CSV

    private void readCsv(BufferedInputStream bytes, String name, Rows rows) throws IOException {
        byte[] head = peek(bytes);
        if (head.length == 0) throw empty(false);
        if (startsWith(head, ZIP)) {
            throw rejected("notCsv", "'" + name + "' is not a CSV file but an Excel"
                    + " workbook or another ZIP archive (an .xlsx file renamed to .csv?). Rename it to .xlsx, or"
                    + " save it from Excel as \"CSV UTF-8 (comma delimited)\".", name);
        }
        if (startsWith(head, OLE2)) throw legacyExcel(name);
        if (startsWith(head, UTF16_LE_BOM) || startsWith(head, UTF16_BE_BOM)) throw notUtf8(new NotUtf8(1, true));
        if (startsWith(head, UTF8_BOM)) bytes.skipNBytes(UTF8_BOM.length);

        var text = new BufferedReader(new StrictUtf8Reader(bytes), BUFFER);
        int start = 1;
        try {
            var format = CSVFormat.RFC4180.builder()
                    .setDelimiter(delimiter(text))
                    // Blank lines come through as records so that the parser's line count stays exact.
                    .setIgnoreEmptyLines(false)
                    // Hand-written files put a space after the comma before a quoted value.
                    .setIgnoreSurroundingSpaces(true)
                    .get();
            try (CSVParser parser = CSVParser.builder().setReader(text).setFormat(format).get()) {
                Iterator<CSVRecord> records = parser.iterator();
                while (true) {
                    start = (int) parser.getCurrentLineNumber() + 1;
                    if (!records.hasNext()) break;
                    rows.add(start, records.next().toList());
                }
            }
        } catch (UncheckedIOException e) {
            throw csvProblem(e.getCause(), start);
        } catch (IOException e) {
            throw csvProblem(e, start);
        }
        rows.end();
    }

    private RuntimeException csvProblem(IOException e, int recordStart) {
        if (e instanceof NotUtf8 notUtf8) return notUtf8(notUtf8);
        if (e instanceof CSVException) {
            var rejected = rejected("malformed", "The file is not valid CSV from line "
                    + recordStart + " on: a quoted value is not closed, or text follows its closing quote.",
                    recordStart);
            rejected.initCause(e);
            return rejected;
        }
        return new UncheckedIOException(e);
    }

    /** Semicolons when the header line has some and no commas; commas otherwise. */
    private static char delimiter(BufferedReader text) throws IOException {
        text.mark(BUFFER);
        boolean commas = false;
        boolean semicolons = false;
        boolean started = false;
        for (int i = 0; i < BUFFER; i++) {
            int ch = text.read();
            if (ch < 0) break;
            if (ch == '\n' || ch == '\r') {
                if (started) break;
                continue;
            }
            started = true;
            if (ch == ',') commas = true;
            else if (ch == ';') semicolons = true;
        }
        text.reset();
        return semicolons && !commas ? ';' : ',';
    }

    private FileRejected notUtf8(NotUtf8 e) {
        String what = e.utf16 ? "is UTF-16 (what Excel saves as \"Unicode Text\")" : "has characters on line "
                + e.line + " that are not UTF-8 (what Excel saves as \"CSV (comma delimited)\")";
        return rejected("encoding", "The file is not UTF-8: it " + what
                + ". In Excel choose Save As, \"CSV UTF-8 (comma delimited) (*.csv)\", and upload that file.",
                e.line);
    }

    /** Where the decoder found bytes that are not UTF-8 text, or NUL characters (UTF-16 without byte-order mark). */
    private static final class NotUtf8 extends IOException {
        final int line;
        final boolean utf16;

        NotUtf8(int line, boolean utf16) {
            super("not UTF-8 on line " + line);
            this.line = line;
            this.utf16 = utf16;
        }
    }

    /**
     * UTF-8 that reports malformed bytes with their line instead of replacing them (InputStreamReader reads ahead,
     * so its errors cannot be tied to a line). Does not close the stream underneath.
     */
    private static final class StrictUtf8Reader extends Reader {
        private final InputStream in;
        private final CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        private final ByteBuffer bytes = ByteBuffer.allocate(BUFFER).flip();
        private final CharBuffer chars = CharBuffer.allocate(BUFFER).flip();
        private boolean endOfInput;
        private boolean done;
        private int line = 1;
        private boolean afterCr;

        StrictUtf8Reader(InputStream in) {
            this.in = in;
        }

        @Override
        public int read(char[] target, int offset, int length) throws IOException {
            if (length == 0) return 0;
            while (!chars.hasRemaining()) {
                if (done) return -1;
                decodeMore();
            }
            int n = Math.min(length, chars.remaining());
            chars.get(target, offset, n);
            return n;
        }

        private void decodeMore() throws IOException {
            if (!endOfInput) {
                bytes.compact();
                if (bytes.hasRemaining()) {
                    int n = in.read(bytes.array(), bytes.position(), bytes.remaining());
                    if (n < 0) endOfInput = true;
                    else bytes.position(bytes.position() + n);
                }
                bytes.flip();
            }
            chars.clear();
            CoderResult result = decoder.decode(bytes, chars, endOfInput);
            if (result.isUnderflow() && endOfInput) {
                result = decoder.flush(chars);
                done = result.isUnderflow();
            }
            chars.flip();
            countLines();
            if (result.isError()) throw new NotUtf8(line, false);
        }

        private void countLines() throws NotUtf8 {
            for (int i = chars.position(); i < chars.limit(); i++) {
                char ch = chars.get(i);
                if (ch == '\n') {
                    if (!afterCr) line++;
                    afterCr = false;
                } else if (ch == '\r') {
                    line++;
                    afterCr = true;
                } else {
                    afterCr = false;
                    if (ch == 0) throw new NotUtf8(line, true);
                }
            }
        }

        @Override
        public void close() {
            // The caller owns the stream.
        }
    }

    // --------------------------------------------------------------------------------------------------- XLSX

    private void readXlsx(BufferedInputStream bytes, String name, Rows rows) throws IOException {
        byte[] head = peek(bytes);
        if (head.length == 0) throw empty(false);
        if (startsWith(head, OLE2)) throw legacyExcel(name);
        if (!startsWith(head, ZIP)) {
            throw rejected("notXlsx", "'" + name + "' is not an Excel workbook but"
                    + " text (a CSV file renamed to .xlsx?). Rename it to .csv, or open it in Excel and save it as"
                    + " \"Excel Workbook (*.xlsx)\".", name);
        }
        // A file lets POI read the ZIP's directory and stream one entry; from a stream it would unpack all in memory.
        Path copy = Files.createTempFile("import-", ".xlsx");
        try {
            Files.copy(bytes, copy, StandardCopyOption.REPLACE_EXISTING);
            readWorkbook(copy, name, rows);
        } finally {
            Files.deleteIfExists(copy);
        }
        rows.end();
    }

    private void readWorkbook(Path file, String name, Rows rows) {
        OPCPackage workbook = null;
        try {
            workbook = OPCPackage.open(file.toFile(), PackageAccess.READ);
            var reader = new XSSFReader(workbook);
            // Without phonetic runs: a Japanese name would otherwise come with its furigana reading appended.
            var strings = new ReadOnlySharedStringsTable(workbook, false);
            var styles = reader.getStylesTable();
            boolean date1904 = date1904(reader);
            Iterator<InputStream> sheets = reader.getSheetsData();
            if (!sheets.hasNext()) throw empty(false);
            try (InputStream sheet = sheets.next()) {
                var formatter = new CapturingFormatter();
                XMLReader xml = XMLHelper.newXMLReader();
                xml.setContentHandler(new XSSFSheetXMLHandler(styles, null, strings,
                        new SheetRows(rows, formatter, date1904), formatter, false));
                xml.parse(new InputSource(sheet));
            }
        } catch (IOException | SAXException | OpenXML4JException | POIXMLException | UnsupportedFileFormatException
                 | OpenXML4JRuntimeException e) {
            var rejected = rejected("unreadable", "'" + name + "' cannot be read as an"
                    + " Excel workbook. Open it in Excel and save it again as \"Excel Workbook (*.xlsx)\".", name);
            rejected.initCause(e);
            throw rejected;
        } catch (ParserConfigurationException e) {
            throw new IllegalStateException(e);
        } finally {
            if (workbook != null) workbook.revert();
        }
    }

    /**
     * Whether the workbook counts days from 1904 (Excel for Mac's old default): its date cells are then four years
     * and a day from those of the 1900 system. Read from the workbook's own properties.
     */
    private static boolean date1904(XSSFReader reader) throws IOException, OpenXML4JException {
        try (InputStream workbook = reader.getWorkbookData()) {
            var head = new String(workbook.readNBytes(64 * 1024), StandardCharsets.UTF_8);
            return Pattern.compile("<(\\w+:)?workbookPr\\b[^>]*\\bdate1904=\"(1|true)\"").matcher(head).find();
        }
    }

    /** Remembers the number behind the last formatted cell, so that the row handler can choose raw or formatted. */
    private static final class CapturingFormatter extends DataFormatter {
        Double number;
        boolean general;

        CapturingFormatter() {
            super(Locale.US);
        }

        @Override
        public String formatRawCellContents(double value, int formatIndex, String formatString) {
            number = value;
            general = formatIndex == 0 || "General".equalsIgnoreCase(formatString);
            // General numbers become the plain number in SheetRows anyway; formatting them would be wasted time.
            return general ? null : super.formatRawCellContents(value, formatIndex, formatString);
        }
    }

    private final class SheetRows implements XSSFSheetXMLHandler.SheetContentsHandler {
        private final Rows rows;
        private final CapturingFormatter formatter;
        private final List<String> cells = new ArrayList<>();
        private int nextColumn;

        private final boolean date1904;

        SheetRows(Rows rows, CapturingFormatter formatter, boolean date1904) {
            this.date1904 = date1904;
            this.rows = rows;
            this.formatter = formatter;
        }

        @Override
        public void startRow(int rowNum) {
            cells.clear();
            nextColumn = 0;
            formatter.number = null;
        }

        @Override
        public void cell(String reference, String formatted, XSSFComment comment) {
            int column = reference == null ? nextColumn : columnIndex(reference);
            if (column < 0 || column >= MAX_COLUMNS) {
                return;   // beyond Excel's last column (XFD): a crafted reference, not data
            }
            nextColumn = column + 1;
            String text = formatted;
            if (formatter.number != null) {
                var cells = rows.cellsAt(column);
                text = cells == Cells.DAY && org.apache.poi.ss.usermodel.DateUtil.isValidExcelDate(formatter.number)
                        ? org.apache.poi.ss.usermodel.DateUtil.getLocalDateTime(formatter.number, date1904).toLocalDate()
                                .toString()
                        : numberText(formatter.number, formatted, formatter.general || cells == Cells.NUMBER);
                formatter.number = null;
            } else if (formatted != null && formatted.startsWith("ERROR:#")) {
                text = formatted.substring("ERROR:".length());
            }
            while (cells.size() <= column) cells.add(null);
            cells.set(column, text);
        }

        @Override
        public void endRow(int rowNum) {
            rows.add(rowNum + 1, cells);
        }

        /**
         * The value as the partner sees it (a postal code formatted 00000 keeps its zero), except where that would
         * be "1.23457E+11" (General) or an amount in a display format ("€ 1.234,50"): then the plain number.
         */
        private static String numberText(double value, String formatted, boolean plain) {
            if (!Double.isFinite(value)) return formatted;
            if (plain || formatted == null || formatted.contains("E+") || formatted.contains("E-")) {
                return BigDecimal.valueOf(value).round(EXCEL_PRECISION).stripTrailingZeros().toPlainString();
            }
            return formatted;
        }

        private static int columnIndex(String reference) {
            int column = 0;
            for (int i = 0; i < reference.length(); i++) {
                char ch = reference.charAt(i);
                if (ch < 'A' || ch > 'Z') break;
                column = column * 26 + (ch - 'A' + 1);
                if (column > MAX_COLUMNS) return MAX_COLUMNS;
            }
            return column - 1;
        }
    }

    // --------------------------------------------------------------------------------------------- both formats

    /** Header recognition, row counting and the cell rules, fed with the cells of each row in order. */
    private final class Rows {
        private final RowSink sink;
        private int[] header;
        private int count;

        Rows(RowSink sink) {
            this.sink = sink;
        }

        /** The spec's column at a position, or -1 (no header yet, beyond it, or a blank header cell). */
        int columnAt(int position) {
            return header != null && position < header.length ? header[position] : -1;
        }

        Cells cellsAt(int position) {
            int column = columnAt(position);
            return column >= 0 ? spec.columns().get(column).cells() : Cells.TEXT;
        }

        void add(int line, List<String> cells) {
            if (cells.stream().allMatch(cell -> TextInput.tidy(cell) == null)) return;
            if (header == null) {
                header = header(cells);
                var present = new java.util.BitSet();
                for (int column : header) {
                    if (column >= 0) present.set(column);
                }
                sink.columns(present);
                return;
            }
            if (++count > spec.maxRows()) {
                throw rejected("tooManyRows", String.format(Locale.ROOT,
                        "The file has more than %,d %s. Split it into smaller files.", spec.maxRows(), spec.rowNoun()),
                        spec.maxRows());
            }
            var values = new String[spec.columns().size()];
            var problems = new ArrayList<CellProblem>();
            String stray = null;
            for (int i = 0; i < cells.size(); i++) {
                int column = columnAt(i);
                if (column >= 0) {
                    values[column] = cells.get(i);
                } else if (stray == null && TextInput.tidy(cells.get(i)) != null) {
                    stray = "value " + quote(TextInput.tidy(cells.get(i))) + " in column " + (i + 1)
                            + " has no column name in the header row";
                }
            }
            if (stray != null) problems.add(new CellProblem(-1, stray));
            for (int c = 0; c < values.length; c++) {
                String value = TextInput.tidy(values[c]);
                values[c] = value;
                if (value == null) continue;
                var label = spec.columns().get(c).label();
                if (value.length() > MAX_FIELD_LENGTH) {
                    problems.add(new CellProblem(c, String.format(Locale.ROOT,
                            "%s is longer than %,d characters", label, MAX_FIELD_LENGTH)));
                    values[c] = null;
                } else if (value.charAt(0) == '#' && EXCEL_ERRORS.contains(value)) {
                    problems.add(new CellProblem(c, label + " holds the Excel error " + value));
                    values[c] = null;
                }
            }
            sink.row(line, values, problems);
        }

        void end() {
            if (header == null || count == 0) throw empty(header != null);
        }
    }

    private int[] header(List<String> cells) {
        var columns = new int[cells.size()];
        Arrays.fill(columns, -1);
        var seen = new java.util.HashSet<Integer>();
        var unknown = new LinkedHashSet<String>();
        var repeated = new LinkedHashSet<String>();
        for (int i = 0; i < cells.size(); i++) {
            String name = TextInput.tidy(cells.get(i));
            if (name == null) continue;
            String key = HEADER_SEPARATORS.matcher(name.toLowerCase(Locale.ROOT)).replaceAll("_");
            Integer column = byHeader.get(key);
            if (column == null) unknown.add(name);
            else if (!seen.add(column)) repeated.add(key);
            else columns[i] = column;
        }
        var missing = new ArrayList<String>();
        var required = new ArrayList<String>();
        for (int c = 0; c < spec.columns().size(); c++) {
            var column = spec.columns().get(c);
            if (column.required()) {
                required.add(column.header());
                if (!seen.contains(c)) missing.add(column.header());
            }
        }
        if (!missing.isEmpty() || !unknown.isEmpty()) {
            String expected = String.join(", ", spec.headers());
            var message = new StringBuilder("The header row does not have the expected columns:");
            if (!missing.isEmpty()) message.append(" missing ").append(String.join(", ", missing)).append(';');
            if (!unknown.isEmpty()) {
                message.append(" unknown ").append(quoted(unknown)).append(';');
            }
            message.setLength(message.length() - 1);
            message.append(". Expected columns: ").append(expected)
                    .append(" (").append(String.join(", ", required)).append(" required, the order is free).");
            throw rejected("columns", message.toString(), missing.isEmpty() ? "-" : String.join(", ", missing),
                    unknown.isEmpty() ? "-" : listed(unknown, TextInput::excerpt), expected);
        }
        if (!repeated.isEmpty()) {
            throw rejected("repeatedColumns", "The header row names " + String.join(", ", repeated)
                    + " more than once.", String.join(", ", repeated));
        }
        return columns;
    }

    /**
     * A decimal as people write it: {@code 1234.50}, {@code 1,234.50}, {@code 1234,50} or {@code 1.234,50}; null when
     * the text is none of these. "1,234" is one thousand two hundred thirty-four (one or two digits after a comma are
     * decimals).
     */
    public static BigDecimal decimal(String text) {
        if (text == null) return null;
        if (PLAIN_AMOUNT.matcher(text).matches()) return new BigDecimal(text);
        if (GROUPED_AMOUNT.matcher(text).matches()) return new BigDecimal(text.replace(",", ""));
        if (DECIMAL_COMMA_AMOUNT.matcher(text).matches()) {
            return new BigDecimal(text.replace(".", "").replace(',', '.'));
        }
        return null;
    }

    private FileRejected empty(boolean headerOnly) {
        return rejected("empty", headerOnly
                ? "The file has a header row but no " + spec.rowNoun() + "."
                : "The file is empty: it needs a header row and " + spec.rowNoun() + " under it.");
    }

    private FileRejected legacyExcel(String name) {
        return rejected("legacyExcel", "'" + name + "' is an Excel 97-2003 workbook"
                + " (.xls) or a password-protected workbook. Open it in Excel, remove any password and save it as"
                + " \"Excel Workbook (*.xlsx)\" or \"CSV UTF-8 (comma delimited)\".", name);
    }

    private static byte[] peek(BufferedInputStream bytes) throws IOException {
        bytes.mark(4);
        byte[] head = bytes.readNBytes(4);
        bytes.reset();
        return head;
    }

    private static boolean startsWith(byte[] head, byte[] magic) {
        return head.length >= magic.length && Arrays.equals(head, 0, magic.length, magic, 0, magic.length);
    }

    private static String baseName(String fileName) {
        if (fileName == null) return "";
        // Some browsers send the client's full path.
        return fileName.substring(Math.max(fileName.lastIndexOf('/'), fileName.lastIndexOf('\\')) + 1);
    }

    /** The first few names of a list from the file, each quoted: a header of thousands of columns stays one line. */
    private static String quoted(java.util.Collection<String> names) {
        return listed(names, TableFileReader::quote);
    }

    private static String listed(java.util.Collection<String> names, java.util.function.Function<String, String> shown) {
        return names.stream().limit(5).map(shown).collect(Collectors.joining(", ")) + (names.size() > 5 ? ", …" : "");
    }

    public static String quote(String value) {
        return "'" + TextInput.excerpt(value) + "'";
    }
}
