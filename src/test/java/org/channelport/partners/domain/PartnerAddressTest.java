package org.channelport.partners.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.UUID;
import org.channelport.shared.FieldProblem;
import org.junit.jupiter.api.Test;

class PartnerAddressTest {
    private static PartnerAddress.Request request(String kind, String country, String gln) {
        return new PartnerAddress.Request(kind, "Main warehouse", "Northwind GmbH", "Hafenstr. 1", null, "20457",
                "Hamburg", null, country, gln, true);
    }

    @Test
    void aGlnIsThirteenDigitsWithItsGs1CheckDigit() {
        assertThat(PartnerAddress.check(request("SHIP_TO", "DE", "4012345000009"))).isEmpty();
        assertThat(PartnerAddress.check(request("SHIP_TO", "DE", "4012 3450 0000 9"))).as("as people print it").isEmpty();
        assertThat(PartnerAddress.check(request("SHIP_TO", "DE", "4012345000008"))).extracting(FieldProblem::messageKey)
                .containsExactly("address.gln.invalid");
        assertThat(PartnerAddress.check(request("SHIP_TO", "DE", "401234500000"))).extracting(FieldProblem::field)
                .containsExactly("gln");
        assertThat(PartnerAddress.check(request("SHIP_TO", "DE", null))).as("a GLN is optional").isEmpty();
    }

    @Test
    void everyProblemAtItsField() {
        var problems = PartnerAddress.check(new PartnerAddress.Request("HOME", " ", null, "x".repeat(201), null,
                "1".repeat(21), "", null, "XX", "abc", null));
        assertThat(problems).extracting(FieldProblem::field).containsExactly("kind", "label", "recipient", "street",
                "postalCode", "city", "country", "gln");
        assertThat(PartnerAddress.check(new PartnerAddress.Request("bill_to", "A\u0000B", "R", "Hafenstr.\n1", null,
                null, "C", null, "de", null, null))).extracting(FieldProblem::messageKey)
                .as("one line each, no control characters").containsExactly("address.control", "address.control");
    }

    @Test
    void anAddressPrintsAsALabelDoes() {
        var address = PartnerAddress.create(UUID.randomUUID(), new PartnerAddress.Request("ship_to", " Dock 4 ",
                "Northwind GmbH", "Hafenstr. 1", "Tor 3", "20457", "Hamburg", null, "de", "4012345000009", false),
                Instant.parse("2026-12-05T10:00:00Z"));
        assertThat(address.kind()).isEqualTo(PartnerAddress.Kind.SHIP_TO);
        assertThat(address.label()).isEqualTo("Dock 4");
        assertThat(address.country()).isEqualTo("DE");
        assertThat(address.text()).isEqualTo("Northwind GmbH\nHafenstr. 1\nTor 3\n20457 Hamburg\nDE");
    }
}
