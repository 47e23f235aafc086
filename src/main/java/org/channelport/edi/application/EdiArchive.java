package org.channelport.edi.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.UUID;
import org.channelport.edi.domain.ArchivedInterchange;
import org.channelport.edi.domain.EdiRepository;
import org.channelport.platform.audit.AuditTrail;

/** Rules E4, E9: control numbers and the archive, each in a transaction of its own (an order's booking has its own). */
@ApplicationScoped
@Transactional(Transactional.TxType.REQUIRES_NEW)
public class EdiArchive {
    @Inject
    EdiRepository repository;
    @Inject
    AuditTrail audit;

    /** The next interchange and group control numbers of a profile (or of the unknown senders' counter). */
    public long[] controlNumbers(UUID profileId) {
        return new long[] {repository.nextControlNumber(profileId, "ISA"), repository.nextControlNumber(profileId, "GS")};
    }

    /** Keeps what came in and what went back, audited as the partner's (or, unrecognized, as nobody's). */
    public void keep(List<ArchivedInterchange> interchanges) {
        for (var interchange : interchanges) {
            repository.add(interchange);
            audit.record(interchange.partnerId(), "Interchange", interchange.id(), "interchangeArchived", null,
                    interchange.status(), interchange.summary());
        }
    }
}
