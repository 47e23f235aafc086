package org.channelport.edi.api;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import java.util.UUID;
import org.channelport.edi.application.InboundInterchanges;
import org.channelport.edi.application.OutboundQueue;
import org.channelport.edi.domain.ArchivedInterchange;
import org.channelport.edi.application.TradingProfiles;
import org.channelport.edi.domain.TradingProfile;
import org.channelport.identity.Roles;
import org.channelport.platform.rest.BodyLimit;
import org.channelport.platform.rest.Params;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;

/**
 * EDI over REST (issue 12): a partner's system posts an X12 interchange as the raw body and gets what became of it
 * with the acknowledgment (997 or TA1) in the answer; channel managers keep trading profiles. The rules live in
 * {@code InboundInterchanges} and {@code TradingProfiles}.
 */
@Path("edi")
@Produces(MediaType.APPLICATION_JSON)
@SecurityRequirement(name = "keycloak")
public class EdiResource {
    @Inject
    InboundInterchanges inbound;
    @Inject
    TradingProfiles profiles;
    @Inject
    OutboundQueue outbound;

    @Schema(name = "EdiSetResult", description = "What became of one transaction set: BOOKED, REPLAYED (the PO "
            + "number's order exists with the same content), TEST_OK (a test interchange: checked, not booked), "
            + "REFUSED (the order's problems), SYNTAX_ERROR (see the 997), NOT_AN_ORDER.")
    public record SetJson(String groupControlNumber, String controlNumber, String type, String status,
                          String poNumber, String orderId, List<String> problems) {}

    @Schema(name = "EdiInterchangeResult", description = "One interchange of the body and the acknowledgment sent "
            + "back (a 997 of its groups or a CONTRL, or a TA1 / CONTRL refusing it whole).")
    public record InterchangeJson(String id, String controlNumber,
                                  @Schema(enumeration = {"ACCEPTED", "ACCEPTED_WITH_ERRORS", "REJECTED", "DUPLICATE",
                                          "NOT_RECOGNIZED"}) String status, boolean test, int ordersBooked,
                                  String acknowledgment, List<SetJson> sets) {}

    @Schema(name = "EdiReceived", description = "What became of the body's interchanges; skippedBytes: bytes before "
            + "the first ISA that were not read; stoppedBecause: why reading ended before the body did (a file cut "
            + "short or broken there: what follows was not read, send it again).")
    public record ReceivedJson(List<InterchangeJson> interchanges, int skippedBytes, String stoppedBecause) {}

