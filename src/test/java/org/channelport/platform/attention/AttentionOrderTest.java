package org.channelport.platform.attention;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The attention home's order (issue 10): overdue first, then by deadline, then what has none, as the sources gave it. */
class AttentionOrderTest {
    private static final Instant NOW = Instant.parse("2026-12-05T10:00:00Z");

    private static Attention item(String subject, Instant due) {
        return new Attention("attention.kind.lead", subject, "attention.lead.offered", List.of(), due, "/portal/");
    }

    @Test
    void overdueItemsComeFirstThenDeadlinesThenTheRestInTheirOrder() {
        var items = new ArrayList<>(List.of(
                item("no deadline 1", null),
                item("due tomorrow", NOW.plusSeconds(86_400)),
                item("overdue since yesterday", NOW.minusSeconds(86_400)),
                item("no deadline 2", null),
                item("due in an hour", NOW.plusSeconds(3_600)),
                item("overdue for a week", NOW.minusSeconds(7 * 86_400))));

        items.sort(AttentionView.order(NOW));

        assertThat(items).extracting(Attention::subject).containsExactly("overdue for a week",
                "overdue since yesterday", "due in an hour", "due tomorrow", "no deadline 1", "no deadline 2");
        assertThat(items.get(0).overdue(NOW)).isTrue();
        assertThat(items.get(2).overdue(NOW)).isFalse();
    }
}
