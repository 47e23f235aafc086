package org.channelport.partners.application;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.channelport.identity.CurrentUser;
import org.channelport.identity.KeycloakUserGateway;
import org.channelport.identity.Roles;
import org.channelport.partners.domain.ApiCredential;
import org.channelport.partners.domain.ApiCredentialRepository;
import org.channelport.partners.domain.ApplicationStatus;
import org.channelport.partners.domain.CompanyProfile;
import org.channelport.partners.domain.Partner;
import org.channelport.partners.domain.PartnerApplication;
import org.channelport.partners.domain.PartnerApplicationRepository;
import org.channelport.partners.domain.PartnerRepository;
import org.channelport.partners.domain.PartnerUser;
import org.channelport.partners.domain.PartnerUserRepository;
import org.channelport.platform.audit.AuditTrail;

/** In-memory stand-ins for the services' collaborators, so the rules run without a server. */
final class Fakes {
    static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-22T09:00:00Z"), ZoneOffset.UTC);

    private Fakes() {}

    /** A caller with the given roles acting for the given partner (null: none). */
    static class User extends CurrentUser {
        String name;
        List<String> roles;
        UUID partner;

        User(String name, UUID partner, String... roles) {
            this.name = name;
            this.partner = partner;
            this.roles = List.of(roles);
        }

        static User manager() { return new User("manager", null, Roles.CHANNEL_MANAGER); }
        static User erp() { return new User("service-account-erp", null, Roles.ERP_INTEGRATION); }
        static User admin(UUID partner) { return new User("admin@" + partner, partner, Roles.PARTNER_ADMIN, Roles.PARTNER_USER); }
        static User member(UUID partner) { return new User("user@" + partner, partner, Roles.PARTNER_USER); }

        @Override public boolean isAuthenticated() { return true; }
        @Override public String name() { return name; }
        @Override public boolean hasRole(String role) { return roles.contains(role); }
        @Override public Optional<UUID> partnerId() { return Optional.ofNullable(partner); }
        @Override public boolean isMachine() { return false; }
    }

    static class Partners implements PartnerRepository {
        final Map<UUID, Partner> rows = new HashMap<>();
        @Override public Optional<Partner> find(UUID id) { return Optional.ofNullable(rows.get(id)); }
        @Override public Optional<Partner> findForUpdate(UUID id) { return find(id); }
        @Override public boolean existsWithNormalizedName(String n) {
            return rows.values().stream().anyMatch(p -> org.channelport.shared.CompanyNames.normalizeName(p.name()).equals(n));
        }
        @Override public boolean existsWithNormalizedTaxId(String t) { return false; }
        @Override public void add(Partner partner) { rows.put(partner.id(), partner); }
        @Override public long count() { return rows.size(); }
        @Override public void flush() { }
    }

    static class Applications implements PartnerApplicationRepository {
        final Map<UUID, PartnerApplication> rows = new HashMap<>();
        @Override public Optional<PartnerApplication> find(UUID id) { return Optional.ofNullable(rows.get(id)); }
        @Override public boolean pendingWithNormalizedName(String n) {
            return rows.values().stream().anyMatch(a -> a.status() == ApplicationStatus.SUBMITTED && a.normalizedName().equals(n));
        }
        @Override public boolean pendingWithNormalizedTaxId(String t) {
            return rows.values().stream().anyMatch(a -> a.status() == ApplicationStatus.SUBMITTED && a.normalizedTaxId().equals(t));
        }
        @Override public void add(PartnerApplication application) { rows.put(application.id(), application); }
    }

    static class Users implements PartnerUserRepository {
        final Map<UUID, PartnerUser> rows = new HashMap<>();
        @Override public Optional<PartnerUser> find(UUID id) { return Optional.ofNullable(rows.get(id)); }
        @Override public Optional<PartnerUser> findByUsername(String u) {
            return rows.values().stream().filter(x -> x.username().equals(u)).findFirst();
        }
        @Override public boolean existsWithEmail(String e) { return rows.values().stream().anyMatch(x -> x.email().equals(e)); }
        @Override public void add(PartnerUser user) { rows.put(user.id(), user); }
    }

    static class Credentials implements ApiCredentialRepository {
        final Map<UUID, ApiCredential> rows = new HashMap<>();
        @Override public Optional<ApiCredential> find(UUID id) { return Optional.ofNullable(rows.get(id)); }
        @Override public Optional<ApiCredential> findByClientId(String c) {
            return rows.values().stream().filter(x -> x.clientId().equals(c)).findFirst();
        }
        @Override public List<ApiCredential> forPartner(UUID p) {
            return rows.values().stream().filter(x -> x.partnerId().equals(p)).toList();
        }
        @Override public void add(ApiCredential credential) { rows.put(credential.id(), credential); }
    }

    /** Records what would have been provisioned in Keycloak. */
    static class Keycloak extends KeycloakUserGateway {
        final List<String> calls = new ArrayList<>();
        @Override public String ensurePartnerGroup(UUID partnerId, String name) { calls.add("group " + partnerId); return "g-" + partnerId; }
        final List<String> names = new ArrayList<>();
        @Override public String inviteUser(NewUser user) {
            calls.add("invite " + user.username() + " " + user.roles() + (user.locale() == null ? "" : " in " + user.locale()));
            names.add(user.firstName() + " / " + user.lastName());
            return "kc-" + user.username();
        }
        @Override public Optional<String> findUserId(String username) { return Optional.of("kc-" + username); }
        @Override public void disableUser(String userId) { calls.add("disable " + userId); }
        @Override public ApiClient createApiClient(String clientId, String description, String groupId) {
            calls.add("client " + clientId + " in " + groupId);
            return new ApiClient("uuid-" + clientId, clientId, "secret");
        }
        @Override public void deleteClient(String id) { calls.add("delete " + id); }
    }

    static class Audit extends AuditTrail {
        final List<String> entries = new ArrayList<>();
        @Override public void record(UUID partnerId, String subjectType, Object subjectId, String action, Object from,
                                     Object to, String detail) {
            entries.add(subjectType + " " + action + " " + from + "->" + to);
        }

        @Override public void record(UUID partnerId, String subjectType, Object subjectId, String action, Object from,
                                     Object to, org.channelport.platform.audit.AuditDetail detail) {
            entries.add(subjectType + " " + action + " " + from + "->" + to);
        }
    }

    static class Messages extends OnboardingMessages {
        final List<String> sent = new ArrayList<>();
        @Override void applicationReceived(CompanyProfile profile, String language) {
            sent.add("received " + profile.contactEmail() + in(language));
        }
        @Override void applicationRejected(CompanyProfile profile, String reason, String language) {
            sent.add("rejected " + profile.contactEmail() + in(language));
        }
        @Override void approved(String partnerName, String email, String firstName, String language) {
            sent.add("approved " + email + in(language));
        }
        private static String in(String language) { return language == null ? "" : " in " + language; }
    }

    static Tenancy tenancy(CurrentUser user) {
        var tenancy = new Tenancy();
        tenancy.user = user;
        return tenancy;
    }

    static Validation validation() {
        var validation = new Validation();
        validation.validator = jakarta.validation.Validation.buildDefaultValidatorFactory().getValidator();
        return validation;
    }
}
