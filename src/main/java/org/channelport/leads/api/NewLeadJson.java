package org.channelport.leads.api;

import java.math.BigDecimal;
import java.util.List;
import org.channelport.leads.application.NewLeadCommand;
import org.channelport.platform.rest.EnumOf;
import org.channelport.shared.FieldProblem;
import org.channelport.shared.ProductLine;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * A lead as an ERP, CRM or partner system sends it. Read by {@link org.channelport.platform.rest.JsonBodies}: members
 * of the wrong type land in {@code problems} and are listed with rule L1's.
 */
@Schema(name = "LeadInput", description = "A lead as a client sends it.")
public record NewLeadJson(
        @Schema(description = "The prospect's company name.", example = "Northwind Traders") String company,
        String contactName,
        @Schema(example = "buyer@northwind.example") String contactEmail,
        String contactPhone,
        String contactTitle,
        @Schema(description = "ISO 3166-1 alpha-2 country code.", example = "SE") String country,
        String region,
        String postalCode,
        @EnumOf(ProductLine.class) String productLine,
        @Schema(example = "25000") BigDecimal estimatedValue,
        @Schema(description = "ISO 4217 currency code.", example = "EUR") String currency,
        @Schema(description = "Where the lead came from (a campaign, a trade show).") String source,
        String notes,
        @Schema(hidden = true) List<FieldProblem> problems) {

    /** The command, or every problem of the lead (rule L1) at once. */
    NewLeadCommand toCommand() {
        return LeadJson.command(company, contactName, contactEmail, contactPhone, contactTitle, country, region,
                postalCode, productLine, estimatedValue, currency, source, notes, problems);
    }
}
