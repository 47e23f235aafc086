package org.channelport.platform.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Rule P5: text that a spreadsheet would read as a formula is exported with a leading apostrophe. */
class SpreadsheetCellsTest {

    @Test
    void textStartingLikeAFormulaGetsAnApostrophe() {
        for (var formula : new String[]{"=HYPERLINK(\"https://evil.example\")", "+1+2", "-2+3", "@SUM(A1)", "\tcmd", "\rcmd"}) {
            assertThat(SpreadsheetCells.safe(formula)).as("export of %s", formula).isEqualTo("'" + formula);
        }
    }

    @Test
    void otherTextAndEmptyValuesAreUnchanged() {
        var cells = new SpreadsheetCells();
        assertThat(cells.text("Northwind = Distribution")).isEqualTo("Northwind = Distribution");
        assertThat(cells.text("admin@northwind.example")).isEqualTo("admin@northwind.example");
        assertThat(cells.text(null)).isEmpty();
        assertThat(cells.text("")).isEmpty();
    }
}
