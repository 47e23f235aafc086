package org.channelport.leads.web;

import java.io.Serializable;
import java.math.BigDecimal;
import org.channelport.leads.application.NewLeadCommand;
import org.channelport.shared.ProductLine;

/** The new-lead form of the console and the portal; the rules live in {@code LeadInput} (rule L1). */
public class LeadForm implements Serializable {
    private String company;
    private String contactName;
    private String contactEmail;
    private String contactPhone;
    private String contactTitle;
    private String country;
    private String region;
    private String postalCode;
    private ProductLine productLine;
    private BigDecimal estimatedValue;
    private String currency = "EUR";
    private String source;
    private String notes;

    NewLeadCommand toCommand(String defaultSource) {
        return new NewLeadCommand(company, contactName, contactEmail, contactPhone, contactTitle, country, region,
                postalCode, productLine, estimatedValue, estimatedValue == null ? null : currency,
                source == null || source.isBlank() ? defaultSource : source, notes);
    }

    public String getCompany() { return company; }
    public void setCompany(String company) { this.company = company; }
    public String getContactName() { return contactName; }
    public void setContactName(String contactName) { this.contactName = contactName; }
    public String getContactEmail() { return contactEmail; }
    public void setContactEmail(String contactEmail) { this.contactEmail = contactEmail; }
    public String getContactPhone() { return contactPhone; }
    public void setContactPhone(String contactPhone) { this.contactPhone = contactPhone; }
    public String getContactTitle() { return contactTitle; }
    public void setContactTitle(String contactTitle) { this.contactTitle = contactTitle; }
    public String getCountry() { return country; }
    public void setCountry(String country) { this.country = country; }
    public String getRegion() { return region; }
    public void setRegion(String region) { this.region = region; }
    public String getPostalCode() { return postalCode; }
    public void setPostalCode(String postalCode) { this.postalCode = postalCode; }
    public ProductLine getProductLine() { return productLine; }
    public void setProductLine(ProductLine productLine) { this.productLine = productLine; }
    public BigDecimal getEstimatedValue() { return estimatedValue; }
    public void setEstimatedValue(BigDecimal estimatedValue) { this.estimatedValue = estimatedValue; }
    public String getCurrency() { return currency; }
    public void setCurrency(String currency) { this.currency = currency; }
    public String getSource() { return source; }
    public void setSource(String source) { this.source = source; }
    public String getNotes() { return notes; }
    public void setNotes(String notes) { this.notes = notes; }
}
