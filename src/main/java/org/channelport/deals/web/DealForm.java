package org.channelport.deals.web;

import java.io.Serializable;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.channelport.deals.application.DealCommand;
import org.channelport.deals.application.DealInput;
import org.channelport.deals.domain.DealStage;
import org.channelport.shared.ProductLine;

/**
 * The registration form of the portal (new, draft, answer to a question). It only carries what the partner typed:
 * rule D1 is {@code DealInput}'s, applied by the service.
 */
public class DealForm implements Serializable {
    private String company;
    private String webDomain;
    private String country;
    private String region;
    private String taxId;
    private String contactName;
    private String contactEmail;
    private String contactPhone;
    private final List<Line> lines = new ArrayList<>();
    private String currency;
    private LocalDate expectedCloseDate;
    private DealStage stage;
    private String competitor;
    private String notes;

    /** One product line of the form. */
    public static class Line implements Serializable {
        private ProductLine productLine;
        private String products;
        private BigDecimal amount;

        public ProductLine getProductLine() { return productLine; }
        public void setProductLine(ProductLine productLine) { this.productLine = productLine; }
        public String getProducts() { return products; }
        public void setProducts(String products) { this.products = products; }
        public BigDecimal getAmount() { return amount; }
        public void setAmount(BigDecimal amount) { this.amount = amount; }
    }

    public DealForm() {
        lines.add(new Line());
    }

    static DealForm of(DealCommand c) {
        var form = new DealForm();
        form.company = c.company();
        form.webDomain = c.webDomain();
        form.country = c.country();
        form.region = c.region();
        form.taxId = c.taxId();
        form.contactName = c.contactName();
        form.contactEmail = c.contactEmail();
        form.contactPhone = c.contactPhone();
        form.lines.clear();
        for (var l : c.lines()) {
            var line = new Line();
            line.productLine = parse(l.productLine());
            line.products = l.products();
            line.amount = l.amount();
            form.lines.add(line);
        }
        if (form.lines.isEmpty()) {
            form.lines.add(new Line());
        }
        form.currency = c.currency();
        form.expectedCloseDate = c.expectedCloseDate();
        form.stage = c.stage() == null ? null : DealStage.valueOf(c.stage());
        form.competitor = c.competitor();
        form.notes = c.notes();
        return form;
    }

    private static ProductLine parse(String name) {
        try {
            return name == null ? null : ProductLine.valueOf(name);
        } catch (IllegalArgumentException unknown) {
            return null;
        }
    }

    DealCommand toCommand() {
        return new DealCommand(company, webDomain, country, region, taxId, contactName, contactEmail, contactPhone,
                lines.stream().map(l -> new DealCommand.Line(l.productLine == null ? null : l.productLine.name(),
                        l.products, l.amount)).toList(),
                currency, expectedCloseDate, stage == null ? null : stage.name(), competitor, notes);
    }

    public void addLine() {
        if (lines.size() < DealInput.MAX_LINES) {
            lines.add(new Line());
        }
    }

    public void removeLine(int index) {
        if (lines.size() > 1 && index >= 0 && index < lines.size()) {
            lines.remove(index);
        }
    }

    public boolean isMoreLinesAllowed() { return lines.size() < DealInput.MAX_LINES; }
    public List<Line> getLines() { return lines; }
    public String getCompany() { return company; }
    public void setCompany(String company) { this.company = company; }
    public String getWebDomain() { return webDomain; }
    public void setWebDomain(String webDomain) { this.webDomain = webDomain; }
    public String getCountry() { return country; }
    public void setCountry(String country) { this.country = country; }
    public String getRegion() { return region; }
    public void setRegion(String region) { this.region = region; }
    public String getTaxId() { return taxId; }
    public void setTaxId(String taxId) { this.taxId = taxId; }
    public String getContactName() { return contactName; }
    public void setContactName(String contactName) { this.contactName = contactName; }
    public String getContactEmail() { return contactEmail; }
    public void setContactEmail(String contactEmail) { this.contactEmail = contactEmail; }
    public String getContactPhone() { return contactPhone; }
    public void setContactPhone(String contactPhone) { this.contactPhone = contactPhone; }
    public String getCurrency() { return currency; }
    public void setCurrency(String currency) { this.currency = currency; }
    public LocalDate getExpectedCloseDate() { return expectedCloseDate; }
    public void setExpectedCloseDate(LocalDate expectedCloseDate) { this.expectedCloseDate = expectedCloseDate; }
    public DealStage getStage() { return stage; }
    public void setStage(DealStage stage) { this.stage = stage; }
    public String getCompetitor() { return competitor; }
    public void setCompetitor(String competitor) { this.competitor = competitor; }
    public String getNotes() { return notes; }
    public void setNotes(String notes) { this.notes = notes; }
}
