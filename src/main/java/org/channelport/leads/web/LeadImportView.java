package org.channelport.leads.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.UUID;
import org.channelport.leads.application.LeadImport;
import org.channelport.leads.application.LeadImportService;
import org.channelport.platform.web.Messages;
import org.primefaces.event.FileUploadEvent;

/**
 * The console's lead import: upload a CSV or XLSX file, watch the progress bar while it is created and routed, then
 * read every skipped row with its line and reason (rules L1, L2).
 */
@Named
@ViewScoped
public class LeadImportView implements Serializable {
    @Inject
    LeadImportService imports;

    /** How long the page still polls after an import ended (the poll asks every second). */
    static final int SETTLE_SECONDS = 2;

    private UUID importId;

    public void upload(FileUploadEvent event) {
        var file = event.getFile();
        var job = Messages.attempt("importForm", () -> imports.start(file.getFileName(), file.getContent()));
        if (job != null) {
            importId = job.getId();
        }
    }

    /** The import being watched, or null before an upload. */
    public LeadImport getJob() {
        return importId == null ? null : imports.find(importId);
    }

    public boolean isRunning() {
        var job = getJob();
        return job != null && job.isRunning();
    }

    /**
     * Whether the page keeps asking for the progress: while the import runs, and for {@value #SETTLE_SECONDS} s after
     * it ended. A render that began while the last chunk was being written could show the bar below 100 % beside
     * "Done"; stopping at once left the page so. A render that begins after the end shows the final numbers.
     */
    public boolean isPolling() {
        var job = getJob();
        return job != null && job.isWorthPolling(java.time.Duration.ofSeconds(SETTLE_SECONDS));
    }

    public void again() {
        importId = null;
    }
}
