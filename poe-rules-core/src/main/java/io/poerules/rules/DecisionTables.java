package io.poerules.rules;

import io.poerules.api.RuleProblem;
import io.poerules.api.RuleSet;
import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.drools.decisiontable.InputType;
import org.drools.decisiontable.SpreadsheetCompiler;

/**
 * Compiles decision tables ({@code .xlsx}, {@code .csv}) to DRL text with {@code drools-decisiontables},
 * and maps places in that text back to the table's cells, so that a problem in a table is reported at
 * its row and column, as a problem in a DRL file is at its line and column.
 */
public final class DecisionTables {

    private static final Pattern CELL = Pattern.compile("\\b([A-Z]{1,3})(\\d{1,7})\\b");
    private static final Pattern ROW_COMMENT = Pattern.compile("^// rule values at ([A-Z]{1,3})(\\d+)");

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
            return new Compiled(drl, null);
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
