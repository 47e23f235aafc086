package org.channelport.partners.api;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.jws.WebMethod;
import jakarta.jws.WebParam;
import jakarta.jws.WebResult;
import jakarta.jws.WebService;
import jakarta.xml.bind.annotation.XmlAccessType;
import jakarta.xml.bind.annotation.XmlAccessorType;
import jakarta.xml.bind.annotation.XmlElement;
import jakarta.xml.bind.annotation.XmlType;
import java.util.ArrayList;
import java.util.List;
import org.channelport.partners.application.PartnerDirectory;
import org.channelport.partners.application.PartnerFilter;
import org.channelport.partners.application.PartnerSummary;
import org.channelport.partners.application.PartnerUserSummary;
import org.channelport.partners.domain.PartnerStatus;
import org.channelport.partners.domain.PartnerTier;
import org.channelport.partners.domain.PartnerType;
import org.channelport.platform.soap.SoapEndpoint;
import org.channelport.platform.soap.SoapFaults;

/** The partner directory over SOAP, for ERPs that speak it: the same operations and tenancy as the REST resource. */
@ApplicationScoped
@WebService(name = "PartnerDirectory", serviceName = "PartnerDirectory", portName = "PartnerDirectoryPort",
        targetNamespace = PartnerDirectoryEndpoint.NAMESPACE)
public class PartnerDirectoryEndpoint implements SoapEndpoint {
    public static final String NAMESPACE = "urn:channelport:partners:v1";

    @Inject
    PartnerDirectory directory;

    @Override
    @WebMethod(exclude = true)
    public String address() { return "PartnerDirectory"; }

    @Override
    @WebMethod(exclude = true)
    public Class<?> implementationClass() { return PartnerDirectoryEndpoint.class; }

    @WebMethod
    @WebResult(name = "partners")
    public PartnerPageXml listPartners(@WebParam(name = "type") String type, @WebParam(name = "tier") String tier,
                                       @WebParam(name = "status") String status, @WebParam(name = "country") String country,
                                       @WebParam(name = "page") Integer page, @WebParam(name = "size") Integer size) {
        return SoapFaults.call(() -> {
            var filter = new PartnerFilter(PartnerApplicationJson.parse(PartnerType.class, type, "type"),
                    PartnerApplicationJson.parse(PartnerTier.class, tier, "tier"),
                    PartnerApplicationJson.parse(PartnerStatus.class, status, "status"), country, null, null);
            var result = directory.list(filter, page == null ? 0 : page, size == null ? 50 : size);
            var xml = new PartnerPageXml();
            xml.page = result.page();
            xml.size = result.size();
            xml.total = result.total();
            result.items().forEach(p -> xml.partners.add(PartnerXml.of(p)));
            return xml;
        });
    }

    @WebMethod
    @WebResult(name = "partner")
    public PartnerXml getPartner(@WebParam(name = "id") String id) {
        return SoapFaults.call(() -> PartnerXml.of(directory.get(PartnersResource.id(id))));
    }

    @WebMethod
    @WebResult(name = "user")
    public List<PartnerUserXml> listPartnerUsers(@WebParam(name = "partnerId") String partnerId) {
        return SoapFaults.call(() -> directory.users(PartnersResource.id(partnerId)).stream().map(PartnerUserXml::of).toList());
    }

    @XmlAccessorType(XmlAccessType.FIELD)
    @XmlType(name = "PartnerPage", namespace = NAMESPACE)
    public static class PartnerPageXml {
        @XmlElement(name = "partner")
        public List<PartnerXml> partners = new ArrayList<>();
        public int page;
        public int size;
        public long total;
    }

    @XmlAccessorType(XmlAccessType.FIELD)
    @XmlType(name = "Partner", namespace = NAMESPACE)
    public static class PartnerXml {
        public String id;
        public String name;
        public String type;
        public String tier;
        public String status;
        public String country;
        public String region;
        @XmlElement(name = "productLine")
        public List<String> productLines = new ArrayList<>();
        public String taxId;
        public String website;
        public String contactName;
        public String contactEmail;
        public String contactPhone;
        public String parentId;
        public String updatedAt;

        static PartnerXml of(PartnerSummary p) {
            var xml = new PartnerXml();
            xml.id = p.getId().toString();
            xml.name = p.getName();
            xml.type = p.getType().name();
            xml.tier = p.getTier().name();
            xml.status = p.getStatus().name();
            xml.country = p.getCountry();
            xml.region = p.getRegion();
            p.getProductLines().stream().map(Enum::name).sorted().forEach(xml.productLines::add);
            xml.taxId = p.getTaxId();
            xml.website = p.getWebsite();
            xml.contactName = p.getContactName();
            xml.contactEmail = p.getContactEmail();
            xml.contactPhone = p.getContactPhone();
            xml.parentId = p.getParentId() == null ? null : p.getParentId().toString();
            xml.updatedAt = p.getUpdatedAt().toString();
            return xml;
        }
    }

    @XmlAccessorType(XmlAccessType.FIELD)
    @XmlType(name = "PartnerUser", namespace = NAMESPACE)
    public static class PartnerUserXml {
        public String id;
        public String username;
        public String email;
        public String firstName;
        public String lastName;
        public String role;
        public String status;

        static PartnerUserXml of(PartnerUserSummary u) {
            var xml = new PartnerUserXml();
            xml.id = u.getId().toString();
            xml.username = u.getUsername();
            xml.email = u.getEmail();
            xml.firstName = u.getFirstName();
            xml.lastName = u.getLastName();
            xml.role = u.getRole().name();
            xml.status = u.getStatus().name();
            return xml;
        }
    }
}
