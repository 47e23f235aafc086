package org.channelport.partners.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.UUID;
import org.channelport.identity.CurrentUser;
import org.channelport.shared.DomainException;

/** Rule PA5 in one place: which partners the caller may see and act on. A foreign id is "not found", never "forbidden". */
@ApplicationScoped
public class Tenancy {
    @Inject
    CurrentUser user;

    public boolean canSee(UUID partnerId) {
        return user.seesAllPartners() || user.partnerId().filter(partnerId::equals).isPresent();
    }

    public void requireVisible(UUID partnerId, String what, Object id) {
        if (partnerId == null || !canSee(partnerId)) {
            throw DomainException.notFound(what, id);
        }
    }

    /** The caller's own partner, for a partner admin; channel managers may act on any partner. */
    public void requireAdminOf(UUID partnerId, String what, Object id) {
        requireVisible(partnerId, what, id);
        if (!user.isChannelManager() && !user.isPartnerAdmin()) {
            throw new DomainException(DomainException.Kind.FORBIDDEN, "error.notPartnerAdmin",
                    "Only an administrator of your organization can do this.");
        }
    }
}
