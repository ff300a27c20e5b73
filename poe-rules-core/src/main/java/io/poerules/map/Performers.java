package io.poerules.map;

import io.poerules.fact.MentionKind;
import io.poerules.fact.PartyMention;
import io.poerules.fact.PartyRole;
import io.poerules.map.lexicon.PhraseMatcher;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds who a text says does the work and for whom: the organisation right before a performer phrase ("Corrib
 * Advisory will deliver ...", "Donauwerk IT Services erbringt ...") performs it; the one after a served word in that
 * sentence ("... for Maplecrest Credit Union"), or in a title ("Azure Migration for Contoso Ltd"), is served; and of
 * an engager phrase, the one before is served and the one after performs ("The Firm has asked Corrib to ..."); of a
 * help phrase, the one before performs and the one after is served ("Ironbark may help Quayside assess ..."). A title
 * that names a project after an organisation and a dash ("Redgum Logistics - AWS migration") names the served one. Such a
 * mention only adds to an organisation the document names otherwise: {@link Organisations} keeps none on its own.
 * Immutable and thread-safe.
 */
final class Performers {

    /** The capitalised words that end a text: the subject before a performer phrase. */
    private static final Pattern SUBJECT = Pattern.compile(
            "((?:\\p{Lu}[\\p{L}\\p{N}&'’.\\-]*\\s+){0,4}\\p{Lu}[\\p{L}\\p{N}&'’.\\-]*)\\s*(?:\\([^()]*\\)\\s*)?,?\\s*$");
    /** The capitalised words that start a text: the organisation after a served word. */
    private static final Pattern OBJECT = Pattern.compile(
            "^\\s*(?:[Tt]he\\s+)?((?:\\p{Lu}[\\p{L}\\p{N}&'’.\\-]*,?\\s*){1,6})");
    private static final int MAX_SENTENCE = 400;
    /** A name, a dash or colon, and what follows it: "Maple Ridge Credit Union - Modern Endpoint Program". */
    private static final Pattern NAME_DASH = Pattern.compile("^(.+?)\\s+[-–—:]\\s+(.+)$");
    /** The dashes and colon one of which {@link #NAME_DASH} needs between a name and its project. */
    private static final String NAME_DASHES = "-–—:";
    /** What separates the parts of a title line besides its cells: "SOW BCP-0419 | Redgum Logistics - AWS migration". */
    static final Pattern TITLE_PARTS = Pattern.compile("\\t+|\\s+\\|\\s+");
    /** Markdown emphasis around a title: "**Fernhill Orchards Limited - packhouse move**". */
    private static final Pattern EMPHASIS = Pattern.compile("^[*_#\\s]+|[*_\\s]+$");

    private final SharedPhrases shared;
    /** The performer, help and engager phrases: their lists in {@link #shared}. */
    private final int performerPhrases;
    private final int helpPhrases;
    private final int engagerPhrases;
    private final PhraseMatcher servedWords;
    private final PhraseMatcher projectWords;
    private final RoleWords roles;
    private final OrganisationShape shape;

    Performers(List<String> performerPhrases, List<String> engagerPhrases, List<String> servedWords,
               List<String> projectWords, RoleWords roles, OrganisationShape shape) {
        this(performerPhrases, engagerPhrases, List.of(), servedWords, projectWords, roles, shape);
    }

    /** @param helpPhrases phrases between the partner and the customer it helps ("Ironbark may help Quayside") */
    Performers(List<String> performerPhrases, List<String> engagerPhrases, List<String> helpPhrases,
               List<String> servedWords, List<String> projectWords, RoleWords roles, OrganisationShape shape) {
        this(performerPhrases, engagerPhrases, helpPhrases, servedWords, projectWords, roles, shape,
                new SharedPhrases());
        shared.freeze();
    }

    /** Registers its phrase lists with {@code shared}, which must be frozen before the first {@link #find}. */
    Performers(List<String> performerPhrases, List<String> engagerPhrases, List<String> helpPhrases,
               List<String> servedWords, List<String> projectWords, RoleWords roles, OrganisationShape shape,
               SharedPhrases shared) {
        this.shared = shared;
        this.performerPhrases = shared.add(performerPhrases);
        this.helpPhrases = shared.add(helpPhrases);
        this.engagerPhrases = shared.add(engagerPhrases);
        this.servedWords = PhraseMatcher.of(servedWords);
        this.projectWords = PhraseMatcher.of(projectWords);
        this.roles = roles;
        this.shape = shape;
    }

    /** The performers and the served of a part's sentences. */
    List<PartyMention> find(PartText text) {
        List<PartyMention> out = new ArrayList<>();
        String s = text.text();
        for (PhraseMatcher.Match m : shared.findAll(text, performerPhrases)) {
            int start = sentenceStart(s, m.start());
            int end = sentenceEnd(s, m.end());
            Matcher subject = SUBJECT.matcher(s.substring(start, m.start()));
            String performer = subject.find() ? name(subject.group(1)) : null;
            if (performer != null) {
                out.add(new PartyMention(performer, MentionKind.PERFORMER, PartyRole.PARTNER, m.phrase(), 0,
                        text.evidence(start, end)));
            }
            String served = servedIn(s.substring(m.end(), end));
            if (served != null) {
                out.add(new PartyMention(served, MentionKind.SERVED, PartyRole.CUSTOMER, m.phrase(), 0,
                        text.evidence(start, end)));
            }
        }
        for (PhraseMatcher.Match m : shared.findAll(text, helpPhrases)) {
            aroundPhrase(text, m, true, out);
        }
        for (PhraseMatcher.Match m : shared.findAll(text, engagerPhrases)) {
            aroundPhrase(text, m, false, out);
        }
        return out;
    }

    /**
     * The organisations right before and right after a phrase in its sentence, when both are named: the one before
     * performs the work and the one after is served ({@code beforePerforms}, a help phrase), or the other way round
     * (an engager phrase).
     */
    private void aroundPhrase(PartText text, PhraseMatcher.Match m, boolean beforePerforms, List<PartyMention> out) {
        String s = text.text();
        int start = sentenceStart(s, m.start());
        int end = sentenceEnd(s, m.end());
        Matcher subject = SUBJECT.matcher(s.substring(start, m.start()));
        String before = subject.find() ? name(subject.group(1)) : null;
        Matcher object = OBJECT.matcher(s.substring(m.end(), end));
        String after = object.find() ? name(object.group(1)) : null;
        if (before == null || after == null) {
            return;
        }
        String performer = beforePerforms ? before : after;
        String served = beforePerforms ? after : before;
        PartyMention performs = new PartyMention(performer, MentionKind.PERFORMER, PartyRole.PARTNER, m.phrase(), 0,
                text.evidence(start, end));
        PartyMention isServed = new PartyMention(served, MentionKind.SERVED, PartyRole.CUSTOMER, m.phrase(), 0,
                text.evidence(start, end));
        out.addAll(beforePerforms ? List.of(performs, isServed) : List.of(isServed, performs));
    }

    /**
     * The organisation a title says the work is for, or {@code null}: the one after a served word, when what stands
     * before it names no organisation itself ("Azure Migration for Contoso Ltd" gives "Contoso Ltd"); or, in a part
     * of the line, the one before a dash whose words after it name a project, not a line of business
     * ("Redgum Logistics - AWS migration" gives "Redgum Logistics"; not "Contoso - Cloud Migration Services").
     */
    String servedByTitle(String title) {
        PhraseMatcher.Match m = servedWords.find(title);
        if (m != null && m.start() > 0 && !shape.isOrganisation(title.substring(0, m.start()))) {
            String served = servedIn(title.substring(m.start()));
            if (served != null) {
                return served;
            }
        }
        for (String part : TITLE_PARTS.split(title)) {
            if (!PartText.containsAny(part, NAME_DASHES)) {
                continue;
            }
            String project = projectOf(EMPHASIS.matcher(part).replaceAll(""));
            if (project != null) {
                return project;
            }
        }
        return null;
    }

    /** The organisation a project title of one part is for ("Redgum Logistics - AWS migration"), or {@code null}. */
    private String projectOf(String part) {
        Matcher dash = NAME_DASH.matcher(part);
        if (!dash.matches()) {
            return null;
        }
        String written = dash.group(1).strip();
        String topic = dash.group(2).strip();
        String name = shape.nameAt(written);
        if (name == null || !name.equals(written) || projectWords.find(topic) == null || shape.isOrganisation(topic)
                || roles.isRoleWord(name) || shape.isPerson(name)) {
            return null;
        }
        return name;
    }

    /** The organisation after the first served word of a text that is followed by one. */
    private String servedIn(String text) {
        for (PhraseMatcher.Match w : servedWords.findAll(text)) {
            Matcher object = OBJECT.matcher(text.substring(w.end()));
            if (object.find()) {
                String name = name(object.group(1));
                if (name != null) {
                    return name;
                }
            }
        }
        return null;
    }

    private String name(String written) {
        String name = shape.nameAt(written.strip());
        return name == null || roles.isRoleWord(name) || shape.isPerson(name) ? null : name;
    }

    private static int sentenceStart(String s, int from) {
        for (int i = from - 1; i >= Math.max(0, from - MAX_SENTENCE); i--) {
            char c = s.charAt(i);
            if (c == '\n' || c == ';' || (c == '.' || c == '!' || c == '?') && i + 1 < s.length()
                    && Character.isWhitespace(s.charAt(i + 1))) {
                return i + 1;
            }
        }
        return Math.max(0, from - MAX_SENTENCE);
    }

    private static int sentenceEnd(String s, int from) {
        for (int i = from; i < Math.min(s.length(), from + MAX_SENTENCE); i++) {
            char c = s.charAt(i);
            if (c == '\n' || c == ';' || (c == '.' || c == '!' || c == '?') && (i + 1 == s.length()
                    || Character.isWhitespace(s.charAt(i + 1)))) {
                return i;
            }
        }
        return Math.min(s.length(), from + MAX_SENTENCE);
    }
}
