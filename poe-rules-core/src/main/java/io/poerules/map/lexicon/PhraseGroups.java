package io.poerules.map.lexicon;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.CancellationException;

/**
 * Several phrase lists searched in one pass over the text: {@link #findAll} returns, for each list, exactly
 * what {@link PhraseMatcher#of}{@code (list).findAll(text)} returns (every non-overlapping occurrence, the
 * same phrase winning at each place, the same ends), but reads the text once for all the lists instead of
 * once per list. Each list keeps its own search position: a match of one list does not hide an overlapping
 * match of another. Immutable and thread-safe; a search on an interrupted thread stops with a
 * {@link CancellationException}.
 *
 * @since 0.1.0
 */
public final class PhraseGroups {

    private static final int[] NO_PHRASES = new int[0];

    private final int groups;
    /** What {@link #findStartingBy} gives where nothing can start: no match for any list. */
    private final List<PhraseMatcher.Match> noMatches;
    /** Every list's phrases, longest first within each list (as {@link PhraseMatcher} orders them), one list after the other. */
    private final List<String> phrases = new ArrayList<>();
    /** For each phrase: its list, and its rank within the list (lower wins). */
    private final int[] group;
    private final int[] rank;
    private final boolean[] startsWord;
    private final boolean[] endsWord;
    private final Node exact = new Node();
    private final Node folded = new Node();
    private final Node[] exactAscii = new Node[128];
    private final Node[] foldedAscii = new Node[128];

    private static final class Node {
        private final CharMap<Node> next = new CharMap<>();
        private Node gap;
        private int[] ends = NO_PHRASES;
        /** The lists with a phrase at or below this node (bit per list; all bits when there are more than 64 lists). */
        private long lists;
        private boolean onlyWordStarts = true;
    }

    private PhraseGroups(List<List<String>> lists) {
        this.groups = lists.size();
        this.noMatches = Collections.nCopies(groups, null);
        List<Integer> groupOf = new ArrayList<>();
        List<Integer> rankOf = new ArrayList<>();
        for (int g = 0; g < lists.size(); g++) {
            List<String> ordered = lists.get(g).stream().filter(p -> p != null && !p.isBlank()).map(String::strip)
                    .distinct().sorted(Comparator.comparingInt(String::length).reversed()).toList();
            for (int r = 0; r < ordered.size(); r++) {
                phrases.add(ordered.get(r));
                groupOf.add(g);
                rankOf.add(r);
            }
        }
        int n = phrases.size();
        this.group = groupOf.stream().mapToInt(Integer::intValue).toArray();
        this.rank = rankOf.stream().mapToInt(Integer::intValue).toArray();
        this.startsWord = new boolean[n];
        this.endsWord = new boolean[n];
        for (int i = 0; i < n; i++) {
            add(phrases.get(i), i);
        }
        for (char c = 0; c < 128; c++) {
            exactAscii[c] = exact.next.get(c);
            foldedAscii[c] = folded.next.get(fold(c));
        }
    }

    /** One matcher for the lists, in this order; {@link #findAll} answers in the same order. */
    public static PhraseGroups of(List<List<String>> lists) {
        return new PhraseGroups(lists);
    }

    public int size() {
        return groups;
    }

    private long bit(int g) {
        return groups > 64 ? -1L : 1L << g;
    }

    private void add(String phrase, int index) {
        boolean caseSensitive = PhraseMatcher.isCaseSensitive(phrase);
        String body = PhraseMatcher.body(phrase);
        startsWord[index] = Character.isLetterOrDigit(body.charAt(0));
        endsWord[index] = body.equals(phrase) && Character.isLetterOrDigit(body.charAt(body.length() - 1));
        long bit = bit(group[index]);
        Node node = caseSensitive ? exact : folded;
        node.lists |= bit;
        String[] words = body.split("\\s+");
        for (int w = 0; w < words.length; w++) {
            if (w > 0) {
                node = node.gap == null ? (node.gap = new Node()) : node.gap;
                node.lists |= bit;
            }
            for (int i = 0; i < words[w].length(); i++) {
                char c = words[w].charAt(i);
                node = node.next.computeIfAbsent(caseSensitive ? c : fold(c), Node::new);
                node.lists |= bit;
                if (w == 0 && i == 0) {
                    node.onlyWordStarts &= startsWord[index];
                }
            }
        }
        node.ends = Arrays.copyOf(node.ends, node.ends.length + 1);
        node.ends[node.ends.length - 1] = index;
    }

