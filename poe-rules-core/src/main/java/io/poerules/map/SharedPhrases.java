package io.poerules.map;

import io.poerules.map.lexicon.PhraseGroups;
import io.poerules.map.lexicon.PhraseMatcher;
import java.util.ArrayList;
import java.util.List;

/**
 * The phrase lists that detectors search in a part's whole text, searched together: each detector
 * registers its lists while it is built, {@link #freeze} makes one {@link PhraseGroups} of them all, and
 * each part's text is then read once for every list of every detector (the result is kept with the
 * part, see {@link PartText#phraseMatches}). Immutable and thread-safe once frozen.
 */
final class SharedPhrases {

    private final List<List<String>> lists = new ArrayList<>();
    private volatile PhraseGroups groups;

    /** Registers a list; the index to {@link #findAll} it with. */
    int add(List<String> phrases) {
        if (groups != null) {
            throw new IllegalStateException("frozen");
        }
        lists.add(new ArrayList<>(phrases));
        return lists.size() - 1;
    }

    /** Builds the matcher of every list registered; returns this. */
    SharedPhrases freeze() {
        if (groups == null) {
            groups = PhraseGroups.of(lists);
        }
        return this;
    }

    /** What {@code PhraseMatcher.of(list).findAll(text.text())} finds, for a registered list. */
    List<PhraseMatcher.Match> findAll(PartText text, int list) {
        return text.phraseMatches(groups).get(list);
    }
}
