package org.channelport.leads.api;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.time.Instant;
import java.util.List;
import org.channelport.identity.CurrentUser;
import org.channelport.identity.Roles;
import org.channelport.leads.application.LeadImport;
import org.channelport.leads.application.LeadImportService;
import org.channelport.platform.rest.BodyLimit;
import org.channelport.platform.rest.Idempotency;
import org.channelport.shared.DomainException;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;

/**
 * Lead files for the brand owner's systems: POST the bytes of a CSV (text/csv, UTF-8) or XLSX file; the answer (202)
 * points at the import, whose progress and report of skipped rows GET returns (rules L1, L2).
 */
@Path("lead-imports")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.ERP_INTEGRATION, Roles.CHANNEL_MANAGER})
@SecurityRequirement(name = "keycloak")
public class LeadImportsResource {
    static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    private static final Jsonb JSON = JsonbBuilder.create();

    @Inject
    LeadImportService imports;
    @Inject
    Idempotency idempotency;
    @Inject
    CurrentUser user;

    public record ImportJson(String id, String fileName, String phase, int percent, int total, int processed,
                             int created, int duplicates, int rejected, int routed, int unroutable, long rowsPerSecond,
                             Instant startedAt, Instant finishedAt, String failure, List<LeadImport.Issue> issues) {
        static ImportJson of(LeadImport job, boolean withIssues) {
            return new ImportJson(job.getId().toString(), job.getFileName(), job.getPhase().name(), job.getPercent(),
                    job.getTotal(), job.getProcessed(), job.getCreated(), job.getDuplicates(), job.getRejected(),
                    job.getRouted(), job.getUnroutable(), job.getRowsPerSecond(), job.getStartedAt(),
                    job.getFinishedAt(), job.getFailure(), withIssues ? job.getIssues() : null);
        }
    }

    @POST
    @Consumes({"text/csv", XLSX, MediaType.APPLICATION_OCTET_STREAM})
    @BodyLimit("app.rest.max-import-bytes")
    @Operation(operationId = "startLeadImport",
            summary = "Import a CSV or XLSX file of leads", description = "Content-Type text/csv or the XLSX type; "
            + "fileName names the file in the report. Idempotency-Key makes a retried upload safe.")
    @org.eclipse.microprofile.openapi.annotations.responses.APIResponse(responseCode = "202",
            description = "Started; poll Location for its progress.",
            content = @org.eclipse.microprofile.openapi.annotations.media.Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @org.eclipse.microprofile.openapi.annotations.media.Schema(implementation = ImportJson.class)))
    public Response start(byte[] body, @QueryParam("fileName") String fileName,
                          @HeaderParam(Idempotency.HEADER) String key, @Context HttpHeaders headers,
                          @Context UriInfo uri) {
        if (body == null || body.length == 0) {
            throw new DomainException(DomainException.Kind.INVALID, "leadImport.file.empty", "The file is empty.")
                    .at("file");
        }
        var type = headers.getMediaType() == null ? "" : headers.getMediaType().getType() + "/"
                + headers.getMediaType().getSubtype();
        var name = fileName != null && !fileName.isBlank() ? fileName.strip()
                : XLSX.equals(type) ? "upload.xlsx" : "upload.csv";
        return idempotency.once(user.name(), key, body, () -> {
            var job = imports.start(name, body);
            return new Idempotency.Answer(202, uri.getAbsolutePathBuilder().path(job.getId().toString()).build(),
                    JSON.toJson(ImportJson.of(job, false)));
        });
    }

    @GET
    @Path("{id}")
    @Operation(operationId = "getLeadImport",
            summary = "An import's progress, and every row it skipped with its line and reason")
    public ImportJson get(@PathParam("id") String id) {
        java.util.UUID uuid;
        try {
            uuid = java.util.UUID.fromString(id);
        } catch (IllegalArgumentException e) {
            throw DomainException.notFound("lead import", id);
        }
        return ImportJson.of(imports.find(uuid), true);
    }
}
