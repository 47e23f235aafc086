package org.channelport.edi.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.List;
import java.util.UUID;
import org.channelport.edi.domain.ArchivedInterchange;
import org.channelport.edi.domain.EdiRepository;
import org.channelport.identity.CurrentUser;
import org.channelport.platform.audit.AuditTrail;
import org.channelport.shared.DomainException;

/**
 * Rule E11: what we wrote for a partner (855s; acknowledgments of files that came by a transport without an answer)
 * waits until the partner's system confirms it read it: read, then confirm, so nothing is lost and nothing read twice
 * by a client that confirms what it processed. A partner reads and confirms its own documents only; another's is
 * unknown to it. Confirming twice is harmless.
 */
@ApplicationScoped
@Transactional
public class OutboundQueue {
    public static final int MAX = 100;

    @Inject
    EdiRepository repository;
    @Inject
    CurrentUser user;
    @Inject
    AuditTrail audit;
    @Inject
    Clock clock;

    /** The caller's documents not yet confirmed, oldest first (at most {@code max}, up to {@link #MAX}). */
    public List<ArchivedInterchange> waiting(int max) {
        return repository.undelivered(user.requirePartner(), Math.max(1, Math.min(max, MAX)));
    }

    /** The caller's outbound document of this id, confirmed or not. */
    public ArchivedInterchange document(UUID id) {
        var partner = user.requirePartner();
        return repository.interchange(id)
                .filter(i -> partner.equals(i.partnerId()) && i.direction() == ArchivedInterchange.Direction.OUT)
                .orElseThrow(() -> DomainException.notFound("outbound document", id));
    }

    /** The partner's system read it: it leaves the queue (audited once). */
    public ArchivedInterchange confirm(UUID id) {
        var document = document(id);
        if (document.deliveredAt().isEmpty()) {
            document.delivered(clock.instant());
            audit.record(document.partnerId(), "Interchange", document.id(), "interchangeDelivered", null, null,
                    document.summary());
        }
        return document;
    }
}
