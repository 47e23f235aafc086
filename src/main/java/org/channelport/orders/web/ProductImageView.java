package org.channelport.orders.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import org.channelport.orders.application.CatalogQueries;
import org.channelport.orders.application.ProductImageService;
import org.channelport.platform.web.Messages;
import org.primefaces.event.FileUploadEvent;

/**
 * A product's image on its console page (rule O27): shown as stored, replaced by an upload (PNG, JPEG or GIF; what is
 * wrong with the file at the uploader), removed with a confirmation. The same service as the ERP's calls.
 */
@Named
@ViewScoped
public class ProductImageView implements Serializable {
    static final String FORM = "imageForm";

    @Inject
    ProductEditView product;
    @Inject
    CatalogQueries queries;
    @Inject
    ProductImageService images;

    private String tag;
    private boolean read;

    public boolean isShown() {
        return product.isExisting();
    }

    /** The tag of the image the product shows; null without one. */
    public String getTag() {
        if (!read && isShown()) {
            tag = queries.product(product.getSku()).flatMap(p -> p.imageTag()).orElse(null);
            read = true;
        }
        return tag;
    }

    public String getSku() {
        return product.getSku();
    }

    public void upload(FileUploadEvent event) {
        var file = event.getFile();
        var done = Messages.attempt(FORM, () -> images.set(product.getSku(), file.getContent()));
        if (done != null) {
            Messages.info(done.changed() ? "products.image.saved" : "products.image.unchanged", done.width(),
                    done.height());
            tag = done.tag();
            read = true;
        }
    }

    public void remove() {
        if (Messages.attempt(FORM, () -> images.remove(product.getSku()))) {
            Messages.info("products.image.removed");
            tag = null;
            read = true;
        }
    }
}
