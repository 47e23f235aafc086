package org.channelport.edi.domain;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;

/**
 * Rule E7: what an X12 850 or an EDIFACT ORDERS orders ({@link #ofOrders}), read from its segments as the orders context needs it. BEG03 is the partner's PO
 * number and BEG05 its date; CUR02 the currency; DTM 002 (delivery requested) the requested delivery, of the order
 * before the first PO1, of a line after it; N1 ST names the ship-to by GLN (N103 {@code UL}) or by the buyer's own code
 * (N103 {@code 92}); each PO1 is a line: quantity PO102, unit PO103, the price the buyer expects PO104, and the product
 * by the first of its id pairs (PO106/07, 08/09...) that names it: our SKU (VP vendor part, VN, SK, VA), the GTIN (UP
 * UPC, EN EAN, UK GTIN-14) or the buyer's part number (BP). What cannot be read is a problem at its segment, as an
 * 855 / the order's refusal names it.
 */
public record IncomingOrder(String purpose, String poNumber, LocalDate orderDate, String currency,
                               LocalDate requestedDelivery, String shipToGln, String shipToCode, List<Line> lines,
                               List<String> problems) {

    /** PO1 and what follows it. {@code line}: PO101, the buyer's line number, as an 855 must echo it. */
    public record Line(String line, BigDecimal quantity, String unit, BigDecimal expectedPrice, String sku,
                       String gtin, String buyerPart, LocalDate requestedDate) {
        Line withDate(LocalDate day) {
            return new Line(line, quantity, unit, expectedPrice, sku, gtin, buyerPart, day);
        }

        /** An EDIFACT item number (C212) of type SA (ours), EN / SRV / UP (GTIN) or BP / IN (the buyer's): the first of each. */
        Line withItem(String number, String type) {
            if (number == null || number.isEmpty()) return this;
            return switch (type) {
                case "SA" -> sku == null ? new Line(line, quantity, unit, expectedPrice, number, gtin, buyerPart,
                        requestedDate) : this;
                case "EN", "SRV", "UP" -> gtin == null ? new Line(line, quantity, unit, expectedPrice, sku, number,
                        buyerPart, requestedDate) : this;
                case "BP", "IN" -> buyerPart == null ? new Line(line, quantity, unit, expectedPrice, sku, gtin, number,
                        requestedDate) : this;
                default -> this;
            };
        }
    }

    private static final DateTimeFormatter CCYYMMDD = DateTimeFormatter.BASIC_ISO_DATE;

    public static IncomingOrder of850(EdiTransaction set) {
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
        return new IncomingOrder(purpose, po, date, currency, delivery, gln, code, List.copyOf(lines),
                List.copyOf(problems));
    }

    /**
     * An EDIFACT ORDERS (D96A and like): BGM document number (C106) and function (9 original), DTM 137 the order's
     * date and DTM 2 the delivery requested (of the order before the first LIN, of a line after it; formats 102 and
     * 203), CUX the currency (2:USD:9), NAD DP or ST the ship-to by GLN (agency 9) or the buyer's code, each LIN a line:
     * its number, the item in LIN03 or PIA (SA supplier's article: our SKU; EN / SRV / UP: GTIN; BP / IN: buyer's
     * part), QTY 21 the quantity and its unit, PRI AAA (net; else AAB) the price the buyer expects.
     */
    public static IncomingOrder ofOrders(EdiTransaction message) {
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
        for (var segment : message.segments()) {
            switch (segment.tag()) {
                case "BGM" -> {
                    po = segment.component(2, 1);
                    purpose = segment.element(3);
                }
                case "DTM" -> {
                    var qualifier = segment.component(1, 1);
                    if ("137".equals(qualifier) && open == null) {
                        date = edifactDate(segment, problems);
                    } else if ("2".equals(qualifier)) {
                        var day = edifactDate(segment, problems);
                        if (open == null) delivery = day;
                        else open = open.withDate(day);
                    }
                }
                case "CUX" -> {
                    if (open == null && currency == null) currency = segment.component(1, 2);
                }
                case "NAD" -> {
                    var role = segment.element(1);
                    if (open == null && ("DP".equals(role) || "ST".equals(role))) {
                        var id = segment.component(2, 1);
                        if ("9".equals(segment.component(2, 3))) gln = id;
                        else if (!id.isEmpty()) code = id;
                    }
                }
                case "LIN" -> {
                    if (open != null) lines.add(open);
                    var number = segment.element(1);
                    open = new Line(number.isEmpty() ? Integer.toString(lines.size() + 1) : number, null, null, null,
                            null, null, null, null).withItem(segment.component(3, 1), segment.component(3, 2));
                }
                case "PIA" -> {
                    if (open != null) {
                        for (int i = 2; i <= segment.elements().size(); i++) {
                            open = open.withItem(segment.component(i, 1), segment.component(i, 2));
                        }
                    }
                }
                case "QTY" -> {
                    if (open != null && "21".equals(segment.component(1, 1))) {
                        var quantity = number(segment.component(1, 2), "QTY of line " + open.line(), problems);
                        var unit = segment.component(1, 3);
                        open = new Line(open.line(), quantity, unit.isEmpty() ? null : unit, open.expectedPrice(),
                                open.sku(), open.gtin(), open.buyerPart(), open.requestedDate());
                    }
                }
                case "PRI" -> {
                    var kind = segment.component(1, 1);
                    if (open != null && ("AAA".equals(kind) || ("AAB".equals(kind) && open.expectedPrice() == null))
                            && !segment.component(1, 2).isEmpty()) {
                        var price = number(segment.component(1, 2), "PRI of line " + open.line(), problems);
                        open = new Line(open.line(), open.quantity(), open.unit(), price, open.sku(), open.gtin(),
                                open.buyerPart(), open.requestedDate());
                    }
                }
                default -> { }
            }
        }
        if (open != null) lines.add(open);
        for (var line : lines) {
            if (line.quantity() == null) problems.add("QTY of line " + line.line() + ": the quantity ordered (21) is missing");
        }
        if (po == null || po.isBlank()) problems.add("BGM 1004: the order number is missing");
        if (purpose != null && !purpose.isEmpty() && !"9".equals(purpose)) {
            problems.add("BGM 1225 '" + purpose + "': only original orders (9) are booked; changes and cancellations "
                    + "come as an ORDCHG");
        }
        if (lines.isEmpty()) problems.add("LIN: the order has no lines");
        return new IncomingOrder(purpose, po, date, currency, delivery, gln, code, List.copyOf(lines),
                List.copyOf(problems));
    }

    /** DTM's C507: the value in format 102 (CCYYMMDD) or 203 (CCYYMMDDHHMM, the day kept). */
    private static LocalDate edifactDate(EdiSegment dtm, List<String> problems) {
        var value = dtm.component(1, 2);
        var format = dtm.component(1, 3);
        if ("203".equals(format) && value.length() == 12) value = value.substring(0, 8);
        else if (!format.isEmpty() && !"102".equals(format)) {
            problems.add("DTM " + dtm.component(1, 1) + ": the date format " + format + " is not read (use 102)");
            return null;
        }
        return date(value, "DTM " + dtm.component(1, 1), problems);
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
