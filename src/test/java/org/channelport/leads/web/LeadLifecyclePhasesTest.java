package org.channelport.leads.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.channelport.platform.web.Step.Phase.CURRENT;
import static org.channelport.platform.web.Step.Phase.DONE;
import static org.channelport.platform.web.Step.Phase.NEXT;
import static org.channelport.platform.web.Step.Phase.STOPPED;

import org.channelport.leads.domain.LeadStatus;
import org.junit.jupiter.api.Test;

/**
 * The lead page's step indicator (issue 10, record pages): offered, accepted, contacted, qualified, converted; exactly
 * one step is where the lead is (a review found an offer with two "current" steps).
 */
class LeadLifecyclePhasesTest {
    @Test
    void anOfferWaitsAtItsFirstStepAlone() {
        assertThat(LeadLifecycle.phases(LeadStatus.OFFERED, false)).containsExactly(CURRENT, NEXT, NEXT, NEXT, NEXT);
        assertThat(LeadLifecycle.phases(LeadStatus.UNASSIGNED, false)).containsExactly(CURRENT, NEXT, NEXT, NEXT, NEXT);
    }

    @Test
    void aWorkedLeadHasDoneStepsThenOneCurrent() {
        assertThat(LeadLifecycle.phases(LeadStatus.ACCEPTED, true)).containsExactly(DONE, DONE, CURRENT, NEXT, NEXT);
        assertThat(LeadLifecycle.phases(LeadStatus.QUALIFIED, true)).containsExactly(DONE, DONE, DONE, DONE, CURRENT);
        assertThat(LeadLifecycle.phases(LeadStatus.CONVERTED, true)).containsExactly(DONE, DONE, DONE, DONE, DONE);
    }

    @Test
    void aDisqualifiedLeadStopsAfterTheLastStepItReached() {
        assertThat(LeadLifecycle.phases(LeadStatus.DISQUALIFIED, false)).containsExactly(DONE, STOPPED, NEXT, NEXT, NEXT);
        assertThat(LeadLifecycle.phases(LeadStatus.DISQUALIFIED, true)).containsExactly(DONE, DONE, STOPPED, NEXT, NEXT);
    }

    @Test
    void everyStatusHasExactlyOneStepWhereTheLeadIsUnlessItIsConverted() {
        for (var status : LeadStatus.values()) {
            var here = LeadLifecycle.phases(status, true).stream().filter(p -> p == CURRENT || p == STOPPED).count();
            assertThat(here).as(status.name()).isEqualTo(status == LeadStatus.CONVERTED ? 0 : 1);
        }
    }
}
