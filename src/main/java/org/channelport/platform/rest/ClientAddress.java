package org.channelport.platform.rest;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import java.util.List;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The client's address for rate limiting. X-Forwarded-For is believed only from the reverse proxies listed in
 * {@code app.rest.trusted-proxies} (none by default), so a client cannot pick its own address.
 */
@ApplicationScoped
public class ClientAddress {
    @Inject
    @ConfigProperty(name = "app.rest.trusted-proxies", defaultValue = " ")
    String trustedProxies;

    public String of(HttpServletRequest request) {
        var remote = request.getRemoteAddr();
        var forwarded = request.getHeader("X-Forwarded-For");
        if (forwarded == null || forwarded.isBlank() || !trusted().contains(remote)) {
            return remote;
        }
        var hops = forwarded.split(",");
        return hops[hops.length - 1].strip();
    }

    private List<String> trusted() {
        return List.of(trustedProxies.split("\\s*,\\s*")).stream().map(String::strip).filter(s -> !s.isEmpty()).toList();
    }
}
