package org.channelport.orders.domain;

import java.time.LocalDate;
import java.util.List;

/** The ERP's ship notice (rule O16): its own shipment id, carrier, tracking numbers, date, packages, lines shipped. */
public record ShipmentRequest(String number, String carrier, List<String> trackingNumbers, LocalDate shipDate,
                              Integer packages, List<Quantity> lines) {

    /** A quantity of one order line (by its number). */
    public record Quantity(Integer line, Integer quantity) {}
}
