package io.poerules.rules;

import io.poerules.api.Finding;
import io.poerules.api.RuleBuildException;
import io.poerules.api.RuleProblem;
import io.poerules.api.RuleSet;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.drools.base.definitions.rule.impl.RuleImpl;
import org.kie.api.KieBase;
import org.kie.api.KieServices;
import org.kie.api.builder.KieBuilder;
import org.kie.api.builder.KieFileSystem;
import org.kie.api.builder.Message;
import org.kie.api.builder.ReleaseId;
import org.kie.api.definition.KiePackage;
import org.kie.api.definition.rule.Rule;
import org.kie.api.runtime.KieContainer;
import org.kie.api.event.rule.AfterMatchFiredEvent;
import org.kie.api.event.rule.DefaultAgendaEventListener;
import org.kie.api.runtime.KieSession;
import org.kie.api.runtime.StatelessKieSession;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The DRL rules and decision tables compiled once into a {@link KieBase}, shared by all threads; each evaluation runs in a
 * fresh stateless session.
 *
 * @since 0.1.0
 */
public final class RuleEngine {

    /** Name of the global through which rules report findings. */
    public static final String FINDINGS_GLOBAL = "findings";

    private static final Logger LOG = LoggerFactory.getLogger(RuleEngine.class);

    private final KieBase kieBase;
    private final List<RuleMetadata> rules;
    private final boolean usesFindings;

    private RuleEngine(KieBase kieBase, List<RuleMetadata> rules, boolean usesFindings) {
        this.kieBase = kieBase;
        this.rules = List.copyOf(rules);
        this.usesFindings = usesFindings;
    }

    /**
     * Compiles DRL files and decision tables ({@code .xlsx}, {@code .csv}, compiled to DRL first);
     * other resources are ignored.
     *
     * @throws RuleBuildException with every compile and metadata problem found, each at its file, line
     *                            and column (a decision table's at its row and column)
     */
    public static RuleEngine compile(List<RuleSet.Resource> files) {
        long started = System.nanoTime();
        KieServices services = KieServices.Factory.get();
        KieFileSystem kfs = services.newKieFileSystem();
        ReleaseId releaseId = services.newReleaseId("io.poerules.generated", "rules-" + UUID.randomUUID(), "1.0.0");
        kfs.generateAndWritePomXML(releaseId);
        Map<String, String> originByPath = new HashMap<>();
        Map<String, String> generatedByOrigin = new HashMap<>();
        List<RuleProblem> problems = new ArrayList<>();
        Map<String, String> ids = new HashMap<>();
        // Drools keeps @description out of a compiled rule's metadata: it is read from the text instead.
        Map<String, String> descriptions = new HashMap<>();
        for (RuleSet.Resource file : files) {
            String drl;
            String path;
            if (file.isRules()) {
                drl = file.content();
                path = file.path();
            } else if (file.isDecisionTable()) {
                DecisionTables.Compiled table = DecisionTables.compile(file);
                if (table.problem() != null) {
                    problems.add(table.problem());
                    continue;
                }
                drl = table.drl();
                path = file.path() + ".drl";
                generatedByOrigin.put(file.origin(), drl);
            } else {
                continue;
            }
            originByPath.put("src/main/resources/" + path, file.origin());
            originByPath.put(path, file.origin());
            kfs.write("src/main/resources/" + path, drl);
            for (DrlRules.Declared rule : checkMetadata(file.origin(), drl, generatedByOrigin.containsKey(file.origin()),
                    ids, problems)) {
                if (rule.id() != null && rule.metadata().get(RuleMetadata.DESCRIPTION) != null) {
                    descriptions.put(rule.id(), rule.metadata().get(RuleMetadata.DESCRIPTION));
                }
            }
        }
        KieBuilder builder = services.newKieBuilder(kfs).buildAll();
        for (Message m : builder.getResults().getMessages(Message.Level.ERROR)) {
            String origin = m.getPath() == null ? "(rules)" : originByPath.getOrDefault(m.getPath(), m.getPath());
            int line = Math.max(m.getLine(), 0);
            int column = Math.max(m.getColumn(), 0);
            String text = m.getText().strip();
            String generated = generatedByOrigin.get(origin);
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
        KieContainer container = services.newKieContainer(releaseId);
        KieBase kieBase = container.getKieBase();
        services.getRepository().removeKieModule(releaseId);

        List<RuleMetadata> metadata = new ArrayList<>();
        boolean usesFindings = false;
        for (KiePackage pkg : kieBase.getKiePackages()) {
            usesFindings |= pkg.getGlobalVariables().stream().anyMatch(g -> g.getName().equals(FINDINGS_GLOBAL));
            for (Rule rule : pkg.getRules()) {
                String problem = RuleMetadata.validate(rule);
                if (problem != null) {
                    problems.add(new RuleProblem(sourceOf(rule, originByPath), 0, 0, problem));
                    continue;
                }
                RuleMetadata meta = RuleMetadata.of(rule);
                if (meta.description() == null && descriptions.containsKey(meta.id())) {
                    meta = new RuleMetadata(meta.id(), meta.requirement(), meta.severity(), descriptions.get(meta.id()),
                            meta.documentTypes(), meta.program(), meta.name());
                }
                metadata.add(meta);
            }
        }
        if (!problems.isEmpty()) {
            throw new RuleBuildException(problems);
        }
        metadata.sort(java.util.Comparator.comparing(RuleMetadata::id));
        LOG.debug("Compiled {} rules in {} ms", metadata.size(), (System.nanoTime() - started) / 1_000_000);
        return new RuleEngine(kieBase, metadata, usesFindings);
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
     * @param facts  the facts it matched
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
            Findings findings = new Findings();
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
                            event.getMatch().getObjects().stream().filter(java.util.Objects::nonNull).toList()));
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
        StatelessKieSession session = kieBase.newStatelessKieSession();
        Findings findings = new Findings();
        if (usesFindings) {
            session.setGlobal(FINDINGS_GLOBAL, findings);
        }
        session.execute(facts);
        return findings.all();
    }
}
