package org.channelport.platform.rest;

import jakarta.annotation.Priority;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.DynamicFeature;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.FeatureContext;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.Provider;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.lang.reflect.Method;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * Rule P3: every resource method gets the body limit it declares ({@link BodyLimit}) or the default, once Jersey has
 * matched the request to it: bodies that announce a larger length are refused with 413 before a byte is read, and
 * streamed (chunked) bodies are counted as the resource reads them and refused at the first byte past the limit, so
 * that bytes after the JSON count too and nothing is buffered for a caller the role check refuses.
 */
@Provider
public class BodySizeLimits implements DynamicFeature {
    /** The setting of every method that declares no limit of its own. */
    public static final String DEFAULT = "app.rest.max-body-bytes";

    @Override
    public void configure(ResourceInfo resource, FeatureContext context) {
        var setting = setting(resource.getResourceMethod(), resource.getResourceClass());
        // A missing setting fails the deployment rather than leaving a method without a limit.
        long limit = ConfigProvider.getConfig().getValue(setting, Long.class);
        context.register(new Limit(limit), Priorities.AUTHENTICATION);
    }

    /** The setting that holds a method's limit: its own annotation, its class's, or the default. */
    static String setting(Method method, Class<?> resourceClass) {
        var own = method == null ? null : method.getAnnotation(BodyLimit.class);
        if (own != null) {
            return own.value();
        }
        var ofClass = resourceClass == null ? null : resourceClass.getAnnotation(BodyLimit.class);
        return ofClass != null ? ofClass.value() : DEFAULT;
    }

    @Priority(Priorities.AUTHENTICATION)
    static final class Limit implements ContainerRequestFilter {
        private final long maxBytes;

        Limit(long maxBytes) {
            this.maxBytes = maxBytes;
        }

        @Override
        public void filter(ContainerRequestContext request) throws IOException {
            if (request.getLength() > maxBytes) {
                throw tooLarge();
            }
            if (request.getLength() < 0 && request.hasEntity()) {
                // counted as it is read, by the resource, after the role check: nothing is held for a caller refused
                request.setEntityStream(new Counted(request.getEntityStream(), maxBytes));
            }
        }
    }

    /** A streamed body that fails with 413 at the first byte past the limit. */
    static final class Counted extends FilterInputStream {
        private long left;

        Counted(InputStream in, long maxBytes) {
            super(in);
            this.left = maxBytes;
        }

        @Override
        public int read() throws IOException {
            int b = super.read();
            if (b >= 0) {
                count(1);
            }
            return b;
        }

        @Override
        public int read(byte[] buffer, int offset, int length) throws IOException {
            int n = super.read(buffer, offset, length);
            if (n > 0) {
                count(n);
            }
            return n;
        }

        @Override
        public long skip(long n) throws IOException {
            long skipped = super.skip(n);
            count(skipped);
            return skipped;
        }

        @Override
        public boolean markSupported() {
            return false;
        }

        private void count(long n) {
            left -= n;
            if (left < 0) {
                throw tooLarge();
            }
        }
    }

    static WebApplicationException tooLarge() {
        return new WebApplicationException(Response.Status.REQUEST_ENTITY_TOO_LARGE);
    }
}
