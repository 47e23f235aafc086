package org.channelport.leads.api;

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
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.channelport.leads.application.InvalidLead;
import org.channelport.leads.application.LeadFilter;
import org.channelport.leads.application.LeadIntakeService;
import org.channelport.leads.application.LeadQueries;
import org.channelport.platform.rest.Params;
import org.channelport.leads.application.LeadSummary;
import org.channelport.leads.application.LeadWorkService;
import org.channelport.leads.application.NewLeadCommand;
import org.channelport.platform.soap.SoapEndpoint;
import org.channelport.platform.soap.SoapFaults;

/**
 * Leads over SOAP for CRMs that speak it: the same operations, rules and tenancy as the REST resource (a partner's
 * system sees only its partner's leads, without contact details until accepted: rule L9).
 */
@ApplicationScoped
@WebService(name = "LeadExchange", serviceName = "LeadExchange", portName = "LeadExchangePort",
        targetNamespace = LeadExchangeEndpoint.NAMESPACE)
public class LeadExchangeEndpoint implements SoapEndpoint {
    public static final String NAMESPACE = "urn:channelport:leads:v1";

    @Inject
    LeadIntakeService intake;
    @Inject
    LeadWorkService work;
    @Inject
    LeadQueries queries;

    @Override
    @WebMethod(exclude = true)
    public String address() { return "LeadExchange"; }

    @Override
    @WebMethod(exclude = true)
    public Class<?> implementationClass() { return LeadExchangeEndpoint.class; }

    /** submitLeads takes a batch of up to 1,000 leads, like POST /api/v1/leads. */
    @Override
    @WebMethod(exclude = true)
    public String bodyLimit() { return "app.rest.max-batch-bytes"; }

    /** Creates the leads; each gets a result (CREATED with its id, DUPLICATE, or INVALID with the reasons). */
    @WebMethod
    @WebResult(name = "result")
    public List<SubmitResultXml> submitLeads(@WebParam(name = "lead") List<NewLeadXml> leads) {
        return SoapFaults.call(() -> {
            var commands = new ArrayList<NewLeadCommand>();
            var early = new java.util.HashMap<Integer, List<String>>();
            var given = leads == null ? List.<NewLeadXml>of() : leads;
            for (int i = 0; i < given.size(); i++) {
                try {
                    commands.add(given.get(i) == null ? null : given.get(i).toCommand());
                } catch (InvalidLead e) {
                    commands.add(null);
                    early.put(i, e.problems().stream().map(p -> p.field() + ": " + p.message()).toList());
                }
            }
            var results = new ArrayList<SubmitResultXml>();
            for (var outcome : intake.createAll(commands)) {
                var xml = new SubmitResultXml();
                xml.index = outcome.index();
                xml.status = early.containsKey(outcome.index()) ? "INVALID" : outcome.kind().name();
                xml.id = outcome.leadId() == null ? null : outcome.leadId().toString();
                if (early.containsKey(outcome.index())) {
                    xml.errors.addAll(early.get(outcome.index()));
                } else {
                    outcome.problems().forEach(p -> xml.errors.add(p.field() + ": " + p.message()));
                }
                results.add(xml);
            }
            return results;
        });
    }

    @WebMethod
    @WebResult(name = "lead")
    public LeadXml getLead(@WebParam(name = "id") String id) {
        return SoapFaults.call(() -> LeadXml.of(queries.get(LeadsResource.id(id))));
    }

    @WebMethod
    @WebResult(name = "leads")
    public LeadPageXml listLeads(@WebParam(name = "status") String status, @WebParam(name = "page") Integer page,
                                 @WebParam(name = "size") Integer size) {
        return SoapFaults.call(() -> {
            int p = page == null ? 0 : page;
            int s = size == null ? 50 : size;
            var result = queries.list(new LeadFilter(LeadsResource.status(status), null, null, null, null, null),
                    Params.offset(p, s), s);
            var xml = new LeadPageXml();
            xml.page = p;
            xml.size = s;
            xml.total = result.total();
            result.items().forEach(l -> xml.leads.add(LeadXml.of(l)));
            return xml;
        });
    }

    @WebMethod
    @WebResult(name = "lead")
    public LeadXml acceptLead(@WebParam(name = "id") String id) {
        return SoapFaults.call(() -> {
            var lead = LeadsResource.id(id);
            work.accept(lead);
            return LeadXml.of(queries.get(lead));
        });
    }

    @WebMethod
    public void declineLead(@WebParam(name = "id") String id, @WebParam(name = "reason") String reason) {
        SoapFaults.call(() -> {
            work.decline(LeadsResource.id(id), reason);
            return null;
        });
    }

    @XmlAccessorType(XmlAccessType.FIELD)
    @XmlType(name = "NewLead", namespace = NAMESPACE)
    public static class NewLeadXml {
        public String company;
        public String contactName;
        public String contactEmail;
        public String contactPhone;
        public String contactTitle;
        public String country;
        public String region;
        public String postalCode;
        public String productLine;
        public BigDecimal estimatedValue;
        public String currency;
        public String source;
        public String notes;

        NewLeadCommand toCommand() {
            return LeadJson.command(company, contactName, contactEmail, contactPhone, contactTitle, country, region,
                    postalCode, productLine, estimatedValue, currency, source, notes);
        }
    }

    @XmlAccessorType(XmlAccessType.FIELD)
    @XmlType(name = "SubmitResult", namespace = NAMESPACE)
    public static class SubmitResultXml {
        public int index;
        public String status;
        public String id;
        @XmlElement(name = "error")
        public List<String> errors = new ArrayList<>();
    }

    @XmlAccessorType(XmlAccessType.FIELD)
    @XmlType(name = "LeadPage", namespace = NAMESPACE)
    public static class LeadPageXml {
        @XmlElement(name = "lead")
        public List<LeadXml> leads = new ArrayList<>();
        public int page;
        public int size;
        public long total;
    }

    @XmlAccessorType(XmlAccessType.FIELD)
    @XmlType(name = "Lead", namespace = NAMESPACE)
    public static class LeadXml {
        public String id;
        public String status;
        public String company;
        public String contactName;
        public String contactEmail;
        public String contactPhone;
        public String contactTitle;
        public String country;
        public String region;
        public String postalCode;
        public String productLine;
        public BigDecimal estimatedValue;
        public String currency;
        public String partnerId;
        public String acceptDueAt;
        public boolean contactHidden;
        public String updatedAt;

        static LeadXml of(LeadSummary l) {
            var xml = new LeadXml();
            xml.id = l.getId().toString();
            xml.status = l.getStatus().name();
            xml.company = l.getCompany();
            xml.contactName = l.getContactName();
            xml.contactEmail = l.getContactEmail();
            xml.contactPhone = l.getContactPhone();
            xml.contactTitle = l.getContactTitle();
            xml.country = l.getCountry();
            xml.region = l.getRegion();
            xml.postalCode = l.getPostalCode();
            xml.productLine = l.getProductLine().name();
            xml.estimatedValue = l.getEstimatedValue();
            xml.currency = l.getCurrency();
            xml.partnerId = l.getPartnerId() == null ? null : l.getPartnerId().toString();
            xml.acceptDueAt = l.getAcceptDueAt() == null ? null : l.getAcceptDueAt().toString();
            xml.contactHidden = l.isContactHidden();
            xml.updatedAt = l.getUpdatedAt().toString();
            return xml;
        }
    }
}
