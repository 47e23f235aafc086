package org.channelport.platform.attention;

import java.io.Serializable;

/**
 * A figure on a home: a value already formatted for the page, its label (a bundle key), an optional comparison (a
 * bundle key and its argument, e.g. "attention.trend.lastMonth" with "12"), and the list, filtered to what it counts,
 * that it opens.
 *
 * @param order where it stands among the tiles (lower first), so that contexts interleave as the home wants
 */
public record Tile(int order, String id, String label, String value, String trend, String trendArgument, String link)
        implements Serializable {}
