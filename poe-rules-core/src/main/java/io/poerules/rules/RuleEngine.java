package io.poerules.rules;

import io.poerules.api.Finding;
import io.poerules.api.RuleBuildException;
import io.poerules.api.RuleProblem;
import io.poerules.api.RuleSet;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.drools.base.InitialFact;
import org.drools.base.definitions.rule.impl.RuleImpl;
import org.drools.compiler.kie.builder.impl.InternalKieModule;
import org.drools.kiesession.rulebase.InternalKnowledgeBase;
import org.drools.model.codegen.ExecutableModelProject;
import org.kie.api.KieBase;
import org.kie.api.KieServices;
import org.kie.api.builder.KieBuilder;
import org.kie.api.builder.KieFileSystem;
import org.kie.api.builder.Message;
import org.kie.api.builder.ReleaseId;
import org.kie.api.definition.KiePackage;
import org.kie.api.definition.rule.Rule;
import org.kie.api.event.rule.AfterMatchFiredEvent;
import org.kie.api.event.rule.DefaultAgendaEventListener;
import org.kie.api.runtime.KieContainer;
import org.kie.api.runtime.KieSession;
import org.kie.api.runtime.KieSessionsPool;
import org.kie.api.runtime.StatelessKieSession;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The DRL rules and decision tables compiled once into a {@link KieBase}, shared by all threads; each
 * evaluation runs in a fresh stateless session (its working memory taken from a pool and reset).
 *
 * @since 0.1.0
 */
public final class RuleEngine {

    /** Name of the global through which rules report findings. */
    public static final String FINDINGS_GLOBAL = "findings";

    private static final Logger LOG = LoggerFactory.getLogger(RuleEngine.class);
    /** What the DRL parser adds after its syntax errors; said for nothing once they are listed. */
    private static final String NULL_PACKAGE = "Parser returned a null Package";
    /** The position a parser error gives in its text ({@code [ERR 102] Line 5:24 ...}), its column 0-based. */
    private static final Pattern PARSER_POSITION = Pattern.compile("^\\[ERR \\d+] Line (\\d+):(\\d+)");

    /** Engines compiled in this JVM, by the content hash of their rule files; the most recent few. */
    private static final Map<String, RuleEngine> CACHE = Collections.synchronizedMap(
            new LinkedHashMap<>(16, 0.75f, true) {
                @Override
                protected boolean removeEldestEntry(Map.Entry<String, RuleEngine> eldest) {
                    return size() > 8;
                }
            });

    private final KieBase kieBase;
    /** Working memories reused from one evaluation to the next (reset in between), not built anew each time. */
    private final KieSessionsPool sessions;
    private final List<RuleMetadata> rules;
    private final boolean usesFindings;
    private final Map<Rule, RuleMetadata> metadataByRule = new ConcurrentHashMap<>();
    private boolean precompiled;

    private RuleEngine(KieBase kieBase, List<RuleMetadata> rules, boolean usesFindings) {
        this.kieBase = kieBase;
        this.sessions = kieBase instanceof InternalKnowledgeBase internal
                ? internal.newKieSessionsPool(Math.max(2, Runtime.getRuntime().availableProcessors())) : null;
        this.rules = List.copyOf(rules);
        this.usesFindings = usesFindings;
    }

    /**
     * Compiles DRL files and decision tables ({@code .xlsx}, {@code .csv}, compiled to DRL first), or finds
     * them already compiled: rule files with the same content as a rule set compiled earlier in this JVM
     * share its engine, and rule files precompiled at build time into the executable model (the default
     * rules) are loaded without compiling DRL. Which files, not where they came from, decides: an edited
     * copy of the defaults is compiled. Other resources are ignored.
     *
     * @throws RuleBuildException with every compile and metadata problem found, each at its file, line
     *                            and column (a decision table's at its row and column)
     */
    public static RuleEngine compile(List<RuleSet.Resource> files) {
        List<RuleSet.Resource> ruleFiles = files.stream().filter(f -> f.isRules() || f.isDecisionTable()).toList();
        String hash = PrecompiledRules.hash(ruleFiles);
        RuleEngine cached = CACHE.get(hash);
        if (cached != null) {
            LOG.debug("Rules {} already compiled in this JVM", hash);
            return cached;
        }
        long started = System.nanoTime();
        Optional<KieBase> precompiled = PrecompiledRules.load(hash, classLoader());
        RuleEngine engine;
        if (precompiled.isPresent()) {
            engine = fromKieBase(precompiled.get(), Sources.of(List.of()));
            engine.precompiled = true;
            LOG.debug("Loaded {} precompiled rules in {} ms", engine.rules.size(), (System.nanoTime() - started) / 1_000_000);
        } else {
            Sources sources = Sources.of(ruleFiles);
            KieServices services = KieServices.Factory.get();
            ReleaseId releaseId = services.newReleaseId("io.poerules.generated", "rules-" + UUID.randomUUID(), "1.0.0");
            build(services, releaseId, sources, null);
            KieContainer container = services.newKieContainer(releaseId);
            KieBase kieBase = container.getKieBase();
            services.getRepository().removeKieModule(releaseId);
            engine = fromKieBase(kieBase, sources);
            LOG.debug("Compiled {} rules in {} ms", engine.rules.size(), (System.nanoTime() - started) / 1_000_000);
        }
        CACHE.put(hash, engine);
        return engine;
    }

