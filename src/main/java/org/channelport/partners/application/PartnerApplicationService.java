package org.channelport.partners.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Locale;
import org.channelport.platform.notify.PersonSettings;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.UUID;
import org.channelport.identity.CurrentUser;
import org.channelport.identity.KeycloakUserGateway;
import org.channelport.partners.domain.ApplicationStatus;
import org.channelport.partners.domain.CompanyProfile;
import org.channelport.partners.domain.DuplicatePartner;
import org.channelport.partners.domain.Partner;
import org.channelport.partners.domain.PartnerApplication;
import org.channelport.partners.domain.PartnerApplicationRepository;
import org.channelport.partners.domain.PartnerRepository;
import org.channelport.partners.domain.PartnerRole;
import org.channelport.partners.domain.PartnerTier;
import org.channelport.partners.domain.PartnerUser;
import org.channelport.partners.domain.PartnerUserRepository;
import org.channelport.platform.access.ChannelManagers;
import org.channelport.partners.domain.PersonNames;
import org.channelport.platform.audit.AuditDetail;
import org.channelport.platform.audit.AuditTrail;
import org.channelport.platform.mail.Mailer;
import org.channelport.shared.CompanyNames;
import org.channelport.shared.DomainException;

/** Onboarding: submit (public), approve and reject (channel managers). Rules PA1, PA2, PA4. */
@ApplicationScoped
@Transactional
public class PartnerApplicationService {
    @Inject
    PartnerApplicationRepository applications;
    @Inject
    PartnerRepository partners;
    @Inject
    PartnerUserRepository users;
    @Inject
    KeycloakUserGateway keycloak;
    @Inject
    OnboardingMessages messages;
    @Inject
    Validation validation;
    @Inject
    Tenancy tenancy;
    @Inject
    CurrentUser user;
    @Inject
    AuditTrail audit;
    @Inject
    Clock clock;

    public UUID submit(CompanyProfile profile) {
        return submit(profile, null);
    }

    /**
     * Submits an application written in this language (the apply page's; null: English): its mails, and the new
     * administrator's invitation once approved, are in it.
     */
    public UUID submit(CompanyProfile profile, Locale language) {
        validation.require(profile);
        refuseDuplicates(profile, true);
        var tag = language == null ? null : PersonSettings.language(language.toLanguageTag())
                .map(Locale::toLanguageTag).orElse(null);
        var application = PartnerApplication.submit(profile, tag, clock);
        applications.add(application);
        // filed under the id the partner will carry if approved, so that the partner's history starts here
        audit.record(application.id(), "PartnerApplication", application.id(), "submitted", null,
                ApplicationStatus.SUBMITTED, profile.companyName());
        messages.applicationReceived(profile, tag);
        return application.id();
    }

    /**
     * The partner gets the application's id, so that a retried approval (after Keycloak answered but the transaction
     * failed) finds the Keycloak group it already created instead of making a second one.
     */
    public UUID approve(UUID applicationId, PartnerTier tier) {
        ChannelManagers.require(user);
        var application = applications.find(applicationId)
                .orElseThrow(() -> DomainException.notFound("application", applicationId));
        var profile = application.profile();
        refuseDuplicates(profile, false);
        var partnerId = application.id();
        application.approve(tier, partnerId, user.name(), clock);
        var partner = Partner.create(partnerId, profile, tier, clock);
        partners.add(partner);
        partner.attachKeycloakGroup(keycloak.ensurePartnerGroup(partnerId, partner.name()));

        // Applications submitted before rule PA9 may hold a name Keycloak refuses: it is stored in a form Keycloak takes.
        var names = splitName(PersonNames.forSignIn(profile.contactName()));
        var admin = PartnerUser.invite(partnerId, profile.contactEmail(), profile.contactEmail(), names[0], names[1],
                PartnerRole.ADMIN, clock);
        users.add(admin);
        admin.linkKeycloakAccount(keycloak.inviteUser(new KeycloakUserGateway.NewUser(admin.username(),
                admin.email(), names[0], names[1], partner.keycloakGroupId(), PartnerRole.ADMIN.realmRoles(), application.language())));

        audit.record(partnerId, "PartnerApplication", applicationId, "approved", ApplicationStatus.SUBMITTED,
                ApplicationStatus.APPROVED, AuditDetail.of("history.detail.tier", AuditDetail.label("enum." + tier)));
        audit.record(partnerId, "Partner", partnerId, "created", null, partner.status(),
                AuditDetail.of("history.detail.tier", AuditDetail.label("enum." + tier)));
        audit.record(partnerId, "PartnerUser", admin.id(), "invited", null, admin.status(),
                AuditDetail.of("history.detail.invitedAs", AuditDetail.text(admin.username()),
                        AuditDetail.label("enum.role." + admin.role())));
        messages.approved(partner.name(), admin.email(), names[0], application.language());
        return partnerId;
    }

    public void reject(UUID applicationId, String reason) {
        ChannelManagers.require(user);
        var application = applications.find(applicationId)
                .orElseThrow(() -> DomainException.notFound("application", applicationId));
        application.reject(reason, user.name(), clock);
        audit.record(applicationId, "PartnerApplication", applicationId, "rejected", ApplicationStatus.SUBMITTED,
                ApplicationStatus.REJECTED, application.decisionReason());
        messages.applicationRejected(application.profile(), application.decisionReason(), application.language());
    }

    private void refuseDuplicates(CompanyProfile profile, boolean includePending) {
        var name = CompanyNames.normalizeName(profile.companyName());
        var taxId = CompanyNames.normalizeTaxId(profile.taxId());
        if (partners.existsWithNormalizedTaxId(taxId)) {
            throw new DuplicatePartner("taxId", false);
        }
        if (partners.existsWithNormalizedName(name)) {
            throw new DuplicatePartner("companyName", false);
        }
        if (includePending && applications.pendingWithNormalizedTaxId(taxId)) {
            throw new DuplicatePartner("taxId", true);
        }
        if (includePending && applications.pendingWithNormalizedName(name)) {
            throw new DuplicatePartner("companyName", true);
        }
    }

    static String[] splitName(String fullName) {
        var trimmed = fullName.strip();
        int space = trimmed.indexOf(' ');
        return space < 0 ? new String[]{trimmed, ""} : new String[]{trimmed.substring(0, space), trimmed.substring(space + 1).strip()};
    }
}
