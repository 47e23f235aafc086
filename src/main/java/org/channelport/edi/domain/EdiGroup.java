package org.channelport.edi.domain;

import java.util.List;

/**
 * A received functional group (X12 GS..GE; EDIFACT UNG..UNE, or the messages of an interchange without groups): its
 * functional identifier (PO), sender and receiver codes, control number, version (GS08), its transaction sets, and
 * the problems of its own header and trailer (GE counts and control number).
 */
public record EdiGroup(String functionalId, String sender, String receiver, String controlNumber, String version,
                       List<EdiTransaction> transactions, List<EdiProblem> problems) {}
