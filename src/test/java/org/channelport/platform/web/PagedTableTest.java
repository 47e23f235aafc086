package org.channelport.platform.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.regex.Pattern;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/**
 * Exports of the paged tables: PrimeFaces 15's exporter, given a bufferSize, loads from the offset it has reached
 * until a load comes back empty. A table with more rows than its read side's export cap once came out with the capped
 * rows repeated until the count was reached.
 */
class PagedTableTest {
    private static final int MAX_PAGE = 200;
    private static final int EXPORT_CAP = 500;

    /** 1,200 rows; the export read side holds at most 500, as LeadQueries.export holds at most MAX_EXPORT. */
    private final List<Integer> data = IntStream.range(0, 1200).boxed().toList();
    private final PagedTable<Integer, String> table = new PagedTable<>(() -> "filter", MAX_PAGE, f -> data.size(),
            (f, first, size) -> data.subList(first, Math.min(data.size(), first + size)),
            f -> data.subList(0, EXPORT_CAP), String::valueOf);

    @Test
    void aPageIsThePageAskedFor() {
        assertThat(table.load(400, 25, Map.of(), Map.of())).containsExactlyElementsOf(data.subList(400, 425));
    }

    @Test
    void anExportAsPrimeFacesLoadsItHoldsEveryRowOnceUpToTheCap() {
        table.count(Map.of());
        var exported = new ArrayList<Integer>();
        // DataTableExporter.exportAll with a bufferSize: offset += rows loaded, until a load is empty
        int offset = 0;
        List<Integer> rows;
        int loads = 0;
        do {
            rows = table.load(offset, PagedTable.EXPORT_BUFFER, Map.of(), Map.of());
            exported.addAll(rows);
            offset += rows.size();
        } while (!rows.isEmpty() && ++loads < 100);

        assertThat(loads).as("loads before the empty one").isEqualTo(1);
        assertThat(exported).containsExactlyElementsOf(data.subList(0, EXPORT_CAP)).doesNotHaveDuplicates();
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
