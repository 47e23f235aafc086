package org.channelport.leads.web;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.Map;
import java.util.UUID;
import org.channelport.leads.application.LeadFilter;
import org.channelport.leads.application.LeadIntakeService;
import org.channelport.leads.application.LeadQueries;
import org.channelport.leads.application.LeadSummary;
import org.channelport.leads.domain.LeadStatus;
import org.channelport.platform.web.Messages;
import org.channelport.shared.ProductLine;
import org.primefaces.PrimeFaces;
import org.channelport.platform.web.ListMemory;
import org.channelport.platform.web.PagedTable;
import org.primefaces.model.LazyDataModel;

/** The console's lead pool: every lead with filters, the managers' queue, a new lead by hand, exports. */
@Named
@ViewScoped
public class LeadPoolView implements Serializable {
    /** This list's filters in {@link ListMemory}. */
    static final String LIST = "manage.leads";
    @Inject
    LeadQueries queries;
    @Inject
    LeadIntakeService intake;
    @Inject
    ListMemory memory;

    private LeadStatus status;
    private String country;
    private ProductLine productLine;
    private UUID partnerId;
    private String text;
    private Map<LeadStatus, Long> counts;
    private LeadForm form = new LeadForm();
    private LazyDataModel<LeadSummary> leads;
    private java.util.List<org.channelport.partners.application.PartnerRoster.Member> partners;

    @PostConstruct
    void init() {
        leads = new PagedTable<>(this::filter, LeadQueries.MAX_PAGE_SIZE, queries::count, queries::page,
                queries::export, LeadSummary::getId);
        counts = queries.countsByStatus();
        partners = queries.activePartners();
        memory.recall(LIST, LeadFilter.class, "status", "all").ifPresent(f -> {
            status = f.status();
            country = f.country();
            productLine = f.productLine();
            partnerId = f.partnerId();
            text = f.text();
        });
    }

    private LeadFilter filter() {
        return new LeadFilter(status, country, productLine, partnerId, text, null);
    }

    /** The managers' queue: unassigned leads with the reason. */
    public void showQueue() {
        status = LeadStatus.UNASSIGNED;
    }

    public void create() {
        var id = Messages.attempt("newLeadForm", () -> intake.create(form.toCommand("console")));
        if (id != null) {
            var lead = queries.get(id);
            if (lead.getStatus() == LeadStatus.OFFERED) {
                Messages.info("lead.created.offered", lead.getCompany(), lead.getPartnerName());
            } else {
                Messages.info("lead.created.queued", lead.getCompany());
            }
            form = new LeadForm();
            counts = queries.countsByStatus();
            PrimeFaces.current().executeScript("PF('newLeadDialog').hide()");
        }
    }

    public long count(String key) {
        return switch (key) {
            case "queue" -> counts.getOrDefault(LeadStatus.UNASSIGNED, 0L);
            case "offered" -> counts.getOrDefault(LeadStatus.OFFERED, 0L);
            case "working" -> counts.getOrDefault(LeadStatus.ACCEPTED, 0L) + counts.getOrDefault(LeadStatus.CONTACTED, 0L)
                    + counts.getOrDefault(LeadStatus.QUALIFIED, 0L);
            case "converted" -> counts.getOrDefault(LeadStatus.CONVERTED, 0L);
            default -> counts.values().stream().mapToLong(Long::longValue).sum();
        };
    }

    public LazyDataModel<LeadSummary> getLeads() { return leads; }
    public LeadStatus getStatus() { return status; }
    public void setStatus(LeadStatus status) { this.status = status; memory.remember(LIST, filter()); }
    public String getCountry() { return country; }
    public void setCountry(String country) { this.country = country; memory.remember(LIST, filter()); }
    public ProductLine getProductLine() { return productLine; }
    public void setProductLine(ProductLine productLine) { this.productLine = productLine; memory.remember(LIST, filter()); }
    public UUID getPartnerId() { return partnerId; }
    public void setPartnerId(UUID partnerId) { this.partnerId = partnerId; memory.remember(LIST, filter()); }
    public String getText() { return text; }
    public void setText(String text) { this.text = text; memory.remember(LIST, filter()); }
    public LeadForm getForm() { return form; }
    public java.util.List<org.channelport.partners.application.PartnerRoster.Member> getPartners() { return partners; }
}
