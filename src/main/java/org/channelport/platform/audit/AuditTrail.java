package org.channelport.platform.audit;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.security.enterprise.SecurityContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.List;
import java.util.UUID;

/**
 * Writes audit entries inside the caller's transaction (rule P1: MANDATORY, so an entry can never be written apart from
 * the change it records) and reads them back for one partner.
 */
@ApplicationScoped
public class AuditTrail {
    public static final String SYSTEM = "system";
    public static final String ANONYMOUS = "anonymous";

    @PersistenceContext
    EntityManager em;
    @Inject
    SecurityContext security;
    @Inject
    Clock clock;

    /** Records a change with a note as a person typed it (or none). */
    @Transactional(Transactional.TxType.MANDATORY)
    public void record(UUID partnerId, String subjectType, Object subjectId, String action,
                       Object fromState, Object toState, String note) {
        recordAs(actor(), partnerId, subjectType, subjectId, action, fromState, toState, note);
    }

    /** Records a change with a detail the server wrote, read later in the reader's language. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void record(UUID partnerId, String subjectType, Object subjectId, String action,
                       Object fromState, Object toState, AuditDetail detail) {
        persist(actor(), partnerId, subjectType, subjectId, action, fromState, toState,
                detail == null ? null : detail.stored());
    }

    /**
     * For work that runs outside the request of the person who started it (a file import on a worker thread): the
     * actor is named explicitly, because the container has no caller to ask there.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void recordAs(String actor, UUID partnerId, String subjectType, Object subjectId, String action,
                         Object fromState, Object toState, String note) {
        persist(actor, partnerId, subjectType, subjectId, action, fromState, toState, AuditDetail.typed(note));
    }

    /** {@link #recordAs(String, UUID, String, Object, String, Object, Object, String)} with a server-written detail. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void recordAs(String actor, UUID partnerId, String subjectType, Object subjectId, String action,
                         Object fromState, Object toState, AuditDetail detail) {
        persist(actor, partnerId, subjectType, subjectId, action, fromState, toState,
                detail == null ? null : detail.stored());
    }

    private void persist(String actor, UUID partnerId, String subjectType, Object subjectId, String action,
                         Object fromState, Object toState, String detail) {
        em.persist(new AuditEntry(clock.instant(), actor, partnerId, subjectType, String.valueOf(subjectId), action,
                fromState == null ? null : fromState.toString(), toState == null ? null : toState.toString(), detail));
    }

    /** The caller as the trail names it (for callers that pass it on to {@link #recordAs}). */
    public String currentActor() {
        return actor();
    }

    /** Entries about one subject (e.g. a lead), oldest first. Callers decide whether the current user may read them. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<AuditEntry> forSubject(String subjectType, Object subjectId, int max) {
        return em.createQuery("select a from AuditEntry a where a.subjectType = :t and a.subjectId = :s "
                        + "order by a.occurredAt, a.id", AuditEntry.class)
                .setParameter("t", subjectType).setParameter("s", String.valueOf(subjectId))
                .setMaxResults(max).getResultList();
    }

    /** Newest first. Callers decide whether the current user may read this partner's trail. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<AuditEntry> forPartner(UUID partnerId, int first, int max) {
        return em.createQuery("select a from AuditEntry a where a.partnerId = :p order by a.occurredAt desc, a.id",
                        AuditEntry.class)
                .setParameter("p", partnerId)
                .setFirstResult(first)
                .setMaxResults(max)
                .getResultList();
    }

    /**
     * The signed-in caller; "anonymous" for a public request (a company applying); "system" for start-up work and
     * timers, where the container has no caller to ask.
     */
    private String actor() {
        try {
            var principal = security.getCallerPrincipal();
            return principal == null ? ANONYMOUS : principal.getName();
        } catch (IllegalStateException noCallerHere) {
            return SYSTEM;
        }
    }
}
