package io.poerules.api;

import io.poerules.extract.ExtractedDocument;
import io.poerules.extract.Extractor;
import io.poerules.fact.DocumentKind;
import io.poerules.fact.Engagement;
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

/**
 * The pipeline: extract, map to facts, run the rules, decide the verdict. A document is judged alone,
 * with the claim as context when there is one; the documents of an engagement are also judged together,
 * their facts in one session.
 */
final class DocumentPipeline {

    private static final Logger LOG = LoggerFactory.getLogger(DocumentPipeline.class);
    private static final Comparator<Finding> REQUIREMENT_ORDER =
            Comparator.comparing(Finding::requirement, Comparator.nullsLast(Comparator.naturalOrder()));

    private final Extractor extractor;
    private final FactMapper mapper;
    private final RuleEngine engine;
    private final LocalDate referenceDate;
    private final boolean retainText;

    DocumentPipeline(Extractor extractor, FactMapper mapper, RuleEngine engine, LocalDate referenceDate) {
        this(extractor, mapper, engine, referenceDate, false);
    }

    /** @param retainText whether report entries carry the document's text ({@link DocumentReport#text()}) */
    DocumentPipeline(Extractor extractor, FactMapper mapper, RuleEngine engine, LocalDate referenceDate,
                     boolean retainText) {
        this.retainText = retainText;
        this.extractor = extractor;
        this.mapper = mapper;
        this.engine = engine;
        this.referenceDate = referenceDate;
    }

    /**
     * What a session holds besides the documents' facts: the validation context and, when judging
     * against a claim, the claim and its workloads.
     */
    record Context(Claim claim, List<Object> facts) {
        Context {
            facts = List.copyOf(facts);
        }
    }

    /** The context without a claim: acknowledgements are measured against the validator's reference date. */
    Context context() {
        return new Context(null, List.of(new ValidationContext(referenceDate)));
    }

    /** The context of a claim: acknowledgements are measured against the claim date. */
    Context context(Claim claim) {
        List<Object> facts = new ArrayList<>();
        facts.add(new ValidationContext(claim.claimDate(), true));
        facts.add(claim);
        facts.addAll(mapper.claimedWorkloads(claim.workloads()));
        return new Context(claim, facts);
    }

    /**
     * A document extracted and mapped to facts; or, when that failed, {@code failure} holds its entry.
     * Every fact's evidence names {@code source}. {@code text} is kept only when asked for.
     */
    record Mapped(String source, String contentType, List<Fact> facts, List<ReportError> errors,
                  DocumentReport failure, DocumentText text) {
        Mapped(String source, String contentType, List<Fact> facts, List<ReportError> errors, DocumentReport failure) {
            this(source, contentType, facts, errors, failure, null);
        }
    }

    private static DocumentText textOf(ExtractedDocument document) {
        return new DocumentText(document.parts().stream().map(p -> new DocumentText.Part(p.name(), p.contentType(),
                p.text(), p.paged(), p.ocrPages())).toList());
    }

    DocumentReport run(String source, Supplier<ExtractedDocument> extraction) {
        Stages stages = new Stages();
        return judge(map(source, extraction, stages), context(), stages);
    }

    /** Runs the pipeline and records the wall-clock time of each stage. */
    TimedReport runTimed(String source, Supplier<ExtractedDocument> extraction) {
        Stages stages = new Stages();
        return timed(judge(map(source, extraction, stages), context(), stages), stages);
    }

    /** A report entry with the times its stages took. */
    static TimedReport timed(DocumentReport report, Stages stages) {
        return new TimedReport(report, stages.extract, stages.map, stages.rules);
    }

    /** Time spent in each stage; a stage that did not run stays zero. */
    static final class Stages {
        private Duration extract = Duration.ZERO;
        private Duration map = Duration.ZERO;
        private Duration rules = Duration.ZERO;
    }

    /** A document as read by the extractor; or, when it could not be read, {@code failure} holds its entry. */
    record Read(String source, ExtractedDocument document, Mapped failure) {
    }

    /** Extracts a document and maps it to facts. Never throws for a bad document. */
    Mapped map(String source, Supplier<ExtractedDocument> extraction, Stages stages) {
        return map(read(source, extraction, stages), stages);
    }

    /** Extracts a document. Never throws for a bad document. */
    Read read(String source, Supplier<ExtractedDocument> extraction, Stages stages) {
        long started = System.nanoTime();
        ExtractedDocument document;
        try {
            document = extraction.get();
        } catch (RuntimeException | StackOverflowError e) {
            LOG.warn("Extraction of {} failed unexpectedly", source, e);
            return new Read(source, null, failed(errorReport(source, null, List.of(new ReportError(ErrorCode.INTERNAL,
                    "Extraction failed unexpectedly: " + e)))));
        } finally {
            stages.extract = since(started);
        }
        if (document.isFatal()) {
            return new Read(source, null, failed(errorReport(source, document.contentType(), document.problems())));
        }
        return new Read(source, document, null);
    }

