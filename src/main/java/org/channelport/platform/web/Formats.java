package org.channelport.platform.web;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import org.channelport.platform.notify.ReaderZone;

/**
 * Dates, times and lists of codes on pages, in the page's language and the reader's time zone ({@link ReaderZone}):
 * the one formatter every page uses, so that a date or a list reads the same everywhere.
 */
@Named
@ApplicationScoped
public class Formats {

    @Inject
    ReaderZone reader;

    /** A moment in the reader's language and time zone, the zone named after it ("Dec 5, 2026, 9:00 AM GMT+8"). */
    public String dateTime(Instant instant) {
        if (instant == null) {
            return "";
        }
        return dateTime(instant, locale(), reader.zone());
    }

    /** {@link #dateTime(Instant)} for a given language and zone: "UTC" for UTC, else the offset ("GMT+8"). */
    public static String dateTime(Instant instant, java.util.Locale locale, ZoneId zone) {
        var text = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT).withLocale(locale)
                .withZone(zone).format(instant);
        var offset = zone.getRules().getOffset(instant);
        return text + " " + (offset.equals(ZoneOffset.UTC) && zone.normalized().equals(ZoneOffset.UTC) ? "UTC"
                : DateTimeFormatter.ofPattern("O", locale).withZone(zone).format(instant));
    }

    /** The day of a moment in the reader's language and time zone. */
    public String date(Instant instant) {
        if (instant == null) {
            return "";
        }
        return DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(locale()).withZone(reader.zone())
                .format(instant);
    }

    /**
     * A list of codes (a collection, or stored as {@code "NETWORKING,CLOUD"}) as the labels people read, joined as the
     * language joins a list ("Networking, Cloud"; "網路、雲端"): each code is looked up as {@code prefix + code}.
     */
    public String labels(Object codes, String prefix) {
        if (codes == null) {
            return "";
        }
        var each = codes instanceof java.util.Collection<?> c ? c.stream().map(String::valueOf)
                : java.util.Arrays.stream(codes.toString().split(","));
        return each.map(String::trim).filter(c -> !c.isEmpty())
                .map(c -> Messages.label(prefix + c)).collect(java.util.stream.Collectors.joining(separator()));
    }

    /** Texts as a list in the page's language, without brackets ("North, South"; "北部、南部"). */
    public String list(java.util.Collection<?> items) {
        if (items == null) {
            return "";
        }
        return items.stream().map(String::valueOf).collect(java.util.stream.Collectors.joining(separator()));
    }

    /** A calendar day (a closing date, a protection's end) in the page's language ("Jan 19, 2027", "2027年1月19日"). */
    public String day(java.time.LocalDate date) {
        return day(date, locale());
    }

    /** A calendar day in this language (documents written outside a page: PDFs). */
    public static String day(java.time.LocalDate date, java.util.Locale locale) {
        if (date == null) {
            return "";
        }
        return DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(locale).format(date);
    }

    /**
     * An amount of money in the page's language with its currency ("€25,000.00", "US$25,000.00"): the one money
     * style of every page; exports keep the number and the currency apart.
     */
    public String money(java.math.BigDecimal amount, String currency) {
        return money(amount, currency, locale());
    }

    /** An amount of money in this language with its currency (documents written outside a page: PDFs). */
    public static String money(java.math.BigDecimal amount, String currency, java.util.Locale locale) {
        if (amount == null) {
            return "";
        }
        var format = java.text.NumberFormat.getCurrencyInstance(locale);
        try {
            var unit = java.util.Currency.getInstance(currency);
            format.setCurrency(unit);
            format.setMinimumFractionDigits(unit.getDefaultFractionDigits());
            format.setMaximumFractionDigits(Math.max(2, unit.getDefaultFractionDigits()));
        } catch (IllegalArgumentException | NullPointerException e) {
            var plain = java.text.NumberFormat.getNumberInstance(locale);
            plain.setMinimumFractionDigits(2);
            return plain.format(amount) + (currency == null ? "" : " " + currency);
        }
        return format.format(amount);
    }

    private static java.util.Locale locale() {
        return FacesContext.getCurrentInstance().getViewRoot().getLocale();
    }

    /** A country code as the country's name in the page's language ("Germany", "德國"); nothing for none. */
    public String country(String code) {
        if (code == null || code.isBlank()) {
            return "";
        }
        return new java.util.Locale("", code).getDisplayCountry(FacesContext.getCurrentInstance().getViewRoot().getLocale());
    }

    /** Every country as a choice: its code, labelled by its name in the page's language, sorted by that name. */
    public java.util.List<jakarta.faces.model.SelectItem> countryChoices() {
        var locale = FacesContext.getCurrentInstance().getViewRoot().getLocale();
        return org.channelport.shared.Countries.codes().stream()
                .map(code -> new jakarta.faces.model.SelectItem(code, new java.util.Locale("", code).getDisplayCountry(locale)))
                .sorted(java.util.Comparator.comparing(jakarta.faces.model.SelectItem::getLabel)).toList();
    }

    /** Country codes as the countries' names in the page's language ("Germany, Austria"). */
    public String countries(java.util.Collection<?> codes) {
        if (codes == null) {
            return "";
        }
        var locale = FacesContext.getCurrentInstance().getViewRoot().getLocale();
        return codes.stream().map(c -> new java.util.Locale("", String.valueOf(c)).getDisplayCountry(locale))
                .collect(java.util.stream.Collectors.joining(separator()));
    }

    private static String separator() {
        return "zh".equals(FacesContext.getCurrentInstance().getViewRoot().getLocale().getLanguage()) ? "、" : ", ";
    }
}
