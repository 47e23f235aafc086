package org.channelport.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import org.junit.jupiter.api.Test;

/** Rule I4 for pages: which roles open the portal, its administrators' pages and the console. */
class PageAccessTest {
    private static final Set<String> USER = Set.of(Roles.PARTNER_USER);
    private static final Set<String> ADMIN = Set.of(Roles.PARTNER_USER, Roles.PARTNER_ADMIN);
    private static final Set<String> MANAGER = Set.of(Roles.CHANNEL_MANAGER);
    private static final Set<String> MACHINE = Set.of(Roles.PARTNER_API, Roles.ERP_INTEGRATION);

    @Test
    void partnersOpenThePortalAndOnlyChannelManagersTheConsole() {
        assertThat(PageAccess.allowed("/portal/leads/index.xhtml", USER)).isTrue();
        assertThat(PageAccess.allowed("/portal/", ADMIN)).isTrue();
        assertThat(PageAccess.allowed("/manage/", USER)).isFalse();
        assertThat(PageAccess.allowed("/manage/partners/index.xhtml", ADMIN)).isFalse();
        // the console's order and product pages share their beans with the portal: the path alone keeps partners out
        assertThat(PageAccess.allowed("/manage/orders/order.xhtml", ADMIN)).isFalse();
        assertThat(PageAccess.allowed("/manage/orders/product.xhtml", USER)).isFalse();
        assertThat(PageAccess.allowed("/manage/deals/deal.xhtml", MANAGER)).isTrue();
        assertThat(PageAccess.allowed("/portal/deals/index.xhtml", MANAGER)).as("managers have no partner").isFalse();
    }

    @Test
    void apiCredentialsAreForPartnerAdministratorsOnly() {
        assertThat(PageAccess.allowed("/portal/partners/api-credentials.xhtml", USER)).isFalse();
        assertThat(PageAccess.allowed("/portal/partners/api-credentials.xhtml", ADMIN)).isTrue();
        assertThat(PageAccess.allowed("/portal/partners/webhooks.xhtml", USER)).as("a partner's endpoints").isFalse();
        assertThat(PageAccess.allowed("/portal/partners/webhook.xhtml", USER)).isFalse();
        assertThat(PageAccess.allowed("/portal/partners/webhooks.xhtml", ADMIN)).isTrue();
        assertThat(PageAccess.allowed("/portal/partners/addresses.xhtml", USER)).as("users read addresses").isTrue();
        assertThat(PageAccess.allowed("/portal/partners/users.xhtml", USER)).isTrue();
    }

    @Test
    void noRoleOrAMachineRoleOpensNeither() {
        assertThat(PageAccess.allowed("/portal/", Set.of())).isFalse();
        assertThat(PageAccess.allowed("/manage/", Set.of())).isFalse();
        assertThat(PageAccess.allowed("/portal/", MACHINE)).isFalse();
        assertThat(PageAccess.allowed("/manage/", MACHINE)).isFalse();
    }
}
