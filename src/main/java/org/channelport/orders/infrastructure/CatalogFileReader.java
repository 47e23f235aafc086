package org.channelport.orders.infrastructure;

import java.io.InputStream;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.channelport.orders.application.CatalogService;
import org.channelport.orders.application.ContractPriceDefinition;
import org.channelport.orders.application.ListPriceDefinition;
import org.channelport.orders.domain.ProductDefinition;
import org.channelport.partners.domain.PartnerTier;
import org.channelport.partners.domain.PartnerType;
import org.channelport.platform.imports.TableFileReader;
import org.channelport.platform.imports.TableFileReader.Cells;
import org.channelport.platform.imports.TableFileReader.Column;

/**
 * Reads a console's CSV or XLSX file of products, of list prices or of contract prices (rules O6, O8) into the
 * definitions the catalog's and prices' services take. Whole-file rules are {@link TableFileReader}'s (message keys
 * {@code catalogImport.file.*}); this reader turns each row's cells into a definition, or rejects the row with every
 * problem of its cells (a number that is not one, an unknown partner type or tier). What the services check (a
 * GTIN's check digit, an unknown SKU or price list...) they report per row when the import applies it.
 */
public final class CatalogFileReader {
    public static final int MAX_ROWS = 100_000;
    private static final String KEYS = "catalogImport.file";
    private static final Pattern LIST_SEPARATORS = Pattern.compile("[,;\\s]+");

    /** Receives the rows of a file in order (see {@link TableFileReader} on streaming). */
    public interface Sink<T> {
        void row(int line, T item);

        void rejected(int line, String reason);

        /**
         * Once, before the rows: what the file does not carry, which an existing product then keeps (its missing
         * columns; never the ERP's include and exclude lists).
         */
        default void kept(Set<CatalogService.Kept> kept) {
            // only products have optional columns that matter
        }
    }

    /** A product file's optional columns by their index in {@link #PRODUCTS}, and what a file without one keeps. */
    private static final java.util.Map<Integer, CatalogService.Kept> OPTIONAL = java.util.Map.ofEntries(
            java.util.Map.entry(1, CatalogService.Kept.GTIN), java.util.Map.entry(3, CatalogService.Kept.NAME_ZH_TW),
            java.util.Map.entry(4, CatalogService.Kept.NAME_ZH_CN), java.util.Map.entry(5, CatalogService.Kept.DESCRIPTION_EN),
            java.util.Map.entry(6, CatalogService.Kept.DESCRIPTION_ZH_TW),
            java.util.Map.entry(7, CatalogService.Kept.DESCRIPTION_ZH_CN),
            java.util.Map.entry(10, CatalogService.Kept.ORDER_MULTIPLE),
            java.util.Map.entry(11, CatalogService.Kept.MINIMUM_QUANTITY), java.util.Map.entry(12, CatalogService.Kept.STATUS),
            java.util.Map.entry(13, CatalogService.Kept.SUCCESSOR), java.util.Map.entry(14, CatalogService.Kept.PARTNER_TYPES),
            java.util.Map.entry(15, CatalogService.Kept.LOWEST_TIER));

    public static final TableFileReader.Spec PRODUCTS = new TableFileReader.Spec(KEYS, "products", List.of(
            new Column("sku", "SKU", true), new Column("gtin", "GTIN", false),
            new Column("name_en", "English name", true), new Column("name_zh_tw", "Traditional Chinese name", false),
            new Column("name_zh_cn", "Simplified Chinese name", false),
            new Column("description_en", "English description", false),
            new Column("description_zh_tw", "Traditional Chinese description", false),
            new Column("description_zh_cn", "Simplified Chinese description", false),
            new Column("product_line", "product line", true), new Column("unit", "unit", true),
            new Column("order_multiple", "order multiple", false, Cells.NUMBER),
            new Column("minimum_quantity", "minimum quantity", false, Cells.NUMBER),
            new Column("status", "status", false), new Column("successor_sku", "successor SKU", false),
            new Column("partner_types", "partner types", false), new Column("lowest_tier", "lowest tier", false)),
            MAX_ROWS);

    public static final TableFileReader.Spec LIST_PRICES = new TableFileReader.Spec(KEYS, "prices", List.of(
            new Column("price_list", "price list", true), new Column("sku", "SKU", true),
            new Column("min_quantity", "from quantity", false, Cells.NUMBER),
            new Column("unit_price", "unit price", true, Cells.NUMBER)), MAX_ROWS);

    public static final TableFileReader.Spec CONTRACT_PRICES = new TableFileReader.Spec(KEYS, "prices", List.of(
            new Column("partner", "partner", true), new Column("sku", "SKU", true),
            new Column("currency", "currency", true),
            new Column("min_quantity", "from quantity", false, Cells.NUMBER),
            new Column("unit_price", "unit price", true, Cells.NUMBER),
            new Column("valid_from", "first day", true, Cells.DAY),
            new Column("valid_to", "last day", false, Cells.DAY)), MAX_ROWS);

    private CatalogFileReader() {}

