package org.channelport.platform.attention;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.channelport.platform.web.Formats;
import org.channelport.platform.web.Messages;

/**
 * The attention home of partners and channel managers (issue 10): every context's {@link AttentionSource} asked once
 * per request, the items in one list, overdue first, then by deadline, then the rest; the tiles in their order.
 */
@Named
@RequestScoped
public class AttentionView {
    /** How many items the home shows; the rest are counted ("and 12 more") and reached through the lists. */
    static final int SHOWN = 25;

    @Inject
    @Any
    Instance<AttentionSource> sources;
    @Inject
    Clock clock;
    @Inject
    Formats formats;

    private List<Attention> items;
    private List<Tile> tiles;
    private Instant now;

    @PostConstruct
    void load() {
        now = clock.instant();
        var all = new ArrayList<Attention>();
        var figures = new ArrayList<Tile>();
        for (var source : sources) {
            all.addAll(source.attention());
            figures.addAll(source.tiles());
        }
        all.sort(order(now));
        items = all;
        figures.sort(Comparator.comparingInt(Tile::order));
        tiles = figures;
    }

    /** Overdue items first, then those with a deadline, earliest first, then the rest in their sources' order. */
    static Comparator<Attention> order(Instant now) {
        return Comparator.comparing((Attention a) -> !a.overdue(now))
                .thenComparing(Attention::due, Comparator.nullsLast(Comparator.naturalOrder()));
    }

    public List<Attention> getItems() { return items.subList(0, Math.min(SHOWN, items.size())); }
    public int getMore() { return Math.max(0, items.size() - SHOWN); }
    public String getMoreText() { return Messages.text("attention.more", getMore()); }
    public boolean isNothing() { return items.isEmpty(); }
    public List<Tile> getTiles() { return tiles; }

    public boolean overdue(Attention item) { return item.overdue(now); }

    /** By when, in the page's language: "Overdue since …", "Due …", or nothing. */
    public String due(Attention item) {
        if (item.due() == null) {
            return "";
        }
        return Messages.label(item.overdue(now) ? "attention.overdueSince" : "attention.due") + " "
                + formats.dateTime(item.due());
    }

    /** A tile's comparison in the page's language ("12 last month"), or nothing. */
    public String trend(Tile tile) {
        return tile.trend() == null ? "" : Messages.text(tile.trend(), tile.trendArgument());
    }

    /** Why the item needs the person, in the page's language. */
    public String reason(Attention item) {
        var text = Messages.text(item.reason(), item.arguments().toArray());
        return text == null ? item.reason() : text;
    }
}
