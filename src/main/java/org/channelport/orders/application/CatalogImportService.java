package org.channelport.orders.application;

import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.TransactionSynchronizationRegistry;
import java.io.ByteArrayInputStream;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.channelport.orders.application.CatalogImport.Kind;
import org.channelport.orders.domain.Product;
import org.channelport.orders.domain.ProductDefinition;
import org.channelport.orders.infrastructure.CatalogFileReader;
import org.channelport.partners.application.PartnerRoster;
import org.channelport.platform.imports.ImportJobs;
import org.channelport.platform.imports.TableFileReader;
import org.channelport.platform.persistence.Conflicts;
import org.channelport.shared.DomainException;
import org.channelport.shared.FieldProblem;
import org.channelport.shared.TextInput;

/**
 * The console's imports of products, list prices and contract prices (rules O6, O8): the file is read and checked at
 * once (a file with the wrong columns, encoding or type is refused whole, nothing imported; a row whose cells cannot
 * be read is reported), then its rows go in chunks of {@value #CHUNK} through the same services as the ERP's calls
 * ({@link CatalogService#upsert}, {@link PriceService#setListPrices}, {@link PriceService#upsertContracts}) on a worker
 * thread while the page watches; every row a service refuses is reported with its line and each problem at its
 * column. The same file again changes nothing. Channel managers and the ERP only.
 */
@ApplicationScoped
public class CatalogImportService {
    private static final Logger LOG = Logger.getLogger(CatalogImportService.class.getName());
    static final int CHUNK = 500;
    private static final Pattern CAMEL = Pattern.compile("([a-z])([A-Z])");

    @Resource
    ManagedExecutorService executor;
    @Resource
    TransactionSynchronizationRegistry transactions;
    @Inject
    CatalogService catalog;
    @Inject
    CatalogImportWorker worker;
    @Inject
    PartnerRoster roster;
    @Inject
    Clock clock;

    private final ImportJobs<CatalogImport> imports = new ImportJobs<>();

    /** One row of a file that could be read: its line and the definition a service takes. */
    record Row(int line, Object item) {}

    /** Reads the file now (refusing it with a clear reason if it cannot be read) and imports it in the background. */
    public CatalogImport start(Kind kind, String fileName, byte[] content) {
        var by = catalog.maintainer();
        if (kind == null) {
            throw DomainException.invalid("catalogImport.kind.required", "Choose what the file holds.", "kind");
        }
        var job = new CatalogImport(UUID.randomUUID(), kind, fileName == null ? "catalog" : fileName, by.actor(),
                clock.instant());
        var rows = read(job, content);
        job.toProcess(rows.size());
        imports.remember(job);
        imports.startAfterCommit(transactions, job, () -> {
            try {
                executor.submit(() -> run(by, job, rows));
            } catch (java.util.concurrent.RejectedExecutionException e) {
                LOG.log(Level.SEVERE, "Catalog import " + job.getId() + " could not start", e);
                job.failed("The server is too busy to import now; nothing was imported. Try again in a minute.",
                        clock.instant());
            }
        });
        return job;
    }

    /** An import this instance runs or ran; channel managers and the ERP only. */
    public CatalogImport find(UUID id) {
        catalog.maintainer();
        return imports.find(id).orElseThrow(() -> DomainException.notFound("catalog import", id));
    }

    private List<Row> read(CatalogImport job, byte[] content) {
        var rows = new ArrayList<Row>();
        var in = new ByteArrayInputStream(content);
        switch (job.getKind()) {
            case PRODUCTS -> CatalogFileReader.readProducts(in, job.getFileName(), sink(job, rows));
            case LIST_PRICES -> CatalogFileReader.readListPrices(in, job.getFileName(), sink(job, rows));
            case CONTRACT_PRICES -> {
                CatalogFileReader.readContractPrices(in, job.getFileName(), sink(job, rows));
                return once(job, partnersNamed(job, rows));
            }
        }
        return once(job, rows);
    }

    /**
     * Each product, or each price, once in the file (the services find repeats within a call only, and a file goes
     * in chunks): a later row of the same key is reported naming the first, not applied.
     */
    static List<Row> once(CatalogImport job, List<Row> rows) {
        var first = new HashMap<String, Integer>();
        var kept = new ArrayList<Row>(rows.size());
        for (var row : rows) {
            var key = key(row.item());
            var earlier = first.putIfAbsent(key, row.line());
            if (earlier == null) {
                kept.add(row);
            } else {
                job.rejected(row.line(), "the same " + (row.item() instanceof ProductDefinition ? "SKU" : "price")
                        + " as line " + earlier + ": only the first is imported");
            }
        }
        return kept;
    }

    private static String key(Object item) {
        if (item instanceof ProductDefinition p) {
            return Product.normalizedSku(p.sku());
        }
        if (item instanceof ListPriceDefinition l) {
            return (l.priceList() == null ? "" : l.priceList().strip()) + "|" + Product.normalizedSku(l.sku()) + "|"
                    + (l.minQuantity() == null ? 1 : l.minQuantity());
        }
        var c = (ContractPriceDefinition) item;
        return c.partnerId() + "|" + Product.normalizedSku(c.sku()) + "|"
                + (c.currency() == null ? "" : c.currency().strip().toUpperCase(Locale.ROOT)) + "|"
                + (c.minQuantity() == null ? 1 : c.minQuantity()) + "|" + (c.validFrom() == null ? "" : c.validFrom().strip());
    }

