package org.channelport.platform.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The one builder of the read queries' filters (partners, leads, deals). */
class WhereTest {

    @Test
    void conditionsWithoutAValueAreLeftOut() {
        var where = new Where().and("l.status = :status", "status", null).and("l.country = :country", "country", "DE")
                .and("l.updatedAt >= :since", "since", null);
        assertThat(where.sql()).isEqualTo(" where l.country = :country");
        assertThat(new Where().and("x = :x", "x", null).sql()).isEmpty();
    }

    @Test
    void conditionsWithSeveralParametersOrNone() {
        var where = new Where().and("d.closeDate >= :from and d.closeDate <= :to").param("from", 1).param("to", 2)
                .and("d.partnerId = :own", "own", "p");
        assertThat(where.sql()).isEqualTo(" where d.closeDate >= :from and d.closeDate <= :to and d.partnerId = :own");
    }

    @Test
    void searchTextIsContainedAnywhereWithoutCaseAndMeansItselfInLike() {
        assertThat(Where.containing("  Acme ")).isEqualTo("%acme%");
        assertThat(Where.containing("50%_off\\")).isEqualTo("%50\\%\\_off\\\\%");
        assertThat(Where.containing(" ")).isNull();
        assertThat(Where.containing(null)).isNull();
    }
}
