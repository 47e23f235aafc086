package org.channelport.deals.api;

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
import org.channelport.deals.application.DealCommand;
import org.channelport.deals.application.DealFilter;
import org.channelport.deals.application.DealQueries;
import org.channelport.deals.application.DealRegistrationService;
import org.channelport.deals.application.DealRows;
import org.channelport.deals.application.DealSummary;
import org.channelport.deals.domain.DealStatus;
import org.channelport.platform.rest.Params;
import org.channelport.platform.soap.SoapEndpoint;
import org.channelport.platform.soap.SoapFaults;
import org.channelport.shared.DomainException;

/**
 * Deal registrations over SOAP for CRMs that speak it: the same checks, conflict search and tenancy as the REST
 * resource (rules D1, D3–D5). A partner's system registers and reads its own registrations; the ERP reads all
 * (D12: {@code listDeals} with {@code updatedSince}). Invalid input is a client fault listing every field.
 */
@ApplicationScoped
@WebService(name = "DealRegistration", serviceName = "DealRegistration", portName = "DealRegistrationPort",
        targetNamespace = DealRegistrationEndpoint.NAMESPACE)
public class DealRegistrationEndpoint implements SoapEndpoint {
    public static final String NAMESPACE = "urn:channelport:deals:v1";

    @Inject
    DealRegistrationService registrations;
    @Inject
    DealQueries queries;

    @Override
    @WebMethod(exclude = true)
    public String address() { return "DealRegistration"; }

    @Override
    @WebMethod(exclude = true)
    public Class<?> implementationClass() { return DealRegistrationEndpoint.class; }

    /** Registers and submits at once: SUBMITTED, or HELD with possibleConflict; a refused submission saves nothing. */
    @WebMethod
    @WebResult(name = "submission")
    public SubmissionXml submitDeal(@WebParam(name = "deal") NewDealXml deal) {
        return SoapFaults.call(() -> {
            var parsed = command(deal);
            var submission = registrations.register(parsed.command(), lead(deal), parsed.problems());
            return SubmissionXml.of(queries.get(submission.id()).getSummary());
        });
    }

    @WebMethod
    @WebResult(name = "submission")
    public SubmissionXml saveDraft(@WebParam(name = "deal") NewDealXml deal) {
        return SoapFaults.call(() -> {
            var parsed = command(deal);
            return SubmissionXml.of(queries.get(registrations.createDraft(parsed.command(), lead(deal),
                    parsed.problems())).getSummary());
        });
    }

    @WebMethod
    @WebResult(name = "submission")
    public SubmissionXml submitDraft(@WebParam(name = "id") String id) {
        return SoapFaults.call(() -> {
            var submission = registrations.submit(DealRegistrationsResource.id(id));
            return SubmissionXml.of(queries.get(submission.id()).getSummary());
        });
    }

    @WebMethod
    @WebResult(name = "deal")
    public DealXml getDeal(@WebParam(name = "id") String id) {
        return SoapFaults.call(() -> DealXml.of(queries.get(DealRegistrationsResource.id(id))));
    }

    @WebMethod
    @WebResult(name = "deals")
    public DealPageXml listDeals(@WebParam(name = "updatedSince") String updatedSince,
                                 @WebParam(name = "status") String status, @WebParam(name = "page") Integer page,
                                 @WebParam(name = "size") Integer size) {
        return SoapFaults.call(() -> {
            int p = page == null ? 0 : page;
            int s = size == null ? 50 : size;
            var filter = new DealFilter(null, null, Params.choice(DealStatus.class, status, "status"), null, null, null,
                    null, null, null, Params.instant(updatedSince, "updatedSince"), null, false);
            var result = queries.list(filter, Params.offset(p, s), s);
            var xml = new DealPageXml();
            xml.page = p;
            xml.size = s;
            xml.total = result.total();
            result.items().forEach(d -> xml.deals.add(DealXml.of(d)));
            return xml;
        });
    }

    private static DealRegistrationJson.Parsed command(NewDealXml deal) {
        if (deal == null) {
            throw new DomainException(DomainException.Kind.INVALID, "error.body", "Send the registration (deal).");
        }
        return DealRegistrationJson.command(deal.company, deal.webDomain, deal.country, deal.region, deal.taxId,
                deal.contactName, deal.contactEmail, deal.contactPhone,
                deal.lines.stream().map(l -> l == null ? null
                        : new DealCommand.Line(l.productLine, l.products, l.amount)).toList(),
                deal.currency, deal.expectedCloseDate, deal.stage, deal.competitor, deal.notes, List.of());
    }

