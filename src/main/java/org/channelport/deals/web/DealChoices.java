package org.channelport.deals.web;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.faces.context.FacesContext;
import jakarta.faces.model.SelectItem;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import org.channelport.deals.application.DealSettings;
import org.channelport.deals.domain.DealStage;
import org.channelport.deals.domain.DealStatus;
import org.channelport.deals.domain.PricingKind;
import org.channelport.shared.Countries;
import org.channelport.shared.ProductLine;

/** The fixed choices of the deals pages: stages, statuses, product lines, the accepted currencies, countries. */
@Named
@ApplicationScoped
public class DealChoices {
    @Inject
    DealSettings settings;

    public DealStage[] getStages() { return DealStage.values(); }
    public DealStatus[] getStatuses() { return DealStatus.values(); }
    public ProductLine[] getProductLines() { return ProductLine.values(); }
    public PricingKind[] getPricingKinds() { return PricingKind.values(); }

    /** Rule D1: the currencies registrations accept, alphabetically. */
    public List<String> getCurrencies() {
        return settings.currencies().stream().sorted().toList();
    }

    /**
     * The currency a new registration starts with: the partner's country's, when registrations accept it (a partner in
     * Taiwan starts in TWD), else EUR when accepted, else none (the partner chooses).
     */
    public String startingCurrency(java.util.Optional<String> home) {
        var accepted = settings.currencies();
        return home.filter(accepted::contains).orElse(accepted.contains("EUR") ? "EUR" : null);
    }

    public List<SelectItem> getCountries() {
        var locale = locale();
        return Countries.codes().stream()
                .map(code -> new SelectItem(code, new Locale("", code).getDisplayCountry(locale) + " (" + code + ")"))
                .sorted(Comparator.comparing(SelectItem::getLabel))
                .toList();
    }

    public String country(String code) {
        return code == null ? "" : new Locale("", code).getDisplayCountry(locale());
    }

    private static Locale locale() {
        return FacesContext.getCurrentInstance().getViewRoot().getLocale();
    }
}
