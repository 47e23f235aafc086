package org.channelport.partners.api;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import org.channelport.identity.Roles;
import org.channelport.partners.application.PartnerAddresses;
import org.channelport.partners.domain.PartnerAddress;
import org.channelport.platform.rest.Params;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;

/**
 * A partner's ship-to and bill-to addresses (rule PA11) for its systems: read them (an order names its ship-to by id
 * or GLN), add, change and deactivate them. The rules live in {@link PartnerAddresses}.
 */
@Path("addresses")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.PARTNER_API, Roles.PARTNER_ADMIN})
@SecurityRequirement(name = "keycloak")
public class AddressesResource {
    @Inject
    PartnerAddresses addresses;

    @Schema(name = "NewAddress", description = "An address: kind SHIP_TO or BILL_TO, a label for people, the recipient "
            + "and street, postal code, city, region, country (ISO 3166 alpha-2), an optional GLN (13 digits, GS1 check "
            + "digit), and whether it is the default of its kind.")
    public record AddressBody(String kind, String label, String recipient, String street, String street2,
                              String postalCode, String city, String region, String country, String gln,
                              Boolean defaultAddress) {
        PartnerAddress.Request request() {
            return new PartnerAddress.Request(kind, label, recipient, street, street2, postalCode, city, region, country,
                    gln, defaultAddress);
        }
    }

    @Schema(name = "Address", description = "One of your active addresses.")
    public record AddressJson(String id, String kind, String label, String recipient, String street, String street2,
                              String postalCode, String city, String region, String country, String gln,
                              boolean defaultAddress) {
        static AddressJson of(PartnerAddress a) {
            return new AddressJson(a.id().toString(), a.kind().name(), a.label(), a.recipient(), a.street(),
                    a.street2().orElse(null), a.postalCode().orElse(null), a.city(), a.region().orElse(null),
                    a.country(), a.gln().orElse(null), a.isDefault());
        }
    }

    @GET
    @Operation(operationId = "listAddresses", summary = "Your organization's active addresses")
    public List<AddressJson> list() {
        return addresses.own().stream().map(AddressJson::of).toList();
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "addAddress", summary = "Add an address")
    @APIResponse(responseCode = "201", description = "Added.", content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = AddressJson.class)))
    @APIResponse(responseCode = "400", description = "Every problem at its field (gln: not a GLN, or another address's).")
    public Response add(AddressBody body, @Context UriInfo uri) {
        var added = addresses.add(Params.required(body, "body").request());
        return Response.created(uri.getAbsolutePathBuilder().path(added.id().toString()).build())
                .entity(AddressJson.of(added)).build();
    }

    @PUT
    @Path("{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "changeAddress", summary = "Change an address (orders already placed keep what they had)")
    @APIResponse(responseCode = "200", description = "Changed.")
    @APIResponse(responseCode = "404", description = "No such active address of yours.")
    public AddressJson change(@PathParam("id") String id, AddressBody body) {
        return AddressJson.of(addresses.change(Params.id(id, "address"), Params.required(body, "body").request()));
    }

    @DELETE
    @Path("{id}")
    @Operation(operationId = "deactivateAddress", summary = "Deactivate an address (never deleted: orders keep it)")
    @APIResponse(responseCode = "204", description = "Deactivated.")
    @APIResponse(responseCode = "404", description = "No such active address of yours.")
    public void deactivate(@PathParam("id") String id) {
        addresses.deactivate(Params.id(id, "address"));
    }
}
