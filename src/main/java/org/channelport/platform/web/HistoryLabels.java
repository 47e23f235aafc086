package org.channelport.platform.web;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Named;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.Optional;
import java.util.ResourceBundle;
import org.channelport.platform.audit.HistoryEntry;

/**
 * The words a history row shows, in the page's language: what happened, to what, and the states before and after.
 * The audit trail stores codes ({@code DealRegistration}, {@code drafted}, {@code OFFERED}); a person never sees them
 * (issue 10: "one language of labels"). A code without a label still shows as words ("expiry reminded"), never as
 * {@code ???history.action.drafted???}; {@code HistoryLabelsTest} fails on any recorded action without a label.
 *
 * <p>Keys: {@code deals.action.<action>} for deal registrations, {@code history.action.<action>} for the rest;
 * {@code history.subject.<SubjectType>}; states {@code enum.<context>.<STATE>}, else {@code enum.<STATE>}.
 */
@Named
@ApplicationScoped
public class HistoryLabels {
    static final String BUNDLE = "i18n.messages";

    public String action(HistoryEntry entry) {
        return action(entry.getSubjectType(), entry.getAction(), locale());
    }

    public String subject(HistoryEntry entry) {
        return subject(entry.getSubjectType(), locale());
    }

    public String state(HistoryEntry entry, String state) {
        return state(entry.getSubjectType(), state, locale());
    }

    @jakarta.inject.Inject
    @jakarta.enterprise.inject.Any
    jakarta.enterprise.inject.Instance<org.channelport.platform.audit.ActorNames> actorNames;

    /** Who did it, as people know them: a person's user name, a credential's name, never a service-account id. */
    public String who(HistoryEntry entry) {
        return actor(entry.getActor());
    }

    /** Any actor the trail or a record names (a pricing request's requester), as {@link #who} shows it. */
    public String actor(String name) {
        return who(name, actor -> actorNames.stream().map(n -> n.nameOf(actor))
                .flatMap(Optional::stream).findFirst(), locale());
    }

    static String who(String actor, java.util.function.Function<String, Optional<String>> names, Locale locale) {
        if (actor == null) {
            return "";
        }
        if (actor.equals(org.channelport.platform.audit.AuditTrail.SYSTEM)) {
            return text("history.who.system", locale);
        }
        if (actor.equals(org.channelport.platform.audit.AuditTrail.ANONYMOUS)) {
            return text("history.who.anonymous", locale);
        }
        if (actor.startsWith("service-account-")) {
            var client = actor.substring("service-account-".length());
            return names.apply(actor)
                    .map(name -> new java.text.MessageFormat(text("history.who.credential", locale), locale)
                            .format(new Object[] {name}))
                    .orElseGet(() -> new java.text.MessageFormat(text("history.who.client", locale), locale)
                            .format(new Object[] {client}));
        }
        return actor;
    }

    /** The entry's detail in the page's language (a note reads as it was typed). */
    public String detail(HistoryEntry entry) {
        return org.channelport.platform.audit.AuditDetail.read(entry.storedDetail(), locale());
    }

    static String action(String subjectType, String action, Locale locale) {
        if (action == null) {
            return "";
        }
        return actionKey(subjectType, action, locale).map(key -> text(key, locale)).orElseGet(() -> words(action));
    }

    /** The bundle key that names this action, if there is one. */
    static Optional<String> actionKey(String subjectType, String action, Locale locale) {
        var keys = "DealRegistration".equals(subjectType)
                ? new String[] {"deals.action." + action, "history.action." + action}
                : new String[] {"history.action." + action};
        for (var key : keys) {
            if (has(key, locale)) {
                return Optional.of(key);
            }
        }
        return Optional.empty();
    }

    static String subject(String subjectType, Locale locale) {
        if (subjectType == null) {
            return "";
        }
        var key = "history.subject." + subjectType;
        return has(key, locale) ? text(key, locale) : words(subjectType);
    }

    static String state(String subjectType, String state, Locale locale) {
        if (state == null || state.isBlank()) {
            return "";
        }
        var context = switch (subjectType == null ? "" : subjectType) {
            case "DealRegistration" -> "deal.";
            case "Lead" -> "lead.";
            case "PurchaseOrder" -> "order.";
            default -> "";
        };
        var upper = state.toUpperCase(Locale.ROOT);
        for (var key : new String[] {"enum." + context + state, "enum." + state, "enum." + context + upper,
                "enum." + upper}) {
            if (has(key, locale)) {
                return capitalized(text(key, locale));
            }
        }
        return words(state);
    }

    /** A label written for the middle of a sentence ("submitted") at the start of a cell. */
    private static String capitalized(String text) {
        return text.isEmpty() || !Character.isLowerCase(text.charAt(0)) ? text
                : Character.toUpperCase(text.charAt(0)) + text.substring(1);
    }

    /** A code as words: {@code expiryReminded} and {@code EXPIRY_REMINDED} become "expiry reminded". */
    static String words(String code) {
        var spaced = code.replace('_', ' ').replaceAll("(?<=[a-z0-9])(?=[A-Z])", " ").toLowerCase(Locale.ROOT).strip();
        return spaced.isEmpty() ? spaced : Character.toUpperCase(spaced.charAt(0)) + spaced.substring(1);
    }

    private static boolean has(String key, Locale locale) {
        try {
            ResourceBundle.getBundle(BUNDLE, locale).getString(key);
            return true;
        } catch (MissingResourceException e) {
            return false;
        }
    }

    private static String text(String key, Locale locale) {
        return ResourceBundle.getBundle(BUNDLE, locale).getString(key);
    }

    private static Locale locale() {
        var context = FacesContext.getCurrentInstance();
        return context == null || context.getViewRoot() == null ? Locale.ENGLISH : context.getViewRoot().getLocale();
    }
}
