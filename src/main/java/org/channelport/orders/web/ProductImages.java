package org.channelport.orders.web;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/**
 * The addresses of product images in pages ({@link ProductImageServlet}), relative to a page in {@code /portal/orders/}
 * or {@code /manage/orders/}; with the image's tag, so that a new image is a new address.
 */
@Named("productImages")
@ApplicationScoped
public class ProductImages {
    public String thumbnail(String sku, String tag) {
        return address(sku, tag) + "&variant=thumbnail";
    }

    public String full(String sku, String tag) {
        return address(sku, tag);
    }

    private static String address(String sku, String tag) {
        return "image?sku=" + URLEncoder.encode(sku, StandardCharsets.UTF_8) + "&v="
                + URLEncoder.encode(tag == null ? "" : tag, StandardCharsets.UTF_8);
    }
}
