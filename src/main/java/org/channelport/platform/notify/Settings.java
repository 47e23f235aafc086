package org.channelport.platform.notify;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.ZoneId;
import java.util.Collection;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.channelport.identity.CurrentUser;
import org.channelport.platform.audit.AuditDetail;
import org.channelport.platform.audit.AuditTrail;

/**
 * People's own settings (issue 10): read for the recipients of a notification, and changed only by the person
 * themselves (the caller), audited like every change.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class Settings {
    static final String SUBJECT = "PersonSettings";

    @PersistenceContext
    EntityManager em;
    @Inject
    CurrentUser user;
    @Inject
    Clock clock;
    @Inject
    AuditTrail audit;

    /** The settings of these people that have any (by user name). */
    public Map<String, PersonSettings> of(Collection<String> usernames) {
        var found = new HashMap<String, PersonSettings>();
        if (usernames.isEmpty()) {
            return found;
        }
        em.createQuery("select s from PersonSettings s where s.username in :names", PersonSettings.class)
                .setParameter("names", usernames).getResultList().forEach(s -> found.put(s.username(), s));
        return found;
    }

    /** The caller's settings, if they saved any. */
    public Optional<PersonSettings> mine() {
        return user.isAuthenticated() ? Optional.ofNullable(em.find(PersonSettings.class, user.name())) : Optional.empty();
    }

    /** Saves the caller's choices; a call that changes nothing records nothing. */
    @Transactional
    public void save(Locale language, ZoneId zone, Map<NotificationKind, Delivery> deliveries) {
        var settings = ownForUpdate();
        var before = settings.deliveries();
        boolean changed = !Objects.equals(settings.languageTag(), language == null ? null : language.toLanguageTag())
                || !Objects.equals(settings.zone().orElse(null), zone);
        var now = clock.instant();
        settings.language(language, now);
        settings.zone(zone, now);
        settings.deliveries(deliveries, now);
        if (changed || !before.equals(settings.deliveries())) {
            audit.record(user.partnerId().orElse(null), SUBJECT, user.name(), "settingsChanged", null, null, (String) null);
        }
    }

    /** Remembers the language the caller switched the pages to, so that their mails follow (no-op when unchanged). */
    @Transactional
    public void rememberLanguage(Locale language) {
        if (!user.isAuthenticated() || PersonSettings.language(language.toLanguageTag()).isEmpty()) {
            return;
        }
        var settings = ownForUpdate();
        if (!language.toLanguageTag().equals(settings.languageTag())) {
            settings.language(language, clock.instant());
            audit.record(user.partnerId().orElse(null), SUBJECT, user.name(), "languageChanged", null, null,
                    AuditDetail.of("history.detail.language", AuditDetail.label("language." + language.toLanguageTag())));
        }
    }

    /**
     * Remembers that the caller showed or hid a column of a list (issue 10). Ids are the page's own (letters and digits,
     * checked here: they come from the browser); every column shows by default, so showing one again forgets the choice. A view
     * preference, not business state: not audited.
     */
    @Transactional
    public void chooseColumn(String table, String column, boolean shown) {
        if (!user.isAuthenticated() || !COLUMN_KEY.matcher(table).matches() || !COLUMN_ID.matcher(column).matches()) {
            return;
        }
        var settings = ownForUpdate();
        var chosen = settings.columns(table);
        if (shown) {
            chosen.remove(column);
        } else {
            chosen.put(column, shown);
        }
        if (chosen.size() <= 40) {
            settings.columns(table, chosen, clock.instant());
        }
    }

    private static final java.util.regex.Pattern COLUMN_KEY = java.util.regex.Pattern.compile("[A-Za-z0-9/._#-]{1,200}");
    private static final java.util.regex.Pattern COLUMN_ID = java.util.regex.Pattern.compile("[A-Za-z][A-Za-z0-9_]{0,40}");

    /**
     * The caller's settings, locked for the change, made on first use. Found without a lock first: a find with a lock
     * reads the database and missed settings made earlier in the same transaction (a second save then inserted the
     * row again).
     */
    private PersonSettings ownForUpdate() {
        var settings = em.find(PersonSettings.class, user.name());
        if (settings == null) {
            settings = new PersonSettings(user.name(), clock.instant());
            em.persist(settings);
        } else {
            em.lock(settings, jakarta.persistence.LockModeType.PESSIMISTIC_WRITE);
        }
        return settings;
    }
}
