package org.channelport.platform.imports;

import java.io.Serializable;
import java.time.Duration;
import java.util.UUID;
import org.channelport.platform.web.Messages;
import org.primefaces.event.FileUploadEvent;

/**
 * A page that imports a file and watches its {@link ImportJob}: upload (a file that cannot be read is refused at the
 * form, nothing imported), a progress bar polled every second, then the report. Each context's page names how its
 * import starts and is found again.
 */
public abstract class ImportPage<J extends ImportJob> implements Serializable {
    /** How long the page still polls after an import ended (the poll asks every second). */
    static final Duration SETTLE = Duration.ofSeconds(2);
    /** The form of the upload and of the progress, whose messages a refused file gets. */
    public static final String FORM = "importForm";

    private UUID importId;

    /** Reads the file and starts its import (as the caller, who must be allowed to). */
    protected abstract J start(String fileName, byte[] content);

    /** The import started from this page, as its service keeps it. */
    protected abstract J find(UUID id);

    public void upload(FileUploadEvent event) {
        var file = event.getFile();
        var job = Messages.attempt(FORM, () -> start(file.getFileName(), file.getContent()));
        if (job != null) {
            importId = job.getId();
        }
    }

    /** The import being watched, or null before an upload. */
    public J getJob() {
        if (importId == null) {
            return null;
        }
        try {
            return find(importId);
        } catch (org.channelport.shared.DomainException gone) {
            // no longer kept (twenty newer imports, a restart, another instance): the page offers a new upload
            importId = null;
            return null;
        }
    }

    public boolean isRunning() {
        var job = getJob();
        return job != null && job.isRunning();
    }

    /** See {@link ImportJob#isWorthPolling}. */
    public boolean isPolling() {
        var job = getJob();
        return job != null && job.isWorthPolling(SETTLE);
    }

    public void again() {
        importId = null;
    }
}
