package io.poerules.rules.defaults;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * Wrote the first version of {@code src/main/resources/io/poerules/rules/defaults/thresholds.xlsx}. The
 * committed workbook is the source analysts edit; this only documents how it was made and can write it
 * afresh ({@code java ThresholdsWorkbook OUT.xlsx}) should it need to be rebuilt from scratch.
 */
final class ThresholdsWorkbook {

    private static final List<String> TYPES = List.of("STATEMENT_OF_WORK", "PROOF_OF_CONCEPT_REPORT",
            "PURCHASE_ORDER", "QUOTATION", "EMAIL", "MASTER_SERVICE_AGREEMENT", "OTHER_CONTRACT", "UNKNOWN");
    private static final List<String> REQUIREMENTS = List.of("EXTRACTABLE_TEXT", "DOCUMENT_TYPE", "PARTIES",
            "SERVICE_DETAIL", "PRODUCTS", "CUSTOMER_ACKNOWLEDGEMENT", "DATES", "BUSINESS_NEED",
            "SOLUTION_ARCHITECTURE", "CUSTOMER_BENEFITS", "USAGE_ROLE", "AMENDMENT", "IMPLEMENTATION_PLAN",
            "CLAIM_MATCH");

    private ThresholdsWorkbook() {
    }

    public static void main(String[] args) throws IOException {
        try (XSSFWorkbook book = new XSSFWorkbook(); OutputStream out = Files.newOutputStream(Path.of(args[0]))) {
            Sheet sheet = book.createSheet("Thresholds");
            CellStyle bold = book.createCellStyle();
            Font font = book.createFont();
            font.setBold(true);
            bold.setFont(font);
            int r = 0;
            row(sheet, r++, bold, "RuleSet", "io.poerules.rules.defaults");
            row(sheet, r++, null, "Import", "io.poerules.api.*, io.poerules.fact.*");
            row(sheet, r++, null, "Sequential", "true");
            row(sheet, r++, null, "Notes", "Thresholds of the default POE rules. Edit the values below the"
                    + " grey header rows; add a row to a table without leaving an empty row in it. Check with"
                    + " 'poe rules lint'. See docs/authoring.md.");
            r++;
            row(sheet, r++, bold, "RuleTable Document types");
            row(sheet, r++, bold, "METADATA", "ACTION", "ACTION", "ACTION", "ACTION");
            r++;
            row(sheet, r++, null, "id(\"$param\")", "insert(new DocumentTypePolicy(DocumentType.$param,",
                    "Boolean.parseBoolean(\"$param\"),", "$param,", "$param));");
            row(sheet, r++, bold, "Rule id", "Document type", "Accepted as POE (TRUE/FALSE)",
                    "Min activities for full detail", "Min deliverables for full detail");
            for (String type : TYPES) {
                Row row = row(sheet, r++, null, "POLICY-DOCTYPE-" + type.replace('_', '-'), type,
                        type.equals("UNKNOWN") ? "FALSE" : "TRUE");
                row.createCell(3).setCellValue(3);
                row.createCell(4).setCellValue(1);
            }
            r++;
            row(sheet, r++, bold, "RuleTable Acknowledgement window");
            row(sheet, r++, bold, "METADATA", "ACTION");
            r++;
            row(sheet, r++, null, "id(\"$param\")", "insert(new AcknowledgementWindow($param));");
            row(sheet, r++, bold, "Rule id", "Months before the claim date an acknowledgement may be dated");
            row(sheet, r++, null, "POLICY-ACK-WINDOW").createCell(1).setCellValue(12);
            r++;
            row(sheet, r++, bold, "RuleTable Requirement severity");
            row(sheet, r++, bold, "METADATA", "ACTION", "ACTION");
            r++;
            row(sheet, r++, null, "id(\"$param\")", "insert(new RequirementPolicy(Requirement.$param,",
                    "Outcome.$param));");
            row(sheet, r++, bold, "Rule id", "Requirement", "When not met: FAIL, or WARN (at worst REVIEW)");
            for (String requirement : REQUIREMENTS) {
                row(sheet, r++, null, "POLICY-SEVERITY-" + requirement.replace('_', '-'), requirement, "FAIL");
            }
            for (int c = 0; c < 5; c++) {
                sheet.setColumnWidth(c, c == 0 ? 40 * 256 : 34 * 256);
            }
            book.getProperties().getCoreProperties().setCreator("poe-rules");
            book.write(out);
        }
    }

    private static Row row(Sheet sheet, int index, CellStyle style, String... values) {
        Row row = sheet.createRow(index);
        for (int i = 0; i < values.length; i++) {
            Cell cell = row.createCell(i);
            cell.setCellValue(values[i]);
            if (style != null) {
                cell.setCellStyle(style);
            }
        }
        return row;
    }
}
