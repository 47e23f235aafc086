package org.channelport.shared;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * The one refusal of a state change that every context throws: the English message API clients read, and the
 * arguments pages localize ({@code error.illegalTransition}: action, subject, the state's label key).
 */
class IllegalTransitionTest {
    private enum Status { ACTIVE, AWAITING_SECOND_APPROVAL }

    @Test
    void aStateNamesItsOwnLabel() {
        var e = new IllegalTransition("partner", Status.ACTIVE, "reactivate");
        assertThat(e.kind()).isEqualTo(DomainException.Kind.CONFLICT);
        assertThat(e.messageKey()).isEqualTo("error.illegalTransition");
        assertThat(e.getMessage()).isEqualTo("Cannot reactivate this partner while it is active.");
        assertThat(e.arguments()).containsExactly("reactivate", "partner", Status.ACTIVE);
    }

    @Test
    void aStateOfAContextWithLabelsOfItsOwnIsLookedUpThere() {
        var e = new IllegalTransition("deal registration", "deal", Status.AWAITING_SECOND_APPROVAL, "edit");
        assertThat(e.getMessage())
                .isEqualTo("Cannot edit this deal registration while it is awaiting_second_approval.");
        assertThat(e.arguments()).containsExactly("edit", "deal registration", "deal.AWAITING_SECOND_APPROVAL");
    }
}