    /** Maps an extracted document to facts. Never throws for a bad document. */
    Mapped map(Read read, Stages stages) {
        if (read.failure() != null) {
            return read.failure();
        }
        String source = read.source();
        ExtractedDocument document = read.document();
        List<ReportError> errors = new ArrayList<>(document.problems());
        try {
            long started = System.nanoTime();
            List<Fact> facts = mapper.map(document, source);
            stages.map = since(started);
            return new Mapped(source, document.contentType(), facts, errors, null,
                    retainText ? textOf(document) : null);
        } catch (RuntimeException | StackOverflowError e) {
            LOG.warn("Mapping {} failed", source, e);
            errors.add(new ReportError(ErrorCode.RULES_ERROR, "The rules failed on this document: " + e));
            return failed(errorReport(source, document.contentType(), errors));
        }
    }

    /** Judges one document alone, in the given context. Never throws for a bad document. */
    DocumentReport judge(Mapped mapped, Context context, Stages stages) {
        if (mapped.failure() != null) {
            return mapped.failure();
        }
        List<ReportError> errors = new ArrayList<>(mapped.errors());
        try {
            long started = System.nanoTime();
            List<Object> session = new ArrayList<>(mapped.facts());
            session.addAll(context.facts());
            List<Finding> findings = engine.evaluate(session).stream().sorted(REQUIREMENT_ORDER).toList();
            List<Fact> facts = mapped.facts();
            DocumentReport report = new DocumentReport(mapped.source(), mapped.contentType(),
                    first(facts, DocumentKind.class).map(DocumentKind::type).orElse(DocumentType.UNKNOWN),
                    first(facts, ProgramKind.class).map(ProgramKind::program).orElse(Program.UNKNOWN),
                    VerdictPolicy.decide(findings, errors), findings, grouped(facts), errors, mapped.text());
            stages.rules = since(started);
            return report;
        } catch (RuntimeException | StackOverflowError e) {
            LOG.warn("Evaluating {} failed", mapped.source(), e);
            errors.add(new ReportError(ErrorCode.RULES_ERROR, "The rules failed on this document: " + e));
            return errorReport(mapped.source(), mapped.contentType(), errors);
        }
    }

    /**
     * Judges the documents of an engagement: each alone with the claim as context, then all together, the
     * facts of every readable document in one session with the claim. Never throws for a bad document.
     */
    EngagementReport judgeEngagement(Claim claim, List<Mapped> documents) {
        Context context = context(claim);
        List<DocumentReport> entries = new ArrayList<>();
        List<String> sources = new ArrayList<>();
        List<ReportError> errors = new ArrayList<>();
        List<Object> session = new ArrayList<>();
        for (Mapped mapped : documents) {
            DocumentReport entry = judge(mapped, context, new Stages());
            entries.add(entry);
            sources.add(mapped.source());
            entry.errors().forEach(e -> errors.add(e.withSource(mapped.source())));
            if (mapped.failure() == null) {
                session.addAll(mapped.facts());
            }
        }
        session.addAll(context.facts());
        session.add(new Engagement(sources));
        List<Finding> findings;
        try {
            findings = engine.evaluate(session).stream().sorted(REQUIREMENT_ORDER).toList();
        } catch (RuntimeException | StackOverflowError e) {
            LOG.warn("Evaluating the engagement of {} failed", sources, e);
            errors.add(new ReportError(ErrorCode.RULES_ERROR, "The rules failed on the engagement: " + e));
            return new EngagementReport(claim, Verdict.ERROR, List.of(), sources, errors, entries);
        }
        return new EngagementReport(claim, VerdictPolicy.decideEngagement(findings, errors, entries), findings,
                sources, errors, entries);
    }

    /** Judges one document alone and records which rules fired on which facts. */
    Explanation explain(String source, Supplier<ExtractedDocument> extraction) {
        Mapped mapped = map(source, extraction, new Stages());
        Context context = context();
        DocumentReport report = judge(mapped, context, new Stages());
        if (mapped.failure() != null || report.verdict() == Verdict.ERROR && report.findings().isEmpty()) {
            return Explanation.of(report, mapped.facts(), List.of(), List.of(), engine.rules());
        }
        List<Object> session = new ArrayList<>(mapped.facts());
        session.addAll(context.facts());
        RuleEngine.Trace trace = engine.trace(session);
        List<Object> derived = trace.facts().stream().filter(f -> !session.contains(f)).toList();
        return Explanation.of(report, mapped.facts(), derived, trace.fired(), engine.rules());
    }

    private static Mapped failed(DocumentReport failure) {
        return new Mapped(failure.source(), failure.contentType(), List.of(), failure.errors(), failure);
    }

    private static <T> Optional<T> first(List<Fact> facts, Class<T> type) {
        return facts.stream().filter(type::isInstance).map(type::cast).findFirst();
    }

    private static Duration since(long startedNanos) {
        return Duration.ofNanos(System.nanoTime() - startedNanos);
    }

    /** A timed entry for a document that could not be evaluated: one error, and no stage time. */
    static TimedReport timedError(String source, ReportError error) {
        return new TimedReport(errorReport(source, null, List.of(error)), Duration.ZERO, Duration.ZERO, Duration.ZERO);
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
