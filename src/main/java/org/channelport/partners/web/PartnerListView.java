package org.channelport.partners.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import java.util.Map;
import org.channelport.partners.application.PartnerDirectory;
import org.channelport.partners.application.PartnerFilter;
import org.channelport.partners.application.PartnerSummary;
import org.channelport.partners.domain.PartnerStatus;
import org.channelport.partners.domain.PartnerTier;
import org.channelport.partners.domain.PartnerType;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;

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

    private final LazyDataModel<PartnerSummary> partners = new LazyDataModel<>() {
        @Override
        public int count(Map<String, FilterMeta> filterBy) {
            return (int) directory.count(filter());
        }

        @Override
        public List<PartnerSummary> load(int first, int pageSize, Map<String, SortMeta> sortBy, Map<String, FilterMeta> filterBy) {
            int size = Math.max(1, Math.min(pageSize, 200));
            var page = directory.list(filter(), first / size, size);
            setRowCount((int) page.total());
            return page.items();
        }

        @Override
        public String getRowKey(PartnerSummary partner) {
            return partner.getId().toString();
        }
    };

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
