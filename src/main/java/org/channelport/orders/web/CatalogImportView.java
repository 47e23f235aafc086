package org.channelport.orders.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.UUID;
import org.channelport.orders.application.CatalogImport;
import org.channelport.orders.application.CatalogImportService;
import org.channelport.platform.imports.ImportPage;

/**
 * The console's import of products, list prices or contract prices (rules O6, O8, O25): choose what the file holds,
 * upload a CSV or XLSX file, watch the progress bar, then read every row not imported with its line and reason.
 */
@Named
@ViewScoped
public class CatalogImportView extends ImportPage<CatalogImport> {
    @Inject
    CatalogImportService imports;

    private CatalogImport.Kind kind = CatalogImport.Kind.PRODUCTS;

    @Override
    protected CatalogImport start(String fileName, byte[] content) {
        return imports.start(kind, fileName, content);
    }

    @Override
    protected CatalogImport find(UUID id) {
        return imports.find(id);
    }

    /** The columns of the chosen kind's file, for the hint. */
    public String getColumns() {
        return String.join(", ", CatalogImportService.columns(kind));
    }

    public CatalogImport.Kind[] getKinds() { return CatalogImport.Kind.values(); }
    public CatalogImport.Kind getKind() { return kind; }
    public void setKind(CatalogImport.Kind kind) { this.kind = kind == null ? CatalogImport.Kind.PRODUCTS : kind; }
}
