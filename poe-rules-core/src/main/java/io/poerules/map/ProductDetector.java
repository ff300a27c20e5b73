package io.poerules.map;

import io.poerules.fact.PartyMention;
import io.poerules.fact.Product;
import io.poerules.map.lexicon.LexiconFile.ProductTerm;
import io.poerules.map.lexicon.PhraseMatcher;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Emits a {@link Product} for every named Microsoft product or workload, longest name first. A product
 * name is a proper noun: written in lower case ("the azure colour palette") it is an ordinary word, and
 * inside the name of a party ("Azure Bay Resorts Ltd") it is part of that name. Qualified by another vendor's
 * name, or offered only as the alternative to one, it names no Microsoft product ({@link OtherVendors}).
 */
final class ProductDetector implements PartDetector {

    private final SharedPhrases shared;
    /** The names and aliases: their list in {@link #shared}. */
    private final int names;
    private final Map<String, ProductTerm> byPhrase = new HashMap<>();
    private final Map<String, ProductTerm> byLowerCasePhrase = new HashMap<>();
    private final OtherVendors otherVendors;
    private final OrganisationShape shape;

    /** Without other vendors; organisations' names read with the legal forms of {@code shape}. */
    ProductDetector(List<ProductTerm> products, OrganisationShape shape) {
        this(products, List.of(), List.of(), shape);
    }

    /** With other vendors' names and the words that offer alternatives ({@link OtherVendors}). */
    ProductDetector(List<ProductTerm> products, List<String> otherVendorNames, List<String> alternativeWords,
                    OrganisationShape shape) {
        this(products, otherVendorNames, alternativeWords, shape, new SharedPhrases());
        shared.freeze();
    }

    /** Registers its lists with {@code shared}, which must be frozen before the first {@link #detect}. */
    ProductDetector(List<ProductTerm> products, List<String> otherVendorNames, List<String> alternativeWords,
            OrganisationShape shape, SharedPhrases shared) {
        this.shared = shared;
        this.shape = shape;
        this.otherVendors = new OtherVendors(otherVendorNames, alternativeWords, shared);
        List<String> phrases = new ArrayList<>();
        for (ProductTerm p : products) {
            phrases.add(p.name());
            byPhrase.putIfAbsent(p.name(), p);
            for (String alias : p.aliases() == null ? List.<String>of() : p.aliases()) {
                phrases.add(alias);
                byPhrase.putIfAbsent(alias.strip(), p);
            }
        }
        this.names = shared.add(phrases);
        byPhrase.forEach((phrase, p) -> byLowerCasePhrase.putIfAbsent(phrase.toLowerCase(Locale.ROOT), p));
    }

    /** The canonical name of the product a name or alias stands for, in any case; {@code null} when unknown. */
    String canonicalName(String nameOrAlias) {
        ProductTerm p = byLowerCasePhrase.get(nameOrAlias.strip().toLowerCase(Locale.ROOT));
        return p == null ? null : p.name();
    }

    @Override
    public void detect(PartText text, List<Sections.Span> sections, MappedFacts facts) {
        List<PhraseMatcher.Match> found = shared.findAll(text, names);
        List<int[]> partyNames = found.isEmpty() ? List.of() : partyNameSpans(text.text(), facts);
        for (PhraseMatcher.Match m : found) {
            if (Character.isUpperCase(m.phrase().charAt(0)) && Character.isLowerCase(text.text().charAt(m.start()))
                    || partyNames.stream().anyMatch(span -> span[0] <= m.start() && m.end() <= span[1])
                    || otherVendors.isOthers(text, m.start(), m.end())) {
                continue;
            }
            ProductTerm p = byPhrase.get(m.phrase());
            facts.add(new Product(p.name(), p.program(), p.workload(), p.generic(), text.lineEvidence(m.start())));
        }
    }

    /** Where the names of the organisations mentioned so far occur, without their legal suffix ("Azure Bay Resorts"). */
    private List<int[]> partyNameSpans(String text, MappedFacts facts) {
        List<int[]> spans = new ArrayList<>();
        String lower = null;
        Set<String> names = new LinkedHashSet<>();
        for (PartyMention party : facts.ofType(PartyMention.class)) {
            if (party.name() != null) {
                names.add(shape.withoutLegalForm(party.name()).strip().toLowerCase(Locale.ROOT));
            }
        }
        for (String name : names) {
            if (name.length() < 3) {
                continue;
            }
            if (lower == null) {
                lower = text.toLowerCase(Locale.ROOT);
            }
            for (int i = lower.indexOf(name); i >= 0; i = lower.indexOf(name, i + 1)) {
                spans.add(new int[] {i, i + name.length()});
            }
        }
        return spans;
    }
}
