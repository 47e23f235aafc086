package org.channelport.deals.domain;

import java.time.LocalDate;
import java.util.List;

/** What a partner registers, already checked (rule D1): the end customer, the opportunity and its product lines. */
public record DealDetails(String company, String webDomain, String country, String region, String taxId,
                          String contactName, String contactEmail, String contactPhone, List<DealLine> lines,
                          String currency, LocalDate expectedCloseDate, DealStage stage, String competitor,
                          String notes) {
    public DealDetails {
        lines = List.copyOf(lines);
    }
}
