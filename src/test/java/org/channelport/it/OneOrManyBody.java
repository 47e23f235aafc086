package org.channelport.it;

import com.fasterxml.jackson.annotation.JsonValue;

/**
 * The body of the catalog's batch operations (upsertProducts, upsertPriceLists, upsertContractPrices) for the
 * generated client: one item or an array of them, the contract's oneOf, which the java generator cannot write itself
 * (pom.xml maps those schemas here; {@link LeadsBody} is the typed one of createLeads).
 */
public record OneOrManyBody(@JsonValue Object json) {}
