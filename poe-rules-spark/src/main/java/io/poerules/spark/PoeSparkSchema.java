package io.poerules.spark;

import org.apache.spark.sql.types.ArrayType;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;

/**
 * The columns of the rows {@link PoeSpark} returns: one row per document and, with engagements, one per
 * engagement. The field names are those of the JSON report of {@code poe validate --format json}.
 *
 * <table>
 *   <caption>Columns</caption>
 *   <tr><th>Column</th><th>Type</th><th>What</th></tr>
 *   <tr><td>{@value #KIND}</td><td>string</td><td>{@value #DOCUMENT} or {@value #ENGAGEMENT}</td></tr>
 *   <tr><td>{@value #SOURCE}</td><td>string</td><td>the document's path (a Hadoop URI); an engagement's folder</td></tr>
 *   <tr><td>{@value #ENGAGEMENT_COLUMN}</td><td>string</td><td>the engagement folder a document was judged in, or null</td></tr>
 *   <tr><td>{@value #CONTENT_TYPE}</td><td>string</td><td>the detected media type, or null</td></tr>
 *   <tr><td>{@value #DOCUMENT_TYPE}</td><td>string</td><td>SOW, PURCHASE_ORDER, EMAIL... (null for an engagement)</td></tr>
 *   <tr><td>{@value #PROGRAM}</td><td>string</td><td>AZURE, ONLINE_SERVICES or UNKNOWN; an engagement's claimed program</td></tr>
 *   <tr><td>{@value #VERDICT}</td><td>string</td><td>PASS, FAIL, REVIEW or ERROR</td></tr>
 *   <tr><td>{@value #FINDINGS}</td><td>array of struct</td><td>requirement, ruleId, outcome, reason, evidence
 *       (array of struct: text, page, start, end, source, part, ocr)</td></tr>
 *   <tr><td>{@value #ERRORS}</td><td>array of struct</td><td>code, message, source, part</td></tr>
 *   <tr><td>{@value #DOCUMENTS}</td><td>array of string</td><td>an engagement's documents; null for a document</td></tr>
 *   <tr><td>{@value #CLAIM}</td><td>string</td><td>an engagement's claim as JSON; null for a document</td></tr>
 * </table>
 *
 * <p>An engagement whose {@code claim.json} is not a valid claim has verdict ERROR and one error with code
 * {@value #INVALID_CLAIM}; its documents are then judged alone.
 *
 * @since 0.1.0
 */
public final class PoeSparkSchema {

    /** Column: {@value #DOCUMENT} or {@value #ENGAGEMENT}. */
    public static final String KIND = "kind";
    /** Column: the document's path, or the engagement's folder. */
    public static final String SOURCE = "source";
    /** Column: the engagement folder a document belongs to. */
    public static final String ENGAGEMENT_COLUMN = "engagement";
    /** Column: the detected media type. */
    public static final String CONTENT_TYPE = "contentType";
    /** Column: the kind of document. */
    public static final String DOCUMENT_TYPE = "documentType";
    /** Column: the incentive program. */
    public static final String PROGRAM = "program";
    /** Column: the verdict. */
    public static final String VERDICT = "verdict";
    /** Column: the findings. */
    public static final String FINDINGS = "findings";
    /** Column: what could not be processed. */
    public static final String ERRORS = "errors";
    /** Column: an engagement's documents. */
    public static final String DOCUMENTS = "documents";
    /** Column: an engagement's claim, as JSON. */
    public static final String CLAIM = "claim";

    /** {@value #KIND} of a document's row. */
    public static final String DOCUMENT = "DOCUMENT";
    /** {@value #KIND} of an engagement's row. */
    public static final String ENGAGEMENT = "ENGAGEMENT";
    /** Error code of an engagement whose {@code claim.json} is not a valid claim. */
    public static final String INVALID_CLAIM = "INVALID_CLAIM";

    private static final StructType EVIDENCE = new StructType()
            .add("text", DataTypes.StringType, false)
            .add("page", DataTypes.IntegerType, true)
            .add("start", DataTypes.IntegerType, false)
            .add("end", DataTypes.IntegerType, false)
            .add("source", DataTypes.StringType, true)
            .add("part", DataTypes.StringType, true)
            .add("ocr", DataTypes.BooleanType, false);

    private static final StructType FINDING = new StructType()
            .add("requirement", DataTypes.StringType, false)
            .add("ruleId", DataTypes.StringType, true)
            .add("outcome", DataTypes.StringType, false)
            .add("reason", DataTypes.StringType, true)
            .add("evidence", new ArrayType(EVIDENCE, false), false);

    private static final StructType ERROR = new StructType()
            .add("code", DataTypes.StringType, false)
            .add("message", DataTypes.StringType, false)
            .add("source", DataTypes.StringType, true)
            .add("part", DataTypes.StringType, true);

    private static final StructType ROW = new StructType(new StructField[] {
            DataTypes.createStructField(KIND, DataTypes.StringType, false),
            DataTypes.createStructField(SOURCE, DataTypes.StringType, false),
            DataTypes.createStructField(ENGAGEMENT_COLUMN, DataTypes.StringType, true),
            DataTypes.createStructField(CONTENT_TYPE, DataTypes.StringType, true),
            DataTypes.createStructField(DOCUMENT_TYPE, DataTypes.StringType, true),
            DataTypes.createStructField(PROGRAM, DataTypes.StringType, true),
            DataTypes.createStructField(VERDICT, DataTypes.StringType, false),
            DataTypes.createStructField(FINDINGS, new ArrayType(FINDING, false), false),
            DataTypes.createStructField(ERRORS, new ArrayType(ERROR, false), false),
            DataTypes.createStructField(DOCUMENTS, new ArrayType(DataTypes.StringType, false), true),
            DataTypes.createStructField(CLAIM, DataTypes.StringType, true)});

    private PoeSparkSchema() {
    }

    /** The schema of the rows. */
    public static StructType schema() {
        return ROW;
    }
}
