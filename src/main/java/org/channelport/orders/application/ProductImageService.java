package org.channelport.orders.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import org.channelport.identity.CurrentUser;
import org.channelport.orders.domain.Product;
import org.channelport.orders.domain.ProductImage;
import org.channelport.orders.domain.ProductRepository;
import org.channelport.platform.audit.AuditTrail;
import org.channelport.platform.images.Pictures;
import org.channelport.shared.Digests;
import org.channelport.shared.DomainException;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Rule O27: the ERP and channel managers (O6) give a product its image, replace it and remove it. The upload is drawn
 * anew ({@link Pictures#normalize}: PNG, JPEG or GIF by content, at most {@value #SIDE} pixels a side, with a
 * {@value #THUMBNAIL_SIDE}-pixel thumbnail); the same file again changes nothing. Audited; the product counts as
 * changed (its {@code updatedAt}), so the ERP's {@code updatedSince} read sees it. Reading is
 * {@link CatalogQueries#image}.
 */
@ApplicationScoped
@Transactional
public class ProductImageService {
    public static final int SIDE = 1200;
    public static final int THUMBNAIL_SIDE = 240;
    static final String FIELD = "image";

    @Inject
    ProductRepository products;
    @Inject
    CurrentUser user;
    @Inject
    AuditTrail audit;
    @Inject
    Clock clock;
    @Inject
    @ConfigProperty(name = "app.orders.image-max-bytes", defaultValue = "10485760")
    int maxBytes;

    /** What a product's image is now. {@code changed}: this call changed it. */
    public record ImageInfo(String sku, String tag, String contentType, int width, int height, Instant updatedAt,
                            boolean changed) {}

    public ImageInfo set(String sku, byte[] upload) {
        return set(new CatalogService.Maintainer(checkedActor()), sku, upload);
    }

    /** The demo's generated pictures, recorded as the demo's. */
    public ImageInfo seed(String sku, byte[] picture) {
        return set(new CatalogService.Maintainer("demo"), sku, picture);
    }

    private ImageInfo set(CatalogService.Maintainer by, String sku, byte[] upload) {
        if (upload != null && upload.length > maxBytes) {
            throw new DomainException(DomainException.Kind.INVALID, "image.tooLarge", "The file is larger than "
                    + maxBytes / 1024 / 1024 + " MB.").with(maxBytes / 1024 / 1024).at(FIELD);
        }
        var product = product(sku);
        var digest = Digests.sha256(upload == null ? new byte[0] : upload);
        var current = products.imageForUpdate(product.id());
        if (current.isPresent() && current.get().sourceSha256().equals(digest)) {
            return info(product, current.get(), false);
        }
        // drawn before anything is written (a damaged file changes nothing); the product's row is locked meanwhile
        var picture = Pictures.normalize(upload, SIDE, THUMBNAIL_SIDE, FIELD);
        var image = current.orElseGet(() -> new ProductImage(product.id()));
        var now = clock.instant();
        image.replace(digest, picture.full().contentType(), picture.full().width(), picture.full().height(),
                picture.full().bytes(), picture.thumbnail().contentType(), picture.thumbnail().bytes(), by.actor(), now);
        if (current.isEmpty()) {
            products.addImage(image);
        }
        product.showImage(image.tag(), now);
        audit.recordAs(by.actor(), null, CatalogService.SUBJECT, product.id(), "imageChanged", product.status(),
                product.status(), product.sku() + ": " + image.width() + " × " + image.height());
        return info(product, image, true);
    }

    /** Removes the product's image; false if it had none (nothing changed, nothing recorded). */
    public boolean remove(String sku) {
        var actor = checkedActor();
        var product = product(sku);
        var current = products.imageForUpdate(product.id());
        if (current.isEmpty()) {
            return false;
        }
        products.removeImage(current.get());
        product.showImage(null, clock.instant());
        audit.recordAs(actor, null, CatalogService.SUBJECT, product.id(), "imageRemoved", product.status(),
                product.status(), product.sku());
        return true;
    }

    private String checkedActor() {
        CatalogService.requireMaintainer(user);
        return audit.currentActor();
    }

    private Product product(String sku) {
        var key = Product.normalizedSku(sku);
        return products.bySkusForUpdate(List.of(key)).values().stream().findFirst()
                .orElseThrow(() -> DomainException.notFound("product", key));
    }

    private static ImageInfo info(Product product, ProductImage image, boolean changed) {
        return new ImageInfo(product.sku(), image.tag(), image.contentType(), image.width(), image.height(),
                image.updatedAt(), changed);
    }
}
