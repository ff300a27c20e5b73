package io.poerules.api;

import io.poerules.extract.ExtractedDocument;
import io.poerules.extract.Extractor;
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
import java.util.Optional;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** The pipeline for one document: extract, map to facts, run the rules, decide the verdict. */
final class DocumentPipeline {

    private static final Logger LOG = LoggerFactory.getLogger(DocumentPipeline.class);

    private final Extractor extractor;
    private final FactMapper mapper;
    private final RuleEngine engine;
    private final LocalDate referenceDate;

    DocumentPipeline(Extractor extractor, FactMapper mapper, RuleEngine engine, LocalDate referenceDate) {
        this.extractor = extractor;
        this.mapper = mapper;
        this.engine = engine;
        this.referenceDate = referenceDate;
    }

    DocumentReport run(String source, Supplier<ExtractedDocument> extraction) {
        return evaluate(source, extraction, new Stages());
    }

    /** Runs the pipeline and records the wall-clock time of each stage. */
    TimedReport runTimed(String source, Supplier<ExtractedDocument> extraction) {
        Stages stages = new Stages();
        DocumentReport report = evaluate(source, extraction, stages);
        return new TimedReport(report, stages.extract, stages.map, stages.rules);
    }

    /** Time spent in each stage; a stage that did not run stays zero. */
    private static final class Stages {
        private Duration extract = Duration.ZERO;
        private Duration map = Duration.ZERO;
        private Duration rules = Duration.ZERO;
    }

    private DocumentReport evaluate(String source, Supplier<ExtractedDocument> extraction, Stages stages) {
        long started = System.nanoTime();
        ExtractedDocument document;
        try {
            document = extraction.get();
        } catch (RuntimeException | StackOverflowError e) {
            LOG.warn("Extraction of {} failed unexpectedly", source, e);
            return errorReport(source, null, List.of(new ReportError(ErrorCode.INTERNAL,
                    "Extraction failed unexpectedly: " + e)));
        } finally {
            stages.extract = since(started);
        }
        if (document.isFatal()) {
            return errorReport(source, document.contentType(), document.problems());
        }
        List<ReportError> errors = new ArrayList<>(document.problems());
        try {
            started = System.nanoTime();
            List<Fact> facts = mapper.map(document);
            stages.map = since(started);
            started = System.nanoTime();
            List<Object> session = new ArrayList<>(facts);
            session.add(new ValidationContext(referenceDate));
            List<Finding> findings = engine.evaluate(session).stream()
                    .sorted(Comparator.comparing(Finding::requirement, Comparator.nullsLast(Comparator.naturalOrder())))
                    .toList();
            DocumentReport report = new DocumentReport(source, document.contentType(), first(facts, DocumentKind.class)
                    .map(DocumentKind::type).orElse(DocumentType.UNKNOWN), first(facts, ProgramKind.class)
                    .map(ProgramKind::program).orElse(Program.UNKNOWN), VerdictPolicy.decide(findings, errors),
                    findings, grouped(facts), errors);
            stages.rules = since(started);
            return report;
        } catch (RuntimeException | StackOverflowError e) {
            LOG.warn("Evaluating {} failed", source, e);
            errors.add(new ReportError(ErrorCode.RULES_ERROR, "The rules failed on this document: " + e));
            return errorReport(source, document.contentType(), errors);
        }
    }

    private static <T> Optional<T> first(List<Fact> facts, Class<T> type) {
        return facts.stream().filter(type::isInstance).map(type::cast).findFirst();
    }

    private static Duration since(long startedNanos) {
        return Duration.ofNanos(System.nanoTime() - startedNanos);
    }

    /** An entry for a document that could not be evaluated. */
    static DocumentReport errorReport(String source, String contentType, List<ReportError> errors) {
        return new DocumentReport(source, contentType, DocumentType.UNKNOWN, Program.UNKNOWN, Verdict.ERROR, List.of(),
                Map.of(), errors);
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
