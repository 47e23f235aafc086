package org.channelport.edi.domain;

import java.util.List;

/**
 * What reading a file gave: its interchanges in order, how many bytes before the first one were skipped (junk a
 * sender's system put there: reported, not read), and the reason reading stopped early, if it did (a truncated or
 * unreadable file: the interchange it was in is incomplete).
 */
public record EdiRead(List<EdiInterchange> interchanges, int skippedBytes, String stoppedBecause) {}
