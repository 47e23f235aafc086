package org.channelport.platform.access;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.channelport.identity.CurrentUser;
import org.channelport.shared.DomainException;
import org.junit.jupiter.api.Test;

/** The one "only channel managers" check of every context (PA4, L4, L14, D6, D9). */
class ChannelManagersTest {

    private static CurrentUser caller(String name, boolean manager) {
        return new CurrentUser() {
            @Override
            public String name() {
                return name;
            }

            @Override
            public boolean isChannelManager() {
                return manager;
            }
        };
    }

    @Test
    void aChannelManagerPassesAndIsNamed() {
        assertThat(ChannelManagers.require(caller("director", true)).name()).isEqualTo("director");
    }

    @Test
    void anyoneElseIsForbidden() {
        assertThatThrownBy(() -> ChannelManagers.require(caller("northwind.admin", false)))
                .isInstanceOfSatisfying(DomainException.class, e -> {
                    assertThat(e.kind()).isEqualTo(DomainException.Kind.FORBIDDEN);
                    assertThat(e.messageKey()).isEqualTo("error.forbidden");
                });
    }
}
