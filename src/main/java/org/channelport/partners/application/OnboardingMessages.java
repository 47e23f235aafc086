package org.channelport.partners.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.channelport.identity.OidcSettings;
import org.channelport.partners.domain.CompanyProfile;
import org.channelport.platform.mail.Mailer;

/** The mails of onboarding, queued in the outbox with the change that causes them. */
@ApplicationScoped
public class OnboardingMessages {
    @Inject
    Mailer mailer;
    @Inject
    OidcSettings settings;

    void applicationReceived(CompanyProfile profile) {
        mailer.queue(profile.contactEmail(), "Your Channelport partner application",
                "Hello " + profile.contactName() + ",\n\nwe received the application of " + profile.companyName()
                        + " to become a partner. A channel manager will review it and you will hear from us by e-mail.\n\n"
                        + "The Channelport team");
    }

    void applicationRejected(CompanyProfile profile, String reason) {
        mailer.queue(profile.contactEmail(), "Your Channelport partner application",
                "Hello " + profile.contactName() + ",\n\nwe are sorry: the application of " + profile.companyName()
                        + " was not approved.\n\nReason: " + reason + "\n\nThe Channelport team");
    }

    /**
     * The approval, to the new partner's administrator. The invitation itself (the link to choose a password) is
     * Keycloak's one mail in Channelport's words (themes/keycloak/channelport/email), so it is not repeated here.
     */
    void approved(String partnerName, String email, String firstName) {
        mailer.queue(email, "Your Channelport partner application",
                "Hello " + firstName + ",\n\nwelcome to the partner program: " + partnerName + " has been approved, and "
                        + "you are its administrator.\n\nYour invitation to the partner portal, with the link to choose "
                        + "your password, comes in a separate mail. After that, sign in at:\n\n" + settings.getBaseUrl()
                        + "/portal/\n\nThe Channelport team");
    }
}
