package org.channelport.deals.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.UUID;
import org.channelport.shared.DomainException;
import org.channelport.shared.ProductLine;
import org.junit.jupiter.api.Test;

/** Rule D9: discounts, target prices, authority and escalation. */
class PricingRequestTest {
    final UUID partner = UUID.randomUUID();
    final DealRegistration deal = approved();

    DealRegistration approved() {
        var d = DealRegistration.draft(UUID.randomUUID(), 1, partner, null, DealRegistrationTest.details("Acme",
                new BigDecimal("10000"), new BigDecimal("2000")), "p", DealRegistrationTest.NOW);
        d.submit(partner, ConflictLevel.NONE, DealRegistrationTest.NOW);
        d.approve("m", false, 60, DealRegistrationTest.TODAY, DealRegistrationTest.NOW);
        return d;
    }

    PricingRequest request(ProductLine line, PricingKind kind, String value) {
        return PricingRequest.request(deal, line, kind, new BigDecimal(value), "competitor quote", "p",
                DealRegistrationTest.NOW);
    }

    @Test
    void aTargetPriceIsKeptWithTheDiscountItMeans() {
        var r = request(ProductLine.NETWORKING, PricingKind.TARGET_PRICE, "8800");
        assertThat(r.discountPercent()).isEqualByComparingTo("12.00");
        assertThat(request(ProductLine.STORAGE, PricingKind.PERCENT, "7.5").discountPercent())
                .isEqualByComparingTo("7.50");
    }

    @Test
    void outOfRangeRequestsAreRefused() {
        assertThatThrownBy(() -> request(ProductLine.NETWORKING, PricingKind.TARGET_PRICE, "10000"))
                .isInstanceOf(DomainException.class).hasMessageContaining("below the registered value");
        assertThatThrownBy(() -> request(ProductLine.NETWORKING, PricingKind.PERCENT, "100"))
                .isInstanceOf(DomainException.class);
        assertThatThrownBy(() -> request(ProductLine.NETWORKING, PricingKind.PERCENT, "0"))
                .isInstanceOf(DomainException.class);
        assertThatThrownBy(() -> request(ProductLine.SECURITY, PricingKind.PERCENT, "5"))
                .isInstanceOf(DomainException.class).hasMessageContaining("no value in product line");
    }

    @Test
    void aManagerApprovesWithinAuthorityAndEscalatesBeyondIt() {
        var small = request(ProductLine.NETWORKING, PricingKind.PERCENT, "15");
        small.approve("manager", new BigDecimal("15"), null, DealRegistrationTest.NOW);
        assertThat(small.status()).isEqualTo(PricingStatus.APPROVED);
        assertThatThrownBy(() -> small.reject("manager", "x", DealRegistrationTest.NOW))
                .isInstanceOf(DomainException.class).hasMessageContaining("already been decided");

        var big = request(ProductLine.NETWORKING, PricingKind.PERCENT, "30");
        assertThatThrownBy(() -> big.approve("manager", new BigDecimal("15"), null, DealRegistrationTest.NOW))
                .isInstanceOf(DomainException.class).hasMessageContaining("beyond your approval authority");
        assertThat(big.status()).isEqualTo(PricingStatus.REQUESTED);
        assertThatThrownBy(() -> big.escalate("director", new BigDecimal("40"), null, DealRegistrationTest.NOW))
                .as("within the director's own authority: decide, do not escalate").isInstanceOf(DomainException.class);
        big.escalate("manager", new BigDecimal("15"), "above me", DealRegistrationTest.NOW);
        assertThat(big.status()).isEqualTo(PricingStatus.ESCALATED);
        assertThat(big.escalatedBy()).isEqualTo("manager");
        assertThatThrownBy(() -> big.approve("manager", new BigDecimal("15"), null, DealRegistrationTest.NOW))
                .isInstanceOf(DomainException.class);
        big.approve("director", new BigDecimal("40"), "ok", DealRegistrationTest.NOW);
        assertThat(big.status()).isEqualTo(PricingStatus.APPROVED);
        assertThat(big.decidedBy()).isEqualTo("director");
    }
}
