package org.channelport.leads.application;

import org.channelport.shared.FieldProblem;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.UUID;
import org.channelport.identity.CurrentUser;
import org.channelport.leads.domain.Lead;
import org.channelport.leads.domain.LeadDetails;
import org.channelport.leads.domain.LeadRepository;
import org.channelport.leads.domain.LeadStatus;
import org.channelport.platform.audit.AuditTrail;
import org.channelport.shared.DomainException;

/**
 * New leads from every channel: channel managers and CRMs (brand leads, de-duplicated and routed at once: rules L1,
 * L2, L4) and partners (their own leads, never routed: L3).
 */
@ApplicationScoped
@Transactional
public class LeadIntakeService {
    public static final int MAX_BATCH = 1000;

    @Inject
    LeadRepository leads;
    @Inject
    LeadRouting routing;
    @Inject
    CurrentUser user;
    @Inject
    AuditTrail audit;
    @Inject
    Clock clock;

    /** What became of one lead of a batch. */
    public record Outcome(int index, Kind kind, UUID leadId, List<FieldProblem> problems) {
        public enum Kind { CREATED, DUPLICATE, INVALID }
    }

    /**
     * One lead: a brand lead for channel managers and the ERP (routed at once), the partner's own lead for a partner.
     * Refused with {@link InvalidLead} (L1) or, for a brand lead, a conflict naming the existing lead (L2).
     */
    public UUID create(NewLeadCommand command) {
        var outcome = createAll(List.of(command)).get(0);
        return switch (outcome.kind()) {
            case CREATED -> outcome.leadId();
            case INVALID -> throw new InvalidLead(outcome.problems());
            case DUPLICATE -> throw duplicate(outcome.leadId());
        };
    }

    /** A batch (REST): each lead is created, found to be a duplicate, or refused with its problems; rules L1-L4. */
    public List<Outcome> createAll(List<NewLeadCommand> commands) {
        if (commands.isEmpty() || commands.size() > MAX_BATCH) {
            throw DomainException.invalid("lead.batch.size", "Send between 1 and " + MAX_BATCH + " leads at once.", "leads");
        }
        var actor = user.name();
        var partner = user.seesAllPartners() ? null : user.requirePartner();
        var now = clock.instant();
        var batch = routing.batch(actor);
        var outcomes = new ArrayList<Outcome>();
        var seenKeys = new HashSet<String>();
        var createdInBatch = new java.util.HashMap<String, UUID>();
        for (int i = 0; i < commands.size(); i++) {
            var command = commands.get(i) == null ? null : LeadInput.normalize(commands.get(i));
            var problems = command == null
                    ? List.of(new FieldProblem("lead", "lead.required", "The lead is empty."))
                    : LeadInput.check(command);
            if (!problems.isEmpty()) {
                outcomes.add(new Outcome(i, Outcome.Kind.INVALID, null, problems));
                continue;
            }
            var details = details(command);
            if (partner != null) {
                var lead = Lead.sourcedBy(UUID.randomUUID(), partner, details, actor, now);
                leads.add(lead);
                audit.recordAs(actor, partner, "Lead", lead.id(), "registered", null, LeadStatus.ACCEPTED,
                        lead.company());
                outcomes.add(new Outcome(i, Outcome.Kind.CREATED, lead.id(), List.of()));
                continue;
            }
            var emailKey = Lead.emailKey(details.contactEmail());
            var companyKey = Lead.companyKey(details.company(), details.country());
            var existing = leads.findDuplicate(emailKey, companyKey);
            if (existing.isEmpty()) {
                existing = java.util.Optional.ofNullable(emailKey == null ? null : createdInBatch.get("e:" + emailKey))
                        .or(() -> java.util.Optional.ofNullable(companyKey == null ? null
                                : createdInBatch.get("c:" + companyKey)));
            }
            if (existing.isPresent() || !firstInBatch(seenKeys, emailKey, companyKey)) {
                outcomes.add(new Outcome(i, Outcome.Kind.DUPLICATE, existing.orElse(null), List.of()));
                continue;
            }
            var lead = Lead.intake(UUID.randomUUID(), details, actor, now);
            if (emailKey != null) {
                createdInBatch.put("e:" + emailKey, lead.id());
            }
            if (companyKey != null) {
                createdInBatch.put("c:" + companyKey, lead.id());
            }
            leads.add(lead);
            audit.recordAs(actor, null, "Lead", lead.id(), "created", null, LeadStatus.UNASSIGNED, lead.company());
            batch.route(lead, true);
            outcomes.add(new Outcome(i, Outcome.Kind.CREATED, lead.id(), List.of()));
        }
        batch.notifyPartners();
        return outcomes;
    }

    static boolean firstInBatch(java.util.Set<String> seen, String emailKey, String companyKey) {
        boolean first = (emailKey == null || !seen.contains("e:" + emailKey))
                && (companyKey == null || !seen.contains("c:" + companyKey));
        if (emailKey != null) {
            seen.add("e:" + emailKey);
        }
        if (companyKey != null) {
            seen.add("c:" + companyKey);
        }
        return first;
    }

    static LeadDetails details(NewLeadCommand c) {
        return new LeadDetails(c.company(), c.contactName(), c.contactEmail(), c.contactPhone(), c.contactTitle(),
                c.country(), c.region(), c.postalCode(), c.productLine(), c.estimatedValue(), c.currency(), c.source(),
                c.notes());
    }

    static DomainException duplicate(UUID existing) {
        return new DomainException(DomainException.Kind.CONFLICT, "lead.duplicate",
                "A lead with this e-mail, or this company in this country, already exists" + (existing == null ? "."
                        : ": " + existing + ".")).with(existing == null ? "" : existing.toString());
    }
}
