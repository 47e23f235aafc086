package org.channelport.edi.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.UUID;
import org.channelport.edi.domain.EdiRepository;
import org.channelport.edi.domain.TradingProfile;
import org.channelport.identity.CurrentUser;
import org.channelport.platform.audit.AuditTrail;
import org.channelport.shared.DomainException;
import org.channelport.shared.InvalidInput;

/**
 * Rule E5: channel managers keep each partner's trading profile (REST for scripts; the console's page comes next).
 * Checked when saved (every problem at its field); an envelope pair another partner's profile uses is refused (409).
 * Audited.
 */
@ApplicationScoped
@Transactional
public class TradingProfiles {

    @Inject
    EdiRepository repository;
    @Inject
    CurrentUser user;
    @Inject
    AuditTrail audit;
    @Inject
    Clock clock;
    @Inject
    org.channelport.partners.application.PartnerRoster roster;

    public TradingProfile save(UUID partnerId, TradingProfile.Definition definition) {
        if (!user.isChannelManager()) {
            throw DomainException.forbidden("error.forbidden", "Only channel managers keep trading profiles.");
        }
        if (roster.find(partnerId).isEmpty()) {
            throw DomainException.notFound("partner", partnerId);
        }
        var problems = TradingProfile.problems(definition);
        if (!problems.isEmpty()) {
            throw new InvalidInput(problems);
        }
        var taken = repository.profileFor(definition.standard(), definition.partnerQualifier(), definition.partnerCode(),
                definition.ourQualifier(), definition.ourCode());
        if (taken.isPresent() && !taken.get().partnerId().equals(partnerId)) {
            throw DomainException.conflict("edi.profile.taken", "Another partner's profile uses this envelope pair.")
                    .at("partnerCode");
        }
        var now = clock.instant();
        var current = repository.profileOf(partnerId);
        if (current.isPresent()) {
            current.get().redefine(definition, now);
            audit.record(partnerId, "TradingProfile", current.get().id(), "profileChanged", null, definition.mode(),
                    definition.partnerQualifier() + "/" + definition.partnerCode());
            return current.get();
        }
        var profile = TradingProfile.define(UUID.randomUUID(), partnerId, definition, now);
        repository.add(profile);
        audit.record(partnerId, "TradingProfile", profile.id(), "profileDefined", null, definition.mode(),
                definition.partnerQualifier() + "/" + definition.partnerCode());
        return profile;
    }
}
