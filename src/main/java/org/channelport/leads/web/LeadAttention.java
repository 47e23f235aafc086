package org.channelport.leads.web;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import org.channelport.identity.CurrentUser;
import org.channelport.leads.application.LeadQueries;
import org.channelport.leads.domain.LeadStatus;
import org.channelport.platform.attention.Attention;
import org.channelport.platform.attention.AttentionSource;
import org.channelport.platform.attention.Tile;
import org.channelport.platform.web.Messages;

/**
 * What leads ask of the signed-in person (issue 10, attention home). A partner: offers to accept or decline before
 * their deadline, and accepted leads whose follow-up falls due within {@link #FOLLOW_UP_WARNING} (both L10), with the
 * leads offered this month against last month. A channel manager: the leads no rule could place (L6) and the offers
 * recalled for a missed SLA this week (L10). All through {@link LeadQueries}, which keeps a partner to its own leads.
 */
@Dependent
public class LeadAttention implements AttentionSource {
    static final Duration FOLLOW_UP_WARNING = Duration.ofDays(2);
    private static final String KIND = "attention.kind.lead";

    @Inject
    CurrentUser user;
    @Inject
    LeadQueries queries;
    @Inject
    Clock clock;

    @Override
    public List<Attention> attention() {
        if (user.isChannelManager()) {
            var unrouted = queries.countsByStatus().getOrDefault(LeadStatus.UNASSIGNED, 0L);
            return unrouted == 0 ? List.of() : List.of(new Attention(KIND, null, "attention.leads.unrouted",
                    List.of(unrouted), null, "/manage/leads/index.xhtml?status=UNASSIGNED"));
        }
        if (user.partnerId().isEmpty()) {
            return List.of();
        }
        var items = new ArrayList<Attention>();
        for (var lead : queries.dueBy(clock.instant().plus(FOLLOW_UP_WARNING), 50)) {
            var link = "/portal/leads/lead.xhtml?id=" + lead.getId();
            if (lead.isOffered()) {
                items.add(new Attention(KIND, lead.getCompany(), "attention.lead.offered", List.of(),
                        lead.getAcceptDueAt(), link));
            } else {
                items.add(new Attention(KIND, lead.getCompany(), "attention.lead.followUp",
                        List.of(Messages.label("enum.lead." + lead.getStatus())), lead.getFollowUpDueAt(), link));
            }
        }
        return items;
    }

    @Override
    public List<Tile> tiles() {
        var now = clock.instant();
        if (user.isChannelManager()) {
            var week = now.minus(Duration.ofDays(7));
            return List.of(new Tile(40, "slaRecalls", "attention.tile.slaRecalls",
                    Long.toString(queries.slaRecallsSince(week)), null, null, "/manage/leads/partners.xhtml"));
        }
        if (user.partnerId().isEmpty()) {
            return List.of();
        }
        var month = now.atZone(ZoneOffset.UTC).toLocalDate().withDayOfMonth(1);
        var thisMonth = month.atStartOfDay(ZoneOffset.UTC).toInstant();
        var lastMonth = month.minusMonths(1).atStartOfDay(ZoneOffset.UTC).toInstant();
        return List.of(new Tile(10, "leadsThisMonth", "attention.tile.leadsThisMonth",
                Long.toString(queries.offeredBetween(thisMonth, now.plus(1, ChronoUnit.SECONDS))), "attention.trend.lastMonth",
                Long.toString(queries.offeredBetween(lastMonth, thisMonth)), "/portal/leads/index.xhtml?all=true"));
    }
}
