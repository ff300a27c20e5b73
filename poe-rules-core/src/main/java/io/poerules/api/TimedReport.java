package io.poerules.api;

import java.time.Duration;
import java.util.Objects;

/**
 * A document's report entry with the time each pipeline stage took, for benchmarks and profiling.
 * Timings are wall-clock times on the calling thread; they are never part of the report itself.
 *
 * @param report  the report entry, the same as {@link PoeValidator#validate(java.nio.file.Path)} gives
 * @param extract time spent extracting text with Tika, including waiting for the extraction worker
 * @param map     time spent mapping the extracted text to facts; zero when extraction failed
 * @param rules   time spent running the rules and deciding the verdict; zero when extraction failed
 * @since 0.1.0
 */
public record TimedReport(DocumentReport report, Duration extract, Duration map, Duration rules) {

    public TimedReport {
        Objects.requireNonNull(report, "report");
        Objects.requireNonNull(extract, "extract");
        Objects.requireNonNull(map, "map");
        Objects.requireNonNull(rules, "rules");
    }

    /** The time of all three stages together. */
    public Duration total() {
        return extract.plus(map).plus(rules);
    }
}
