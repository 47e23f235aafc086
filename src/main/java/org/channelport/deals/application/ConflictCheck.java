package org.channelport.deals.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Instant;
import org.channelport.deals.domain.ConflictFinding;
import org.channelport.deals.domain.ConflictPolicy;
import org.channelport.deals.domain.DealConflict;
import org.channelport.deals.domain.DealRegistration;
import org.channelport.deals.domain.DealRegistrationRepository;

/**
 * Rules D3–D5 in one place, for every caller (submission on any channel, approval, the demo loader): takes the country's
 * lock (D4), finds the candidates and judges them; a submission also records what it found.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.MANDATORY)
public class ConflictCheck {
    static final int MAX_CANDIDATES = 50;

    @Inject
    DealRegistrationRepository deals;
    @Inject
    DealSettings settings;

    /** The verdict on the registration as it stands, under the country's lock until the transaction ends. */
    public ConflictPolicy.Verdict judge(DealRegistration deal) {
        deals.lockScope("country:" + deal.country());
        return ConflictPolicy.judge(deal.partnerId(), deal.productLineSet(),
                deals.candidates(deal, settings.nameSimilarity(), MAX_CANDIDATES), settings.refusesExactOnProtected());
    }

    /**
     * A submission's check: refused (D5, nothing recorded) or its findings replace those of an earlier submission;
     * the caller then submits the registration with the verdict's level.
     */
    public ConflictPolicy.Verdict forSubmission(DealRegistration deal, Instant now) {
        var verdict = judge(deal);
        if (verdict.refused()) {
            throw new DealConflict();
        }
        deals.clearFindings(deal.id());
        verdict.conflicts().forEach(c -> deals.addFinding(new ConflictFinding(deal.id(), c, now)));
        return verdict;
    }
}
