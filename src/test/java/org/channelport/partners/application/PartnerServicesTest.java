package org.channelport.partners.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.validation.ConstraintViolationException;
import java.util.ArrayList;
import java.util.UUID;
import org.channelport.partners.domain.ApplicationStatus;
import org.channelport.partners.domain.DuplicatePartner;
import org.channelport.partners.domain.Partner;
import org.channelport.partners.domain.PartnerRole;
import org.channelport.partners.domain.PartnerTier;
import org.channelport.partners.domain.PartnerType;
import org.channelport.partners.domain.PartnerUser;
import org.channelport.partners.domain.Profiles;
import org.channelport.partners.domain.UserStatus;
import org.channelport.shared.DomainException;
import org.junit.jupiter.api.Test;

/** The application services' rules (PA1, PA2, PA4, PA5, PA6, PA8) with in-memory collaborators. */
class PartnerServicesTest {
    final Fakes.Partners partners = new Fakes.Partners();
    final Fakes.Applications applications = new Fakes.Applications();
    final Fakes.Users users = new Fakes.Users();
    final Fakes.Credentials credentials = new Fakes.Credentials();
    final Fakes.Keycloak keycloak = new Fakes.Keycloak();
    final Fakes.Audit audit = new Fakes.Audit();
    final Fakes.Messages messages = new Fakes.Messages();

    PartnerApplicationService applicationService(Fakes.User user) {
        var service = new PartnerApplicationService();
        service.applications = applications;
        service.partners = partners;
        service.users = users;
        service.keycloak = keycloak;
        service.messages = messages;
        service.validation = Fakes.validation();
        service.tenancy = Fakes.tenancy(user);
        service.user = user;
        service.audit = audit;
        service.clock = Fakes.CLOCK;
        return service;
    }

    PartnerUserService userService(Fakes.User user) {
        var service = new PartnerUserService();
        service.partners = partners;
        service.users = users;
        service.keycloak = keycloak;
        service.tenancy = Fakes.tenancy(user);
        service.user = user;
        service.audit = audit;
        service.validation = Fakes.validation();
        service.clock = Fakes.CLOCK;
        return service;
    }

    ApiCredentialService credentialService(Fakes.User user) {
        var service = new ApiCredentialService();
        service.credentials = credentials;
        service.partners = partners;
        service.keycloak = keycloak;
        service.tenancy = Fakes.tenancy(user);
        service.user = user;
        service.audit = audit;
        service.clock = Fakes.CLOCK;
        return service;
    }

    Partner existingPartner(String name) {
        var partner = Partner.create(UUID.randomUUID(), Profiles.valid(name, PartnerType.DISTRIBUTOR), PartnerTier.GOLD, Fakes.CLOCK);
        partner.attachKeycloakGroup("g-" + partner.id());
        partners.add(partner);
        return partner;
    }

    @Test
    void aValidApplicationIsQueuedAuditedAndAcknowledged() {
        var id = applicationService(Fakes.User.erp()).submit(Profiles.valid("Acme", PartnerType.AGENT));
        assertThat(applications.rows.get(id).status()).isEqualTo(ApplicationStatus.SUBMITTED);
        assertThat(audit.entries).containsExactly("PartnerApplication submitted null->SUBMITTED");
        assertThat(messages.sent).containsExactly("received ada@example.com");
    }

    @Test
    void anInvalidApplicationChangesNothing() {
        var invalid = new org.channelport.partners.domain.CompanyProfile("", PartnerType.AGENT, "ZZ", null,
                java.util.Set.of(), "", null, "", "x", null);
        assertThatThrownBy(() -> applicationService(Fakes.User.erp()).submit(invalid))
                .isInstanceOf(ConstraintViolationException.class);
        assertThat(applications.rows).isEmpty();
        assertThat(audit.entries).isEmpty();
        assertThat(messages.sent).isEmpty();
    }

