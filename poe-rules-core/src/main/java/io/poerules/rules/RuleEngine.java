package io.poerules.rules;

import io.poerules.api.Finding;
import io.poerules.api.RuleBuildException;
import io.poerules.api.RuleProblem;
import io.poerules.api.RuleSet;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.UUID;
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
import org.kie.api.runtime.KieContainer;
import org.kie.api.runtime.KieSessionsPool;
import org.kie.api.runtime.StatelessKieSession;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The DRL rules compiled once into a {@link KieBase}, shared by all threads; each evaluation runs in a
 * fresh stateless session.
 *
 * @since 0.1.0
 */
public final class RuleEngine {

    /** Name of the global through which rules report findings. */
    public static final String FINDINGS_GLOBAL = "findings";

    private static final Logger LOG = LoggerFactory.getLogger(RuleEngine.class);

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
    private boolean precompiled;

    private RuleEngine(KieBase kieBase, List<RuleMetadata> rules, boolean usesFindings) {
        this.kieBase = kieBase;
        this.sessions = kieBase instanceof InternalKnowledgeBase internal
                ? internal.newKieSessionsPool(Math.max(2, Runtime.getRuntime().availableProcessors())) : null;
        this.rules = List.copyOf(rules);
        this.usesFindings = usesFindings;
    }

    /**
     * Compiles DRL files, or finds them already compiled: rule files with the same content as a rule set
     * compiled earlier in this JVM share its engine, and rule files precompiled at build time into the
     * executable model (the default rules) are loaded without compiling DRL. Which files, not where they
     * came from, decides: an edited copy of the defaults is compiled.
     *
     * @throws RuleBuildException with every compile and metadata problem found
     */
    public static RuleEngine compile(List<RuleSet.Resource> drlFiles) {
        String hash = PrecompiledRules.hash(drlFiles);
        RuleEngine cached = CACHE.get(hash);
        if (cached != null) {
            LOG.debug("Rules {} already compiled in this JVM", hash);
            return cached;
        }
        long started = System.nanoTime();
        Map<String, String> originByPath = origins(drlFiles);
        Optional<KieBase> precompiled = PrecompiledRules.load(hash, classLoader());
        RuleEngine engine;
        if (precompiled.isPresent()) {
            engine = fromKieBase(precompiled.get(), originByPath);
            engine.precompiled = true;
            LOG.debug("Loaded {} precompiled rules in {} ms", engine.rules.size(), (System.nanoTime() - started) / 1_000_000);
        } else {
            KieServices services = KieServices.Factory.get();
            ReleaseId releaseId = services.newReleaseId("io.poerules.generated", "rules-" + UUID.randomUUID(), "1.0.0");
            build(services, releaseId, drlFiles, originByPath, null);
            KieContainer container = services.newKieContainer(releaseId);
            KieBase kieBase = container.getKieBase();
            services.getRepository().removeKieModule(releaseId);
            engine = fromKieBase(kieBase, originByPath);
            LOG.debug("Compiled {} rules in {} ms", engine.rules.size(), (System.nanoTime() - started) / 1_000_000);
        }
        CACHE.put(hash, engine);
        return engine;
    }

    /**
     * Compiles DRL files into Drools' executable model, for {@link RulePrecompiler}: the files of the
     * module built, by name (generated classes among them).
     *
     * @throws RuleBuildException with every compile problem found
     */
    static Map<String, byte[]> precompile(List<RuleSet.Resource> drlFiles) {
        KieServices services = KieServices.Factory.get();
        ReleaseId releaseId = PrecompiledRules.releaseId(services, PrecompiledRules.hash(drlFiles));
        KieBuilder builder = build(services, releaseId, drlFiles, origins(drlFiles), ExecutableModelProject.class);
        InternalKieModule module = (InternalKieModule) builder.getKieModule();
        Map<String, byte[]> files = new TreeMap<>();
        for (String name : module.getFileNames()) {
            byte[] bytes = module.getBytes(name);
            if (bytes != null) {
                files.put(name, bytes);
            }
        }
        services.getRepository().removeKieModule(releaseId);
        return files;
    }