    private static <T> CatalogFileReader.Sink<T> sink(CatalogImport job, List<Row> rows) {
        return new CatalogFileReader.Sink<>() {
            @Override
            public void row(int line, T item) {
                rows.add(new Row(line, item));
            }

            @Override
            public void rejected(int line, String reason) {
                job.rejected(line, reason);
            }

            @Override
            public void kept(java.util.Set<CatalogService.Kept> kept) {
                job.keep(kept);
            }
        };
    }

    /**
     * A contract price's partner as a person writes it: the partner's id, or its name (any case); a name that two
     * partners have, or none, is reported at its row.
     */
    private List<Row> partnersNamed(CatalogImport job, List<Row> rows) {
        var names = rows.stream().map(r -> ((ContractPriceDefinition) r.item()).partnerId()).filter(p -> !isId(p))
                .map(CatalogImportService::nameKey).collect(Collectors.toSet());
        var byName = names.isEmpty() ? Map.<String, List<UUID>>of() : roster.byNames(names);
        var resolved = new ArrayList<Row>(rows.size());
        for (var row : rows) {
            var d = (ContractPriceDefinition) row.item();
            if (isId(d.partnerId())) {
                resolved.add(row);
                continue;
            }
            var ids = byName.getOrDefault(nameKey(d.partnerId()), List.of());
            if (ids.size() == 1) {
                resolved.add(new Row(row.line(), new ContractPriceDefinition(ids.get(0).toString(), d.sku(),
                        d.currency(), d.minQuantity(), d.unitPrice(), d.validFrom(), d.validTo())));
            } else {
                job.rejected(row.line(), "partner: " + (ids.isEmpty() ? "no partner is named "
                        + TableFileReader.quote(d.partnerId()) : ids.size() + " partners are named "
                        + TableFileReader.quote(d.partnerId()) + ": write the partner's id instead"));
            }
        }
        return resolved;
    }

    private static boolean isId(String text) {
        if (text == null) {
            return false;
        }
        try {
            UUID.fromString(text);
            return true;
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    private static String nameKey(String name) {
        var tidy = TextInput.tidy(name);
        return tidy == null ? "" : tidy.toLowerCase(Locale.ROOT);
    }

    private void run(CatalogService.Maintainer by, CatalogImport job, List<Row> rows) {
        try {
            for (int i = 0; i < rows.size(); i += CHUNK) {
                var slice = rows.subList(i, Math.min(rows.size(), i + CHUNK));
                var result = applyChunk(by, job, slice);
                var refused = new ArrayList<CatalogImport.Issue>();
                for (var r : result.refused()) {
                    refused.add(new CatalogImport.Issue(slice.get(r.index()).line(), reason(r.problems())));
                }
                job.chunkDone(slice.size(), result, refused);
            }
            job.finished(clock.instant());
            LOG.info(() -> "Catalog import " + job.getId() + " (" + job.getKind() + ", " + job.getFileName() + "): "
                    + job.getCreated() + " created, " + job.getChanged() + " changed, " + job.getUnchanged()
                    + " unchanged, " + job.getRejected() + " rejected");
        } catch (RuntimeException | Error e) {
            LOG.log(Level.SEVERE, "Catalog import " + job.getId() + " failed after " + job.getProcessed() + " rows", e);
            job.failed("The import stopped after " + job.getProcessed() + " rows because of an unexpected error; the "
                    + "rows before were imported. Import the file again: what is there already stays unchanged.",
                    clock.instant());
        } finally {
            try {
                worker.finish(by, job);
            } catch (RuntimeException e) {
                LOG.log(Level.SEVERE, "Catalog import " + job.getId() + ": its audit entry could not be written", e);
            }
        }
    }

    /** One chunk; when it loses a race with a concurrent change (the ERP's call), it is tried once more. */
    private CatalogUpsert applyChunk(CatalogService.Maintainer by, CatalogImport job, List<Row> slice) {
        var items = slice.stream().map(Row::item).toList();
        try {
            return worker.apply(by, job, items);
        } catch (RuntimeException e) {
            if (!Conflicts.isConflict(e)) {
                throw e;
            }
            LOG.info(() -> "Catalog import " + job.getId() + ": a chunk met a concurrent change; retrying it");
            return worker.apply(by, job, items);
        }
    }

    /** A refused row's problems, each at the file's column: "gtin: the GTIN is P-100's; unit_price: ...". */
    static String reason(List<FieldProblem> problems) {
        return problems.stream().map(p -> column(p.field()) + ": " + p.message()).distinct()
                .collect(Collectors.joining("; "));
    }

    /** A service's field ({@code items[3].names.zh-TW}) as the file's column ({@code name_zh_tw}). */
    static String column(String field) {
        var f = field.replaceFirst("^items\\[\\d+]\\.?", "");
        if (f.isEmpty()) {
            return "row";
        }
        f = f.replaceFirst("^names\\.", "name_").replaceFirst("^descriptions\\.", "description_")
                .replaceFirst("^partnerId$", "partner");
        return CAMEL.matcher(f).replaceAll("$1_$2").replace('-', '_').toLowerCase(Locale.ROOT);
    }

    /** The columns a file of this kind has, in the order of the template. */
    public static List<String> columns(Kind kind) {
        return (switch (kind) {
            case PRODUCTS -> CatalogFileReader.PRODUCTS;
            case LIST_PRICES -> CatalogFileReader.LIST_PRICES;
            case CONTRACT_PRICES -> CatalogFileReader.CONTRACT_PRICES;
        }).headers();
    }
}
