package org.channelport.platform.search;

import jakarta.enterprise.context.RequestScoped;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.ArrayList;
import java.util.List;

/**
 * The search page behind the top bar's search box ({@code /portal/search.xhtml}, {@code /manage/search.xhtml}, GET
 * {@code ?q=}): every context's {@link SearchSource} asked once, up to {@link #PER_KIND} hits each, in the order the
 * sources answer. Fewer than two characters search nothing and say so.
 */
@Named
@RequestScoped
public class SearchView {
    static final int PER_KIND = 20;
    static final int MAX_TEXT = 100;

    @Inject
    @Any
    Instance<SearchSource> sources;

    private String q;
    private List<SearchHit> hits;

    /**
     * Runs the search when the page first asks for its hits, while it renders: the hits carry labels (a status), and
     * only then does the view speak the person's language (a view action runs before f:view sets the locale, and the
     * Chinese page listed "submitted").
     */
    public List<SearchHit> getHits() {
        if (hits == null) {
            run();
        }
        return hits;
    }

    private void run() {
        var text = q == null ? "" : q.strip();
        if (text.length() > MAX_TEXT) {
            text = text.substring(0, MAX_TEXT);
        }
        if (text.length() < 2) {
            hits = List.of();
            return;
        }
        var found = new ArrayList<SearchHit>();
        for (var source : sources) {
            found.addAll(source.search(text, PER_KIND));
        }
        hits = found;
    }

    public String getQ() { return q; }
    public void setQ(String q) { this.q = q; }
    public boolean isTooShort() { return q == null || q.strip().length() < 2; }
}
