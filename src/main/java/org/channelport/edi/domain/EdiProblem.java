package org.channelport.edi.domain;

/**
 * One thing wrong in a received interchange, where an acknowledgment must name it: the segment (its tag and, inside a
 * transaction set, its position counted from ST = 1), the element and component (1-based, 0 when none), and what is
 * wrong ({@code error}, StAEDI's {@code EDIStreamValidationError} name, or this context's own such as
 * {@code DUPLICATE_CONTROL_NUMBER}). {@code text} is the offending value or the missing segment's tag, at most 40
 * characters.
 */
public record EdiProblem(String segmentTag, int segmentPosition, int elementPosition, int componentPosition,
                         String error, String text) {

    public EdiProblem {
        if (text != null && text.length() > 40) {
            text = text.substring(0, 40);
        }
    }

    /** Whether it is a problem of an element (an AK4 / IK4 / UCD), not of the segment as a whole (AK3 alone). */
    public boolean atElement() {
        return elementPosition > 0;
    }
}