    @Test
    void aCompanyThatIsAlreadyAPartnerOrUnderReviewIsRefused() {
        existingPartner("Northwind Traders Ltd");
        var service = applicationService(Fakes.User.erp());
        assertThatThrownBy(() -> service.submit(Profiles.valid("NORTHWIND TRADERS, Inc.", PartnerType.AGENT)))
                .isInstanceOfSatisfying(DuplicatePartner.class, e -> assertThat(e.field()).isEqualTo("companyName"));

        service.submit(Profiles.valid("Fresh Co", PartnerType.AGENT));
        assertThatThrownBy(() -> service.submit(Profiles.valid("fresh co.", PartnerType.RETAILER)))
                .isInstanceOf(DuplicatePartner.class);
        assertThat(applications.rows).hasSize(1);
    }

    @Test
    void onlyAChannelManagerDecidesApplications() {
        var id = applicationService(Fakes.User.erp()).submit(Profiles.valid("Acme", PartnerType.AGENT));
        var partnerAdmin = Fakes.User.admin(existingPartner("Other").id());
        assertThatThrownBy(() -> applicationService(partnerAdmin).approve(id, PartnerTier.GOLD))
                .isInstanceOfSatisfying(DomainException.class, e -> assertThat(e.kind()).isEqualTo(DomainException.Kind.FORBIDDEN));
        assertThatThrownBy(() -> applicationService(Fakes.User.erp()).reject(id, "no"))
                .isInstanceOf(DomainException.class);
        assertThat(applications.rows.get(id).status()).isEqualTo(ApplicationStatus.SUBMITTED);
        assertThat(keycloak.calls).isEmpty();
    }

    @Test
    void approvalCreatesThePartnerProvisionsKeycloakAndInvitesTheApplicantAsAdmin() {
        var id = applicationService(Fakes.User.erp()).submit(Profiles.valid("Acme", PartnerType.AGENT));
        var partnerId = applicationService(Fakes.User.manager()).approve(id, PartnerTier.PLATINUM);

        assertThat(partnerId).isEqualTo(id);
        assertThat(partners.rows.get(partnerId).tier()).isEqualTo(PartnerTier.PLATINUM);
        assertThat(keycloak.calls).containsExactly("group " + id, "invite ada@example.com [partner-admin, partner-user]");
        assertThat(users.findByUsername("ada@example.com")).get().extracting(PartnerUser::role).isEqualTo(PartnerRole.ADMIN);
        assertThat(audit.entries).contains("PartnerApplication approved SUBMITTED->APPROVED", "Partner created null->ACTIVE",
                "PartnerUser invited null->ACTIVE");
        assertThat(messages.sent).contains("approved ada@example.com");
    }

    @Test
    void anApplicationInChineseGetsItsMailsAndTheAdministratorsInvitationInChinese() {
        var id = applicationService(Fakes.User.erp()).submit(Profiles.valid("Acme", PartnerType.AGENT),
                java.util.Locale.TRADITIONAL_CHINESE);
        applicationService(Fakes.User.manager()).approve(id, PartnerTier.GOLD);
        assertThat(messages.sent).containsExactly("received ada@example.com in zh-TW", "approved ada@example.com in zh-TW");
        assertThat(keycloak.calls).contains("invite ada@example.com [partner-admin, partner-user] in zh-TW");

        // a language the product does not speak is English (none stored)
        var other = applicationService(Fakes.User.erp()).submit(Profiles.valid("Bcme", PartnerType.AGENT),
                java.util.Locale.GERMAN);
        assertThat(applications.rows.get(other).language()).isNull();
    }

