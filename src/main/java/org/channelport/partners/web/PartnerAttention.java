package org.channelport.partners.web;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import java.util.List;
import org.channelport.identity.CurrentUser;
import org.channelport.partners.application.PartnerDirectory;
import org.channelport.platform.attention.Attention;
import org.channelport.platform.attention.AttentionSource;

/**
 * What partners ask of a channel manager (issue 10, attention home): applications to review (the console's home keeps
 * its partner figures); and what a partner administrator's team needs: colleagues invited who have not signed in yet.
 */
@Dependent
public class PartnerAttention implements AttentionSource {
    @Inject
    CurrentUser user;
    @Inject
    PartnerDirectory directory;

    @Override
    public List<Attention> attention() {
        if (user.isPartnerAdmin()) {
            var waiting = directory.neverSignedIn(user.partnerId().orElseThrow());
            return waiting == 0 ? List.of() : List.of(new Attention("attention.kind.team", null,
                    "attention.users.invited", List.of(waiting), null, "/portal/partners/users.xhtml"));
        }
        if (!user.isChannelManager()) {
            return List.of();
        }
        var pending = directory.counts().getOrDefault("applications.pending", 0L);
        return pending == 0 ? List.of() : List.of(new Attention("attention.kind.application", null,
                "attention.applications.pending", List.of(pending), null, "/manage/partners/applications.xhtml"));
    }
}
