package org.channelport.platform.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.ResourceBundle;
import org.junit.jupiter.api.Test;

/**
 * Labels, never codes (issue 10): the pages name enum values through dynamic keys ({@code msg['enum.lead.'.concat(l.status)]}),
 * which {@code MessageBundlesTest} cannot see. Every constant of every enum a page labels this way has its key, so no
 * page shows {@code ???enum.lead.OFFERED???}; MessageBundlesTest then holds the other languages to English.
 */
class EnumLabelsTest {
    /** Key prefix, and the enums whose values pages label with it. */
    private static final Map<String, List<Class<? extends Enum<?>>>> LABELLED = Map.ofEntries(
            Map.entry("enum.", List.of(org.channelport.partners.domain.PartnerType.class,
                    org.channelport.partners.domain.PartnerTier.class,
                    org.channelport.partners.domain.PartnerStatus.class,
                    org.channelport.partners.domain.UserStatus.class,
                    org.channelport.partners.domain.ApplicationStatus.class,
                    org.channelport.shared.ProductLine.class)),
            Map.entry("enum.lead.", List.of(org.channelport.leads.domain.LeadStatus.class)),
            Map.entry("enum.role.", List.of(org.channelport.partners.domain.PartnerRole.class)),
            Map.entry("enum.origin.", List.of(org.channelport.leads.domain.LeadOrigin.class)),
            Map.entry("enum.end.", List.of(org.channelport.leads.domain.AssignmentEnd.class)),
            Map.entry("strategy.", List.of(org.channelport.leads.domain.RoutingStrategy.class)),
            Map.entry("leadImport.phase.", List.of(org.channelport.platform.imports.ImportJob.Phase.class)),
            Map.entry("leadImport.kind.", List.of(org.channelport.leads.application.LeadImport.IssueKind.class)),
            Map.entry("deal.", List.of(org.channelport.deals.domain.DealStatus.class)),
            Map.entry("deals.stage.", List.of(org.channelport.deals.domain.DealStage.class)),
            Map.entry("deals.pricingStatus.", List.of(org.channelport.deals.domain.PricingStatus.class)),
            Map.entry("deals.pricingKind.", List.of(org.channelport.deals.domain.PricingKind.class)));

    @Test
    void everyValueAPageLabelsHasItsLabel() {
        var english = ResourceBundle.getBundle(HistoryLabels.BUNDLE, Locale.ENGLISH);
        var missing = new ArrayList<String>();
        LABELLED.forEach((prefix, enums) -> enums.forEach(type -> {
            for (var constant : type.getEnumConstants()) {
                var key = prefix + ((Enum<?>) constant).name();
                if (!english.containsKey(key)) {
                    missing.add(key);
                }
            }
        }));
        assertThat(missing).isEmpty();
    }
}
