package org.channelport.edi.domain;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;

/**
 * Rule E7: what an X12 850 orders, read from its segments as the orders context needs it. BEG03 is the partner's PO
 * number and BEG05 its date; CUR02 the currency; DTM 002 (delivery requested) the requested delivery, of the order
 * before the first PO1, of a line after it; N1 ST names the ship-to by GLN (N103 {@code UL}) or by the buyer's own code
 * (N103 {@code 92}); each PO1 is a line: quantity PO102, unit PO103, the price the buyer expects PO104, and the product
 * by the first of its id pairs (PO106/07, 08/09...) that names it: our SKU (VP vendor part, VN, SK, VA), the GTIN (UP
 * UPC, EN EAN, UK GTIN-14) or the buyer's part number (BP). What cannot be read is a problem at its segment, as an
 * 855 / the order's refusal names it.
 */
public record PurchaseOrder850(String purpose, String poNumber, LocalDate orderDate, String currency,
                               LocalDate requestedDelivery, String shipToGln, String shipToCode, List<Line> lines,
                               List<String> problems) {

    /** PO1 and what follows it. {@code line}: PO101, the buyer's line number, as an 855 must echo it. */
    public record Line(String line, BigDecimal quantity, String unit, BigDecimal expectedPrice, String sku,
                       String gtin, String buyerPart, LocalDate requestedDate) {}

    private static final DateTimeFormatter CCYYMMDD = DateTimeFormatter.BASIC_ISO_DATE;

    public static PurchaseOrder850 of(EdiTransaction set) {
        String purpose = null;
        String po = null;
        LocalDate date = null;
        String currency = null;
        LocalDate delivery = null;
        String gln = null;
        String code = null;
        var lines = new ArrayList<Line>();
        var problems = new ArrayList<String>();
        Line open = null;
        for (var segment : set.segments()) {
            switch (segment.tag()) {
                case "BEG" -> {
                    purpose = segment.element(1);
                    po = segment.element(3);
                    date = date(segment.element(5), "BEG05", problems);
                }
                case "CUR" -> {   // the order's currency; a line's own CUR is not ours to follow
                    if (open == null && ("BY".equals(segment.element(1)) || currency == null)) {
                        currency = segment.element(2);
                    }
                }
                case "DTM" -> {
                    if ("002".equals(segment.element(1))) {
                        var day = date(segment.element(2), "DTM02", problems);
                        if (open == null) {
                            delivery = day;
                        } else {
                            open = new Line(open.line(), open.quantity(), open.unit(), open.expectedPrice(),
                                    open.sku(), open.gtin(), open.buyerPart(), day);
                        }
                    }
                }
                case "N1" -> {
                    if ("ST".equals(segment.element(1)) && open == null) {
                        if ("UL".equals(segment.element(3))) gln = segment.element(4);
                        else if (!segment.element(4).isEmpty()) code = segment.element(4);
                    }
                }
                case "PO1" -> {
                    if (open != null) lines.add(open);
                    open = line(segment, lines.size() + 1, problems);
                }
                default -> { }
            }
        }
        if (open != null) lines.add(open);
        if (po == null || po.isBlank()) problems.add("BEG03: the purchase order number is missing");
        if (purpose != null && !"00".equals(purpose)) {
            problems.add("BEG01 '" + purpose + "': only original orders (00) are booked; changes and cancellations "
                    + "come as an 860");
        }
        if (lines.isEmpty()) problems.add("PO1: the order has no lines");
        return new PurchaseOrder850(purpose, po, date, currency, delivery, gln, code, List.copyOf(lines),
                List.copyOf(problems));
    }

    private static Line line(EdiSegment po1, int index, List<String> problems) {
        BigDecimal quantity = number(po1.element(2), "PO102 of line " + index, problems);
        BigDecimal price = po1.element(4).isEmpty() ? null : number(po1.element(4), "PO104 of line " + index, problems);
        String sku = null;
        String gtin = null;
        String buyer = null;
        for (int i = 6; i + 1 <= po1.elements().size(); i += 2) {
            var qualifier = po1.element(i);
            var value = po1.element(i + 1);
            if (value.isEmpty()) continue;
            switch (qualifier) {
                case "VP", "VN", "SK", "VA" -> { if (sku == null) sku = value; }
                case "UP", "EN", "UK" -> { if (gtin == null) gtin = value; }
                case "BP" -> { if (buyer == null) buyer = value; }
                default -> { }
            }
        }
        return new Line(po1.element(1).isEmpty() ? Integer.toString(index) : po1.element(1), quantity,
                po1.element(3).isEmpty() ? null : po1.element(3), price, sku, gtin, buyer, null);
    }

    private static BigDecimal number(String text, String where, List<String> problems) {
        try {
            return new BigDecimal(text);
        } catch (NumberFormatException e) {
            problems.add(where + ": '" + (text.length() > 20 ? text.substring(0, 20) : text) + "' is not a number");
            return null;
        }
    }

    private static LocalDate date(String text, String where, List<String> problems) {
        if (text == null || text.isEmpty()) return null;
        try {
            return LocalDate.parse(text, CCYYMMDD);
        } catch (DateTimeParseException e) {
            problems.add(where + ": '" + (text.length() > 20 ? text.substring(0, 20) : text) + "' is not a date (CCYYMMDD)");
            return null;
        }
    }
}
