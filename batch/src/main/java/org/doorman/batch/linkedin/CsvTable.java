package org.doorman.batch.linkedin;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;

/**
 * One CSV file of an export as rows by column name. LinkedIn puts lines of notes before the header of some files, so
 * the header is the first record that has all the required columns; quoted fields may span lines.
 */
final class CsvTable {

    private final List<Map<String, String>> rows;

    private CsvTable(List<Map<String, String>> rows) {
        this.rows = rows;
    }

    List<Map<String, String>> rows() {
        return rows;
    }

    static CsvTable parse(String fileName, byte[] bytes, List<String> required) {
        String text = new String(bytes, StandardCharsets.UTF_8);
        if (text.startsWith("\uFEFF")) {
            text = text.substring(1);
        }
        var format = CSVFormat.DEFAULT.builder().setIgnoreEmptyLines(true).get();
        List<String> header = null;
        var rows = new ArrayList<Map<String, String>>();
        try (var parser = format.parse(new StringReader(text))) {
            for (CSVRecord record : parser) {
                var values = record.toList().stream().map(String::strip).toList();
                if (header == null) {
                    if (values.containsAll(required)) {
                        header = values;
                    }
                    continue;
                }
                if (values.stream().allMatch(String::isEmpty)) {
                    continue;
                }
                var row = new HashMap<String, String>();
                for (int i = 0; i < header.size() && i < record.size(); i++) {
                    row.putIfAbsent(header.get(i), record.get(i));
                }
                rows.add(row);
            }
        } catch (IOException | UncheckedIOException | IllegalStateException e) {
            throw new UnreadableExport(fileName + " is not valid CSV: " + e.getMessage(), e);
        }
        if (header == null) {
            throw new UnreadableExport(fileName + " has no header line with the columns " + String.join(", ", required)
                    + "; is it from a LinkedIn data export?");
        }
        return new CsvTable(rows);
    }
}
