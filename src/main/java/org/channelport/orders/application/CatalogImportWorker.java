package org.channelport.orders.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.List;
import org.channelport.orders.domain.ProductDefinition;
import org.channelport.platform.audit.AuditTrail;

/**
 * Applies one chunk of a catalog import in a transaction of its own (a large file commits as it goes; a failure loses
 * at most one chunk). Runs on a worker thread: the maintainer was checked when the import started and is passed on.
 */
@ApplicationScoped
public class CatalogImportWorker {
    @Inject
    CatalogService catalog;
    @Inject
    PriceService prices;
    @Inject
    AuditTrail audit;

    @Transactional(Transactional.TxType.REQUIRES_NEW)
    @SuppressWarnings("unchecked")
    public CatalogUpsert apply(CatalogService.Maintainer by, CatalogImport job, List<?> items) {
        return switch (job.getKind()) {
            case PRODUCTS -> catalog.upsert(by, (List<ProductDefinition>) items, job.kept());
            case LIST_PRICES -> prices.setListPrices(by, (List<ListPriceDefinition>) items);
            case CONTRACT_PRICES -> prices.upsertContracts(by, (List<ContractPriceDefinition>) items);
        };
    }

    /** The import's audit entry, once it ended. */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void finish(CatalogService.Maintainer by, CatalogImport job) {
        audit.recordAs(by.actor(), null, "CatalogImport", job.getId(), "finished", null, job.getPhase(),
                job.getFileName() + " (" + job.getKind() + "): " + job.getCreated() + " created, " + job.getChanged()
                        + " changed, " + job.getUnchanged() + " unchanged, " + job.getRejected() + " rejected");
    }
}
