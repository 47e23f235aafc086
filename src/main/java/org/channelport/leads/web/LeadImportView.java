package org.channelport.leads.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.UUID;
import org.channelport.leads.application.LeadImport;
import org.channelport.leads.application.LeadImportService;
import org.channelport.platform.imports.ImportPage;

/**
 * The console's lead import: upload a CSV or XLSX file, watch the progress bar while it is created and routed, then
 * read every skipped row with its line and reason (rules L1, L2).
 */
@Named
@ViewScoped
public class LeadImportView extends ImportPage<LeadImport> {
    @Inject
    LeadImportService imports;

    @Override
    protected LeadImport start(String fileName, byte[] content) {
        return imports.start(fileName, content);
    }

    @Override
    protected LeadImport find(UUID id) {
        return imports.find(id);
    }
}
