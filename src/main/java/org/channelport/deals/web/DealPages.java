package org.channelport.deals.web;

import jakarta.faces.context.FacesContext;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.UUID;
import java.util.function.Supplier;
import org.channelport.deals.application.InvalidDeal;
import org.channelport.platform.web.Messages;

/** Page plumbing the deals beans share: field errors of rule D1 at the right rows, and "not found" answers. */
final class DealPages {
    private DealPages() {}

    /**
     * Like {@link Messages#attempt}, but a registration's field problems ({@code lines[1].amount}) land at the inputs of
     * the form's line rows ({@code form:lines:1:amount}), each in the page's language.
     */
    static <T> T attempt(String formId, Supplier<T> action) {
        var invalid = new InvalidDeal[1];
        T result = Messages.attempt(formId, () -> {
            try {
                return action.get();
            } catch (InvalidDeal e) {
                invalid[0] = e;
                return null;
            }
        });
        if (invalid[0] != null) {
            var keys = invalid[0].fieldErrorKeys();
            invalid[0].fieldErrors().forEach((field, english) -> {
                var key = keys.get(field);
                var text = key == null ? null : Messages.text(key);
                var clientId = formId + ":" + field.replaceAll("\\[(\\d+)]\\.", ":$1:");
                if (text != null) {
                    Messages.error(clientId, key);
                } else {
                    FacesContext.getCurrentInstance().addMessage(clientId, new jakarta.faces.application.FacesMessage(
                            jakarta.faces.application.FacesMessage.SEVERITY_ERROR, english, null));
                }
            });
            Messages.error(null, "error.fields");
            FacesContext.getCurrentInstance().validationFailed();
            return null;
        }
        return result;
    }

    static boolean attempt(String formId, Runnable action) {
        return attempt(formId, () -> {
            action.run();
            return Boolean.TRUE;
        }) != null;
    }

    /** The id parameter as a UUID, or null when it is not one. */
    static UUID uuid(String text) {
        try {
            return text == null ? null : UUID.fromString(text.strip());
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

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