    /**
     * Products; the file's rows carry no include or exclude lists (the service keeps a product's own). No order
     * multiple: 1; no minimum quantity: the order multiple.
     */
    public static void readProducts(InputStream in, String fileName, Sink<ProductDefinition> sink) {
        TableFileReader.read(in, fileName, PRODUCTS, new TableFileReader.RowSink() {
            @Override
            public void columns(java.util.BitSet present) {
                var kept = EnumSet.of(CatalogService.Kept.LISTS);
                OPTIONAL.forEach((column, what) -> {
                    if (!present.get(column)) {
                        kept.add(what);
                    }
                });
                sink.kept(kept);
            }

            @Override
            public void row(int line, String[] values, List<TableFileReader.CellProblem> cellProblems) {
                product(line, values, cellProblems, sink);
            }
        });
    }

    private static void product(int line, String[] v, List<TableFileReader.CellProblem> cellProblems,
                                Sink<ProductDefinition> sink) {
        {
            var problems = messages(cellProblems);
            var multiple = whole(v[10], "order multiple", problems);
            var minimum = whole(v[11], "minimum quantity", problems);
            var types = EnumSet.noneOf(PartnerType.class);
            if (v[14] != null) {
                for (var type : LIST_SEPARATORS.split(v[14])) {
                    var known = named(PartnerType.class, type);
                    if (known == null) {
                        problems.add("unknown partner type " + TableFileReader.quote(type) + " (expected "
                                + names(PartnerType.values()) + ")");
                    } else {
                        types.add(known);
                    }
                }
            }
            PartnerTier tier = null;
            if (v[15] != null) {
                tier = named(PartnerTier.class, v[15]);
                if (tier == null) {
                    problems.add("unknown lowest tier " + TableFileReader.quote(v[15]) + " (expected "
                            + names(PartnerTier.values()) + ")");
                }
            }
            if (!problems.isEmpty()) {
                sink.rejected(line, String.join("; ", problems));
                return;
            }
            var texts = new LinkedHashMap<String, String>();
            var descriptions = new LinkedHashMap<String, String>();
            put(texts, "en", v[2]);
            put(texts, "zh-TW", v[3]);
            put(texts, "zh-CN", v[4]);
            put(descriptions, "en", v[5]);
            put(descriptions, "zh-TW", v[6]);
            put(descriptions, "zh-CN", v[7]);
            sink.row(line, new ProductDefinition(v[0], v[1], texts, descriptions, upper(v[8]), upper(v[9]),
                    multiple == null ? 1 : multiple, minimum == null ? (multiple == null ? 1 : multiple) : minimum, upper(v[12]), v[13], types, tier,
                    Set.of(), Set.of()));
        }
    }

    /** Single prices of existing price lists. */
    public static void readListPrices(InputStream in, String fileName, Sink<ListPriceDefinition> sink) {
        TableFileReader.read(in, fileName, LIST_PRICES, (line, v, cellProblems) -> {
            var problems = messages(cellProblems);
            var min = whole(v[2], "from quantity", problems);
            var price = decimal(v[3], "unit price", problems);
            if (!problems.isEmpty()) {
                sink.rejected(line, String.join("; ", problems));
                return;
            }
            sink.row(line, new ListPriceDefinition(v[0], v[1], min, price));
        });
    }

    /** Contract prices; the partner column holds a partner's id or its name, resolved by the caller. */
    public static void readContractPrices(InputStream in, String fileName, Sink<ContractPriceDefinition> sink) {
        TableFileReader.read(in, fileName, CONTRACT_PRICES, (line, v, cellProblems) -> {
            var problems = messages(cellProblems);
            var min = whole(v[3], "from quantity", problems);
            var price = decimal(v[4], "unit price", problems);
            if (v[0] == null && problems.stream().noneMatch(p -> p.startsWith("partner"))) {
                problems.add(0, "partner is missing");
            }
            if (!problems.isEmpty()) {
                sink.rejected(line, String.join("; ", problems));
                return;
            }
            sink.row(line, new ContractPriceDefinition(v[0], v[1], v[2], min, price, v[5], v[6]));
        });
    }

    private static List<String> messages(List<TableFileReader.CellProblem> problems) {
        return problems.stream().map(TableFileReader.CellProblem::message).collect(Collectors.toCollection(ArrayList::new));
    }

    private static Integer whole(String text, String label, List<String> problems) {
        if (text == null) {
            return null;
        }
        var number = TableFileReader.decimal(text);
        try {
            if (number != null) {
                return number.setScale(0, RoundingMode.UNNECESSARY).intValueExact();
            }
        } catch (ArithmeticException e) {
            // a fraction or too large: said below
        }
        problems.add(label + " " + TableFileReader.quote(text) + " is not a whole number");
        return null;
    }

    private static BigDecimal decimal(String text, String label, List<String> problems) {
        if (text == null) {
            problems.add(label + " is missing");
            return null;
        }
        var number = TableFileReader.decimal(text);
        if (number == null) {
            problems.add(label + " " + TableFileReader.quote(text) + " is not a number like 12.50");
        }
        return number;
    }

    private static <E extends Enum<E>> E named(Class<E> type, String text) {
        for (var value : type.getEnumConstants()) {
            if (value.name().equalsIgnoreCase(text.strip())) {
                return value;
            }
        }
        return null;
    }

    private static String names(Enum<?>[] values) {
        return java.util.Arrays.stream(values).map(Enum::name).collect(Collectors.joining(", "));
    }

    private static String upper(String text) {
        return text == null ? null : text.toUpperCase(Locale.ROOT);
    }

    private static void put(java.util.Map<String, String> texts, String language, String text) {
        if (text != null) {
            texts.put(language, text);
        }
    }
}
