package org.channelport.platform.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Rule P11: where a redirect points, whatever Host header the request came with. */
class PublicRedirectsTest {
    private static final String BASE = "https://partners.example.com";

    @Test
    void aPathIsMadeAbsoluteFromTheBaseUrl() {
        assertThat(PublicRedirects.absolute(BASE, "/login", "/home")).isEqualTo(BASE + "/home");
        assertThat(PublicRedirects.absolute(BASE, "/manage/x.xhtml", "/portal/?a=1")).isEqualTo(BASE + "/portal/?a=1");
    }

    @Test
    void aRelativeReferenceIsResolvedAgainstTheRequestPathUnderTheBaseUrl() {
        assertThat(PublicRedirects.absolute(BASE, "/manage/partners/list.xhtml", "detail.xhtml?id=1"))
                .isEqualTo(BASE + "/manage/partners/detail.xhtml?id=1");
    }

    @Test
    void absoluteAddressesSuchAsKeycloaksStayAsTheyAre() {
        var keycloak = "http://127.0.0.1:8180/realms/channelport/protocol/openid-connect/auth?client_id=x";

        assertThat(PublicRedirects.absolute(BASE, "/home", keycloak)).isEqualTo(keycloak);
    }

    @Test
    void aSchemeRelativeOrUnparsableLocationGoesHome() {
        assertThat(PublicRedirects.absolute(BASE, "/login", "//evil.example/home")).isEqualTo(BASE + "/");
        assertThat(PublicRedirects.absolute(BASE, "/login", "/a b\\c")).isEqualTo(BASE + "/");
    }
}
