package org.channelport.deals.api;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import org.channelport.deals.application.DealCommand;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.channelport.shared.FieldProblem;

/**
 * What a partner system sends to register or edit a deal registration: the fields of
 * {@link org.channelport.deals.application.DealCommand}, plus {@code leadId} and {@code draft} on creation. Read by
 * {@link org.channelport.platform.rest.JsonBodies}: members of the wrong type land in {@code problems} and are listed
 * with rule D1's. {@link #command} turns what any channel read (this record, SOAP's {@code NewDealXml}) into the
 * command and the problems met reading it.
 */
@Schema(name = "DealRegistrationInput", description = "A deal registration as a partner system sends it.")
public record DealRegistrationJson(
        @Schema(description = "The customer's company name.", example = "Contoso Retail GmbH") String company,
        @Schema(description = "The customer's web domain.", example = "contoso-retail.example") String webDomain,
        @Schema(description = "ISO 3166-1 alpha-2 country code.", example = "DE") String country,
        String region,
        @Schema(description = "The customer's tax or VAT id.", example = "DE123456789") String taxId,
        String contactName,
        String contactEmail,
        String contactPhone,
        @Schema(description = "One or more product lines of the opportunity.") List<Line> lines,
        @Schema(description = "ISO 4217 currency code of the amounts.", example = "EUR") String currency,
        @Schema(description = "YYYY-MM-DD, today or later.", example = "2027-03-31") String expectedCloseDate,
        @Schema(description = "Sales stage.") @org.channelport.platform.rest.EnumOf(
                org.channelport.deals.domain.DealStage.class) String stage,
        String competitor,
        String notes,
        @Schema(description = "On creation: the lead this registration follows (an accepted lead of the partner).")
        String leadId,
        @Schema(description = "On creation: true saves a draft without submitting it.") Boolean draft,
        @Schema(hidden = true) List<FieldProblem> problems) {

    /** One product line of the opportunity. */
    @Schema(name = "DealLineInput")
    public record Line(
            @Schema(description = "Product line.", example = "NETWORKING")
            @org.channelport.platform.rest.EnumOf(org.channelport.shared.ProductLine.class) String productLine,
            @Schema(description = "What the customer buys.", example = "48 access switches") String products,
            @Schema(description = "Amount in the registration's currency.", example = "120000") BigDecimal amount) {}

    Parsed toCommand() {
        return command(company, webDomain, country, region, taxId, contactName, contactEmail, contactPhone,
                lines == null ? null : lines.stream().map(l -> l == null ? null
                        : new org.channelport.deals.application.DealCommand.Line(l.productLine, l.products, l.amount))
                        .toList(),
                currency, expectedCloseDate, stage, competitor, notes, problems);
    }

    /**
     * What a channel read: the command, and the problems it met reading it (a wrong type, an unreadable date), which
     * the service reports together with every other problem of rule D1.
     */
    record Parsed(DealCommand command, List<FieldProblem> problems) {}

    static Parsed command(String company, String webDomain, String country, String region, String taxId,
                          String contactName, String contactEmail, String contactPhone,
                          List<DealCommand.Line> lines, String currency, String expectedCloseDate, String stage,
                          String competitor, String notes, List<FieldProblem> earlier) {
        LocalDate date = null;
        boolean unreadableDate = false;
        if (expectedCloseDate != null && !expectedCloseDate.isBlank()) {
            try {
                date = LocalDate.parse(expectedCloseDate.strip());
            } catch (DateTimeParseException e) {
                unreadableDate = true;
            }
        }
        var command = new DealCommand(company, webDomain, country, region, taxId, contactName, contactEmail,
                contactPhone, lines, currency, date, stage, competitor, notes);
        var known = new ArrayList<FieldProblem>(earlier == null ? List.of() : earlier);
        if (unreadableDate) {
            known.add(new FieldProblem("expectedCloseDate", "deal.closeDate.invalid",
                    "expectedCloseDate must be a date such as 2026-12-31"));
        }
        return new Parsed(command, List.copyOf(known));
    }
}
