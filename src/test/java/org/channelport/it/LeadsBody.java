package org.channelport.it;

import com.fasterxml.jackson.annotation.JsonValue;
import java.util.List;
import org.channelport.client.model.LeadInput;

/**
 * The body of createLeads for the generated client: one lead or an array of them (the contract's oneOf, which the
 * java generator cannot write itself; pom.xml maps the schema here).
 */
public record LeadsBody(LeadInput one, List<LeadInput> many) {
    public static LeadsBody of(LeadInput lead) {
        return new LeadsBody(lead, null);
    }

    public static LeadsBody of(List<LeadInput> leads) {
        return new LeadsBody(null, leads);
    }

    @JsonValue
    Object json() {
        return one != null ? one : many;
    }
}