    /**
     * Compiles rule files into Drools' executable model, for {@link RulePrecompiler}: the files of the
     * module built, by name (generated classes among them).
     *
     * @throws RuleBuildException with every compile problem found
     */
    static Map<String, byte[]> precompile(List<RuleSet.Resource> ruleFiles) {
        KieServices services = KieServices.Factory.get();
        ReleaseId releaseId = PrecompiledRules.releaseId(services, PrecompiledRules.hash(ruleFiles));
        KieBuilder builder = build(services, releaseId, Sources.of(ruleFiles), ExecutableModelProject.class);
        InternalKieModule module = (InternalKieModule) builder.getKieModule();
        Map<String, byte[]> built = new TreeMap<>();
        for (String name : module.getFileNames()) {
            byte[] bytes = module.getBytes(name);
            if (bytes != null) {
                built.put(name, bytes);
            }
        }
        services.getRepository().removeKieModule(releaseId);
        return built;
    }

    /**
     * The rule files as DRL (decision tables compiled to it), with where each came from and the problems
     * found before compiling: a decision table that does not compile, and the metadata of each rule as
     * written.
     */
    private record Sources(Map<String, String> drlByKiePath, Map<String, String> originByPath,
                           Map<String, String> generatedByOrigin, Map<String, String> descriptions,
                           List<RuleProblem> problems) {

        private static final Pattern PACKAGE = Pattern.compile("(?m)^\\s*package\\s+([\\w.]+)\\s*;?");

        static Sources of(List<RuleSet.Resource> files) {
            Sources sources = new Sources(new LinkedHashMap<>(), new HashMap<>(), new HashMap<>(), new HashMap<>(),
                    new ArrayList<>());
            Map<String, String> ids = new HashMap<>();
            for (RuleSet.Resource file : files) {
                String drl;
                String path;
                if (file.isRules()) {
                    drl = file.content();
                    path = file.path();
                } else if (file.isDecisionTable()) {
                    DecisionTables.Compiled table = DecisionTables.compile(file);
                    if (table.problem() != null) {
                        sources.problems.add(table.problem());
                        continue;
                    }
                    drl = table.drl();
                    path = file.path() + ".drl";
                    sources.generatedByOrigin.put(file.origin(), drl);
                } else {
                    continue;
                }
                String kiePath = sources.kiePath(path, drl);
                sources.drlByKiePath.put(kiePath, drl);
                sources.originByPath.put(kiePath, file.origin());
                sources.originByPath.put(kiePath.substring("src/main/resources/".length()), file.origin());
                sources.originByPath.put(path, file.origin());
                for (DrlRules.Declared rule : checkMetadata(file.origin(), drl,
                        sources.generatedByOrigin.containsKey(file.origin()), ids, sources.problems)) {
                    if (rule.id() != null && rule.metadata().get(RuleMetadata.DESCRIPTION) != null) {
                        sources.descriptions.put(rule.id(), rule.metadata().get(RuleMetadata.DESCRIPTION));
                    }
                }
            }
            return sources;
        }

        /**
         * Where a file goes in the kie file system: in the folder of its DRL package (Drools warns about a
         * file whose folder and package differ), unless another file already has that name there.
         */
        private String kiePath(String path, String drl) {
            Matcher pkg = PACKAGE.matcher(drl);
            String name = path.substring(path.lastIndexOf('/') + 1);
            if (pkg.find()) {
                String candidate = "src/main/resources/" + pkg.group(1).replace('.', '/') + "/" + name;
                if (!drlByKiePath.containsKey(candidate)) {
                    return candidate;
                }
            }
            return "src/main/resources/" + path;
        }
    }

