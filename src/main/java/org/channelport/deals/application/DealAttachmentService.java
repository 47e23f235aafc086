package org.channelport.deals.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.UUID;
import org.channelport.deals.domain.AttachmentType;
import org.channelport.deals.domain.DealAttachment;
import org.channelport.deals.domain.DealRegistrationRepository;
import org.channelport.deals.domain.DealStatus;
import org.channelport.identity.CurrentUser;
import org.channelport.platform.audit.AuditTrail;
import org.channelport.shared.DomainException;
import org.channelport.shared.IllegalTransition;

/**
 * Rule D10: a partner attaches PDFs and images (at most {@code app.deals.attachment-max-bytes} each, at most
 * {@value #MAX_FILES} per registration) to its own registration while it is not final; the content must be what the
 * name claims. Reading them is {@link DealQueries#attachment}.
 */
@ApplicationScoped
@Transactional
public class DealAttachmentService {
    public static final int MAX_FILES = 10;
    private static final int NAME_MAX = 255;

    @Inject
    DealRegistrationRepository deals;
    @Inject
    DealSettings settings;
    @Inject
    CurrentUser user;
    @Inject
    AuditTrail audit;
    @Inject
    Clock clock;

    public UUID attach(UUID dealId, String fileName, byte[] content) {
        var partner = user.requirePartner();
        var name = fileName == null ? null : org.channelport.shared.TextInput.tidy(
                fileName.substring(Math.max(fileName.lastIndexOf('/'), fileName.lastIndexOf('\\')) + 1));
        if (name == null || name.length() > NAME_MAX || org.channelport.shared.TextInput.hasControlCharacters(name, false)) {
            throw DomainException.invalid("deal.attachment.name", "Give the file a name of at most 255 characters.", "file");
        }
        if (content == null || content.length == 0) {
            throw DomainException.invalid("deal.attachment.empty", "The file is empty.", "file");
        }
        if (content.length > settings.attachmentMaxBytes()) {
            throw new DomainException(DomainException.Kind.INVALID, "deal.attachment.tooLarge",
                    "The file is larger than " + settings.attachmentMaxBytes() / 1024 / 1024 + " MB.")
                    .with(settings.attachmentMaxBytes() / 1024 / 1024).at("file");
        }
        var type = AttachmentType.of(name, content).orElseThrow(() -> AttachmentType.isAcceptedName(name)
                ? DomainException.invalid("deal.attachment.mismatch",
                        "The file's content is not what its name claims (" + name + ").", "file")
                : DomainException.invalid("deal.attachment.type", "Attach a PDF, PNG or JPEG file.", "file"));
        var deal = deals.findForUpdate(dealId).filter(d -> partner.equals(d.partnerId()))
                .orElseThrow(() -> DomainException.notFound("deal registration", dealId));
        if (deal.status().isFinal()) throw new IllegalTransition("deal registration", "deal", deal.status(), "attach");
        if (deals.attachmentCount(dealId) >= MAX_FILES) {
            throw new DomainException(DomainException.Kind.CONFLICT, "deal.attachment.tooMany",
                    "A registration holds at most " + MAX_FILES + " files.").with(MAX_FILES);
        }
        var now = clock.instant();
        var attachment = new DealAttachment(dealId, partner, name, type.contentType(), content, user.name(), now);
        deals.addAttachment(attachment);
        deal.touched(now);
        audit.record(partner, "DealRegistration", dealId, "attached", deal.status(), deal.status(), name);
        return attachment.id();
    }

    public void remove(UUID dealId, UUID attachmentId) {
        var partner = user.requirePartner();
        var deal = deals.findForUpdate(dealId).filter(d -> partner.equals(d.partnerId()))
                .orElseThrow(() -> DomainException.notFound("deal registration", dealId));
        var attachment = deals.attachment(attachmentId).filter(a -> a.dealId().equals(dealId))
                .orElseThrow(() -> DomainException.notFound("attachment", attachmentId));
        if (deal.status() != DealStatus.DRAFT && deal.status() != DealStatus.INFO_REQUESTED) {
            throw new IllegalTransition("deal registration", "deal", deal.status(), "removeAttachment");
        }
        deals.removeAttachment(attachment);
        deal.touched(clock.instant());
        audit.record(partner, "DealRegistration", dealId, "attachmentRemoved", deal.status(), deal.status(),
                attachment.fileName());
    }
}
