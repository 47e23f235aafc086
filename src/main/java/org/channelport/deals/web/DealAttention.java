package org.channelport.deals.web;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.Duration;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.channelport.deals.application.DealQueries;
import org.channelport.deals.application.DealSettings;
import org.channelport.deals.application.DealSummary;
import org.channelport.deals.domain.DealStatus;
import org.channelport.deals.domain.PricingStatus;
import org.channelport.identity.CurrentUser;
import org.channelport.platform.attention.Attention;
import org.channelport.platform.attention.AttentionSource;
import org.channelport.platform.attention.Tile;

/**
 * What deal registrations ask of the signed-in person (issue 10, attention home). A partner: questions to answer
 * (D6), drafts to submit, protections ending within {@link #PROTECTION_WARNING_DAYS} days (D7), registrations held or
 * rejected, and pricing decisions of the last {@link #RECENT_DAYS} days (D9). A channel manager: held conflicts,
 * registrations in review and those waiting for a second approval (D6), and pricing requests within the manager's
 * authority (D9). All through {@link DealQueries}, which keeps a partner to its own registrations.
 */
@Dependent
public class DealAttention implements AttentionSource {
    static final int PROTECTION_WARNING_DAYS = 14;
    static final int RECENT_DAYS = 14;
    private static final int MAX = 50;
    private static final String KIND = "attention.kind.deal";
    /** The statuses in which a registration needs its partner, with why (listed newest change first). */
    private static final Map<DealStatus, String> REASONS = Map.of(
            DealStatus.INFO_REQUESTED, "attention.deal.infoRequested", DealStatus.DRAFT, "attention.deal.draft",
            DealStatus.HELD, "attention.deal.held", DealStatus.REJECTED, "attention.deal.rejected");

    /** Counts by status, asked once for the home's items and tiles together. */
    private Map<DealStatus, Long> counts;

    @Inject
    CurrentUser user;
    @Inject
    DealQueries queries;
    @Inject
    DealSettings settings;
    @Inject
    Clock clock;

    @Override
    public List<Attention> attention() {
        if (user.isChannelManager()) {
            return forManager();
        }
        if (user.partnerId().isEmpty()) {
            return List.of();
        }
        var items = new ArrayList<Attention>();
        var now = clock.instant();
        var today = now.atZone(ZoneOffset.UTC).toLocalDate();
        // the last protected day is protectedUntil, so the protection ends as protectedUntil + 1 begins: within 14 days
        for (var d : queries.protectionsEndingBy(today.plusDays(PROTECTION_WARNING_DAYS - 1L), MAX)) {
            items.add(new Attention(KIND, subject(d), "attention.deal.protectionEnds", List.of(),
                    d.getProtectedUntil().plusDays(1).atStartOfDay(ZoneOffset.UTC).toInstant(), page(d)));
        }
        var recent = now.minus(Duration.ofDays(RECENT_DAYS));
        for (var d : queries.needingAttention(REASONS.keySet(), recent, MAX)) {
            items.add(new Attention(KIND, subject(d), REASONS.get(d.getStatus()), List.of(), null, page(d)));
        }
        for (var p : queries.pricingDecidedSince(recent)) {
            items.add(new Attention(KIND, p.getDealReference(), p.getStatus() == PricingStatus.APPROVED
                    ? "attention.pricing.approved" : "attention.pricing.rejected", List.of(), null,
                    "/portal/deals/deal.xhtml?id=" + p.getDealId()));
        }
        return items;
    }

    private List<Attention> forManager() {
        var counts = counts();
        var items = new ArrayList<Attention>();
        queue(items, counts, DealStatus.HELD, "attention.deals.held");
        queue(items, counts, DealStatus.AWAITING_SECOND_APPROVAL, "attention.deals.secondApproval");
        queue(items, counts, DealStatus.SUBMITTED, "attention.deals.submitted");
        var authority = settings.discountAuthority(user.name());
        var mine = queries.openPricingWithin(authority);
        if (mine > 0) {
            items.add(new Attention("attention.kind.pricing", null, "attention.pricing.withinAuthority",
                    List.of(mine, authority.setScale(0, RoundingMode.DOWN)), null, "/manage/deals/pricing.xhtml"));
        }
        return items;
    }

    private static void queue(List<Attention> items, Map<DealStatus, Long> counts, DealStatus status, String reason) {
        var n = counts.getOrDefault(status, 0L);
        if (n > 0) {
            items.add(new Attention(KIND, null, reason, List.of(n), null, "/manage/deals/index.xhtml?status=" + status));
        }
    }

    @Override
    public List<Tile> tiles() {
        if (user.isChannelManager()) {
            var counts = counts();
            long inReview = DealStatus.IN_REVIEW.stream().mapToLong(s -> counts.getOrDefault(s, 0L)).sum();
            return List.of(new Tile(20, "dealsInReview", "attention.tile.dealsInReview", Long.toString(inReview), null,
                    null, "/manage/deals/index.xhtml?scope=queue"));
        }
        if (user.partnerId().isEmpty()) {
            return List.of();
        }
        var counts = counts();
        long open = DealStatus.IN_REVIEW.stream().mapToLong(s -> counts.getOrDefault(s, 0L)).sum()
                + counts.getOrDefault(DealStatus.APPROVED, 0L);
        long won = counts.getOrDefault(DealStatus.WON, 0L);
        long lost = counts.getOrDefault(DealStatus.LOST, 0L);
        var winRate = won + lost == 0 ? "–" : BigDecimal.valueOf(won * 100).divide(BigDecimal.valueOf(won + lost), 0,
                RoundingMode.HALF_UP) + " %";
        return List.of(
                new Tile(20, "openDeals", "attention.tile.openDeals", Long.toString(open), null, null,
                        "/portal/deals/index.xhtml?all=true"),
                new Tile(30, "winRate", "attention.tile.winRate", winRate, "attention.trend.closed",
                        Long.toString(won + lost), "/portal/deals/index.xhtml?status=WON"));
    }

    private Map<DealStatus, Long> counts() {
        if (counts == null) {
            counts = queries.countsByStatus();
        }
        return counts;
    }

    private static String subject(DealSummary d) {
        return d.getReference() + " · " + d.getCompany();
    }

    private static String page(DealSummary d) {
        return "/portal/deals/deal.xhtml?id=" + d.getId();
    }
}
