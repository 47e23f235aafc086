package org.channelport.identity;

import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.WebApplicationException;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Supplier;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.channelport.shared.DomainException;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.keycloak.OAuth2Constants;
import org.keycloak.admin.client.CreatedResponseUtil;
import org.keycloak.admin.client.Keycloak;
import org.keycloak.admin.client.KeycloakBuilder;
import org.keycloak.admin.client.resource.RealmResource;
import org.keycloak.representations.idm.ClientRepresentation;
import org.keycloak.representations.idm.GroupRepresentation;
import org.keycloak.representations.idm.UserRepresentation;

/**
 * Provisioning in Keycloak with the {@code channelport-provisioner} service account (only the realm-management roles it
 * needs; never the master admin). Each operation is safe to repeat: a retried approval finds the group it created.
 * Keycloak being down is reported as an UNAVAILABLE problem, so the caller's transaction rolls back.
 */
@ApplicationScoped
public class KeycloakUserGateway {
    private static final Logger LOG = Logger.getLogger(KeycloakUserGateway.class.getName());
    static final String PARTNERS_GROUP = "partners";
    static final List<String> INVITATION_ACTIONS = List.of("UPDATE_PASSWORD", "VERIFY_EMAIL");

    @Inject
    OidcSettings settings;
    @Inject
    @ConfigProperty(name = "app.keycloak.provisioner.client-id", defaultValue = "channelport-provisioner")
    String provisionerId;
    /** A secret: from the environment (APP_KEYCLOAK_PROVISIONER_SECRET) in every real deployment. */
    @Inject
    @ConfigProperty(name = "app.keycloak.provisioner.secret", defaultValue = "provisioner-dev-secret")
    String provisionerSecret;
    @Inject
    @ConfigProperty(name = "app.invitation.lifespan-hours", defaultValue = "72")
    int invitationHours;

    private volatile Keycloak keycloak;

    /** A person to invite; {@code locale} ({@code zh-TW}, or null for the realm's English) is their mails' language. */
    public record NewUser(String username, String email, String firstName, String lastName, String groupId,
                          List<String> roles, String locale) {}

    public record ApiClient(String id, String clientId, String secret) {}

    /** The partner's group under /partners, carrying its partner_id (which Keycloak puts in every member's token). */
    public String ensurePartnerGroup(UUID partnerId, String name) {
        return call(() -> {
            var parent = realm().getGroupByPath(PARTNERS_GROUP);
            var existing = realm().groups().group(parent.getId()).getSubGroups(0, 1000, false).stream()
                    .filter(g -> partnerId.toString().equals(first(g.getAttributes(), "partner_id")))
                    .findFirst();
            if (existing.isPresent()) {
                return existing.get().getId();
            }
            var group = new GroupRepresentation();
            group.setName(name);
            group.setAttributes(Map.of("partner_id", List.of(partnerId.toString())));
            try (var response = realm().groups().group(parent.getId()).subGroup(group)) {
                return CreatedResponseUtil.getCreatedId(response);
            }
        });
    }

    /** Creates an enabled user who must set a password and verify the e-mail; Keycloak e-mails the link. */
    public String inviteUser(NewUser user) {
        return call(() -> {
            var representation = new UserRepresentation();
            representation.setUsername(user.username());
            representation.setEmail(user.email());
            representation.setFirstName(user.firstName());
            representation.setLastName(user.lastName());
            representation.setEnabled(true);
            representation.setEmailVerified(false);
            representation.setRequiredActions(INVITATION_ACTIONS);
            if (user.locale() != null) {
                // Keycloak writes the invitation and its pages in the user's locale (issue 10)
                representation.singleAttribute("locale", user.locale());
            }
            String id;
            try (var response = realm().users().create(representation)) {
                if (response.getStatus() == 409) {
                    // a retried approval finds the user its first attempt created; anyone else's account is a conflict
                    return existingMemberOf(user.username(), user.groupId()).orElseThrow(() -> new DomainException(
                            DomainException.Kind.CONFLICT, "error.userExists",
                            "A user with this e-mail address already exists.").at("email"));
                }
                id = CreatedResponseUtil.getCreatedId(response);
            }
            var resource = realm().users().get(id);
            resource.joinGroup(user.groupId());
            grantRoles(id, user.roles());
            resource.executeActionsEmail(settings.getClientId(), settings.getBaseUrl() + "/home",
                    invitationHours * 3600, INVITATION_ACTIONS);
            return id;
        });
    }

