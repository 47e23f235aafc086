package org.channelport.platform.attention;

import java.io.Serializable;
import java.time.Instant;
import java.util.List;

/**
 * One thing that needs the signed-in person, as the attention home lists it: what kind of record, which one (its name
 * as people typed it, or none for a queue), why it needs them (a text of the page bundle with its arguments), by when,
 * and the page where they act.
 *
 * @param kind      bundle key of the kind shown beside the item ("attention.kind.lead")
 * @param subject   the record's name as typed (a customer, a company), shown escaped; null for a queue of several
 * @param reason    bundle key of why it needs the person ("attention.lead.offered")
 * @param arguments the reason's arguments (numbers, names; never a code: pass its label key through the source)
 * @param due       by when it must be done, or null; the home lists overdue and earliest first
 * @param link      the page where the person acts, from the context path ({@code /portal/leads/lead.xhtml?id=…})
 */
public record Attention(String kind, String subject, String reason, List<Object> arguments, Instant due, String link)
        implements Serializable {
    public Attention {
        arguments = List.copyOf(arguments);
    }

    public boolean overdue(Instant now) {
        return due != null && due.isBefore(now);
    }
}
