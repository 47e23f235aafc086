package org.channelport.deals.web;

import jakarta.faces.context.FacesContext;
import java.io.IOException;
import java.io.UncheckedIOException;

/** Page plumbing the deals beans share: "not found" answers and downloads. */
final class DealPages {
    private DealPages() {}

    /** Answers 404 (the error page), as for any foreign or unknown id: the page shows nothing of the registration. */
    static void notFound() {
        try {
            var context = FacesContext.getCurrentInstance();
            context.getExternalContext().responseSendError(404, "Not found");
            context.responseComplete();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Messages survive the redirect that follows an action. */
    static void keepMessages() {
        FacesContext.getCurrentInstance().getExternalContext().getFlash().setKeepMessages(true);
    }
}
