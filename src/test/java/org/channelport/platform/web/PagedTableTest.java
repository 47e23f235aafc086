package org.channelport.platform.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/** The one database-paged table of every list: pages, exports, row keys, and surviving passivation. */
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
    void anExportAsksForMoreThanAPageAndGetsEveryRow() {
        var view = new View();
        var rows = view.table.load(0, 400, null, null);
        assertThat(rows).hasSize(400);
        assertThat(view.table.getRowCount()).isEqualTo(400);
        assertThat(view.rows.calls).containsExactly("export");
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
}
