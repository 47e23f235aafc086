package org.channelport.bench;

import org.channelport.leads.domain.LeadRoutingBench;
import org.channelport.leads.infrastructure.LeadFileReaderBench;
import org.junit.jupiter.api.Test;

/** The in-process benchmarks, run first by {@code ./mvnw -Pbench verify}: they print their numbers. */
class InProcessBench {

    @Test
    void routing100kLeadsAgainst5000PartnersAnd50Rules() throws Exception {
        LeadRoutingBench.main(new String[0]);
    }

    @Test
    void reading100kRowFiles() throws Exception {
        LeadFileReaderBench.main(new String[0]);
    }

    @Test
    void reading10kPurchaseOrdersOf10Lines() throws Exception {
        org.channelport.edi.infrastructure.EdiParseBench.main(new String[0]);
    }
}
