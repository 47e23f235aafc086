package org.channelport.partners.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.ArrayList;
import java.util.List;
import org.channelport.identity.CurrentUser;
import org.channelport.partners.application.ApiCredentialService;
import org.channelport.partners.application.PartnerDirectory;
import org.channelport.platform.notify.Settings;

/**
 * The first steps of a partner's person (issue 10): the welcome page a person lands on after their first sign-in,
 * and the home's "Getting started" card, shown until every step that can be done is done. An administrator's steps:
 * invite colleagues, create an API credential for the organization's systems, choose how notifications reach them;
 * everyone's: check the organization's profile, see the leads, choose notifications.
 */
@Named
@RequestScoped
public class WelcomeView {
    /** One step: its text key, where it is done, and whether it is done (null: nothing to tick, only to look at). */
    public record FirstStep(String key, String link, Boolean done) {
        public boolean isDone() { return Boolean.TRUE.equals(done); }
        public boolean isCheckable() { return done != null; }
    }

    @Inject
    CurrentUser user;
    @Inject
    PartnerDirectory directory;
    @Inject
    ApiCredentialService credentials;
    @Inject
    Settings settings;

    private List<FirstStep> steps;

    public List<FirstStep> getSteps() {
        if (steps == null) {
            var list = new ArrayList<FirstStep>();
            var partnerId = user.partnerId().orElseThrow();
            list.add(new FirstStep("welcome.step.profile", "/portal/index.xhtml#profile", null));
            if (user.isPartnerAdmin()) {
                list.add(new FirstStep("welcome.step.invite", "/portal/partners/users.xhtml",
                        directory.users(partnerId).size() > 1));
                list.add(new FirstStep("welcome.step.credentials", "/portal/partners/api-credentials.xhtml",
                        !credentials.ownCredentials().isEmpty()));
            }
            // saved on the settings page (which always sets a zone), not merely a language switched in the top bar
            list.add(new FirstStep("welcome.step.settings", "/portal/settings.xhtml",
                    settings.mine().flatMap(org.channelport.platform.notify.PersonSettings::zone).isPresent()));
            list.add(new FirstStep("welcome.step.leads", "/portal/leads/index.xhtml", null));
            steps = List.copyOf(list);
        }
        return steps;
    }

    /** Steps that can be ticked and are not yet: the home's card shows while there are any. */
    public long getOpen() {
        return getSteps().stream().filter(s -> s.isCheckable() && !s.isDone()).count();
    }
}
