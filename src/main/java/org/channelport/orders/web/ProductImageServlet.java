package org.channelport.orders.web;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.channelport.orders.application.CatalogQueries;

/**
 * Product images in the portal's and the console's pages (rule O27): {@code image?sku=SW-120&variant=thumbnail&v=tag}.
 * Signing in and the page rules (PageAccess) apply as to the pages beside it; {@link CatalogQueries#image} decides,
 * so a partner gets 404 for a product it may not see, as for one without image. An address with the image's current
 * tag is cached for good (a new image has a new tag); without it, for five minutes.
 */
@WebServlet(urlPatterns = {"/portal/orders/image", "/manage/orders/image"})
public class ProductImageServlet extends HttpServlet {
    @Inject
    CatalogQueries queries;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        var sku = request.getParameter("sku");
        var thumbnail = "thumbnail".equals(request.getParameter("variant"));
        java.util.Optional<CatalogQueries.StoredImage> image;
        try {
            image = sku == null || sku.isBlank() ? java.util.Optional.empty() : queries.image(sku, thumbnail);
        } catch (org.channelport.shared.DomainException refused) {
            image = java.util.Optional.empty();   // a caller whose organization cannot be read: nothing, not a 500
        }
        if (image.isEmpty()) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        var stored = image.get();
        var etag = "\"" + stored.tag() + (thumbnail ? "-t" : "") + "\"";
        response.setHeader("Cache-Control", stored.tag().equals(request.getParameter("v"))
                ? "private, max-age=31536000, immutable" : "private, max-age=300");
        response.setHeader("ETag", etag);
        var match = request.getHeader("If-None-Match");
        if (match != null && match.contains(etag)) {
            response.setStatus(HttpServletResponse.SC_NOT_MODIFIED);
            return;
        }
        response.setHeader("X-Content-Type-Options", "nosniff");
        response.setContentType(stored.contentType());
        response.setContentLength(stored.bytes().length);
        response.getOutputStream().write(stored.bytes());
    }
}
