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

    private final KieBase kieBase;
    private final List<RuleMetadata> rules;
    private final boolean usesFindings;

    private RuleEngine(KieBase kieBase, List<RuleMetadata> rules, boolean usesFindings) {
        this.kieBase = kieBase;
        this.rules = List.copyOf(rules);
        this.usesFindings = usesFindings;
    }

    /**
     * Compiles DRL files.
     *
     * @throws RuleBuildException with every compile and metadata problem found
     */
    public static RuleEngine compile(List<RuleSet.Resource> drlFiles) {
        long started = System.nanoTime();
        KieServices services = KieServices.Factory.get();
        KieFileSystem kfs = services.newKieFileSystem();
        ReleaseId releaseId = services.newReleaseId("io.poerules.generated", "rules-" + UUID.randomUUID(), "1.0.0");
        kfs.generateAndWritePomXML(releaseId);
        Map<String, String> originByPath = new HashMap<>();
        for (RuleSet.Resource drl : drlFiles) {
            String path = "src/main/resources/" + drl.path();
            originByPath.put(path, drl.origin());
            originByPath.put(drl.path(), drl.origin());
            kfs.write(path, drl.content());
        }
        KieBuilder builder = services.newKieBuilder(kfs).buildAll();
        List<RuleProblem> problems = new ArrayList<>();
        for (Message m : builder.getResults().getMessages(Message.Level.ERROR)) {
            String origin = m.getPath() == null ? "(rules)" : originByPath.getOrDefault(m.getPath(), m.getPath());
            problems.add(new RuleProblem(origin, Math.max(m.getLine(), 0), Math.max(m.getColumn(), 0),
                    m.getText().strip()));
        }
        if (!problems.isEmpty()) {
            throw new RuleBuildException(problems);
        }
        KieContainer container = services.newKieContainer(releaseId);
        KieBase kieBase = container.getKieBase();
        services.getRepository().removeKieModule(releaseId);

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
        LOG.debug("Compiled {} rules in {} ms", metadata.size(), (System.nanoTime() - started) / 1_000_000);
        return new RuleEngine(kieBase, metadata, usesFindings);
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
