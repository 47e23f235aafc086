package org.channelport.platform.rest;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import org.junit.jupiter.api.Test;

/** Rule P11: the Location of a created resource is under app.base-url, whatever Host the request named. */
class PublicLocationsTest {
    private static final String BASE = "https://partners.example.com/";

    @Test
    void anAbsoluteLocationBuiltFromAForgedHostIsMovedToTheBaseUrl() {
        var forged = URI.create("http://evil.example/api/v1/leads/5f0c?x=1");

        assertThat(PublicLocations.publicLocation(BASE, "/api/v1/", forged))
                .isEqualTo(URI.create("https://partners.example.com/api/v1/leads/5f0c?x=1"));
    }

    @Test
    void aRelativeLocationIsResolvedAgainstTheApiPath() {
        assertThat(PublicLocations.publicLocation(BASE, "/api/v1/", URI.create("routing-rules/7")))
                .isEqualTo(URI.create("https://partners.example.com/api/v1/routing-rules/7"));
        assertThat(PublicLocations.publicLocation(BASE, "/api/v1/", URI.create("/api/v1/leads/1")))
                .isEqualTo(URI.create("https://partners.example.com/api/v1/leads/1"));
    }
}
