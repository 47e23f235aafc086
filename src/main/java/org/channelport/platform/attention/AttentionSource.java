package org.channelport.platform.attention;

import java.util.List;

/**
 * What one bounded context knows needs the signed-in person, and the figures it adds to their home. Each context
 * implements it as a CDI bean; {@link AttentionView} asks every one, so a new context (orders, EDI) adds its items
 * without touching the home. A source reads through its context's own queries, which keep each caller to what they
 * may see (a partner to its own organization), and answers nothing for a caller it has nothing for.
 */
public interface AttentionSource {

    /** What needs the signed-in person now. */
    List<Attention> attention();

    /** The figures this context adds to the home's tiles (counts and trends), each a link to the list it counts. */
    default List<Tile> tiles() {
        return List.of();
    }
}
