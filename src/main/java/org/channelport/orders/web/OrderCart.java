package org.channelport.orders.web;

import jakarta.enterprise.context.SessionScoped;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * What a partner's person has picked in the catalog and not yet ordered: SKUs and quantities, for this sign-in. The
 * order form starts from it; placing or saving the order empties it. Nothing here is checked or priced: the order
 * form does that with the one price function.
 */
@Named
@SessionScoped
public class OrderCart implements Serializable {
    static final int MAX_LINES = 500;
    private final LinkedHashMap<String, Integer> lines = new LinkedHashMap<>();

    /** Adds this quantity of the SKU (to what is already there). */
    public void add(String sku, int quantity) {
        if (lines.size() < MAX_LINES || lines.containsKey(sku)) {
            lines.merge(sku, quantity, Integer::sum);
        }
    }

    public Map<String, Integer> lines() {
        return Map.copyOf(lines);
    }

    /** The lines in the order they were picked. */
    public java.util.List<Map.Entry<String, Integer>> entries() {
        return java.util.List.copyOf(lines.entrySet());
    }

    public void clear() {
        lines.clear();
    }

    /** "Picked for an order: 3" in the page's language (a full-width colon in Chinese). */
    public String getLabel() {
        return org.channelport.platform.web.Messages.text("orders.cartCount", getSize());
    }

    public int getSize() {
        return lines.size();
    }
}
