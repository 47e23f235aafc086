package org.channelport.platform.rest;

import jakarta.inject.Inject;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.PreMatching;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.Provider;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** Rule P3: bodies over the limit are refused with 413, whether they announce their length or stream it (chunked). */
@Provider
@PreMatching
public class BodySizeLimit implements ContainerRequestFilter {
    private static final java.util.regex.Pattern ATTACHMENTS =
            java.util.regex.Pattern.compile("/?deal-registrations/[^/]+/attachments");

    @Inject
    @ConfigProperty(name = "app.rest.max-body-bytes", defaultValue = "65536")
    long maxBytes;
    /** Lead files (CSV or XLSX of up to 100,000 rows) are larger than any JSON request. */
    @Inject
    @ConfigProperty(name = "app.rest.max-import-bytes", defaultValue = "33554432")
    long maxImportBytes;

    /** A batch of up to 1,000 leads. */
    @Inject
    @ConfigProperty(name = "app.rest.max-batch-bytes", defaultValue = "2097152")
    long maxBatchBytes;

    /**
     * Rule D10: files attached to deal registrations are sent raw (the body is the file), so the API's limit is the
     * deals' own limit of a file: one setting, and the answer is 413 before the body is read.
     */
    @Inject
    @ConfigProperty(name = "app.deals.attachment-max-bytes", defaultValue = "5242880")
    long maxAttachmentBytes;

    @Override
    public void filter(ContainerRequestContext request) throws IOException {
        var path = request.getUriInfo().getPath();
        while (path.endsWith("/")) {
            path = path.substring(0, path.length() - 1);
        }
        long maxBytes = path.endsWith("lead-imports") ? maxImportBytes : path.endsWith("leads") ? maxBatchBytes
                : ATTACHMENTS.matcher(path).matches() ? maxAttachmentBytes : this.maxBytes;
        if (request.getLength() > maxBytes) {
            throw tooLarge();
        }
        if (request.getLength() < 0 && request.hasEntity()) {
            // Streamed (chunked) body: read it all, up to the limit, so that bytes after the JSON count too.
            var body = request.getEntityStream().readNBytes((int) Math.min(Integer.MAX_VALUE - 1, maxBytes) + 1);
            if (body.length > maxBytes) {
                throw tooLarge();
            }
            request.setEntityStream(new ByteArrayInputStream(body));
        }
    }

    static WebApplicationException tooLarge() {
        return new WebApplicationException(Response.Status.REQUEST_ENTITY_TOO_LARGE);
    }
}
