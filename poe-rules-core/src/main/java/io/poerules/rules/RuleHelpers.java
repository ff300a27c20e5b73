package io.poerules.rules;

import io.poerules.api.Claim;
import io.poerules.api.DocumentType;
import io.poerules.fact.ClaimedWorkload;
import io.poerules.fact.CustomerAcknowledgement;
import io.poerules.fact.DocumentKind;
import io.poerules.fact.DocumentTypePolicy;
import io.poerules.fact.Evidence;
import io.poerules.fact.Fact;
import io.poerules.fact.Identifier;
import io.poerules.fact.PartnerRole;
import io.poerules.fact.Party;
import io.poerules.fact.Product;
import io.poerules.fact.ProofDocument;
import io.poerules.fact.ServiceDetailMinimum;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Static helpers for DRL conditions and reasons: date windows and readable lists of facts. Import
 * with {@code import io.poerules.rules.RuleHelpers;} and call as {@code RuleHelpers.within(...)}.
 *
 * @since 0.1.0
 */
public final class RuleHelpers {

    private static final int MAX_LISTED = 5;
    private static final Comparator<Object> IN_TEXT_ORDER = Comparator
            .comparing((Object fact) -> fact instanceof Fact f && f.evidence() != null && f.evidence().source() != null
                    ? f.evidence().source() : "")
            .thenComparingInt(fact -> fact instanceof Fact f && f.evidence() != null ? f.evidence().start()
                    : Integer.MAX_VALUE);
    private static final Pattern NOT_A_WORD = Pattern.compile("[^\\p{L}\\p{N}]+");
    /** Legal forms and articles, left out when names of organisations are compared. */
    private static final Set<String> LEGAL_FORMS = Set.of("the", "ltd", "limited", "inc", "incorporated", "llc", "llp",
            "lp", "plc", "gmbh", "ag", "kg", "corp", "corporation", "co", "company", "pty", "sa", "sas", "sarl", "bv",
            "nv", "srl", "spa", "ab", "as", "oy");

    private RuleHelpers() {
    }

    /** Whether {@code date} lies in the {@code months} before {@code reference}, the reference day included. */
    public static boolean within(LocalDate date, LocalDate reference, int months) {
        return date != null && !date.isBefore(reference.minusMonths(months)) && !date.isAfter(reference);
    }

