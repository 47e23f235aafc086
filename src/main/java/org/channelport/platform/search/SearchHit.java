package org.channelport.platform.search;

import java.io.Serializable;

/**
 * One result of the top bar's search: its kind (a bundle key, shown beside it), its name as typed (shown escaped), a
 * line of detail already in the page's language, and the page it opens (from the context path).
 */
public record SearchHit(String kind, String title, String detail, String link) implements Serializable {}
