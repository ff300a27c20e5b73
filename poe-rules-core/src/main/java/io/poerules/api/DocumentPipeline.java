package io.poerules.api;

import io.poerules.extract.ExtractedDocument;
import io.poerules.extract.TikaExtractor;
import io.poerules.fact.DocumentKind;
import io.poerules.fact.Fact;
import io.poerules.fact.ProgramKind;
import io.poerules.fact.ValidationContext;
import io.poerules.map.FactMapper;
import io.poerules.rules.RuleEngine;
import io.poerules.verdict.VerdictPolicy;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** The pipeline for one document: extract, map to facts, run the rules, decide the verdict. */
final class DocumentPipeline {

    private static final Logger LOG = LoggerFactory.getLogger(DocumentPipeline.class);

    private final TikaExtractor extractor;
    private final FactMapper mapper;
    private final RuleEngine engine;
    private final LocalDate referenceDate;

    DocumentPipeline(TikaExtractor extractor, FactMapper mapper, RuleEngine engine, LocalDate referenceDate) {
        this.extractor = extractor;
        this.mapper = mapper;
        this.engine = engine;
        this.referenceDate = referenceDate;
    }

    DocumentReport run(String source, Supplier<ExtractedDocument> extraction) {
        return runTimed(source, extraction).report();
    }

    /** Runs the pipeline and records the wall-clock time of each stage. */
    TimedReport runTimed(String source, Supplier<ExtractedDocument> extraction) {
        long started = System.nanoTime();
        ExtractedDocument document;
        try {
            document = extraction.get();
        } catch (RuntimeException | StackOverflowError e) {
            LOG.warn("Extraction of {} failed unexpectedly", source, e);
            return new TimedReport(errorReport(source, new ReportError(ErrorCode.INTERNAL,
                    "Extraction failed unexpectedly: " + e)), since(started), Duration.ZERO, Duration.ZERO);
        }
        Duration extractTime = since(started);
        if (document.isFatal()) {
            return new TimedReport(new DocumentReport(source, document.contentType(), DocumentType.UNKNOWN,
                    Program.UNKNOWN, Verdict.ERROR, List.of(), Map.of(), document.problems()),
                    extractTime, Duration.ZERO, Duration.ZERO);
        }
        List<ReportError> errors = new ArrayList<>(document.problems());
        List<Fact> facts;
        List<Finding> findings;
        long mapStarted = System.nanoTime();
        Duration mapTime = null;
        long rulesStarted = 0;
        try {
            facts = mapper.map(document);
            mapTime = since(mapStarted);
            rulesStarted = System.nanoTime();
            List<Object> session = new ArrayList<>(facts);
            session.add(new ValidationContext(referenceDate));
            findings = engine.evaluate(session).stream()
                    .sorted(Comparator.comparing(Finding::requirement, Comparator.nullsLast(Comparator.naturalOrder())))
                    .toList();
        } catch (RuntimeException | StackOverflowError e) {
            LOG.warn("Evaluating {} failed", source, e);
            errors.add(new ReportError(ErrorCode.RULES_ERROR, "The rules failed on this document: " + e));
            return new TimedReport(new DocumentReport(source, document.contentType(), DocumentType.UNKNOWN,
                    Program.UNKNOWN, Verdict.ERROR, List.of(), Map.of(), errors), extractTime,
                    mapTime != null ? mapTime : since(mapStarted),
                    mapTime != null ? since(rulesStarted) : Duration.ZERO);
        }
        DocumentType type = facts.stream().filter(DocumentKind.class::isInstance).map(DocumentKind.class::cast)
                .map(DocumentKind::type).findFirst().orElse(DocumentType.UNKNOWN);
        Program program = facts.stream().filter(ProgramKind.class::isInstance).map(ProgramKind.class::cast)
                .map(ProgramKind::program).findFirst().orElse(Program.UNKNOWN);
        DocumentReport report = new DocumentReport(source, document.contentType(), type, program,
                VerdictPolicy.decide(findings, errors), findings, grouped(facts), errors);
        return new TimedReport(report, extractTime, mapTime, since(rulesStarted));
    }

    private static Duration since(long startedNanos) {
        return Duration.ofNanos(System.nanoTime() - startedNanos);
    }

    static DocumentReport errorReport(String source, ReportError error) {
        return new DocumentReport(source, null, DocumentType.UNKNOWN, Program.UNKNOWN, Verdict.ERROR, List.of(),
                Map.of(), List.of(error));
    }

    private static Map<String, List<Object>> grouped(List<Fact> facts) {
        Map<String, List<Object>> out = new LinkedHashMap<>();
        for (Fact fact : facts) {
            String name = fact.getClass().getSimpleName();
            String key = Character.toLowerCase(name.charAt(0)) + name.substring(1);
            out.computeIfAbsent(key, k -> new ArrayList<>()).add(fact);
        }
        return out;
    }
}
