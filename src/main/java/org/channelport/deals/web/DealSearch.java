package org.channelport.deals.web;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import java.util.List;
import org.channelport.deals.application.DealFilter;
import org.channelport.deals.application.DealQueries;
import org.channelport.identity.CurrentUser;
import org.channelport.platform.search.SearchHit;
import org.channelport.platform.search.SearchSource;
import org.channelport.platform.web.Formats;
import org.channelport.platform.web.Messages;

/**
 * Deal registrations for the top bar's search, by customer, DR number or web domain (rule D11's text filter; a
 * partner finds only its own registrations).
 */
@Dependent
public class DealSearch implements SearchSource {
    @Inject
    CurrentUser user;
    @Inject
    DealQueries queries;
    @Inject
    Formats formats;

    @Override
    public List<SearchHit> search(String text, int max) {
        var manager = user.seesAllPartners();
        if (!manager && user.partnerId().isEmpty()) {
            return List.of(); // a portal session without an organization finds nothing (and no error page)
        }
        var page = manager ? "/manage/deals/deal.xhtml?id=" : "/portal/deals/deal.xhtml?id=";
        return queries.page(new DealFilter(null, null, null, null, null, null, null, null, null, null, text, false), 0,
                        max).stream()
                .map(d -> new SearchHit("search.kind.deal", d.getReference() + " · " + d.getCompany(),
                        Messages.label((manager ? "enum.deal." : "deal.") + d.getStatus()) + " · " + formats.money(d.getEstimatedValue(),
                                d.getCurrency()) + (manager && d.getPartnerName() != null ? " · " + d.getPartnerName() : ""),
                        page + d.getId()))
                .toList();
    }
}
