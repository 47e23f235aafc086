package org.channelport.edi.domain;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * Rule E10: what an order response (X12 855, EDIFACT ORDRSP) says, taken from the order as the orders context answered
 * it, in the buyer's terms: its PO number and date, our order id, and per line the buyer's line number and part, the
 * quantity ordered and our price, and the answer: {@code IA} accepted, {@code IQ} quantity changed, {@code IP} price
 * changed, {@code DR} date changed, {@code IC} several changed, {@code IB} backordered, {@code IR} rejected,
 * {@code ID} cancelled, each with the quantity and date it promises. {@link #type()}: BAK02, {@code AD} all accepted
 * as ordered, {@code RD} all rejected, else {@code AC}.
 */
public record OrderResponse(String poNumber, LocalDate poDate, String orderReference, String currency,
                            LocalDate answeredOn, List<Line> lines) {

    public record Line(String buyerLine, BigDecimal quantity, String unit, BigDecimal unitPrice, String sku,
                       String buyerPart, String status, BigDecimal answeredQuantity, LocalDate date) {}

    public String type() {
        if (lines.stream().allMatch(l -> "IA".equals(l.status()))) return "AD";
        if (lines.stream().allMatch(l -> "IR".equals(l.status()) || "ID".equals(l.status()))) return "RD";
        return "AC";
    }
}
