package io.poerules.rules;

import io.poerules.api.RuleProblem;
import io.poerules.api.RuleSet;
import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.drools.decisiontable.InputType;
import org.drools.decisiontable.SpreadsheetCompiler;
import org.drools.decisiontable.parser.csv.CsvLineParser;
import org.drools.decisiontable.parser.csv.CsvParser;
import org.drools.decisiontable.parser.xls.ExcelParser;
import org.drools.template.parser.DataListener;

/**
 * Compiles decision tables ({@code .xlsx}, {@code .csv}) to DRL text with {@code drools-decisiontables},
 * and maps places in that text back to the table's cells, so that a problem in a table is reported at
 * its row and column, as a problem in a DRL file is at its line and column. A rule made from a row gets
 * the row's values as its {@code @description} (unless the table gives one), so that the rule catalog
 * shows each threshold as the table sets it.
 */
public final class DecisionTables {

    private static final Pattern CELL = Pattern.compile("\\b([A-Z]{1,3})(\\d{1,7})\\b");
    private static final Pattern ROW_COMMENT = Pattern.compile("^// rule values at ([A-Z]{1,3})(\\d+)");
    private static final Pattern ROW_AND_HEADER = Pattern.compile(
            "(?m)^// rule values at [A-Z]{1,3}(\\d+), header at [A-Z]{1,3}(\\d+)\\s*\\n(rule [^\\n]*\\n)");
    private static final Pattern HAS_DESCRIPTION = Pattern.compile("^\\s*@" + RuleMetadata.DESCRIPTION + "\\s*\\(");

    /**
     * A table compiled to DRL, or the problem that stopped it.
     *
     * @param drl     the generated DRL, or {@code null}
     * @param problem why it could not be compiled, or {@code null}
     */
    public record Compiled(String drl, RuleProblem problem) {
    }

    private DecisionTables() {
    }

    /** Whether a resource is a decision table, by its name. */
    public static boolean isDecisionTable(String path) {
        return path.endsWith(".xlsx") || path.endsWith(".csv");
    }

    /** Compiles one decision table to DRL text. */
    public static Compiled compile(RuleSet.Resource table) {
        InputType type = table.path().endsWith(".csv") ? InputType.CSV : InputType.XLS;
        try {
            String drl = new SpreadsheetCompiler().compile(new ByteArrayInputStream(table.bytes()), type);
            if (drl == null || drl.isBlank()) {
                return new Compiled(null, new RuleProblem(table.origin(), 0, 0, "decision table: no RuleSet or "
                        + "RuleTable found"));
            }
            return new Compiled(described(drl, table, type), null);
        } catch (RuntimeException e) {
            String message = e.getMessage() == null ? e.toString() : e.getMessage();
            Throwable cause = e;
            while (cause.getCause() != null && cause.getCause() != cause) {
                cause = cause.getCause();
                if (cause.getMessage() != null && message.equals(e.toString())) {
                    message = cause.getMessage();
                }
            }
            int[] cell = cell(message);
            return new Compiled(null, new RuleProblem(table.origin(), cell[0], cell[1], "decision table: "
                    + message.strip()));
        }
    }

    /**
     * The cell (row, column) of the table row that generated the given line of its DRL: the row named
     * by the nearest {@code // rule values at A11} comment above it; {@code {0, 0}} before any row.
     */
    public static int[] cellOf(String generatedDrl, int line) {
        String[] lines = generatedDrl.split("\n", -1);
        for (int i = Math.min(line, lines.length) - 1; i >= 0; i--) {
            Matcher m = ROW_COMMENT.matcher(lines[i].strip());
            if (m.find()) {
                return new int[] {Integer.parseInt(m.group(2)), column(m.group(1))};
            }
        }
        return new int[] {0, 0};
    }

    private static String described(String drl, RuleSet.Resource table, InputType type) {
        Map<Integer, Map<Integer, String>> cells;
        try {
            cells = cells(table, type);
        } catch (RuntimeException e) {
            return drl;
        }
        return described(drl, cells);
    }

