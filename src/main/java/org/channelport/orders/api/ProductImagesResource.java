package org.channelport.orders.api;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.Instant;
import org.channelport.identity.Roles;
import org.channelport.orders.application.CatalogQueries;
import org.channelport.orders.application.ProductImageService;
import org.channelport.platform.rest.BodyLimit;
import org.channelport.shared.DomainException;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;

/**
 * A product's image over REST (rule O27): the ERP and channel managers put and remove it; whoever may see the product
 * reads it (a partner system only those of products it may see: 404 otherwise, as for a product without image).
 */
@Path("products/{sku}/image")
@SecurityRequirement(name = "keycloak")
public class ProductImagesResource {
    @Inject
    ProductImageService images;
    @Inject
    CatalogQueries queries;

    @Schema(name = "ProductImage", description = "A product's image as stored (drawn anew from the upload).")
    public record ImageJson(String sku, @Schema(description = "Changes with every new image.") String tag,
                            @Schema(enumeration = {"image/png", "image/jpeg"}) String contentType, int width,
                            int height, Instant updatedAt,
                            @Schema(description = "Whether this call changed the image (the same file again does not).")
                            boolean changed) {
        static ImageJson of(ProductImageService.ImageInfo i) {
            return new ImageJson(i.sku(), i.tag(), i.contentType(), i.width(), i.height(), i.updatedAt(), i.changed());
        }
    }

    @PUT
    @Consumes({"image/png", "image/jpeg", "image/gif", MediaType.APPLICATION_OCTET_STREAM})
    @Produces(MediaType.APPLICATION_JSON)
    @BodyLimit("app.orders.image-max-bytes")
    @RolesAllowed({Roles.ERP_INTEGRATION, Roles.CHANNEL_MANAGER})
    @Operation(operationId = "putProductImage",
            summary = "Give a product its image, or replace it (ERP, channel managers): the raw PNG, JPEG or GIF file "
                    + "as the body",
            description = "Read by its content, not its name; at most 50 megapixels. Stored at most 1200 pixels a "
                    + "side (with a 240-pixel thumbnail), PNG if transparent, else JPEG, without the file's metadata. "
                    + "The same file again changes nothing (changed: false).")
    @APIResponse(responseCode = "200", description = "The product's image now.", content = @Content(
            mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ImageJson.class)))
    public ImageJson put(@PathParam("sku") String sku, byte[] body) {
        return ImageJson.of(images.set(sku, body));
    }

    @DELETE
    @RolesAllowed({Roles.ERP_INTEGRATION, Roles.CHANNEL_MANAGER})
    @Operation(operationId = "deleteProductImage", summary = "Remove a product's image (ERP, channel managers)",
            description = "Idempotent: a product without image stays so.")
    @APIResponse(responseCode = "204", description = "The product has no image.")
    public Response delete(@PathParam("sku") String sku) {
        images.remove(sku);
        return Response.noContent().build();
    }

    @GET
    @Produces({"image/png", "image/jpeg", MediaType.APPLICATION_JSON})
    @RolesAllowed({Roles.PARTNER_API, Roles.ERP_INTEGRATION, Roles.CHANNEL_MANAGER})
    @Operation(operationId = "getProductImage", summary = "A product's image, or its thumbnail (variant=thumbnail)",
            description = "With an ETag: send it as If-None-Match and an unchanged image answers 304.")
    @APIResponse(responseCode = "200", description = "The picture.", content = {
            @Content(mediaType = "image/jpeg", schema = @Schema(type = SchemaType.STRING, format = "binary")),
            @Content(mediaType = "image/png", schema = @Schema(type = SchemaType.STRING, format = "binary"))})
    @APIResponse(responseCode = "304", description = "Unchanged since the ETag sent.")
    public Response get(@PathParam("sku") String sku,
                        @Parameter(schema = @Schema(enumeration = {"full", "thumbnail"}))
                        @QueryParam("variant") @DefaultValue("full") String variant,
                        @HeaderParam("If-None-Match") String ifNoneMatch) {
        if (!"full".equals(variant) && !"thumbnail".equals(variant)) {
            throw new DomainException(DomainException.Kind.INVALID, "image.variant",
                    "variant: full or thumbnail.").at("variant");
        }
        boolean thumbnail = "thumbnail".equals(variant);
        var image = queries.image(sku, thumbnail).orElseThrow(() -> DomainException.notFound("product image", sku));
        var tag = new EntityTag(image.tag() + (thumbnail ? "-t" : ""));
        var cache = "private, max-age=300";
        if (ifNoneMatch != null && ifNoneMatch.contains("\"" + tag.getValue() + "\"")) {
            return Response.notModified(tag).header("Cache-Control", cache).build();
        }
        return Response.ok(image.bytes(), image.contentType()).tag(tag)
                .header("Cache-Control", cache)
                .header("X-Content-Type-Options", "nosniff")
                .build();
    }
}