    @Test
    void onboardingMailsAreWrittenInTheApplicantsLanguage() {
        var queued = new ArrayList<String>();
        var onboarding = new OnboardingMessages();
        onboarding.mailer = new org.channelport.platform.mail.Mailer() {
            @Override public void queue(String recipient, String subject, String bodyText) {
                queued.add(recipient + "|" + subject + "|" + bodyText);
            }
        };
        var profile = Profiles.valid("Acme", PartnerType.AGENT);
        onboarding.applicationReceived(profile, "zh-TW");
        onboarding.applicationReceived(profile, "zh-CN");
        onboarding.applicationReceived(profile, null);
        assertThat(queued.get(0)).startsWith("ada@example.com|您的 Channelport 合作夥伴申請|").contains("我們已收到 Acme");
        assertThat(queued.get(1)).contains("我们已收到 Acme").contains("Channelport 团队");
        assertThat(queued.get(2)).contains("|Your Channelport partner application|")
                .contains("we received the application of Acme").endsWith("The Channelport team");
    }

    /** PA9: a name Keycloak would refuse is refused at the field when applying and when inviting, before Keycloak. */
    @Test
    void aNameKeycloakWouldRefuseIsAFieldErrorWhenApplyingAndWhenInviting() {
        var profile = Profiles.valid("Probe Co", PartnerType.AGENT);
        var withParentheses = new org.channelport.partners.domain.CompanyProfile(profile.companyName(), profile.type(),
                profile.country(), profile.region(), profile.productLines(), profile.taxId(), profile.website(),
                "Jo Probe (Ops)", profile.contactEmail(), profile.contactPhone());
        assertThatThrownBy(() -> applicationService(Fakes.User.erp()).submit(withParentheses))
                .isInstanceOfSatisfying(ConstraintViolationException.class, e -> assertThat(e.getConstraintViolations())
                        .extracting(v -> v.getPropertyPath().toString(), v -> v.getMessageTemplate())
                        .containsExactly(org.assertj.core.groups.Tuple.tuple("contactName", "{person.name.invalid}")));
        assertThat(applications.rows).isEmpty();

        var own = existingPartner("Own");
        var command = new InviteUserCommand("jo@own.example", "Jo", "Probe <Ops>", PartnerRole.USER);
        assertThatThrownBy(() -> userService(Fakes.User.admin(own.id())).invite(own.id(), command))
                .isInstanceOfSatisfying(ConstraintViolationException.class, e -> assertThat(e.getConstraintViolations())
                        .extracting(v -> v.getPropertyPath().toString()).containsExactly("lastName"));
        assertThat(keycloak.calls).isEmpty();
    }

    /** PA9: an application accepted before the rule is still approved, with a name Keycloak takes. */
    @Test
    void anApplicationStoredWithARefusedNameIsApprovedWithTheNameKeycloakTakes() {
        var profile = Profiles.valid("Legacy Co", PartnerType.AGENT);
        var legacy = org.channelport.partners.domain.PartnerApplication.submit(
                new org.channelport.partners.domain.CompanyProfile(profile.companyName(), profile.type(),
                        profile.country(), profile.region(), profile.productLines(), profile.taxId(), profile.website(),
                        "Jo Probe (Ops)", profile.contactEmail(), profile.contactPhone()), Fakes.CLOCK);
        applications.add(legacy);

        applicationService(Fakes.User.manager()).approve(legacy.id(), PartnerTier.SILVER);

        assertThat(keycloak.names).containsExactly("Jo / Probe Ops");
    }

    @Test
    void aPartnerAdminInvitesIntoItsOwnOrganizationOnly() {
        var own = existingPartner("Own");
        var other = existingPartner("Other");
        var command = new InviteUserCommand("bob@own.example", "Bob", "Builder", PartnerRole.USER);

        userService(Fakes.User.admin(own.id())).invite(command);
        assertThat(users.findByUsername("bob@own.example")).get().extracting(PartnerUser::partnerId).isEqualTo(own.id());

        assertThatThrownBy(() -> userService(Fakes.User.admin(own.id())).invite(other.id(),
                new InviteUserCommand("eve@other.example", "Eve", "E", PartnerRole.ADMIN)))
                .isInstanceOfSatisfying(DomainException.class, e -> assertThat(e.kind()).isEqualTo(DomainException.Kind.NOT_FOUND));
        assertThat(users.findByUsername("eve@other.example")).isEmpty();
    }

