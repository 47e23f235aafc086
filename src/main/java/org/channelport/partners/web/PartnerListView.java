package org.channelport.partners.web;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import org.channelport.partners.application.PartnerDirectory;
import org.channelport.partners.application.PartnerFilter;
import org.channelport.partners.application.PartnerSummary;
import org.channelport.partners.domain.PartnerStatus;
import org.channelport.partners.domain.PartnerTier;
import org.channelport.partners.domain.PartnerType;
import org.channelport.platform.web.PagedTable;
import org.primefaces.model.LazyDataModel;

/** The console's partner list: filtered, paged in the database, exportable. */
@Named
@ViewScoped
public class PartnerListView implements Serializable {
    @Inject
    PartnerDirectory directory;

    private String name;
    private PartnerType type;
    private PartnerTier tier;
    private PartnerStatus status;
    private String country;

    private LazyDataModel<PartnerSummary> partners;

    @PostConstruct
    void init() {
        partners = new PagedTable<>(this::filter, PartnerDirectory.MAX_PAGE_SIZE, directory::count, directory::page,
                directory::export, PartnerSummary::getId);
    }

    private PartnerFilter filter() {
        return new PartnerFilter(type, tier, status, country, null, name);
    }

    public LazyDataModel<PartnerSummary> getPartners() { return partners; }
    public String getName() { return name; }
    public void setName(String name) { this.name = name; }
    public PartnerType getType() { return type; }
    public void setType(PartnerType type) { this.type = type; }
    public PartnerTier getTier() { return tier; }
    public void setTier(PartnerTier tier) { this.tier = tier; }
    public PartnerStatus getStatus() { return status; }
    public void setStatus(PartnerStatus status) { this.status = status; }
    public String getCountry() { return country; }
    public void setCountry(String country) { this.country = country; }
    public PartnerType[] getTypes() { return PartnerType.values(); }
    public PartnerTier[] getTiers() { return PartnerTier.values(); }
    public PartnerStatus[] getStatuses() { return PartnerStatus.values(); }
}
