package org.channelport.leads.web;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import java.util.List;
import org.channelport.identity.CurrentUser;
import org.channelport.leads.application.LeadFilter;
import org.channelport.leads.application.LeadQueries;
import org.channelport.platform.search.SearchHit;
import org.channelport.platform.search.SearchSource;
import org.channelport.platform.web.Formats;
import org.channelport.platform.web.Messages;

/** Leads for the top bar's search, by company (rule L9: a partner finds only the leads it holds or registered). */
@Dependent
public class LeadSearch implements SearchSource {
    @Inject
    CurrentUser user;
    @Inject
    LeadQueries queries;
    @Inject
    Formats formats;

    @Override
    public List<SearchHit> search(String text, int max) {
        if (!user.seesAllPartners() && user.partnerId().isEmpty()) {
            return List.of(); // a portal session without an organization finds nothing (and no error page)
        }
        var page = user.seesAllPartners() ? "/manage/leads/lead.xhtml?id=" : "/portal/leads/lead.xhtml?id=";
        return queries.page(new LeadFilter(null, null, null, null, text, null), 0, max).stream()
                .map(l -> new SearchHit("search.kind.lead", l.getCompany(),
                        Messages.label("enum.lead." + l.getStatus()) + " · " + formats.country(l.getCountry()),
                        page + l.getId()))
                .toList();
    }
}
