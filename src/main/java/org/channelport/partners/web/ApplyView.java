package org.channelport.partners.web;

import jakarta.faces.context.FacesContext;
import jakarta.faces.model.SelectItem;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import org.channelport.partners.application.PartnerApplicationService;
import org.channelport.partners.domain.PartnerType;
import org.channelport.platform.rest.ClientAddress;
import org.channelport.platform.rest.RateLimiter;
import org.channelport.platform.web.Messages;
import org.channelport.shared.ProductLine;

/** The public "Become a partner" page. */
@Named
@ViewScoped
public class ApplyView implements Serializable {
    @jakarta.inject.Inject
    org.channelport.platform.web.Formats formats;
    @Inject
    PartnerApplicationService applications;
    @Inject
    RateLimiter rateLimiter;
    @Inject
    ClientAddress clientAddress;

    private final ApplicationForm form = new ApplicationForm();
    private boolean submitted;

    public void submit() {
        var request = (jakarta.servlet.http.HttpServletRequest) FacesContext.getCurrentInstance().getExternalContext().getRequest();
        if (!rateLimiter.tryAcquire("partner-applications", clientAddress.of(request))) {
            Messages.error(null, "error.rateLimited");
            return;
        }
        submitted = Messages.attempt("applyForm", () -> {
            applications.submit(form.toProfile(), Messages.locale());
        });
    }

    public ApplicationForm getForm() { return form; }
    public boolean isSubmitted() { return submitted; }
    public PartnerType[] getTypes() { return PartnerType.values(); }
    public ProductLine[] getProductLines() { return ProductLine.values(); }

    /** Countries by their name in the page's language. */
    public List<SelectItem> getCountries() {
        return formats.countryChoices();
    }
}
