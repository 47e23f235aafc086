package org.channelport.partners.api;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.channelport.identity.Roles;
import org.channelport.partners.application.ApiCredentialService;
import org.channelport.partners.domain.ApiCredential;
import org.channelport.platform.rest.Params;
import org.channelport.shared.DomainException;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;

/**
 * A partner administrator's API credentials (PA8), as on the portal's page, for an administrator's own scripts: the
 * caller's token must be a person's (role partner-admin); a partner system's own credential cannot make more.
 */
@Path("api-credentials")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed(Roles.PARTNER_ADMIN)
@SecurityRequirement(name = "keycloak")
public class ApiCredentialsResource {
    @Inject
    ApiCredentialService credentials;

    public record NewCredentialJson(String name) {}

    /** The secret appears in this answer only. */
    public record IssuedJson(UUID id, String clientId, String clientSecret) {}

    public record CredentialJson(UUID id, String name, String clientId, String status, String createdBy,
                                 Instant createdAt, Instant revokedAt) {
        static CredentialJson of(ApiCredential c) {
            return new CredentialJson(c.id(), c.name(), c.clientId(), c.isRevoked() ? "REVOKED" : "ACTIVE",
                    c.createdBy(), c.createdAt(), c.revokedAt());
        }
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "createApiCredential", summary = "Issue an API credential for one of your systems",
            description = "A Keycloak client in your organization with role partner-api. The secret is shown once.")
    @APIResponse(responseCode = "201", description = "Issued; the only answer that holds the secret.",
            content = @org.eclipse.microprofile.openapi.annotations.media.Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @org.eclipse.microprofile.openapi.annotations.media.Schema(implementation = IssuedJson.class)))
    @APIResponse(responseCode = "400", description = "The name is missing or longer than 100 characters.")
    @APIResponse(responseCode = "403", description = "Only a partner administrator can issue credentials.")
    public Response create(NewCredentialJson body, @Context UriInfo uri) {
        var issued = credentials.create(body == null ? null : body.name());
        return Response.created(uri.getAbsolutePathBuilder().path(issued.id().toString()).build())
                .entity(new IssuedJson(issued.id(), issued.clientId(), issued.clientSecret())).build();
    }

    @GET
    @Path("{id}")
    @Operation(operationId = "getApiCredential", summary = "One of your organization's API credentials (never its secret)")
    @APIResponse(responseCode = "200", description = "The credential.")
    @APIResponse(responseCode = "404", description = "No such credential in your organization.")
    public CredentialJson get(@PathParam("id") String id) {
        var credentialId = Params.id(id, "credential");
        return credentials.ownCredentials().stream().filter(c -> c.id().equals(credentialId)).findFirst()
                .map(CredentialJson::of).orElseThrow(() -> DomainException.notFound("credential", credentialId));
    }

    @GET
    @Operation(operationId = "listApiCredentials", summary = "Your organization's API credentials (never secrets)")
    public List<CredentialJson> list() {
        return credentials.ownCredentials().stream().map(CredentialJson::of).toList();
    }

    @DELETE
    @Path("{id}")
    @Operation(operationId = "revokeApiCredential", summary = "Revoke a credential",
            description = "Its tokens are refused at once, even before they expire.")
    @APIResponse(responseCode = "204", description = "Revoked.")
    @APIResponse(responseCode = "404", description = "No such credential in your organization.")
    public void revoke(@PathParam("id") String id) {
        credentials.revoke(Params.id(id, "credential"));
    }
}
