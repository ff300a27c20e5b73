package io.poerules.map;

import io.poerules.fact.ESignature;
import io.poerules.fact.EmailAcknowledgement;
import io.poerules.fact.Evidence;
import io.poerules.fact.Fact;
import io.poerules.fact.MentionKind;
import io.poerules.fact.Organisation;
import io.poerules.fact.OrganisationNames;
import io.poerules.fact.PartyMention;
import io.poerules.fact.SignatureBlock;
import java.util.EnumSet;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CancellationException;

/**
 * Groups a document's {@link PartyMention}s by organisation: two mentions name one organisation when their
 * names are the same ({@link OrganisationNames#same}), when one is a term the other defines ("Supplier",
 * "Cobalt Ridge"), or when an email domain spells the other's name ({@link OrganisationNames#matchesDomain}).
 * Each group becomes an {@link Organisation} with its fullest name, its other names and its domains; the
 * mentions, signature blocks, email replies and e-signatures then name their organisation by its id. Mentions
 * that are only a role word and tie to no name are dropped, and so are groups of performer and served mentions
 * alone. Immutable and thread-safe.
 */
final class Organisations {

    /** The kinds of mention that name no organisation on their own. */
    private static final Set<MentionKind> SUPPORTING = EnumSet.of(MentionKind.PERFORMER, MentionKind.SERVED);

    /** The cue of a served mention that a title gives. */
    static final String TITLE_CUE = "title";

    private final RoleWords roles;
    private final OrganisationShape shape;

    Organisations(RoleWords roles, OrganisationShape shape) {
        this.roles = roles;
        this.shape = shape;
    }

    /** The facts with the mentions grouped into organisations, and what names an organisation tied to it. */
    List<Fact> group(List<Fact> facts, String source) {
        List<PartyMention> mentions = facts.stream().filter(PartyMention.class::isInstance)
                .map(PartyMention.class::cast).toList();
        List<Group> groups = groups(mentions);
        List<Fact> out = new ArrayList<>();
        List<Organisation> organisations = new ArrayList<>();
        for (int g = 0; g < groups.size(); g++) {
            organisations.add(groups.get(g).organisation((source == null ? "" : source) + "#" + (g + 1)));
        }
        for (Fact fact : facts) {
            if (fact instanceof PartyMention m) {
                int g = groupOf(groups, m);
                if (g >= 0) {
                    out.add(m.of(organisations.get(g).id()));
                }
            } else if (fact instanceof SignatureBlock b && b.party() != null) {
                Organisation o = byName(groups, organisations, b.party());
                out.add(o == null ? b : b.of(o.id()));
            } else if (fact instanceof EmailAcknowledgement a && (a.fromDomain() != null || a.sender() != null)) {
                Organisation o = byDomain(organisations, a.fromDomain());
                if (o == null && a.sender() != null) {
                    o = byName(groups, organisations, a.sender());
                }
                out.add(o == null ? a : a.of(o.id()));
            } else if (fact instanceof ESignature e) {
                Organisation o = byDomain(organisations, e.domain());
                out.add(o == null ? e : e.of(o.id()));
            } else {
                out.add(fact);
            }
        }
        out.addAll(organisations);
        return out;
    }

    /**
     * The forms of the names of one document's mentions that grouping compares, each worked out once: grouping
     * compares every group with every other, again after each merge.
     */
    private final class NameForms {
        private final Map<String, String> bare = new HashMap<>();
        private final Map<String, List<String>> words = new HashMap<>();
        private final Map<String, String> joined = new HashMap<>();
        private final Map<String, Boolean> roleWords = new HashMap<>();

        String bare(String name) {
            return bare.computeIfAbsent(name, RoleWords::withoutArticle);
        }

        List<String> words(String name) {
            return words.computeIfAbsent(name, OrganisationNames::words);
        }

        /** A name's {@link #words} joined, as {@link OrganisationNames#sameWords(List, String, List, String)} takes them. */
        String joined(String name) {
            return joined.computeIfAbsent(name, n -> String.join("", words(n)));
        }

        boolean isRoleWord(String name) {
            return roleWords.computeIfAbsent(name, roles::isRoleWord);
        }
    }

    /** The names by which one organisation is mentioned. */
    private final class Group {
        final List<PartyMention> mentions = new ArrayList<>();
        final Set<String> names = new LinkedHashSet<>();
        final Set<String> terms = new LinkedHashSet<>();
        final Set<String> domains = new LinkedHashSet<>();
        private final NameForms forms;

        Group(NameForms forms) {
            this.forms = forms;
        }

        void add(PartyMention m) {
            mentions.add(m);
            if (m.name() != null && !forms.isRoleWord(m.name())) {
                names.add(m.name());
            }
            if (m.kind() == MentionKind.DEFINED_TERM && !m.cue().isBlank()) {
                terms.add(m.cue());
            }
            if (m.domain() != null) {
                domains.add(m.domain());
            }
        }

        boolean hasName() {
            return !names.isEmpty();
        }

        /**
         * Whether a mention other than a performer's or the served's names it: those only add to an organisation,
         * except a title that names the served by an organisation's name ("Maple Ridge Credit Union - Endpoint
         * Program").
         */
        boolean isNamedOtherwise() {
            return mentions.stream().anyMatch(m -> !SUPPORTING.contains(m.kind())
                    || m.kind() == MentionKind.SERVED && TITLE_CUE.equals(m.cue()) && shape.isOrganisation(m.name()));
        }

