package org.channelport.platform.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.io.Serializable;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.regex.Pattern;
import java.util.stream.IntStream;
import org.channelport.deals.application.DealQueries;
import org.channelport.leads.application.LeadQueries;
import org.channelport.partners.application.PartnerDirectory;
import org.junit.jupiter.api.Test;

/**
 * The one database-paged table of every list: pages, exports, row keys, and surviving passivation. Exports are driven
 * as PrimeFaces 15's exporter drives them (read from its bytecode): {@code setPageSize(bufferSize)}, then loads from
 * the offset it reached until a load is empty, each row read through {@code setRowIndex(i)}, which keeps
 * {@code i % pageSize}. A capped export once repeated its rows (no bufferSize), and a bufferSize of 1,000 made rows
 * 1,000 and up repeat rows 0 to 999.
 */
class PagedTableTest {

    /** Stands in for a read side's CDI client proxy (serializable), filtered by a minimum. */
    static final class Rows implements Serializable {
        final List<Integer> all = IntStream.range(0, 500).boxed().toList();
        final List<String> calls = new ArrayList<>();

        long count(Integer min) {
            return all.stream().filter(i -> i >= min).count();
        }

        List<Integer> page(Integer min, int first, int size) {
            calls.add("page " + first + "+" + size);
            return all.stream().filter(i -> i >= min).skip(first).limit(size).toList();
        }

        List<Integer> export(Integer min) {
            calls.add("export");
            return all.stream().filter(i -> i >= min).toList();
        }
    }

    /** Stands in for a view whose filter field the table reads at every load. */
    static final class View implements Serializable {
        int min = 100;
        final Rows rows = new Rows();
        final PagedTable<Integer, Integer> table = new PagedTable<>(this::filter, 200, rows::count, rows::page,
                rows::export, i -> "row" + i);

        Integer filter() {
            return min;
        }
    }

    @Test
    void aPageIsReadWithTheViewsFilterAsItIsNow() {
        var view = new View();
        assertThat(view.table.count(null)).isEqualTo(400);
        view.min = 490;
        assertThat(view.table.count(null)).isEqualTo(10);
        assertThat(view.table.load(5, 25, null, null)).containsExactly(495, 496, 497, 498, 499);
        assertThat(view.rows.calls).containsExactly("page 5+25");
        assertThat(view.table.getRowKey(497)).isEqualTo("row497");
    }

    @Test
    void theTableSurvivesTheViewBeingPassivated() throws Exception {
        var bytes = new ByteArrayOutputStream();
        try (var out = new ObjectOutputStream(bytes)) {
            out.writeObject(new View());
        }
        try (var in = new ObjectInputStream(new ByteArrayInputStream(bytes.toByteArray()))) {
            var view = (View) in.readObject();
            view.min = 498;
            assertThat(view.table.load(0, 10, null, null)).containsExactly(498, 499);
        }
    }

    @Test
    void theExportBufferHoldsTheLargestExportOfAnyReadSide() {
        assertThat(PagedTable.EXPORT_BUFFER).isGreaterThanOrEqualTo(LeadQueries.MAX_EXPORT)
                .isGreaterThanOrEqualTo(DealQueries.MAX_EXPORT).isGreaterThanOrEqualTo(PartnerDirectory.MAX_EXPORT);
    }

    @Test
    void anExportAsPrimeFacesReadsItHoldsEveryRowOnceUpToTheCap() {
        int cap = LeadQueries.MAX_EXPORT;
        var data = IntStream.range(0, cap + 500).boxed().toList();
        var table = new PagedTable<Integer, String>(() -> "filter", 200, f -> data.size(),
                (f, first, size) -> data.subList(first, Math.min(data.size(), first + size)),
                f -> data.subList(0, cap), String::valueOf);
        table.count(Map.of());

        var exported = exportAll(table);

        assertThat(exported).hasSize(cap).doesNotHaveDuplicates();
        assertThat(exported).containsExactlyElementsOf(data.subList(0, cap));
    }

    /** DataTableExporter.exportAll of PrimeFaces 15.0.13 with a bufferSize, for a lazy table. */
    private static List<Integer> exportAll(PagedTable<Integer, String> table) {
        var exported = new ArrayList<Integer>();
        table.setPageSize(PagedTable.EXPORT_BUFFER);
        int offset = 0;
        int loads = 0;
        List<Integer> rows;
        do {
            rows = table.load(offset, PagedTable.EXPORT_BUFFER, Map.of(), Map.of());
            table.setWrappedData(rows);
            for (int i = 0; i < rows.size(); i++) {
                table.setRowIndex(i);
                exported.add(table.getRowData());
            }
            offset += rows.size();
        } while (!rows.isEmpty() && ++loads < 1000);
        assertThat(loads).as("loads before the empty one").isEqualTo(1);
        return exported;
    }

    @Test
    void everyExporterOfAPagedTableSetsTheBufferSize() throws IOException {
        var lazyTable = Pattern.compile("<p:dataTable\\s[^>]*\\bid=\"([^\"]+)\"[^>]*\\blazy=\"true\"");
        var exporter = Pattern.compile("<p:dataExporter\\s[^>]*>");
        var missing = new TreeSet<String>();
        int checked = 0;
        try (var pages = Files.walk(Path.of("src/main/webapp"))) {
            for (var page : pages.filter(p -> p.toString().endsWith(".xhtml")).toList()) {
                var text = Files.readString(page);
                var lazy = new TreeSet<String>();
                lazyTable.matcher(text).results().forEach(m -> lazy.add(m.group(1)));
                for (var tag : exporter.matcher(text).results().map(m -> m.group()).toList()) {
                    var target = tag.replaceAll("(?s).*\\btarget=\"([^\"]+)\".*", "$1");
                    if (lazy.contains(target)) {
                        checked++;
                        if (!tag.contains("bufferSize=\"" + PagedTable.EXPORT_BUFFER + "\"")) {
                            missing.add(page + ": " + tag);
                        }
                    }
                }
            }
        }
        assertThat(checked).as("exporters of paged tables found").isGreaterThanOrEqualTo(10);
        assertThat(missing).as("exporters without bufferSize=\"%d\"", PagedTable.EXPORT_BUFFER).isEmpty();
    }
}
