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
 * its partner figures). A partner administrator gets nothing from here: "invited colleagues who never signed in" needs
 * each user's first sign-in recorded, which the portal does not do.
 */
@Dependent
public class PartnerAttention implements AttentionSource {
    @Inject
    CurrentUser user;
    @Inject
    PartnerDirectory directory;

    @Override
    public List<Attention> attention() {
        if (!user.isChannelManager()) {
            return List.of();
        }
        var pending = directory.counts().getOrDefault("applications.pending", 0L);
        return pending == 0 ? List.of() : List.of(new Attention("attention.kind.application", null,
                "attention.applications.pending", List.of(pending), null, "/manage/partners/applications.xhtml"));
    }
}