        boolean isNamed(String name) {
            String bare = forms.bare(name);
            for (String term : terms) {
                if (forms.bare(term).equals(bare)) {
                    return true;
                }
            }
            if (forms.isRoleWord(name)) {
                return false;
            }
            List<String> words = forms.words(name);
            if (!words.isEmpty() && names.contains(name)) {
                return true;
            }
            String joined = forms.joined(name);
            for (String n : names) {
                if (OrganisationNames.sameWords(forms.words(n), forms.joined(n), words, joined)) {
                    return true;
                }
            }
            return domains.stream().anyMatch(d -> OrganisationNames.wordsMatchDomain(words, d));
        }

        /**
         * Whether this group and a later one name one organisation, either way round.
         *
         * @throws CancellationException when the thread is interrupted: its validation was abandoned (grouping
         *                               compares every pair of groups, and its forms are cached, so no phrase
         *                               search need run to notice)
         */
        boolean joinsEither(Group later) {
            if (Thread.currentThread().isInterrupted()) {
                throw new CancellationException("interrupted");
            }
            return joins(later) || later.joins(this);
        }

        boolean joins(Group other) {
            for (String n : other.names) {
                if (isNamed(n)) {
                    return true;
                }
            }
            for (String t : other.terms) {
                String bareTerm = forms.bare(t);
                if (names.stream().anyMatch(n -> forms.bare(n).equals(bareTerm))) {
                    return true;
                }
            }
            for (String d : other.domains) {
                if (domains.contains(d)
                        || names.stream().anyMatch(n -> OrganisationNames.wordsMatchDomain(forms.words(n), d))) {
                    return true;
                }
            }
            return false;
        }

        void absorb(Group other) {
            other.mentions.forEach(this::add);
        }

        Organisation organisation(String id) {
            String best = null;
            Evidence evidence = null;
            for (PartyMention m : mentions) {
                if (!names.contains(m.name())) {
                    continue;
                }
                if (best == null || better(m.name(), best)) {
                    best = m.name();
                    evidence = m.evidence();
                }
            }
            List<String> aliases = new ArrayList<>();
            Set<String> seen = new LinkedHashSet<>();
            seen.add(best.toLowerCase(Locale.ROOT));
            for (String n : names) {
                if (seen.add(n.toLowerCase(Locale.ROOT))) {
                    aliases.add(n);
                }
            }
            for (String t : terms) {
                if (seen.add(t.toLowerCase(Locale.ROOT))) {
                    aliases.add(t);
                }
            }
            return new Organisation(id, best, aliases, new ArrayList<>(domains), evidence);
        }
    }

    /** Whether a name is a fuller one than another: it has a legal form the other lacks, or more words. */
    private boolean better(String name, String than) {
        boolean formal = shape.endsWithLegalForm(name);
        if (formal != shape.endsWithLegalForm(than)) {
            return formal;
        }
        boolean mixedCase = !name.equals(name.toUpperCase(Locale.ROOT));
        if (mixedCase != !than.equals(than.toUpperCase(Locale.ROOT))) {
            return mixedCase;
        }
        return OrganisationNames.words(name).size() > OrganisationNames.words(than).size();
    }

    /** The groups of the mentions, each with a name: mentions that only a role word names join a named group or none. */
    private List<Group> groups(List<PartyMention> mentions) {
        List<Group> groups = new ArrayList<>();
        NameForms forms = new NameForms();
        for (PartyMention m : mentions) {
            Group single = new Group(forms);
            single.add(m);
            groups.add(single);
        }
        // Merges the first pair, in the order (i, j), that names one organisation, until none does. After merging
        // j into i, the pairs before (i, j) are known apart but those with i, which changed: the next search tries
        // only (a, i) for a < i, then every pair from i on.
        int changed = -1;
        boolean merged = true;
        while (merged) {
            merged = false;
            int from = Math.max(changed, 0);
            for (int a = 0; a < from && !merged; a++) {
                if (groups.get(a).joinsEither(groups.get(changed))) {
                    groups.get(a).absorb(groups.remove(changed));
                    changed = a;
                    merged = true;
                }
            }
            for (int i = from; i < groups.size() && !merged; i++) {
                for (int j = i + 1; j < groups.size() && !merged; j++) {
                    if (groups.get(i).joinsEither(groups.get(j))) {
                        groups.get(i).absorb(groups.remove(j));
                        changed = i;
                        merged = true;
                    }
                }
            }
        }
        return groups.stream().filter(g -> g.hasName() && g.isNamedOtherwise()).toList();
    }

    private static int groupOf(List<Group> groups, PartyMention m) {
        for (int g = 0; g < groups.size(); g++) {
            if (groups.get(g).mentions.contains(m)) {
                return g;
            }
        }
        return -1;
    }

    private static Organisation byName(List<Group> groups, List<Organisation> organisations, String name) {
        for (int g = 0; g < groups.size(); g++) {
            if (groups.get(g).isNamed(name)) {
                return organisations.get(g);
            }
        }
        return null;
    }

    private static Organisation byDomain(List<Organisation> organisations, String domain) {
        if (domain == null) {
            return null;
        }
        for (Organisation o : organisations) {
            if (o.domains().contains(domain)) {
                return o;
            }
        }
        for (Organisation o : organisations) {
            if (OrganisationNames.matchesDomain(o.name(), domain)
                    || o.aliases().stream().anyMatch(a -> OrganisationNames.matchesDomain(a, domain))) {
                return o;
            }
        }
        return null;
    }
}
