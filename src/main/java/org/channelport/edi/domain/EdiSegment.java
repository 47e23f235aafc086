package org.channelport.edi.domain;

import java.util.List;

/**
 * A segment of a received transaction set: its tag and its elements, each a list of components (a simple element has
 * one). Positions are 1-based as standards count them: {@link #element(int)} 1 is BEG01.
 */
public record EdiSegment(String tag, List<List<String>> elements) {

    /** The element's first component, or "" when the segment does not have it. */
    public String element(int position) {
        return component(position, 1);
    }

    public String component(int position, int component) {
        if (position < 1 || position > elements.size()) {
            return "";
        }
        var components = elements.get(position - 1);
        return component < 1 || component > components.size() || components.get(component - 1) == null ? ""
                : components.get(component - 1);
    }
}
