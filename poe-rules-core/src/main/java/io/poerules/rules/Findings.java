package io.poerules.rules;

import io.poerules.api.Finding;
import io.poerules.api.Outcome;
import io.poerules.api.Requirement;
import io.poerules.fact.Evidence;
import io.poerules.fact.Fact;
import io.poerules.fact.RequirementPolicy;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.function.Function;
import org.kie.api.definition.rule.Rule;
import org.kie.api.runtime.ClassObjectFilter;
import org.kie.api.runtime.rule.RuleContext;

/**
 * The DRL global {@code findings}: rule consequences report their outcome through it. The
 * requirement, rule id and severity come from the firing rule's metadata, so a consequence only says
 * whether the requirement is met, why, and which facts prove it.
 *
 * <pre>{@code
 * global io.poerules.rules.Findings findings;
 *
 * rule "Customer signed"
 *     @id("ACK-SIGNED") @requirement("CUSTOMER_ACKNOWLEDGEMENT") @severity("FAIL")
 *     @description("A signed customer signature block acknowledges the work.")
 * when
 *     $s : SignatureBlock(role == PartyRole.CUSTOMER, signed)
 * then
 *     findings.met(kcontext, "Signed by the customer", $s);
 * end
 * }</pre>
 *
 * <p>Evidence arguments may be {@link Fact}s, {@link Evidence}, or collections of either. One
 * instance serves one validation; it is not thread-safe.
 *
 * @since 0.1.0
 */
public final class Findings {

    private static final Comparator<Evidence> IN_TEXT_ORDER = Comparator
            .comparing((Evidence e) -> e.source() == null ? "" : e.source())
            .thenComparing(e -> e.part() == null ? "" : e.part()).thenComparingInt(Evidence::start);

    /** Most evidence items kept per finding. */
    public static final int MAX_EVIDENCE = 10;

    private final List<Finding> collected = new ArrayList<>();
    private final Function<Rule, RuleMetadata> metadata;

    /** Findings that read each firing rule's metadata from the rule. */
    public Findings() {
        this(RuleMetadata::of);
    }

    /** Findings that take each firing rule's metadata from {@code metadata} (a cache shared by evaluations). */
    Findings(Function<Rule, RuleMetadata> metadata) {
        this.metadata = metadata;
    }

    /** The requirement is met. */
    public void met(RuleContext kcontext, String reason, Object... evidence) {
        add(kcontext, Outcome.PASS, reason, evidence);
    }

    /**
     * The requirement is not met: the outcome is the rule's {@code @severity} (FAIL unless it says WARN),
     * made WARN when a {@link RequirementPolicy} in the session says the requirement only warns.
     */
    public void notMet(RuleContext kcontext, String reason, Object... evidence) {
        RuleMetadata meta = metadata.apply(kcontext.getRule());
        Outcome outcome = meta.severity();
        if (outcome == Outcome.FAIL && meta.requirement() != null && onlyWarns(kcontext, meta.requirement())) {
            outcome = Outcome.WARN;
        }
        add(kcontext, outcome, reason, evidence);
    }

    private static boolean onlyWarns(RuleContext kcontext, Requirement requirement) {
        for (Object o : kcontext.getKieRuntime().getObjects(new ClassObjectFilter(RequirementPolicy.class))) {
            RequirementPolicy policy = (RequirementPolicy) o;
            if (policy.requirement() == requirement && policy.whenNotMet() == Outcome.WARN) {
                return true;
            }
        }
        return false;
    }

    /** The requirement is met only partly, or with low confidence: always a warning. */
    public void warn(RuleContext kcontext, String reason, Object... evidence) {
        add(kcontext, Outcome.WARN, reason, evidence);
    }

    /** The requirement does not apply to this document. */
    public void notApplicable(RuleContext kcontext, String reason) {
        add(kcontext, Outcome.NOT_APPLICABLE, reason);
    }

    /** Everything reported so far, in firing order. */
    public List<Finding> all() {
        return List.copyOf(collected);
    }

    private void add(RuleContext kcontext, Outcome outcome, String reason, Object... evidence) {
        RuleMetadata meta = metadata.apply(kcontext.getRule());
        Requirement requirement = meta.requirement();
        collected.add(new Finding(requirement, meta.id(), outcome, reason, evidenceOf(evidence)));
    }

    private static List<Evidence> evidenceOf(Object[] sources) {
        List<Evidence> out = new ArrayList<>();
        for (Object source : sources) {
            collect(source, out);
        }
        return out.size() > MAX_EVIDENCE ? out.subList(0, MAX_EVIDENCE) : out;
    }

    private static void collect(Object source, List<Evidence> out) {
        if (source instanceof Evidence e) {
            out.add(e);
        } else if (source instanceof Fact f && f.evidence() != null) {
            out.add(f.evidence());
        } else if (source instanceof Collection<?> c) {
            List<Evidence> items = new ArrayList<>();
            c.forEach(item -> collect(item, items));
            items.sort(IN_TEXT_ORDER);
            out.addAll(items);
        }
    }
}