    private Optional<String> existingMemberOf(String username, String groupId) {
        return realm().users().search(username, true).stream().findFirst()
                .filter(u -> realm().users().get(u.getId()).groups().stream().anyMatch(g -> g.getId().equals(groupId)))
                .map(UserRepresentation::getId);
    }

    public Optional<String> findUserId(String username) {
        return call(() -> realm().users().search(username, true).stream().findFirst().map(UserRepresentation::getId));
    }

    /** Disables the account and ends its sessions at once. */
    public void disableUser(String userId) {
        call(() -> {
            var resource = realm().users().get(userId);
            var representation = resource.toRepresentation();
            representation.setEnabled(false);
            resource.update(representation);
            resource.logout();
            return null;
        });
    }


    /** Ends every session of the group's members (suspension); the app refuses their tokens meanwhile. */
    public void logoutMembers(String groupId) {
        call(() -> {
            realm().groups().group(groupId).members(0, 10_000).forEach(m -> realm().users().get(m.getId()).logout());
            return null;
        });
    }

    /** A confidential client whose service account belongs to the partner's group and holds partner-api. */
    public ApiClient createApiClient(String clientId, String description, String groupId) {
        return call(() -> {
            var client = new ClientRepresentation();
            client.setClientId(clientId);
            client.setName(description);
            client.setProtocol("openid-connect");
            client.setPublicClient(false);
            client.setServiceAccountsEnabled(true);
            client.setStandardFlowEnabled(false);
            client.setDirectAccessGrantsEnabled(false);
            client.setImplicitFlowEnabled(false);
            // only the channelport scope's five roles in "groups", not Keycloak's built-in ones
            client.setFullScopeAllowed(false);
            String id;
            try (var response = realm().clients().create(client)) {
                id = CreatedResponseUtil.getCreatedId(response);
            }
            var resource = realm().clients().get(id);
            var serviceAccount = resource.getServiceAccountUser();
            realm().users().get(serviceAccount.getId()).joinGroup(groupId);
            grantRoles(serviceAccount.getId(), List.of(Roles.PARTNER_API));
            return new ApiClient(id, clientId, resource.getSecret().getValue());
        });
    }

    public void deleteClient(String id) {
        call(() -> {
            try {
                realm().clients().get(id).remove();
            } catch (jakarta.ws.rs.NotFoundException alreadyGone) {
                LOG.fine(() -> "Client " + id + " was already deleted");
            }
            return null;
        });
    }

    /** For the readiness check: can we get a provisioning token? */
    public boolean isReachable() {
        try {
            keycloak().tokenManager().getAccessTokenString();
            return true;
        } catch (RuntimeException e) {
            return false;
        }
    }

    /**
     * The provisioner may not read roles by name (that would need view-realm); the roles a user may still be given
     * are readable with manage-users, so they are picked from there.
     */
    private void grantRoles(String userId, List<String> roles) {
        var mapping = realm().users().get(userId).roles().realmLevel();
        var wanted = mapping.listAvailable().stream().filter(r -> roles.contains(r.getName())).toList();
        if (!wanted.isEmpty()) {
            mapping.add(wanted);
        }
    }

    private <T> T call(Supplier<T> action) {
        try {
            return action.get();
        } catch (DomainException e) {
            throw e;
        } catch (WebApplicationException | ProcessingException | IllegalStateException e) {
            LOG.log(Level.WARNING, "Keycloak provisioning failed", e);
            throw new DomainException(DomainException.Kind.UNAVAILABLE, "error.identityUnavailable",
                    "The identity service could not complete the change; nothing was saved. Please try again.");
        }
    }

    private RealmResource realm() {
        return keycloak().realm(settings.getRealm());
    }

    private Keycloak keycloak() {
        if (keycloak == null) {
            synchronized (this) {
                if (keycloak == null) {
                    keycloak = KeycloakBuilder.builder()
                            .serverUrl(settings.getKeycloakUrl())
                            .realm(settings.getRealm())
                            .grantType(OAuth2Constants.CLIENT_CREDENTIALS)
                            .clientId(provisionerId)
                            .clientSecret(provisionerSecret)
                            .build();
                }
            }
        }
        return keycloak;
    }

    @PreDestroy
    void close() {
        if (keycloak != null) {
            keycloak.close();
        }
    }

    private static String first(Map<String, List<String>> attributes, String name) {
        if (attributes == null || attributes.get(name) == null || attributes.get(name).isEmpty()) {
            return null;
        }
        return attributes.get(name).get(0);
    }
}
