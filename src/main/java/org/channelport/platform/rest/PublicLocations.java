package org.channelport.platform.rest;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.container.ContainerResponseFilter;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.ext.Provider;
import java.net.URI;

/**
 * Rule P11 for the API: a Location header (201 Created) names the resource under {@code app.base-url}. Resources build
 * it from {@code UriInfo}, whose base comes from the request's Host header; a stored answer replayed for an
 * Idempotency-Key carries the host of its first request. Both are rebuilt here from the path alone.
 */
@Provider
public class PublicLocations implements ContainerResponseFilter {

    @Override
    public void filter(ContainerRequestContext request, ContainerResponseContext response) {
        var location = response.getHeaders().getFirst(HttpHeaders.LOCATION);
        if (location == null) {
            return;
        }
        var apiPath = request.getUriInfo().getBaseUri().getRawPath();
        response.getHeaders().putSingle(HttpHeaders.LOCATION, publicLocation(baseUrl(), apiPath, URI.create(location.toString())));
    }

    /**
     * The location under the public base URL: an absolute one keeps its path and query, a relative one is resolved
     * against the API's path (e.g. /api/v1/), as JAX-RS would.
     */
    static URI publicLocation(String baseUrl, String apiPath, URI location) {
        var base = baseUrl.endsWith("/") ? baseUrl.substring(0, baseUrl.length() - 1) : baseUrl;
        if (!location.isAbsolute() && location.getRawAuthority() == null) {
            return URI.create(base + apiPath).resolve(location);
        }
        var path = location.getRawPath() == null ? "" : location.getRawPath();
        var query = location.getRawQuery() == null ? "" : "?" + location.getRawQuery();
        return URI.create(base + path + query);
    }

    private static String baseUrl() {
        return org.channelport.platform.BaseUrl.get();
    }
}
