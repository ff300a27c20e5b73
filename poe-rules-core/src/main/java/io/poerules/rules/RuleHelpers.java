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
import io.poerules.fact.Organisation;
import io.poerules.fact.PartyRole;
import io.poerules.fact.RoleClaim;
import io.poerules.fact.OrganisationNames;
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
            case UNKNOWN -> "document";
            default -> type.name().toLowerCase(Locale.ROOT).replace('_', ' ');
        };
    }

    /** A document's kind in words: the name of a kind that is no accepted type ("invoice"), else its type's. */
    public static String kind(DocumentKind kind) {
        return kind.type() == DocumentType.UNKNOWN && kind.name() != null ? kind.name() : kind(kind.type());
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
        return OrganisationNames.same(a, b);
    }

    /** Whether an organisation is the claim's customer: by its name, one of its aliases or one of its domains. */
    public static boolean isClaimCustomer(Organisation organisation, Claim claim) {
        return isClaimCustomer(Party.of(organisation, PartyRole.UNKNOWN, ""), claim);
    }

    /** Whether an organisation is the claim's partner: by its name, one of its aliases or one of its domains. */
    public static boolean isClaimPartner(Organisation organisation, Claim claim) {
        return isClaimPartner(Party.of(organisation, PartyRole.UNKNOWN, ""), claim);
    }

    /**
     * Whether an organisation is the same as a party (of another document): a name or alias of one is the same as
     * one of the other's, they share an email domain, or a domain of one spells a name of the other.
     */
    public static boolean sameOrganisation(Organisation organisation, Party party) {
        List<String> names = new ArrayList<>(organisation.aliases());
        names.add(0, organisation.name());
        List<String> partyNames = new ArrayList<>(party.aliases());
        if (party.name() != null) {
            partyNames.add(0, party.name());
        }
        for (String a : names) {
            for (String b : partyNames) {
                if (OrganisationNames.same(a, b)) {
                    return true;
                }
            }
            if (party.domains().stream().anyMatch(d -> OrganisationNames.matchesDomain(a, d))) {
                return true;
            }
        }
        for (String d : organisation.domains()) {
            if (party.domains().contains(d) || partyNames.stream().anyMatch(b -> OrganisationNames.matchesDomain(b, d))) {
                return true;
            }
        }
        return false;
    }

    /** A role in words: "customer", "partner", "unknown party". */
    public static String role(PartyRole role) {
        return role == PartyRole.UNKNOWN ? "unknown party" : role.name().toLowerCase(Locale.ROOT);
    }

    /** Whether two names are one person's, without case and punctuation ("Marcus T. Oyelaran", "MARCUS T OYELARAN"). */
    public static boolean samePerson(String a, String b) {
        if (a == null || b == null) {
            return false;
        }
        String x = NOT_A_WORD.matcher(a.toLowerCase(Locale.ROOT)).replaceAll(" ").strip();
        String y = NOT_A_WORD.matcher(b.toLowerCase(Locale.ROOT)).replaceAll(" ").strip();
        return !x.isEmpty() && (x.equals(y) || x.startsWith(y + " ") || y.startsWith(x + " ")
                || withoutMiddleInitials(x).equals(withoutMiddleInitials(y)));
    }

    /** A name without the initials after its first word ("jane a doe" gives "jane doe"). */
    private static String withoutMiddleInitials(String name) {
        return name.replaceAll("(?<=\\S) \\p{L}(?= )", "");
    }

    /** The other side: the customer for the partner, the partner for the customer. */
    public static PartyRole opposite(PartyRole role) {
        return role == PartyRole.CUSTOMER ? PartyRole.PARTNER : role == PartyRole.PARTNER ? PartyRole.CUSTOMER
                : PartyRole.UNKNOWN;
    }

    /** The role that claims with the greater total weight give, or UNKNOWN when the totals are equal. */
    public static PartyRole weightiest(Collection<?> claims) {
        int customer = 0;
        int partner = 0;
        for (Object o : claims) {
            if (o instanceof RoleClaim c) {
                customer += c.role() == PartyRole.CUSTOMER ? c.weight() : 0;
                partner += c.role() == PartyRole.PARTNER ? c.weight() : 0;
            }
        }
        return customer == partner ? PartyRole.UNKNOWN : customer > partner ? PartyRole.CUSTOMER : PartyRole.PARTNER;
    }

    /**
     * Why an organisation has its role: the claims for it, heaviest first, with their weights, and those against it:
     * "customer: labelled 'Client' (10), defined as 'Customer' (10); against: on its letterhead (4)".
     */
    public static String reasons(Collection<?> claims, PartyRole role) {
        List<RoleClaim> all = claims.stream().filter(RoleClaim.class::isInstance).map(RoleClaim.class::cast)
                .sorted(Comparator.comparingInt(RoleClaim::weight).reversed()).toList();
        String pro = all.stream().filter(c -> c.role() == role).map(c -> c.reason() + " (" + c.weight() + ")")
                .distinct().collect(Collectors.joining(", "));
        String contra = all.stream().filter(c -> c.role() != role).map(c -> c.reason() + " (" + c.weight() + ")")
                .distinct().collect(Collectors.joining(", "));
        return role.name().toLowerCase(Locale.ROOT) + ": " + pro + (contra.isEmpty() ? "" : "; against: " + contra);
    }

    /** Whether a name or an email domain is the party's: one of its names or aliases, or one of its domains. */
    public static boolean isParty(Party party, String nameOrDomain) {
        if (nameOrDomain == null) {
            return false;
        }
        if (nameOrDomain.contains(".") && !nameOrDomain.contains(" ")) {
            return party.domains().stream().anyMatch(d -> inDomains(nameOrDomain, List.of(d)))
                    || (party.name() != null && OrganisationNames.matchesDomain(party.name(), nameOrDomain));
        }
        return party.name() != null && OrganisationNames.same(party.name(), nameOrDomain)
                || party.aliases().stream().anyMatch(a -> OrganisationNames.same(a, nameOrDomain));
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
        if (inDomains(party.domain(), domains) || party.domains().stream().anyMatch(d -> inDomains(d, domains))) {
            return true;
        }
        List<String> names = new ArrayList<>();
        if (party.name() != null) {
            names.add(party.name());
        }
        names.addAll(party.aliases());
        return names.stream().anyMatch(n -> sameOrganisation(n, name)
                || aliases.stream().anyMatch(a -> sameOrganisation(n, a)));
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
        return OrganisationNames.words(name);
    }

    private static String join(Collection<?> facts, Function<Object, String> name) {
        Set<String> names = facts.stream().sorted(IN_TEXT_ORDER).map(name).filter(Objects::nonNull)
                .collect(Collectors.toCollection(LinkedHashSet::new));
        String listed = names.stream().limit(MAX_LISTED).collect(Collectors.joining(", "));
        return names.size() > MAX_LISTED ? listed + " and " + (names.size() - MAX_LISTED) + " more" : listed;
    }
}
