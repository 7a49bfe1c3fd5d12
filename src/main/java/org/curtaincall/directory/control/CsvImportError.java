package org.curtaincall.directory.control;

/** What is wrong with one cell of an import file. Rows count as in a spreadsheet: the header is row 1. */
public record CsvImportError(int row, String column, String reason) {
}
