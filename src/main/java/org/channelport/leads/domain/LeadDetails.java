package org.channelport.leads.domain;

import java.math.BigDecimal;
import org.channelport.shared.ProductLine;

/** A lead's descriptive fields, already normalized and checked (rule L1) by the application layer. */
public record LeadDetails(String company, String contactName, String contactEmail, String contactPhone,
                          String contactTitle, String country, String region, String postalCode, ProductLine productLine,
                          BigDecimal estimatedValue, String currency, String source, String notes) {
}
