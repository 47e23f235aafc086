package org.channelport.orders.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.Duration;
import java.util.UUID;
import org.channelport.orders.application.CatalogImport;
import org.channelport.orders.application.CatalogImportService;
import org.channelport.platform.web.Messages;
import org.primefaces.event.FileUploadEvent;

/**
 * The console's import of products, list prices or contract prices (rules O6, O8): choose what the file holds, upload
 * a CSV or XLSX file, watch the progress bar, then read every row not imported with its line and reason.
 */
@Named
@ViewScoped
public class CatalogImportView implements Serializable {
    /** How long the page still polls after an import ended (the poll asks every second). */
    static final Duration SETTLE = Duration.ofSeconds(2);

    @Inject
    CatalogImportService imports;

    private CatalogImport.Kind kind = CatalogImport.Kind.PRODUCTS;
    private UUID importId;

    public void upload(FileUploadEvent event) {
        var file = event.getFile();
        var job = Messages.attempt("importForm", () -> imports.start(kind, file.getFileName(), file.getContent()));
        if (job != null) {
            importId = job.getId();
        }
    }

    /** The import being watched, or null before an upload. */
    public CatalogImport getJob() {
        return importId == null ? null : imports.find(importId);
    }

    public boolean isRunning() {
        var job = getJob();
        return job != null && job.isRunning();
    }

    public boolean isPolling() {
        var job = getJob();
        return job != null && job.isWorthPolling(SETTLE);
    }

    public void again() {
        importId = null;
    }

    /** The columns of the chosen kind's file, for the hint. */
    public String getColumns() {
        return String.join(", ", CatalogImportService.columns(kind));
    }

    public CatalogImport.Kind[] getKinds() { return CatalogImport.Kind.values(); }
    public CatalogImport.Kind getKind() { return kind; }
    public void setKind(CatalogImport.Kind kind) { this.kind = kind == null ? CatalogImport.Kind.PRODUCTS : kind; }
}
