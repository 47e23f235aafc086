package org.channelport.leads.application;

import java.math.BigDecimal;
import org.channelport.shared.ProductLine;

/**
 * A lead as a partner or channel manager submits it, from any channel (page, REST, SOAP, file import). Raw input:
 * {@link LeadInput#normalize} tidies it and {@link LeadInput#check} says what is wrong with it (rule L1).
 *
 * @param country        ISO 3166-1 alpha-2 code
 * @param estimatedValue optional; in {@code currency}
 * @param currency       ISO 4217 code, required when {@code estimatedValue} is given
 */
public record NewLeadCommand(String company, String contactName, String contactEmail, String contactPhone,
                             String contactTitle, String country, String region, String postalCode,
                             ProductLine productLine, BigDecimal estimatedValue, String currency, String source,
                             String notes) {
}
