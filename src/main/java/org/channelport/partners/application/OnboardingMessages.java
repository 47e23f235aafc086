package org.channelport.partners.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Locale;
import org.channelport.identity.OidcSettings;
import org.channelport.partners.domain.CompanyProfile;
import org.channelport.platform.audit.AuditDetail;
import org.channelport.platform.mail.Mailer;
import org.channelport.platform.notify.Mail;
import org.channelport.platform.notify.PersonSettings;

/**
 * The mails of onboarding, queued in the outbox with the change that causes them, in the applicant's language (the
 * one they applied in; English when unknown): bundle keys {@code mail.onboarding.*} in the three languages.
 */
@ApplicationScoped
public class OnboardingMessages {
    private static final AuditDetail SUBJECT = AuditDetail.of("mail.onboarding.subject");

    @Inject
    Mailer mailer;
    @Inject
    OidcSettings settings;

    void applicationReceived(CompanyProfile profile, String language) {
        send(profile.contactEmail(), language, null,
                greeting(profile.contactName()),
                AuditDetail.of("mail.onboarding.received", AuditDetail.text(profile.companyName())));
    }

    void applicationRejected(CompanyProfile profile, String reason, String language) {
        send(profile.contactEmail(), language, null,
                greeting(profile.contactName()),
                AuditDetail.of("mail.onboarding.rejected", AuditDetail.text(profile.companyName())),
                AuditDetail.of("mail.onboarding.reason", AuditDetail.text(reason)));
    }

    /**
     * The approval, to the new partner's administrator. The invitation itself (the link to choose a password) is
     * Keycloak's one mail in Channelport's words (themes/keycloak/channelport/email), so it is not repeated here.
     */
    void approved(String partnerName, String email, String firstName, String language) {
        send(email, language, settings.getBaseUrl() + "/portal/",
                greeting(firstName),
                AuditDetail.of("mail.onboarding.approved", AuditDetail.text(partnerName)),
                AuditDetail.of("mail.onboarding.invitationFollows"));
    }

    private static AuditDetail greeting(String name) {
        return AuditDetail.of("mail.onboarding.greeting", AuditDetail.text(name));
    }

    private void send(String to, String language, String link, AuditDetail... lines) {
        var locale = PersonSettings.language(language).orElse(Locale.ENGLISH);
        var mail = Mail.of(SUBJECT, lines);
        mailer.queue(to, mail.subject(locale), mail.body(locale, link) + "\n" + AuditDetail.read(
                AuditDetail.of("mail.onboarding.signature").stored(), locale));
    }
}