    private static java.util.UUID lead(NewDealXml deal) {
        return DealRegistrationsResource.leadId(deal.leadId);
    }

    @XmlAccessorType(XmlAccessType.FIELD)
    @XmlType(name = "DealLine", namespace = NAMESPACE)
    public static class LineXml {
        public String productLine;
        public String products;
        public BigDecimal amount;
    }

    @XmlAccessorType(XmlAccessType.FIELD)
    @XmlType(name = "NewDeal", namespace = NAMESPACE)
    public static class NewDealXml {
        public String company;
        public String webDomain;
        public String country;
        public String region;
        public String taxId;
        public String contactName;
        public String contactEmail;
        public String contactPhone;
        @XmlElement(name = "line")
        public List<LineXml> lines = new ArrayList<>();
        public String currency;
        /** YYYY-MM-DD */
        public String expectedCloseDate;
        public String stage;
        public String competitor;
        public String notes;
        public String leadId;
    }

    @XmlAccessorType(XmlAccessType.FIELD)
    @XmlType(name = "Submission", namespace = NAMESPACE)
    public static class SubmissionXml {
        public String id;
        public String reference;
        public String status;
        public boolean possibleConflict;

        static SubmissionXml of(DealSummary d) {
            var xml = new SubmissionXml();
            xml.id = d.getId().toString();
            xml.reference = d.getReference();
            xml.status = d.getStatus().name();
            xml.possibleConflict = d.isPossibleConflict();
            return xml;
        }
    }

    @XmlAccessorType(XmlAccessType.FIELD)
    @XmlType(name = "DealPage", namespace = NAMESPACE)
    public static class DealPageXml {
        @XmlElement(name = "deal")
        public List<DealXml> deals = new ArrayList<>();
        public int page;
        public int size;
        public long total;
    }

    @XmlAccessorType(XmlAccessType.FIELD)
    @XmlType(name = "Deal", namespace = NAMESPACE)
    public static class DealXml {
        public String id;
        public String reference;
        public String status;
        public String stage;
        public boolean possibleConflict;
        public String company;
        public String webDomain;
        public String country;
        public String region;
        @XmlElement(name = "line")
        public List<LineXml> lines = new ArrayList<>();
        public BigDecimal estimatedValue;
        public String currency;
        public String expectedCloseDate;
        public String partnerName;
        public String protectedUntil;
        public String decisionNote;
        public BigDecimal closedAmount;
        public String updatedAt;

        static DealXml of(DealSummary d) {
            var xml = new DealXml();
            xml.id = d.getId().toString();
            xml.reference = d.getReference();
            xml.status = d.getStatus().name();
            xml.stage = d.getStage() == null ? null : d.getStage().name();
            xml.possibleConflict = d.isPossibleConflict();
            xml.company = d.getCompany();
            xml.webDomain = d.getWebDomain();
            xml.country = d.getCountry();
            xml.region = d.getRegion();
            xml.estimatedValue = d.getEstimatedValue();
            xml.currency = d.getCurrency();
            xml.expectedCloseDate = d.getExpectedCloseDate() == null ? null : d.getExpectedCloseDate().toString();
            xml.partnerName = d.getPartnerName();
            xml.protectedUntil = d.getProtectedUntil() == null ? null : d.getProtectedUntil().toString();
            xml.decisionNote = d.getDecisionNote();
            xml.closedAmount = d.getClosedAmount();
            xml.updatedAt = d.getUpdatedAt().toString();
            for (var name : d.getProductLines()) {
                var line = new LineXml();
                line.productLine = name;
                xml.lines.add(line);
            }
            return xml;
        }

        static DealXml of(DealRows.Detail detail) {
            var xml = of(detail.getSummary());
            xml.lines.clear();
            for (var l : detail.getLines()) {
                var line = new LineXml();
                line.productLine = l.getProductLine().name();
                line.products = l.getProducts();
                line.amount = l.getAmount();
                xml.lines.add(line);
            }
            return xml;
        }
    }
}
