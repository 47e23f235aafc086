package org.channelport.leads.web;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.faces.context.FacesContext;
import jakarta.faces.model.SelectItem;
import jakarta.inject.Named;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import org.channelport.leads.domain.LeadStatus;
import org.channelport.leads.domain.RoutingStrategy;
import org.channelport.partners.domain.PartnerTier;
import org.channelport.partners.domain.PartnerType;
import org.channelport.shared.Countries;
import org.channelport.shared.ProductLine;

/** The fixed choices of the leads pages (statuses, product lines, countries in the page's language...). */
@Named
@ApplicationScoped
public class LeadChoices {
    public LeadStatus[] getStatuses() { return LeadStatus.values(); }
    public LeadStatus[] getProgressStatuses() {
        return new LeadStatus[]{LeadStatus.CONTACTED, LeadStatus.QUALIFIED, LeadStatus.DISQUALIFIED};
    }
    public ProductLine[] getProductLines() { return ProductLine.values(); }
    public PartnerTier[] getTiers() { return PartnerTier.values(); }
    public PartnerType[] getPartnerTypes() { return PartnerType.values(); }
    public RoutingStrategy[] getStrategies() { return RoutingStrategy.values(); }

    public List<SelectItem> getCountries() {
        var locale = FacesContext.getCurrentInstance().getViewRoot().getLocale();
        return Countries.codes().stream()
                .map(code -> new SelectItem(code, new Locale("", code).getDisplayCountry(locale) + " (" + code + ")"))
                .sorted(Comparator.comparing(SelectItem::getLabel))
                .toList();
    }

    /** A country's name in the page's language. */
    public String country(String code) {
        if (code == null) {
            return "";
        }
        return new Locale("", code).getDisplayCountry(FacesContext.getCurrentInstance().getViewRoot().getLocale());
    }

    /** 0..1 as a whole percentage, or a dash. */
    public String percent(Double value) {
        return value == null ? "–" : Math.round(value * 100) + " %";
    }
}