    @Test
    void aPartnerUserWhoIsNotAdminCannotInviteOrDeactivate() {
        var own = existingPartner("Own");
        var colleague = PartnerUser.invite(own.id(), "c@own.example", "c@own.example", "C", "D", PartnerRole.USER, Fakes.CLOCK);
        users.add(colleague);
        var member = Fakes.User.member(own.id());

        assertThatThrownBy(() -> userService(member).invite(new InviteUserCommand("x@own.example", "X", "Y", PartnerRole.USER)))
                .isInstanceOfSatisfying(DomainException.class, e -> assertThat(e.kind()).isEqualTo(DomainException.Kind.FORBIDDEN));
        assertThatThrownBy(() -> userService(member).deactivate(colleague.id()))
                .isInstanceOfSatisfying(DomainException.class, e -> assertThat(e.kind()).isEqualTo(DomainException.Kind.FORBIDDEN));
        assertThat(colleague.status()).isEqualTo(UserStatus.ACTIVE);
        assertThat(keycloak.calls).isEmpty();
    }

    @Test
    void deactivationDisablesTheKeycloakAccountButNeverAForeignOrOwnAccount() {
        var own = existingPartner("Own");
        var other = existingPartner("Other");
        var admin = Fakes.User.admin(own.id());
        var colleague = PartnerUser.invite(own.id(), "c@own.example", "c@own.example", "C", "D", PartnerRole.USER, Fakes.CLOCK);
        var stranger = PartnerUser.invite(other.id(), "s@other.example", "s@other.example", "S", "T", PartnerRole.USER, Fakes.CLOCK);
        var self = PartnerUser.invite(own.id(), admin.name(), admin.name(), "A", "B", PartnerRole.ADMIN, Fakes.CLOCK);
        users.add(colleague);
        users.add(stranger);
        users.add(self);

        assertThatThrownBy(() -> userService(admin).deactivate(stranger.id()))
                .isInstanceOfSatisfying(DomainException.class, e -> assertThat(e.kind()).isEqualTo(DomainException.Kind.NOT_FOUND));
        assertThatThrownBy(() -> userService(admin).deactivate(self.id())).isInstanceOf(DomainException.class);
        assertThat(stranger.isActive()).isTrue();
        assertThat(self.isActive()).isTrue();

        userService(admin).deactivate(colleague.id());
        assertThat(colleague.isActive()).isFalse();
        assertThat(keycloak.calls).containsExactly("disable kc-c@own.example");
        assertThat(audit.entries).containsExactly("PartnerUser deactivated ACTIVE->DEACTIVATED");
    }

    @Test
    void apiCredentialsBelongToTheCallersPartnerAndAnotherPartnerCannotRevokeThem() {
        var own = existingPartner("Own");
        var other = existingPartner("Other");
        var issued = credentialService(Fakes.User.admin(own.id())).create("CRM");
        assertThat(issued.clientSecret()).isEqualTo("secret");
        assertThat(keycloak.calls).containsExactly("client " + issued.clientId() + " in g-" + own.id());

        assertThatThrownBy(() -> credentialService(Fakes.User.admin(other.id())).revoke(issued.id()))
                .isInstanceOfSatisfying(DomainException.class, e -> assertThat(e.kind()).isEqualTo(DomainException.Kind.NOT_FOUND));
        assertThat(credentials.rows.get(issued.id()).isRevoked()).isFalse();

        credentialService(Fakes.User.admin(own.id())).revoke(issued.id());
        assertThat(credentials.rows.get(issued.id()).isRevoked()).isTrue();
        assertThat(keycloak.calls).last().isEqualTo("delete uuid-" + issued.clientId());
    }
}
