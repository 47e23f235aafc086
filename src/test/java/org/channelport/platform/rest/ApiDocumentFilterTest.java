package org.channelport.platform.rest;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The OpenAPI document's paths name their parameters only, as OpenAPI requires. */
class ApiDocumentFilterTest {
    @Test
    void aTemplatesRegularExpressionIsLeftOut() {
        assertThat(ApiDocumentFilter.plainTemplate("/api/v1/{sweep: [a-z]{1,20}}-sweeps")).isEqualTo("/api/v1/{sweep}-sweeps");
        assertThat(ApiDocumentFilter.plainTemplate("/api/v1/leads/{id}/assignments")).isEqualTo("/api/v1/leads/{id}/assignments");
        assertThat(ApiDocumentFilter.plainTemplate("/a/{x:\\d+}/{y}")).isEqualTo("/a/{x}/{y}");
    }
}