    private static char fold(char c) {
        return PhraseMatcher.fold(c);
    }

    /** The state of the search at one place. */
    private static final class Search {
        private final char[] text;
        private final int[] best;
        private final int[] end;
        private final int[] from;
        /** The lists whose {@code best} a walk has set at this place (bit per list, as {@link #bit}). */
        private long found;
        private long active;
        private int start;
        private boolean afterWordChar;

        Search(char[] text, int groups) {
            this.text = text;
            this.best = new int[groups];
            this.end = new int[groups];
            this.from = new int[groups];
        }
    }

    /** For each list, in order, every non-overlapping occurrence of its phrases, in text order; unmodifiable. */
    public List<List<PhraseMatcher.Match>> findAll(CharSequence text) {
        List<PhraseMatcher.Match>[] found = newLists(groups);
        if (canFindBefore(text, text.length())) {
            search(text, text.length(), false, (g, m) -> {
                if (found[g] == null) {
                    found[g] = new ArrayList<>();
                }
                found[g].add(m);
            });
        }
        List<List<PhraseMatcher.Match>> out = new ArrayList<>(groups);
        for (List<PhraseMatcher.Match> list : found) {
            out.add(list == null ? List.of() : Collections.unmodifiableList(list));
        }
        return Collections.unmodifiableList(out);
    }

    @SuppressWarnings("unchecked")
    private static List<PhraseMatcher.Match>[] newLists(int n) {
        return (List<PhraseMatcher.Match>[]) new List<?>[n];
    }

    /**
     * For each list, in order, what {@link PhraseMatcher#findStartingBy} of the list returns: its first occurrence
     * if that starts at or before {@code maxStart}, else {@code null}.
     */
    public List<PhraseMatcher.Match> findStartingBy(CharSequence text, int maxStart) {
        int startLimit = Math.min(text.length(), maxStart + 1);
        if (!canFindBefore(text, startLimit)) {
            return noMatches;
        }
        PhraseMatcher.Match[] first = new PhraseMatcher.Match[groups];
        search(text, startLimit, true, (g, m) -> first[g] = m);
        return Arrays.asList(first);
    }

    /** Receives a list's occurrences. */
    @FunctionalInterface
    private interface Found {
        void found(int list, PhraseMatcher.Match match);
    }

    /**
     * For each list, its occurrences that start before {@code startLimit}: every non-overlapping one, or only the
     * first.
     */
    private void search(CharSequence sequence, int startLimit, boolean firstOnly, Found out) {
        char[] text = sequence.toString().toCharArray();
        Search search = new Search(text, groups);
        Arrays.fill(search.best, Integer.MAX_VALUE);
        // The lists free to match here (each list's search resumes where its last match ended), computed
        // again only once a list's last match has been passed.
        long active = 0;
        int nextFree = 0;
        for (int i = 0; i < startLimit; i++) {
            if ((i & 0xFFF) == 0 && Thread.currentThread().isInterrupted()) {
                throw new CancellationException("interrupted");
            }
            char c = text[i];
            if (PhraseMatcher.isInsideAsciiWord(c, text, i)) {
                continue;
            }
            Node e = exactStart(c);
            Node f = foldedStart(c);
            if (e == null && f == null) {
                continue;
            }
            boolean afterWordChar = i > 0 && PhraseMatcher.isWordCharAt(text, i - 1);
            if (afterWordChar && (e == null || e.onlyWordStarts) && (f == null || f.onlyWordStarts)) {
                continue;
            }
            if (i >= nextFree) {
                active = 0;
                nextFree = Integer.MAX_VALUE;
                for (int g = 0; g < groups; g++) {
                    if (search.from[g] <= i) {
                        active |= bit(g);
                    } else {
                        nextFree = Math.min(nextFree, search.from[g]);
                    }
                }
            }
            if ((((e == null ? 0 : e.lists) | (f == null ? 0 : f.lists)) & active) == 0) {
                continue;
            }
            search.active = active;
            search.start = i;
            search.afterWordChar = afterWordChar;
            search.found = 0;
            if (e != null) {
                walk(e, i + 1, false, search);
            }
            if (f != null) {
                walk(f, i + 1, true, search);
            }
            if (search.found != 0) {
                for (int g = 0; g < groups; g++) {
                    int b = search.best[g];
                    if (b != Integer.MAX_VALUE) {
                        out.found(g, new PhraseMatcher.Match(phrases.get(b), i, search.end[g]));
                        search.from[g] = firstOnly ? Integer.MAX_VALUE : search.end[g];
                        search.best[g] = Integer.MAX_VALUE;
                    }
                }
                nextFree = i + 1;
            }
        }
    }