    /**
     * The generated DRL with an {@code @description} on each rule that has none: the values of its row,
     * each after its column's label (the row of labels above the table's rows), for example
     * {@code "Acknowledgement window, row 25: Months = 12"}.
     */
    static String described(String drl, Map<Integer, Map<Integer, String>> cells) {
        Matcher m = ROW_AND_HEADER.matcher(drl);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            int row = Integer.parseInt(m.group(1)) - 1;
            int header = Integer.parseInt(m.group(2)) - 1;
            String description = rowDescription(cells, row, header);
            String after = drl.substring(m.end());
            boolean hasOne = after.lines().takeWhile(l -> !l.strip().equals("when"))
                    .anyMatch(l -> HAS_DESCRIPTION.matcher(l).find());
            String replacement = m.group() + (description == null || hasOne ? ""
                    : "\t@" + RuleMetadata.DESCRIPTION + "(\"" + description.replace("\\", "/").replace('"', '\'') + "\")\n");
            m.appendReplacement(out, Matcher.quoteReplacement(replacement));
        }
        m.appendTail(out);
        return out.toString();
    }

    private static String rowDescription(Map<Integer, Map<Integer, String>> cells, int row, int header) {
        Map<Integer, String> types = cells.getOrDefault(header + 1, Map.of());
        Map<Integer, String> labels = cells.getOrDefault(header + 4, Map.of());
        Map<Integer, String> values = cells.getOrDefault(row, Map.of());
        List<String> parts = new ArrayList<>();
        types.forEach((column, type) -> {
            String kind = type.strip().toUpperCase(Locale.ROOT);
            String value = values.get(column);
            if ((kind.startsWith("CONDITION") || kind.startsWith("ACTION")) && value != null && !value.isBlank()) {
                String label = labels.get(column);
                parts.add((label == null || label.isBlank() ? kind : label.strip()) + " = " + value.strip());
            }
        });
        if (parts.isEmpty()) {
            return null;
        }
        String name = cells.getOrDefault(header, Map.of()).values().stream().filter(v -> v.strip().startsWith("RuleTable"))
                .map(v -> v.strip().substring("RuleTable".length()).strip()).findFirst().orElse("");
        return (name.isEmpty() ? "" : name + ", ") + "row " + (row + 1) + ": " + String.join("; ", parts)
                .replaceAll("\\s+", " ");
    }

    /** Every non-empty cell of the sheet the compiler reads, by 0-based row and column, as the compiler reads it. */
    private static Map<Integer, Map<Integer, String>> cells(RuleSet.Resource table, InputType type) {
        Map<Integer, Map<Integer, String>> cells = new HashMap<>();
        DataListener listener = new DataListener() {
            @Override
            public void startSheet(String name) {
            }

            @Override
            public void finishSheet() {
            }

            @Override
            public void newRow(int rowNumber, int columns) {
            }

            @Override
            public void newCell(int row, int column, String value, int mergedColStart) {
                if (value != null && !value.isBlank()) {
                    cells.computeIfAbsent(row, r -> new TreeMap<>()).put(column, value);
                }
            }
        };
        if (type == InputType.CSV) {
            new CsvParser(listener, new CsvLineParser()).parseFile(new ByteArrayInputStream(table.bytes()));
        } else {
            new ExcelParser(listener).parseFile(new ByteArrayInputStream(table.bytes()));
        }
        return cells;
    }

    private static int[] cell(String message) {
        Matcher m = CELL.matcher(message);
        List<int[]> found = new ArrayList<>();
        while (m.find()) {
            found.add(new int[] {Integer.parseInt(m.group(2)), column(m.group(1))});
        }
        return found.isEmpty() ? new int[] {0, 0} : found.get(0);
    }

    private static int column(String letters) {
        int n = 0;
        for (char c : letters.toCharArray()) {
            n = n * 26 + (c - 'A' + 1);
        }
        return n;
    }
}
