package org.channelport.partners.web;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import java.util.List;
import org.channelport.identity.CurrentUser;
import org.channelport.partners.application.PartnerDirectory;
import org.channelport.partners.application.PartnerFilter;
import org.channelport.platform.search.SearchHit;
import org.channelport.platform.search.SearchSource;
import org.channelport.platform.web.Formats;
import org.channelport.platform.web.Messages;

/** Partners for the console's search, by name: channel managers only (a partner's search finds no partners). */
@Dependent
public class PartnerSearch implements SearchSource {
    @Inject
    CurrentUser user;
    @Inject
    PartnerDirectory directory;
    @Inject
    Formats formats;

    @Override
    public List<SearchHit> search(String text, int max) {
        if (!user.isChannelManager()) {
            return List.of();
        }
        return directory.page(new PartnerFilter(null, null, null, null, null, text), 0, max).stream()
                .map(p -> new SearchHit("search.kind.partner", p.getName(), Messages.label("enum." + p.getType())
                        + " · " + Messages.label("enum." + p.getTier()) + " · " + formats.country(p.getCountry()),
                        "/manage/partners/partner.xhtml?id=" + p.getId()))
                .toList();
    }
}
