package org.channelport.partners.web;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import org.channelport.partners.domain.CompanyProfile;
import org.channelport.partners.domain.PartnerType;
import org.channelport.shared.ProductLine;

/** The "Become a partner" form's state; the rules live on {@link CompanyProfile}. */
public class ApplicationForm implements Serializable {
    private String companyName;
    private PartnerType type;
    private String country;
    private String region;
    private List<ProductLine> productLines = new ArrayList<>();
    private String taxId;
    private String website;
    private String contactName;
    private String contactEmail;
    private String contactPhone;

    CompanyProfile toProfile() {
        return new CompanyProfile(companyName, type, country, region,
                productLines == null || productLines.isEmpty() ? EnumSet.noneOf(ProductLine.class) : EnumSet.copyOf(productLines),
                taxId, website, contactName, contactEmail, contactPhone);
    }

    public String getCompanyName() { return companyName; }
    public void setCompanyName(String companyName) { this.companyName = companyName; }
    public PartnerType getType() { return type; }
    public void setType(PartnerType type) { this.type = type; }
    public String getCountry() { return country; }
    public void setCountry(String country) { this.country = country; }
    public String getRegion() { return region; }
    public void setRegion(String region) { this.region = region; }
    public List<ProductLine> getProductLines() { return productLines; }
    public void setProductLines(List<ProductLine> productLines) { this.productLines = productLines; }
    public String getTaxId() { return taxId; }
    public void setTaxId(String taxId) { this.taxId = taxId; }
    public String getWebsite() { return website; }
    public void setWebsite(String website) { this.website = website; }
    public String getContactName() { return contactName; }
    public void setContactName(String contactName) { this.contactName = contactName; }
    public String getContactEmail() { return contactEmail; }
    public void setContactEmail(String contactEmail) { this.contactEmail = contactEmail; }
    public String getContactPhone() { return contactPhone; }
    public void setContactPhone(String contactPhone) { this.contactPhone = contactPhone; }
}
