package org.channelport.orders.application;

import java.util.List;
import org.channelport.shared.FieldProblem;

/**
 * What a catalog upsert did (rule O6): how many products it created, changed and found unchanged, and each refused
 * item with its index in the call and every problem at its field ({@code items[3].gtin}).
 */
public record CatalogUpsert(int created, int changed, int unchanged, List<Refused> refused) {

    public record Refused(int index, String sku, List<FieldProblem> problems) {}
}
