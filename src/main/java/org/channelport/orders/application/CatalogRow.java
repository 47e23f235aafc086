package org.channelport.orders.application;

import org.channelport.orders.domain.ProductStatus;
import org.channelport.orders.domain.ResolvedPrice;
import org.channelport.orders.domain.UnitOfMeasure;
import org.channelport.shared.ProductLine;

/**
 * A product as one partner sees it in the catalog: its name in the reader's language and its own net unit price for
 * the product's minimum quantity (none: it cannot be ordered in that currency), and the tag of its image (none without
 * one, rule O27).
 */
public record CatalogRow(String sku, String gtin, String name, ProductLine productLine, UnitOfMeasure unit,
                         int orderMultiple, int minimumQuantity, ProductStatus status, String successorSku,
                         ResolvedPrice price, String imageTag) {}
