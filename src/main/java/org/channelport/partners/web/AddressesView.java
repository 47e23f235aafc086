package org.channelport.partners.web;

import jakarta.annotation.PostConstruct;
import jakarta.faces.model.SelectItem;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import java.util.UUID;
import org.channelport.identity.CurrentUser;
import org.channelport.partners.application.PartnerAddresses;
import org.channelport.partners.domain.PartnerAddress;
import org.channelport.platform.web.Messages;

/**
 * The partner's addresses (rule PA11): everyone of the partner reads them; administrators add, change (the form
 * takes a row to edit) and deactivate them.
 */
@Named
@ViewScoped
public class AddressesView implements Serializable {
    @Inject
    PartnerAddresses addresses;
    @Inject
    CurrentUser user;
    @Inject
    org.channelport.platform.web.Formats formats;

    /** One address as the list shows it. */
    public record Row(UUID id, String kind, String label, String text, String gln, boolean isDefault)
            implements Serializable {}

    private List<Row> rows;
    private UUID editing;
    private String kind = "SHIP_TO";
    private String label;
    private String recipient;
    private String street;
    private String street2;
    private String postalCode;
    private String city;
    private String region;
    private String country;
    private String gln;
    private boolean defaultAddress;

    @PostConstruct
    void load() {
        // the country by its name in the page's language (the stored text, as orders keep it, ends with its code)
        rows = addresses.own().stream().map(a -> new Row(a.id(), a.kind().name(), a.label(),
                a.text().substring(0, a.text().lastIndexOf('\n') + 1) + formats.country(a.country()),
                a.gln().orElse(null), a.isDefault())).toList();
    }

    public void save() {
        var request = new PartnerAddress.Request(kind, label, recipient, street, street2, postalCode, city, region,
                country, gln, defaultAddress);
        var saved = Messages.attempt("addressForm", () -> editing == null ? addresses.add(request)
                : addresses.change(editing, request));
        if (saved != null) {
            Messages.info(editing == null ? "addresses.added" : "addresses.saved");
            clear();
            load();
        }
    }

    public void edit(Row row) {
        addresses.own().stream().filter(a -> a.id().equals(row.id())).findFirst().ifPresent(a -> {
            editing = a.id();
            kind = a.kind().name();
            label = a.label();
            recipient = a.recipient();
            street = a.street();
            street2 = a.street2().orElse(null);
            postalCode = a.postalCode().orElse(null);
            city = a.city();
            region = a.region().orElse(null);
            country = a.country();
            gln = a.gln().orElse(null);
            defaultAddress = a.isDefault();
        });
    }

    public void deactivate(Row row) {
        if (Messages.attempt("addressesForm", () -> addresses.deactivate(row.id()))) {
            Messages.info("addresses.deactivated", row.label());
            if (row.id().equals(editing)) {
                clear();
            }
            load();
        }
    }

    public void clear() {
        editing = null;
        kind = "SHIP_TO";
        label = recipient = street = street2 = postalCode = city = region = country = gln = null;
        defaultAddress = false;
    }

    public boolean isAdmin() { return user.isPartnerAdmin(); }
    public List<SelectItem> getCountries() { return formats.countryChoices(); }
    public List<Row> getRows() { return rows; }
    public UUID getEditing() { return editing; }
    public String getKind() { return kind; }
    public void setKind(String kind) { this.kind = kind; }
    public String getLabel() { return label; }
    public void setLabel(String label) { this.label = label; }
    public String getRecipient() { return recipient; }
    public void setRecipient(String recipient) { this.recipient = recipient; }
    public String getStreet() { return street; }
    public void setStreet(String street) { this.street = street; }
    public String getStreet2() { return street2; }
    public void setStreet2(String street2) { this.street2 = street2; }
    public String getPostalCode() { return postalCode; }
    public void setPostalCode(String postalCode) { this.postalCode = postalCode; }
    public String getCity() { return city; }
    public void setCity(String city) { this.city = city; }
    public String getRegion() { return region; }
    public void setRegion(String region) { this.region = region; }
    public String getCountry() { return country; }
    public void setCountry(String country) { this.country = country; }
    public String getGln() { return gln; }
    public void setGln(String gln) { this.gln = gln; }
    public boolean isDefaultAddress() { return defaultAddress; }
    public void setDefaultAddress(boolean defaultAddress) { this.defaultAddress = defaultAddress; }
}
