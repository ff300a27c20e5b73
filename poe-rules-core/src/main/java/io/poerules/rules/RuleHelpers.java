package io.poerules.rules;

import io.poerules.fact.CustomerAcknowledgement;
import io.poerules.fact.Fact;
import io.poerules.fact.Party;
import io.poerules.fact.PartnerRole;
import io.poerules.fact.Product;
import java.time.LocalDate;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Static helpers for DRL conditions and reasons: date windows and readable lists of facts. Import
 * with {@code import io.poerules.rules.RuleHelpers;} and call as {@code RuleHelpers.within(...)}.
 *
 * @since 0.1.0
 */
public final class RuleHelpers {

    private static final int MAX_LISTED = 5;
    private static final Comparator<Object> IN_TEXT_ORDER = Comparator.comparingInt(
            fact -> fact instanceof Fact f && f.evidence() != null ? f.evidence().start() : Integer.MAX_VALUE);

    private RuleHelpers() {
    }

    /** Whether {@code date} lies in the {@code months} before {@code reference}, the reference day included. */
    public static boolean within(LocalDate date, LocalDate reference, int months) {
        return date != null && !date.isBefore(reference.minusMonths(months)) && !date.isAfter(reference);
    }

    /** A count with its noun, singular or plural: {@code count(1, "deliverable")} is "1 deliverable". */
    public static String count(int n, String noun) {
        return n + " " + (n == 1 ? noun : noun.endsWith("y") ? noun.substring(0, noun.length() - 1) + "ies" : noun + "s");
    }

    /** The latest date of the acknowledgements, or {@code null} when none is dated. */
    public static LocalDate latest(Collection<?> acknowledgements) {
        return acknowledgements.stream().filter(CustomerAcknowledgement.class::isInstance)
                .map(a -> ((CustomerAcknowledgement) a).date()).filter(Objects::nonNull)
                .max(Comparator.naturalOrder()).orElse(null);
    }

    /** The distinct names of parties, products, roles or acknowledgements, comma-separated. */
    public static String names(Collection<?> facts) {
        return join(facts, fact -> {
            if (fact instanceof Party p) {
                return p.name() != null ? p.name() : p.domain();
            }
            if (fact instanceof Product p) {
                return p.name();
            }
            if (fact instanceof PartnerRole r) {
                return r.type().name().toLowerCase(Locale.ROOT).replace('_', ' ');
            }
            if (fact instanceof CustomerAcknowledgement a) {
                return a.how() + (a.by() == null ? "" : " by " + a.by());
            }
            return String.valueOf(fact);
        });
    }

    private static String join(Collection<?> facts, Function<Object, String> name) {
        Set<String> names = facts.stream().sorted(IN_TEXT_ORDER).map(name).filter(Objects::nonNull)
                .collect(Collectors.toCollection(LinkedHashSet::new));
        String listed = names.stream().limit(MAX_LISTED).collect(Collectors.joining(", "));
        return names.size() > MAX_LISTED ? listed + " and " + (names.size() - MAX_LISTED) + " more" : listed;
    }
}