    /**
     * The service detail a session's documents must describe together: the threshold of their document
     * types' {@link DocumentTypePolicy} (with several types, the lowest); without a policy for any of
     * them, the policy of {@link DocumentType#UNKNOWN}; {@code null} when there is no policy at all.
     *
     * @param policies the {@link DocumentTypePolicy} facts
     * @param kinds    the {@link DocumentKind} facts
     */
    public static ServiceDetailMinimum serviceDetailMinimum(Collection<?> policies, Collection<?> kinds) {
        Set<DocumentType> types = new HashSet<>();
        kinds.stream().filter(DocumentKind.class::isInstance).map(k -> ((DocumentKind) k).type()).forEach(types::add);
        List<DocumentTypePolicy> all = policies.stream().filter(DocumentTypePolicy.class::isInstance)
                .map(DocumentTypePolicy.class::cast).toList();
        Comparator<DocumentTypePolicy> lowest = Comparator.comparingInt(DocumentTypePolicy::minActivities)
                .thenComparingInt(DocumentTypePolicy::minDeliverables).thenComparing(DocumentTypePolicy::type);
        Optional<DocumentTypePolicy> policy = all.stream().filter(p -> types.contains(p.type())).min(lowest)
                .or(() -> all.stream().filter(p -> p.type() == DocumentType.UNKNOWN).findFirst());
        return policy.map(p -> new ServiceDetailMinimum(p.minActivities(), p.minDeliverables(), kind(p.type())))
                .orElse(null);
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
            if (fact instanceof ClaimedWorkload w) {
                return w.name();
            }
            if (fact instanceof Identifier i) {
                return i.value();
            }
            if (fact instanceof DocumentKind k) {
                return kind(k.type());
            }
            if (fact instanceof ProofDocument p) {
                return kind(p.type());
            }
            return String.valueOf(fact);
        });
    }

    /**
     * As {@link #names(Collection)}, each name followed by the documents that name it:
     * "Northwind Traders (sow.pdf), Contoso Ltd (approval.eml, po.xlsx)". For reasons that set the
     * documents of an engagement against each other.
     */
    public static String namesWithDocuments(Collection<?> facts) {
        Map<String, Set<String>> documents = new LinkedHashMap<>();
        facts.stream().sorted(IN_TEXT_ORDER).forEach(fact -> {
            String name = names(List.of(fact));
            Set<String> in = documents.computeIfAbsent(name, k -> new LinkedHashSet<>());
            if (fact instanceof Fact f && f.evidence() != null && f.evidence().source() != null) {
                in.add(document(f.evidence()));
            }
        });
        List<String> out = new ArrayList<>();
        documents.forEach((name, in) -> out.add(in.isEmpty() ? name : name + " (" + String.join(", ", in) + ")"));
        String listed = out.stream().limit(MAX_LISTED).collect(Collectors.joining(", "));
        return out.size() > MAX_LISTED ? listed + " and " + (out.size() - MAX_LISTED) + " more" : listed;
    }

    /** The file names of the documents the facts come from, comma-separated, in order; "" when none says. */
    public static String documents(Collection<?> facts) {
        return facts.stream().sorted(IN_TEXT_ORDER)
                .map(f -> f instanceof Fact fact ? document(fact.evidence()) : null).filter(Objects::nonNull)
                .distinct().collect(Collectors.joining(", "));
    }

    /** The file name of the document evidence comes from, or {@code null} when it does not say. */
    public static String document(Evidence evidence) {
        if (evidence == null || evidence.source() == null) {
            return null;
        }
        String source = evidence.source();
        int slash = Math.max(source.lastIndexOf('/'), source.lastIndexOf('\\'));
        return slash >= 0 && slash < source.length() - 1 ? source.substring(slash + 1) : source;
    }

    /** A document kind in words: "statement of work", "purchase order", "partner-customer email". */
    public static String kind(DocumentType type) {
        return switch (type) {
            case EMAIL -> "partner-customer email";
            case PROOF_OF_CONCEPT_REPORT -> "proof-of-concept report";
            case MASTER_SERVICE_AGREEMENT -> "master service agreement";
            case OTHER_CONTRACT -> "contract";
            default -> type.name().toLowerCase(Locale.ROOT).replace('_', ' ');
        };
    }

    /**
     * Whether a party is the claim's customer: named by the claim's customer name or one of its aliases,
     * or with one of the customer's email domains. See {@link #sameOrganisation(String, String)}.
     */
    public static boolean isClaimCustomer(Party party, Claim claim) {
        return matches(party, claim.customerName(), claim.customerAliases(), claim.customerDomains());
    }

    /** Whether a party is the claim's partner: by the partner's name or one of its email domains. */
    public static boolean isClaimPartner(Party party, Claim claim) {
        return matches(party, claim.partnerName(), List.of(), claim.partnerDomains());
    }

    /**
     * Whether a customer party is some other organisation than the claim's customer (or its partner).
     * A party known only by an email domain is judged only when the claim lists the customer's domains.
     */
    public static boolean isOtherCustomer(Party party, Claim claim) {
        return !isClaimCustomer(party, claim) && !isClaimPartner(party, claim)
                && judgeable(party, claim.customerDomains());
    }

    /** Whether a partner party is some other organisation than the claim's partner (or its customer). */
    public static boolean isOtherPartner(Party party, Claim claim) {
        return !isClaimPartner(party, claim) && !isClaimCustomer(party, claim)
                && judgeable(party, claim.partnerDomains());
    }

    /**
     * Whether two names stand for the same organisation. Case, punctuation, legal forms ("Ltd", "Inc.",
     * "GmbH") and articles are left out; then the names are the same when one's words begin the other's
     * ("Contoso" and "Contoso Pharmaceuticals Ltd", "Wingtip Toys Inc., Accounts Payable" and "Wingtip
     * Toys"), or when they are the same written as one word ("Margiestravel" and "Margie's Travel").
     */
    public static boolean sameOrganisation(String a, String b) {
        List<String> x = words(a);
        List<String> y = words(b);
        if (x.isEmpty() || y.isEmpty()) {
            return false;
        }
        String joinedX = String.join("", x);
        String joinedY = String.join("", y);
        if (joinedX.equals(joinedY)) {
            return true;
        }
        List<String> shorter = x.size() <= y.size() ? x : y;
        List<String> longer = shorter == x ? y : x;
        return String.join("", shorter).length() >= 3 && longer.subList(0, shorter.size()).equals(shorter);
    }

    /** Whether an identifier is one of the Azure subscriptions the claim lists. */
    public static boolean isClaimSubscription(Identifier id, Claim claim) {
        return id.type() == io.poerules.fact.IdentifierType.SUBSCRIPTION && claim.azureSubscriptionIds().contains(id.value());
    }

    /** Whether an email domain is one of the domains, or a subdomain of one. */
    public static boolean inDomains(String domain, Collection<String> domains) {
        if (domain == null) {
            return false;
        }
        String d = domain.toLowerCase(Locale.ROOT);
        return domains.stream().anyMatch(x -> d.equals(x) || d.endsWith("." + x));
    }

    /** Whether a product named in a document is the claimed workload: the same product, or in that workload group. */
    public static boolean provides(Product product, ClaimedWorkload workload) {
        return workload.product() != null && workload.product().equalsIgnoreCase(product.name())
                || workload.name().equalsIgnoreCase(product.name())
                || workload.name().equalsIgnoreCase(product.workload());
    }

    /** Whether any of the products provides the claimed workload. */
    public static boolean isNamed(ClaimedWorkload workload, Collection<?> products) {
        return products.stream().anyMatch(p -> p instanceof Product product && provides(product, workload));
    }

    /** The products that provide any of the claimed workloads. */
    public static List<Object> providing(Collection<?> workloads, Collection<?> products) {
        return products.stream().filter(p -> p instanceof Product product && workloads.stream()
                .anyMatch(w -> w instanceof ClaimedWorkload cw && provides(product, cw))).map(p -> (Object) p).toList();
    }

    private static boolean matches(Party party, String name, List<String> aliases, List<String> domains) {
        if (inDomains(party.domain(), domains)) {
            return true;
        }
        if (party.name() == null) {
            return false;
        }
        return sameOrganisation(party.name(), name) || aliases.stream().anyMatch(a -> sameOrganisation(party.name(), a));
    }

    /** A party named only after its email domain says nothing when the claim does not list that side's domains. */
    private static boolean judgeable(Party party, List<String> domains) {
        if (party.name() == null) {
            return party.domain() != null && !domains.isEmpty();
        }
        return !domains.isEmpty() || !namedAfterDomain(party);
    }

    private static boolean namedAfterDomain(Party party) {
        if (party.domain() == null) {
            return false;
        }
        String label = party.domain().toLowerCase(Locale.ROOT).split("\\.")[0];
        return String.join("", words(party.name())).equals(NOT_A_WORD.matcher(label).replaceAll(""));
    }

    private static List<String> words(String name) {
        if (name == null) {
            return List.of();
        }
        return Arrays.stream(NOT_A_WORD.split(name.toLowerCase(Locale.ROOT).replace("&", " and ")))
                .filter(w -> !w.isEmpty() && !LEGAL_FORMS.contains(w)).toList();
    }

    private static String join(Collection<?> facts, Function<Object, String> name) {
        Set<String> names = facts.stream().sorted(IN_TEXT_ORDER).map(name).filter(Objects::nonNull)
                .collect(Collectors.toCollection(LinkedHashSet::new));
        String listed = names.stream().limit(MAX_LISTED).collect(Collectors.joining(", "));
        return names.size() > MAX_LISTED ? listed + " and " + (names.size() - MAX_LISTED) + " more" : listed;
    }
}