    private static Map<String, String> origins(List<RuleSet.Resource> drlFiles) {
        Map<String, String> originByPath = new HashMap<>();
        for (RuleSet.Resource drl : drlFiles) {
            originByPath.put("src/main/resources/" + drl.path(), drl.origin());
            originByPath.put(drl.path(), drl.origin());
        }
        return originByPath;
    }

    /** Writes the files into a kie file system and builds them; throws with every compile error. */
    private static KieBuilder build(KieServices services, ReleaseId releaseId, List<RuleSet.Resource> drlFiles,
                                    Map<String, String> originByPath, Class<? extends KieBuilder.ProjectType> project) {
        KieFileSystem kfs = services.newKieFileSystem();
        kfs.generateAndWritePomXML(releaseId);
        for (RuleSet.Resource drl : drlFiles) {
            kfs.write("src/main/resources/" + drl.path(), drl.content());
        }
        KieBuilder builder = services.newKieBuilder(kfs);
        builder = project == null ? builder.buildAll() : builder.buildAll(project);
        List<RuleProblem> problems = new ArrayList<>();
        for (Message m : builder.getResults().getMessages(Message.Level.ERROR)) {
            String origin = m.getPath() == null ? "(rules)" : originByPath.getOrDefault(m.getPath(), m.getPath());
            problems.add(new RuleProblem(origin, Math.max(m.getLine(), 0), Math.max(m.getColumn(), 0),
                    m.getText().strip()));
        }
        if (!problems.isEmpty()) {
            throw new RuleBuildException(problems);
        }
        return builder;
    }

    /** Reads and checks the metadata of every rule of a built KieBase. */
    private static RuleEngine fromKieBase(KieBase kieBase, Map<String, String> originByPath) {
        List<RuleProblem> problems = new ArrayList<>();
        List<RuleMetadata> metadata = new ArrayList<>();
        Map<String, String> ids = new HashMap<>();
        boolean usesFindings = false;
        for (KiePackage pkg : kieBase.getKiePackages()) {
            usesFindings |= pkg.getGlobalVariables().stream().anyMatch(g -> g.getName().equals(FINDINGS_GLOBAL));
            for (Rule rule : pkg.getRules()) {
                String where = sourceOf(rule, originByPath);
                String problem = RuleMetadata.validate(rule);
                if (problem != null) {
                    problems.add(new RuleProblem(where, 0, 0, problem));
                    continue;
                }
                RuleMetadata meta = RuleMetadata.of(rule);
                String previous = ids.putIfAbsent(meta.id(), where);
                if (previous != null) {
                    problems.add(new RuleProblem(where, 0, 0, "rule \"" + rule.getName() + "\" repeats @id "
                            + meta.id() + ", already used in " + previous));
                }
                metadata.add(meta);
            }
        }
        if (!problems.isEmpty()) {
            throw new RuleBuildException(problems);
        }
        return new RuleEngine(kieBase, metadata, usesFindings);
    }

    private static ClassLoader classLoader() {
        ClassLoader context = Thread.currentThread().getContextClassLoader();
        return context != null ? context : RuleEngine.class.getClassLoader();
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

    /** Metadata of every compiled rule. */
    public List<RuleMetadata> rules() {
        return rules;
    }

    /** Runs all rules over the facts in a fresh session and returns the findings, in firing order. */
    public List<Finding> evaluate(Collection<?> facts) {
        StatelessKieSession session = sessions != null ? sessions.newStatelessKieSession()
                : kieBase.newStatelessKieSession();
        Findings findings = new Findings();
        if (usesFindings) {
            session.setGlobal(FINDINGS_GLOBAL, findings);
        }
        session.execute(facts);
        return findings.all();
    }
}