    /** Writes the sources into a kie file system and builds them; throws with every problem found. */
    private static KieBuilder build(KieServices services, ReleaseId releaseId, Sources sources,
                                    Class<? extends KieBuilder.ProjectType> project) {
        KieFileSystem kfs = services.newKieFileSystem();
        kfs.generateAndWritePomXML(releaseId);
        sources.drlByKiePath().forEach(kfs::write);
        KieBuilder builder = services.newKieBuilder(kfs);
        builder = project == null ? builder.buildAll() : builder.buildAll(project);
        List<RuleProblem> problems = new ArrayList<>(sources.problems());
        List<Message> errors = builder.getResults().getMessages(Message.Level.ERROR);
        for (Message m : errors) {
            String origin = m.getPath() == null ? "(rules)" : sources.originByPath().getOrDefault(m.getPath(), m.getPath());
            int line = Math.max(m.getLine(), 0);
            int column = Math.max(m.getColumn(), 0);
            String text = m.getText().strip();
            if (text.equals(NULL_PACKAGE) && errors.stream().anyMatch(o -> o != m && Objects.equals(o.getPath(), m.getPath()))) {
                continue;
            }
            Matcher at = PARSER_POSITION.matcher(text);
            if (column == 0 && at.find() && Integer.parseInt(at.group(1)) == line) {
                column = Integer.parseInt(at.group(2)) + 1;
            }
            String generated = sources.generatedByOrigin().get(origin);
            if (generated != null) {
                int[] cell = DecisionTables.cellOf(generated, line);
                text = text + " (in the DRL generated from the table, line " + line + ")";
                line = cell[0];
                column = cell[1];
            }
            problems.add(new RuleProblem(origin, line, column, text));
        }
        if (!problems.isEmpty()) {
            throw new RuleBuildException(problems);
        }
        return builder;
    }

    /** Reads and checks the metadata of every rule of a built KieBase. */
    private static RuleEngine fromKieBase(KieBase kieBase, Sources sources) {
        List<RuleProblem> problems = new ArrayList<>();
        List<RuleMetadata> metadata = new ArrayList<>();
        boolean usesFindings = false;
        for (KiePackage pkg : kieBase.getKiePackages()) {
            usesFindings |= pkg.getGlobalVariables().stream().anyMatch(g -> g.getName().equals(FINDINGS_GLOBAL));
            for (Rule rule : pkg.getRules()) {
                String problem = RuleMetadata.validate(rule);
                if (problem != null) {
                    problems.add(new RuleProblem(sourceOf(rule, sources.originByPath()), 0, 0, problem));
                    continue;
                }
                RuleMetadata meta = RuleMetadata.of(rule);
                if (meta.description() == null && sources.descriptions().containsKey(meta.id())) {
                    meta = new RuleMetadata(meta.id(), meta.requirement(), meta.severity(),
                            sources.descriptions().get(meta.id()), meta.documentTypes(), meta.program(), meta.name());
                }
                metadata.add(meta);
            }
        }
        if (!problems.isEmpty()) {
            throw new RuleBuildException(problems);
        }
        metadata.sort(Comparator.comparing(RuleMetadata::id));
        return new RuleEngine(kieBase, metadata, usesFindings);
    }

    private static ClassLoader classLoader() {
        ClassLoader context = Thread.currentThread().getContextClassLoader();
        return context != null ? context : RuleEngine.class.getClassLoader();
    }

