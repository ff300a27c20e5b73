package io.poerules.spark;

import io.poerules.api.Limits;
import io.poerules.api.Ocr;
import io.poerules.api.RuleSet;
import java.time.LocalDate;
import java.util.Objects;

/**
 * How {@link PoeSpark} validates: the same limits, OCR and rules options as {@code poe validate}, the as-of
 * date, and how many partitions the documents are spread over. Immutable and thread-safe; made with
 * {@link #builder()}.
 *
 * <pre>{@code
 * PoeSparkOptions options = PoeSparkOptions.builder()
 *         .ocr(Ocr.off())
 *         .rulesDirectory("hdfs:///poe/rules")      // read once on the driver, shipped with the job
 *         .asOf(LocalDate.parse("2026-11-30"))
 *         .build();
 * }</pre>
 *
 * @since 0.1.0
 */
public final class PoeSparkOptions {

    private final Limits limits;
    private final Ocr ocr;
    private final String rulesDirectory;
    private final RuleSet.Mode rulesMode;
    private final LocalDate asOf;
    private final int partitions;

    private PoeSparkOptions(Builder b) {
        this.limits = b.limits;
        this.ocr = b.ocr;
        this.rulesDirectory = b.rulesDirectory;
        this.rulesMode = b.rulesMode;
        this.asOf = b.asOf;
        this.partitions = b.partitions;
    }

    /** Default limits, OCR {@code auto}, the default rules, today (on the driver), four partitions per core. */
    public static PoeSparkOptions defaults() {
        return builder().build();
    }

    /** A builder with the defaults of {@link #defaults()}. */
    public static Builder builder() {
        return new Builder();
    }

    /** The limits on each document. */
    public Limits limits() {
        return limits;
    }

    /**
     * OCR of scanned pages. With {@link Ocr#auto()} every executor decides by itself whether {@code tesseract}
     * is installed: install it on all of them, or none, or say {@link Ocr#on()} or {@link Ocr#off()}.
     */
    public Ocr ocr() {
        return ocr;
    }

    /** The folder of rules (any Hadoop URI or local path on the driver), or {@code null} for the default rules. */
    public String rulesDirectory() {
        return rulesDirectory;
    }

    /** How the folder's rules combine with the default rules. */
    public RuleSet.Mode rulesMode() {
        return rulesMode;
    }

    /**
     * The date acknowledgements of documents outside engagements are measured against, or {@code null} for
     * today's date on the driver, fixed once per call so that every executor and every retried task uses the same.
     */
    public LocalDate asOf() {
        return asOf;
    }

    /** How many partitions the documents are spread over, or 0 for four per core of the application. */
    public int partitions() {
        return partitions;
    }

    /** Settings for {@link PoeSparkOptions}. Not thread-safe. */
    public static final class Builder {
        private Limits limits = Limits.DEFAULTS;
        private Ocr ocr = Ocr.auto();
        private String rulesDirectory;
        private RuleSet.Mode rulesMode = RuleSet.Mode.EXTEND;
        private LocalDate asOf;
        private int partitions;

        private Builder() {
        }

        /** Limits on each document, as {@code poe validate --max-bytes/--timeout}; by default {@link Limits#DEFAULTS}. */
        public Builder limits(Limits limits) {
            this.limits = Objects.requireNonNull(limits, "limits");
            return this;
        }

        /** OCR of scanned pages; by default {@link Ocr#auto()}, as {@code poe validate}. */
        public Builder ocr(Ocr ocr) {
            this.ocr = Objects.requireNonNull(ocr, "ocr");
            return this;
        }

        /** A folder of rules laid over the default rules ({@link RuleSet.Mode#EXTEND}). */
        public Builder rulesDirectory(String folder) {
            return rulesDirectory(folder, RuleSet.Mode.EXTEND);
        }

        /** A folder of rules, over the default rules or instead of them. */
        public Builder rulesDirectory(String folder, RuleSet.Mode mode) {
            this.rulesDirectory = Objects.requireNonNull(folder, "folder");
            this.rulesMode = Objects.requireNonNull(mode, "mode");
            return this;
        }

        /** The as-of date of documents outside engagements; by default today on the driver. */
        public Builder asOf(LocalDate date) {
            this.asOf = Objects.requireNonNull(date, "date");
            return this;
        }

        /** How many partitions; 0 for four per core. */
        public Builder partitions(int partitions) {
            if (partitions < 0) {
                throw new IllegalArgumentException("partitions must be 0 or more: " + partitions);
            }
            this.partitions = partitions;
            return this;
        }

        /** The options. */
        public PoeSparkOptions build() {
            return new PoeSparkOptions(this);
        }
    }
}
