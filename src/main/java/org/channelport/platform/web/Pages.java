package org.channelport.platform.web;

import jakarta.faces.context.FacesContext;
import java.io.IOException;
import java.io.UncheckedIOException;

/** What every record page does alike: answer 404 for a record the reader may not see, keep messages over a redirect. */
public final class Pages {
    private Pages() {}

    /** The record does not exist for this reader (or is another partner's: the same answer). */
    public static void notFound() {
        try {
            var context = FacesContext.getCurrentInstance();
            context.getExternalContext().responseSendError(404, "Not found");
            context.responseComplete();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The messages of this request are shown after the redirect that follows it. */
    public static void keepMessages() {
        FacesContext.getCurrentInstance().getExternalContext().getFlash().setKeepMessages(true);
    }
}
