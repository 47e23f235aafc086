package org.channelport.platform.web;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.ElementKind;
import java.text.MessageFormat;
import java.util.MissingResourceException;
import java.util.ResourceBundle;
import java.util.function.Supplier;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.channelport.shared.DomainException;

/**
 * Page feedback in the user's language. {@link #attempt} runs a service call and turns its problems into messages at
 * the offending field (or at the top), so that a page never shows an exception for user input.
 */
public final class Messages {
    private static final Logger LOG = Logger.getLogger(Messages.class.getName());
    public static final String BUNDLE = "i18n.messages";

    private Messages() {}

    /** The label in the page's language, or the key itself when the bundles lack it (chart labels, exports). */
    public static String label(String key) {
        return orKey(text(key), key);
    }

    /** The language of the page being rendered (English outside a page). */
    public static java.util.Locale locale() {
        var context = FacesContext.getCurrentInstance();
        return context != null && context.getViewRoot() != null ? context.getViewRoot().getLocale()
                : java.util.Locale.ENGLISH;
    }

    /** A label or message from the page bundle, else from the validation messages; null when neither has it. */
    public static String text(String key, Object... arguments) {
        return textIn(locale(), key, arguments);
    }

    /** {@link #text} in this language (documents written outside a page: PDFs, mails). */
    public static String textIn(java.util.Locale locale, String key, Object... arguments) {
        for (var bundle : new String[]{BUNDLE, "ValidationMessages"}) {
            try {
                var pattern = ResourceBundle.getBundle(bundle, locale).getString(key);
                return arguments.length == 0 ? pattern : new MessageFormat(pattern, locale).format(arguments);
            } catch (MissingResourceException e) {
                // try the next bundle
            }
        }
        return null;
    }

    public static void info(String key, Object... arguments) {
        add(null, FacesMessage.SEVERITY_INFO, orKey(text(key, arguments), key));
    }

    public static void error(String clientId, String key, Object... arguments) {
        add(clientId, FacesMessage.SEVERITY_ERROR, orKey(text(key, arguments), key));
    }

    /**
     * Runs the action; field problems are shown at {@code formId:field}, others at the top. Returns null when refused.
     */
    public static <T> T attempt(String formId, Supplier<T> action) {
        try {
            return action.get();
        } catch (ConstraintViolationException e) {
            for (var violation : e.getConstraintViolations()) {
                String field = null;
                for (var node : violation.getPropertyPath()) {
                    if (node.getKind() == ElementKind.PROPERTY) {
                        field = node.getName();
                    }
                }
                var template = violation.getMessageTemplate();
                var localized = template.startsWith("{") ? text(template.substring(1, template.length() - 1)) : null;
                add(field == null ? null : formId + ":" + field, FacesMessage.SEVERITY_ERROR,
                        localized != null ? localized : violation.getMessage());
            }
            summary();
            FacesContext.getCurrentInstance().validationFailed();
            return null;
        } catch (RuntimeException e) {
            if (!(e instanceof DomainException) && org.channelport.platform.persistence.Conflicts.isConflict(e)) {
                add(null, FacesMessage.SEVERITY_ERROR, orKey(text("error.concurrentChange"), "error.concurrentChange"));
                FacesContext.getCurrentInstance().validationFailed();
                return null;
            }
            if (!(e instanceof DomainException)) {
                throw e;
            }
            return refused(formId, (DomainException) e);
        }
    }

    /** A domain refusal: at its field(s) and at the top, in the page's language. */
    private static <T> T refused(String formId, DomainException e) {
        var localized = text(e.messageKey(), localizedArguments(e));
        var message = localized != null ? localized : e.getMessage();
        if (e instanceof org.channelport.shared.FieldErrors many && many.fieldErrors().size() > 1) {
            // Several fields at once: each gets its own message (the page's language where the problem has a key).
            var keys = many.fieldErrorKeys();
            var first = e instanceof org.channelport.shared.InvalidInput input ? input.firstProblems()
                    : java.util.Map.<String, org.channelport.shared.FieldProblem>of();
            many.fieldErrors().forEach((field, english) -> {
                var key = keys.get(field);
                var problem = first.get(field);
                var text = key == null ? null
                        : text(key, problem == null ? new Object[0] : problem.arguments().toArray());
                add(clientId(formId, field), FacesMessage.SEVERITY_ERROR, text != null ? text : english);
            });
            summary();
        } else if (e.field() != null) {
            // once at the field, and one summary at the top that points there (issue 10: not the same text twice)
            add(clientId(formId, e.field()), FacesMessage.SEVERITY_ERROR, message);
            summary();
        } else {
            add(null, FacesMessage.SEVERITY_ERROR, message);
        }
        FacesContext.getCurrentInstance().validationFailed();
        LOG.log(Level.FINE, "Refused: " + e.getMessage());
        return null;
    }

    /**
     * The input of a field: {@code name} in the form, or for a field of a repeated row ({@code lines[1].amount}) the
     * row's input as a repeat names it ({@code form:lines:1:amount}).
     */
    private static String clientId(String formId, String field) {
        return formId + ":" + field.replaceAll("\\[(\\d+)]\\.", ":$1:");
    }

    public static boolean attempt(String formId, Runnable action) {
        return attempt(formId, () -> {
            action.run();
            return Boolean.TRUE;
        }) != null;
    }

    /** Subjects ("partner") and states ("APPROVED") in the page's language, when the bundles know them. */
    private static Object[] localizedArguments(DomainException e) {
        return e.arguments().stream().map(argument -> {
            var name = String.valueOf(argument);
            var subject = text("subject." + name);
            if (subject != null) {
                return subject;
            }
            var state = text("enum." + name);
            return state != null ? state : argument;
        }).toArray();
    }

    /** The one message at the top of a form whose fields were refused: where to look, not the fields' texts again. */
    private static void summary() {
        add(null, FacesMessage.SEVERITY_ERROR, orKey(text("error.fields"), "error.fields"));
    }

    private static String orKey(String text, String key) {
        return text != null ? text : key;
    }

    private static void add(String clientId, FacesMessage.Severity severity, String text) {
        FacesContext.getCurrentInstance().addMessage(clientId, new FacesMessage(severity, text, null));
    }
}
