package org.channelport.orders.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.channelport.orders.domain.Invoice;
import org.channelport.orders.domain.OrderLine;
import org.channelport.orders.domain.PurchaseOrder;
import org.channelport.orders.domain.PurchaseOrderRepository;
import org.channelport.partners.application.PartnerRoster;
import org.channelport.platform.pdf.PdfDocument;
import org.channelport.platform.web.Formats;
import org.channelport.platform.web.Messages;
import org.channelport.shared.DomainException;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * An order's documents as PDF (rule O24): the order confirmation (the purchase order until its supplier answered,
 * with each line's answer after) and each invoice, in the reader's language. Whoever may read the order may read its
 * documents, on every channel; anyone else gets 404, as for the order itself.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class OrderDocuments {
    @Inject
    OrderQueries queries;
    @Inject
    PurchaseOrderRepository orders;
    @Inject
    PartnerRoster roster;
    @Inject
    Clock clock;
    @Inject
    @ConfigProperty(name = "app.brand.name", defaultValue = "Channelport")
    String brandName;

    /** A document: its file name and its bytes. */
    public record Pdf(String fileName, byte[] content) {}

    /** The order's confirmation (its purchase order before the answer), if the caller may read the order. */
    public Pdf confirmation(UUID orderId, Locale locale) {
        var order = queries.get(orderId);
        var answered = order.acknowledgedAt().isPresent();
        var title = text(locale, answered ? "documents.confirmation" : "documents.purchaseOrder");
        try (var pdf = new PdfDocument(title + " " + order.poNumber(), footer(order, locale))) {
            pdf.title(title, order.poNumber() + " · " + text(locale, "enum.order." + order.status()));
            var facts = parties(order, locale);
            facts.add(pair(text(locale, "documents.orderDate"),
                    Formats.day(LocalDate.ofInstant(order.createdAt(), clock.getZone()), locale)));
            facts.add(pair(text(locale, "orders.requestedDelivery"), order.requestedDelivery()
                    .map(d -> Formats.day(d, locale)).orElse(text(locale, "orders.noDate"))));
            facts.add(pair(text(locale, "orders.currency"), order.currency()));
            order.shipToText().ifPresent(s -> facts.add(pair(text(locale, "orders.shipTo"),
                    s + order.shipToGln().map(g -> "\nGLN " + g).orElse(""))));
            pdf.facts(facts);
            pdf.heading(text(locale, "orders.lines"));
            var rows = new ArrayList<List<String>>();
            for (var line : order.lines()) {
                rows.add(List.of(String.valueOf(line.lineNo()), line.sku(), line.name(),
                        line.quantity() + " " + line.unit().name(), Formats.money(line.unitPrice(), order.currency(),
                                locale), answer(line, order.currency(), locale),
                        Formats.money(line.amount(), order.currency(), locale)));
            }
            pdf.table(List.of(new PdfDocument.Column("#", 0.4f, true),
                    new PdfDocument.Column(text(locale, "catalog.sku"), 1.9f, false),
                    new PdfDocument.Column(text(locale, "catalog.name"), 2.1f, false),
                    new PdfDocument.Column(text(locale, "orders.quantity"), 1f, true),
                    new PdfDocument.Column(text(locale, "orders.unitPrice"), 1.5f, true),
                    new PdfDocument.Column(text(locale, "field.status"), 1.6f, false),
                    new PdfDocument.Column(text(locale, "orders.amount"), 1.6f, true)), rows);
            pdf.totals(List.<String[]>of(pair(text(locale, "orders.total"),
                    Formats.money(order.total(), order.currency(), locale))));
            order.notes().ifPresent(n -> pdf.heading(text(locale, "orders.notes")).paragraph(n));
            return new Pdf(fileName(order.poNumber()) + ".pdf", pdf.bytes());
        }
    }

    /** One invoice of the order, if the caller may read the order; 404 for a number the order has no invoice of. */
    public Pdf invoice(UUID orderId, String number, Locale locale) {
        var order = queries.get(orderId);
        var invoice = orders.invoices(order.id()).stream().filter(i -> i.number().equals(number)).findFirst()
                .orElseThrow(() -> DomainException.notFound("invoice", number));
        var title = text(locale, "documents.invoice");
        try (var pdf = new PdfDocument(title + " " + invoice.number(), footer(order, locale))) {
            pdf.title(title + " " + invoice.number(), text(locale, "enum.invoice." + invoice.status()));
            var facts = parties(order, locale);
            facts.add(pair(text(locale, "documents.order"), order.poNumber()));
            facts.add(pair(text(locale, "documents.invoiceDate"), Formats.day(invoice.invoiceDate(), locale)));
            facts.add(pair(text(locale, "orders.dueDate"), Formats.day(invoice.dueDate(), locale)));
            facts.add(pair(text(locale, "orders.paid"), Formats.money(invoice.paid(), invoice.currency(), locale)));
            pdf.facts(facts);
            var byLine = new HashMap<Integer, OrderLine>();
            order.lines().forEach(l -> byLine.put(l.lineNo(), l));
            var rows = new ArrayList<List<String>>();
            for (Invoice.InvoicedLine line : invoice.lines()) {
                var ordered = byLine.get(line.line());
                rows.add(List.of(String.valueOf(line.line()), ordered == null ? "" : ordered.sku(),
                        ordered == null ? "" : ordered.name(), line.quantity() + (ordered == null ? ""
                                : " " + ordered.unit().name()),
                        Formats.money(line.unitPrice(), invoice.currency(), locale),
                        Formats.money(line.amount(), invoice.currency(), locale)));
            }
            pdf.table(List.of(new PdfDocument.Column("#", 0.4f, true),
                    new PdfDocument.Column(text(locale, "catalog.sku"), 1.9f, false),
                    new PdfDocument.Column(text(locale, "catalog.name"), 2.5f, false),
                    new PdfDocument.Column(text(locale, "orders.quantity"), 1f, true),
                    new PdfDocument.Column(text(locale, "orders.unitPrice"), 1.5f, true),
                    new PdfDocument.Column(text(locale, "orders.amount"), 1.6f, true)), rows);
            pdf.totals(List.of(pair(text(locale, "documents.net"), Formats.money(invoice.net(), invoice.currency(),
                            locale)),
                    pair(text(locale, "orders.tax"), Formats.money(invoice.tax(), invoice.currency(), locale)),
                    pair(text(locale, "orders.total"), Formats.money(invoice.total(), invoice.currency(), locale))));
            return new Pdf(fileName(invoice.number()) + ".pdf", pdf.bytes());
        }
    }

    /** Who buys and who sells: the partner, and the brand owner or the distributor the order was routed to. */
    private List<String[]> parties(PurchaseOrder order, Locale locale) {
        var ids = new ArrayList<UUID>();
        ids.add(order.partnerId());
        order.supplierId().ifPresent(ids::add);
        var names = roster.names(ids);
        var facts = new ArrayList<String[]>();
        facts.add(pair(text(locale, "documents.buyer"), names.getOrDefault(order.partnerId(), "")));
        facts.add(pair(text(locale, "documents.seller"), order.supplierId().map(names::get).orElse(brandName)));
        return facts;
    }

    /** A line's answer as the order's page says it: its state, and what the supplier changed or why it refused. */
    private static String answer(OrderLine line, String currency, Locale locale) {
        var parts = new ArrayList<String>();
        parts.add(text(locale, "enum.orderLine." + line.status()));
        line.ackQuantity().ifPresent(q -> parts.add(text(locale, "orders.ackQuantity") + " " + q));
        line.ackPrice().ifPresent(p -> parts.add(text(locale, "orders.ackPrice") + " " + Formats.money(p, currency,
                locale)));
        line.ackDate().ifPresent(d -> parts.add(text(locale, "orders.ackDate") + " " + Formats.day(d, locale)));
        line.reasonCode().ifPresent(r -> parts.add(text(locale, "enum.rejectReason." + r)));
        return String.join("\n", parts);
    }

    private String footer(PurchaseOrder order, Locale locale) {
        return brandName + " · " + order.poNumber() + " · " + text(locale, "documents.created",
                Formats.day(LocalDate.now(clock), locale));
    }

    /** A file name from a PO or invoice number: letters, digits, dot, dash and underscore only. */
    static String fileName(String number) {
        var name = number == null ? "" : number.replaceAll("[^A-Za-z0-9._-]", "_");
        return name.isEmpty() || name.startsWith(".") ? "document" + name : name;
    }

    private static String[] pair(String label, String value) {
        return new String[]{label, value == null ? "" : value};
    }

    private static String text(Locale locale, String key, Object... arguments) {
        var text = Messages.textIn(locale, key, arguments);
        return text == null ? key : text;
    }
}
