package org.channelport.platform.search;

import java.util.List;

/**
 * What one bounded context finds for the top bar's search (issue 10): each context implements it as a CDI bean and
 * searches through its own read side, which keeps every caller to what it may see (a partner to its own
 * organization), so a search never shows another partner's record. A context with nothing for this caller answers
 * nothing; the orders and EDI contexts add their own source.
 */
public interface SearchSource {

    /** At most {@code max} records matching the text (already trimmed, at least two characters). */
    List<SearchHit> search(String text, int max);
}
