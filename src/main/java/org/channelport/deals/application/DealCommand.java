package org.channelport.deals.application;

import java.io.Serializable;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * What a partner registers, as every channel receives it (rule D1 checks it: {@link DealInput}). Enumerations arrive as
 * text so that an unknown product line or stage is a field error like any other.
 */
public record DealCommand(String company, String webDomain, String country, String region, String taxId,
                          String contactName, String contactEmail, String contactPhone, List<Line> lines,
                          String currency, LocalDate expectedCloseDate, String stage, String competitor, String notes)
        implements Serializable {

    /** One product line of the opportunity: which products, what value. */
    public record Line(String productLine, String products, BigDecimal amount) implements Serializable {}

    public DealCommand {
        lines = lines == null ? List.of() : lines.stream().map(l -> l == null ? new Line(null, null, null) : l).toList();
    }
}
