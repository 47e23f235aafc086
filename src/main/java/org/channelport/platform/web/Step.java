package org.channelport.platform.web;

import java.io.Serializable;

/**
 * One step of a record's lifecycle as the step indicator shows it ({@code WEB-INF/includes/steps.xhtml}): its name,
 * whether it is done, where the record is, still to come or where the record stopped (rejected, expired), and a note in
 * the page's language that says what happened or who acts now ("A channel manager decides; waiting since 3 Dec").
 */
public final class Step implements Serializable {
    public enum Phase { DONE, CURRENT, NEXT, STOPPED }

    private final String label;
    private final Phase phase;
    private final String note;

    public Step(String label, Phase phase, String note) {
        this.label = label;
        this.phase = phase;
        this.note = note == null ? "" : note;
    }

    public String getLabel() { return label; }
    public Phase getPhase() { return phase; }
    public String getNote() { return note; }
    public boolean isCurrent() { return phase == Phase.CURRENT || phase == Phase.STOPPED; }
    /** The CSS modifier ({@code cp-step-done}, ...). */
    public String getCss() { return "cp-step-" + phase.name().toLowerCase(java.util.Locale.ROOT); }
}