    /**
     * Whether a search before {@code startLimit} can find anything: there are phrases, and a phrase's first character
     * stands somewhere before it. A search that cannot is not made, and allocates nothing.
     *
     * @throws CancellationException when the thread is interrupted: its validation was abandoned
     */
    private boolean canFindBefore(CharSequence text, int startLimit) {
        if (Thread.currentThread().isInterrupted()) {
            throw new CancellationException("interrupted");
        }
        if (phrases.isEmpty()) {
            return false;
        }
        for (int i = 0; i < startLimit; i++) {
            char c = text.charAt(i);
            if (exactStart(c) != null || foldedStart(c) != null) {
                return true;
            }
        }
        return false;
    }

    /** The node of the case-sensitive phrases that start with {@code c}, or {@code null}. */
    private Node exactStart(char c) {
        return c < 128 ? exactAscii[c] : exact.next.isEmpty() ? null : exact.next.get(c);
    }

    /** The node of the other phrases that start with {@code c}'s case fold, or {@code null}. */
    private Node foldedStart(char c) {
        return c < 128 ? foldedAscii[c] : folded.next.isEmpty() ? null : folded.next.get(fold(c));
    }

    /**
     * As {@code PhraseMatcher.walk}, for every active list at once; {@code best} holds phrase indexes. The trie is
     * followed in a loop while the text allows one way on, and branches only where a gap between words can be read
     * several ways (or a {@code -} also continues a word), in the order the regular expression tries them.
     */
    private void walk(Node from, int at, boolean fold, Search search) {
        char[] text = search.text;
        int length = text.length;
        Node node = from;
        int pos = at;
        while ((node.lists & search.active) != 0) {
            for (int p : node.ends) {
                int g = group[p];
                if (search.from[g] > search.start) {
                    continue;
                }
                int b = search.best[g];
                if ((b == Integer.MAX_VALUE || rank[p] < rank[b]) && !(startsWord[p] && search.afterWordChar)
                        && !(endsWord[p] && pos < length && PhraseMatcher.isWordCharAt(text, pos))) {
                    search.best[g] = p;
                    search.end[g] = pos;
                    search.found |= bit(g);
                }
            }
            if (pos >= length) {
                return;
            }
            char c = text[pos];
            Node child = node.next.isEmpty() ? null : node.next.get(fold ? fold(c) : c);
            if (node.gap == null || !PhraseMatcher.isGap(c)) {
                if (child == null) {
                    return;
                }
                node = child;
                pos++;
                continue;
            }
            if (child != null) {
                walk(child, pos + 1, fold, search);
            }
            int run = pos + 1;
            while (run < length && PhraseMatcher.isGap(text[run])) {
                run++;
            }
            for (int end = run; end > pos + 1; end--) {
                walk(node.gap, end, fold, search);
            }
            node = node.gap;
            pos++;
        }
    }
}