    @POST
    @Path("interchanges")
    @Consumes({"application/EDI-X12", "application/edi-x12", "application/EDIFACT", "application/edifact",
            MediaType.TEXT_PLAIN, MediaType.APPLICATION_OCTET_STREAM})
    @BodyLimit("app.edi.max-interchange-bytes")
    @RolesAllowed(Roles.PARTNER_API)
    @Operation(operationId = "postInterchange", summary = "Send X12 or EDIFACT interchanges (a partner's system): the "
            + "raw file as the body", description = "Each interchange is matched to your trading profile by its sender "
            + "and receiver; its 850s / ORDERS are booked as orders (the same checks as every channel) and every group "
            + "is answered by a 997 (X12) or the interchange by a CONTRL (EDIFACT) when your profile asks for one. A "
            + "broken envelope, an unknown sender, a wrong test indicator or a control number received before is "
            + "refused whole with a TA1 (X12) or a CONTRL rejecting the interchange (EDIFACT). The same interchange "
            + "again books nothing more.")
    @APIResponse(responseCode = "200", description = "What became of each interchange.", content = @Content(
            mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ReceivedJson.class)))
    public ReceivedJson receive(byte[] body) {
        var received = inbound.receive(body, "REST");
        return new ReceivedJson(received.interchanges().stream().map(i -> new InterchangeJson(i.id().toString(),
                i.controlNumber(), i.status().name(), i.test(), i.ordersBooked(), i.acknowledgment(),
                i.sets().stream().map(s -> new SetJson(s.groupControlNumber(), s.controlNumber(), s.type(),
                        s.status(), s.poNumber(), s.orderId() == null ? null : s.orderId().toString(), s.problems()))
                        .toList())).toList(), received.skippedBytes(), received.stoppedBecause());
    }

    @Schema(name = "TradingProfile", description = "A partner's trading profile: its standard (X12 or EDIFACT), its "
            + "envelope id as sender (ISA05/06, UNB 0004:0007), ours as receiver (ISA07/08, UNB 0010:0007), TEST while "
            + "certifying or PRODUCTION, the syntax acknowledgment it wants (X997 for X12, CONTRL for EDIFACT), and the "
            + "currency of an order that names none.")
    public record ProfileJson(String partnerId, String partnerQualifier, String partnerCode, String ourQualifier,
                              String ourCode, @Schema(enumeration = {"TEST", "PRODUCTION"}) String mode,
                              @Schema(enumeration = {"X997", "CONTRL", "NONE"}) String functionalAck,
                              String defaultCurrency,
                              @Schema(description = "Business documents the partner wants from us: 855 (the order "
                                      + "response, written when the order is answered).") List<String> outbound,
                              @Schema(enumeration = {"X12", "EDIFACT"}, description = "X12 when not given.")
                              String standard) {
        static ProfileJson of(TradingProfile p) {
            return new ProfileJson(p.partnerId().toString(), p.partnerQualifier(), p.partnerCode(), p.ourQualifier(),
                    p.ourCode(), p.mode().name(), p.functionalAck().name(), p.defaultCurrency(), p.outbound(),
                    p.standard());
        }
    }

    @PUT
    @Path("profiles/{partnerId}")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.CHANNEL_MANAGER)
    @Operation(operationId = "putTradingProfile", summary = "Define or change a partner's trading profile (channel "
            + "managers)", description = "Checked when saved, every problem at its field; an envelope pair another "
            + "partner uses is a conflict.")
    public ProfileJson profile(@PathParam("partnerId") String partnerId, ProfileJson body) {
        var sent = Params.required(body, "body");
        UUID partner = Params.id(partnerId, "partner");
        return ProfileJson.of(profiles.save(partner, new TradingProfile.Definition(sent.partnerQualifier(),
                sent.partnerCode(), sent.ourQualifier(), sent.ourCode(),
                choice(TradingProfile.Mode.class, sent.mode()),
                choice(TradingProfile.Acknowledgment.class, sent.functionalAck()),
                sent.defaultCurrency(), sent.outbound(), sent.standard())));
    }

    @Schema(name = "EdiOutboundDocument", description = "A document we wrote for your system: an 855 order response "
            + "(documentType 855, with its order and PO number) or an acknowledgment of a file you sent by a transport "
            + "without an answer; content is the interchange as written. deliveredAt: when you confirmed it.")
    public record OutboundJson(String id, String documentType, String controlNumber, String poNumber, String orderId,
                               boolean test, java.time.Instant createdAt, java.time.Instant deliveredAt,
                               String content) {
        static OutboundJson of(ArchivedInterchange i) {
            return new OutboundJson(i.id().toString(), i.documentType().orElse(null), i.controlNumber(),
                    i.poNumber().orElse(null),
                    i.orderId().map(UUID::toString).orElse(null), i.test(), i.createdAt(),
                    i.deliveredAt().orElse(null), new String(i.content(), java.nio.charset.StandardCharsets.UTF_8));
        }
    }

    @Schema(name = "EdiOutbound", description = "Your documents not yet confirmed, oldest first.")
    public record OutboundListJson(List<OutboundJson> documents) {}

    @GET
    @Path("outbound")
    @RolesAllowed(Roles.PARTNER_API)
    @Operation(operationId = "listOutbound", summary = "Documents waiting for your system (a partner's system)",
            description = "The 855s and acknowledgments we wrote for you that you have not confirmed yet, oldest "
                    + "first. Read, process, then confirm each: a document stays here until confirmed, so a crash "
                    + "between reading and processing loses nothing.")
    public OutboundListJson outbound(@QueryParam("size") @DefaultValue("20") String size) {
        return new OutboundListJson(outbound.waiting(Params.pageSize(size, OutboundQueue.MAX)).stream()
                .map(OutboundJson::of).toList());
    }

    @POST
    @Path("outbound/{id}/confirm")
    @RolesAllowed(Roles.PARTNER_API)
    @Operation(operationId = "confirmOutbound", summary = "Confirm you processed an outbound document",
            description = "It leaves the queue. Confirming again changes nothing; another partner's document is not "
                    + "found.")
    public OutboundJson confirm(@PathParam("id") String id) {
        return OutboundJson.of(outbound.confirm(Params.id(id, "outbound document")));
    }

    /** The constant of this name, or null (the profile's check then names the field with every other problem). */
    private static <E extends Enum<E>> E choice(Class<E> type, String value) {
        for (var constant : type.getEnumConstants()) {
            if (constant.name().equals(value)) return constant;
        }
        return null;
    }
}
