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

    void invitation(String partnerName, String email, String firstName, boolean newPartner) {
        var opening = newPartner
                ? "welcome to the partner program: " + partnerName + " has been approved, and you are its administrator."
                : "you have been invited to join " + partnerName + " on the Channelport partner portal.";
        mailer.queue(email, "Your invitation to the Channelport partner portal",
                "Hello " + firstName + ",\n\n" + opening + "\n\n"
                        + "You will receive a second e-mail from our sign-in service with a link to set your password "
                        + "and confirm this address. After that, sign in at:\n\n" + settings.getBaseUrl() + "/portal/\n\n"
                        + "Your username is " + email + ".\n\nThe Channelport team");
    }
}
