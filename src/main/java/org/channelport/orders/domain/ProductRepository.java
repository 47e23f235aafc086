package org.channelport.orders.domain;

import java.util.Collection;
import java.util.Map;

/** The catalog's products (rules O1–O3). */
public interface ProductRepository {
    /** The products of these SKUs (as kept: upper case), by SKU, locked for the change. */
    Map<String, Product> bySkusForUpdate(Collection<String> skus);

    /** The SKUs of the products that have these GTINs (their 14-digit keys), by key. */
    Map<String, String> skusByGtinKeys(Collection<String> gtinKeys);

    /** Which of these SKUs (as kept: upper case) are products. */
    java.util.Set<String> existing(Collection<String> skus);

    void add(Product product);

    /** The product's image (rule O27), locked for the change, if it has one. */
    java.util.Optional<ProductImage> imageForUpdate(java.util.UUID productId);

    void addImage(ProductImage image);

    void removeImage(ProductImage image);

    /** Writes the changes so far (a GTIN a product gave up is free for the next one in the same transaction). */
    void flush();
}
