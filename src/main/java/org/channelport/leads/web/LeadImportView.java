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

    public void again() {
        importId = null;
    }
}