    /**
     * Checks the metadata of each rule as written, so that problems point at the rule's line even when
     * the rules do not compile: an {@code @id}, unique over the rule set; a {@code @requirement} when
     * the rule reports findings; known values.
     */
    private static List<DrlRules.Declared> checkMetadata(String origin, String drl, boolean table,
                                                         Map<String, String> ids, List<RuleProblem> problems) {
        List<DrlRules.Declared> declared = DrlRules.of(drl);
        for (DrlRules.Declared rule : declared) {
            int line = rule.line();
            int column = rule.column();
            if (table) {
                int[] cell = DecisionTables.cellOf(drl, rule.line());
                line = cell[0];
                column = cell[1];
            }
            String where = origin + ":" + line;
            if (rule.id() == null) {
                problems.add(new RuleProblem(origin, line, column, "rule \"" + rule.name() + "\" has no @id"));
            } else {
                String previous = ids.putIfAbsent(rule.id(), where);
                if (previous != null) {
                    problems.add(new RuleProblem(origin, line, column, "rule \"" + rule.name() + "\" repeats @id "
                            + rule.id() + ", already used at " + previous));
                }
            }
            if (rule.reportsFindings() && rule.requirement() == null) {
                problems.add(new RuleProblem(origin, line, column, "rule \"" + rule.name()
                        + "\" reports findings but has no @requirement"));
            }
            String values = RuleMetadata.validateValues(rule.name(), rule.metadata());
            if (values != null) {
                problems.add(new RuleProblem(origin, line, column, values));
            }
        }
        return declared;
    }

    private static String sourceOf(Rule rule, Map<String, String> originByPath) {
        if (rule instanceof RuleImpl impl && impl.getResource() != null && impl.getResource().getSourcePath() != null) {
            String path = impl.getResource().getSourcePath();
            return originByPath.getOrDefault(path, path);
        }
        return rule.getPackageName() + "." + rule.getName();
    }

    /**
     * Whether the rules were loaded from the executable model precompiled at build time, rather than
     * compiled from DRL in this JVM.
     *
     * @since 0.1.0
     */
    public boolean isPrecompiled() {
        return precompiled;
    }

    /** The metadata of a rule of this engine, read once per rule. */
    private RuleMetadata metadataOf(Rule rule) {
        return metadataByRule.computeIfAbsent(rule, RuleMetadata::of);
    }

    /** Metadata of every compiled rule. */
    public List<RuleMetadata> rules() {
        return rules;
    }

    /**
     * What one evaluation did, for explaining it: the findings, every rule that fired with the facts it
     * matched, and every fact in the session at the end (those the rules derived included).
     *
     * @param findings the findings, in firing order
     * @param fired    the rules that fired, in order
     * @param facts    the facts in the session when the rules were done
     */
    public record Trace(List<Finding> findings, List<Firing> fired, List<Object> facts) {
    }

    /**
     * One rule firing.
     *
     * @param ruleId the rule's {@code @id} (its name when it has none)
     * @param rule   the rule's name
     * @param facts  the facts it matched (Drools' internal initial fact, which rules without a fact pattern
     *               match, left out)
     */
    public record Firing(String ruleId, String rule, List<Object> facts) {
    }

    /**
     * Runs all rules over the facts, as {@link #evaluate(Collection)} does, in a session that records
     * which rules fire on which facts. Slower; meant for {@code poe explain}.
     */
    public Trace trace(Collection<?> facts) {
        KieSession session = kieBase.newKieSession();
        try {
            Findings findings = new Findings(this::metadataOf);
            if (usesFindings) {
                session.setGlobal(FINDINGS_GLOBAL, findings);
            }
            List<Firing> fired = new ArrayList<>();
            session.addEventListener(new DefaultAgendaEventListener() {
                @Override
                public void afterMatchFired(AfterMatchFiredEvent event) {
                    Rule rule = event.getMatch().getRule();
                    Object id = rule.getMetaData().get(RuleMetadata.ID);
                    fired.add(new Firing(id == null ? rule.getName() : RuleMetadata.text(id), rule.getName(),
                            event.getMatch().getObjects().stream()
                                    .filter(o -> o != null && !(o instanceof InitialFact)).toList()));
                }
            });
            facts.forEach(session::insert);
            session.fireAllRules();
            return new Trace(findings.all(), fired, List.copyOf(session.getObjects()));
        } finally {
            session.dispose();
        }
    }

    /** Runs all rules over the facts in a fresh session and returns the findings, in firing order. */
    public List<Finding> evaluate(Collection<?> facts) {
        StatelessKieSession session = sessions != null ? sessions.newStatelessKieSession()
                : kieBase.newStatelessKieSession();
        Findings findings = new Findings(this::metadataOf);
        if (usesFindings) {
            session.setGlobal(FINDINGS_GLOBAL, findings);
        }
        session.execute(facts);
        return findings.all();
    }
}
