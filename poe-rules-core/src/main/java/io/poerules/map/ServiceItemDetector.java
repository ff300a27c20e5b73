package io.poerules.map;

import io.poerules.fact.SectionType;
import io.poerules.fact.ServiceItem;
import io.poerules.fact.ServiceItemKind;
import io.poerules.map.lexicon.PhraseMatcher;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds described work: a line of at least four words that names an activity ("Migrate", "Design",
 * "Configure") in a scope or plan section, or within its first words elsewhere; and deliverables: lines under a deliverables heading, or lines that name a work product
 * ("runbook", "design document") in the scope, or within their first words elsewhere. A line of SKUs and prices names no activity and does
 * not count, and neither do lines under business-need, benefits, assumptions, pricing or acceptance
 * headings.
 */
final class ServiceItemDetector implements PartDetector {

    /** What separates the items of an inline list of deliverables: a comma or "and" in one of the languages. */
    private static final Pattern ITEM_SEPARATOR = Pattern.compile(
            ",|\\s+and\\s+|\\s+et\\s+|\\s+und\\s+|\\s+y\\s+|\\s+e\\s+|\\s+en\\s+");

    private static final Pattern TABLE_HEADER =
            Pattern.compile("(?i)(deliverable|item|description|owner|due|date|status|\\s|\\t)+");
    private static final Pattern BULLET = Pattern.compile("^(?:>\\s*)*(?:(?:[-•*–·▪o]|\\(?\\d+[.)]|\\(?[a-z][.)])\\s+)?");
    /** The characters other than digits and lower-case letters that {@link #BULLET} can start with. */
    private static final String BULLET_STARTS = "-•*–·▪(>";
    /** The label of an inline list ("Activities: migrate ...; rebuild ...", "Deliverables: design, runbook"). */
    private static final Pattern INLINE_LABEL = Pattern.compile("^([\\p{L}][\\p{L} '’/&]{1,40}?)\\s*:\\s+(.+)$");
    /** A number right after a phrase, as in a plan's name: the " 1" of "Plan 1". */
    private static final Pattern NUMBER_AFTER = Pattern.compile(" \\d+\\b");
    private static final int MIN_ACTIVITY_WORDS = 4;
    private static final int MIN_DELIVERABLE_WORDS = 2;
    private static final int LEADING_WORDS = 4;
    private static final Set<SectionType> NOT_WORK = EnumSet.of(SectionType.BUSINESS_NEED, SectionType.BENEFITS,
            SectionType.ASSUMPTIONS, SectionType.PRICING, SectionType.ACCEPTANCE);

    private final SharedPhrases shared;
    private final Sections sections;
    private final PhraseMatcher activities;
    private final PhraseMatcher deliverables;
    /** The activity and deliverable phrases: their lists in {@link #shared}. */
    private final int activityList;
    private final int deliverableList;

    ServiceItemDetector(List<String> activityPhrases, List<String> deliverablePhrases) {
        this(activityPhrases, deliverablePhrases, new Sections(Map.of()), new SharedPhrases());
        shared.freeze();
    }

    /**
     * Registers its lists with {@code shared}, which must be frozen before the first {@link #detect}.
     *
     * @param sections the section headings, which also label inline lists ("Deliverables: ...")
     */
    ServiceItemDetector(List<String> activityPhrases, List<String> deliverablePhrases, Sections sections,
                        SharedPhrases shared) {
        this.shared = shared;
        this.sections = sections;
        this.activities = PhraseMatcher.of(activityPhrases);
        this.deliverables = PhraseMatcher.of(deliverablePhrases);
        this.activityList = shared.add(activityPhrases);
        this.deliverableList = shared.add(deliverablePhrases);
    }

    @Override
    public void detect(PartText text, List<Sections.Span> spans, MappedFacts facts) {
        // The lines that head a section of a known type and hold nothing else (not a clause that runs on).
        Set<Integer> headings = new HashSet<>();
        spans.stream().filter(span -> span.firstLine() > span.heading().index())
                .forEach(span -> headings.add(span.heading().index()));
        LineMatches activityMatches = new LineMatches(shared.findAll(text, activityList), activities);
        LineMatches deliverableMatches = new LineMatches(shared.findAll(text, deliverableList), deliverables);
        SectionType[] sectionOf = new SectionType[text.lines().size()];
        for (Sections.Span span : spans) {
            for (int i = Math.max(0, span.firstLine()); i <= span.lastLine() && i < sectionOf.length; i++) {
                sectionOf[i] = span.type();
            }
        }
        for (PartText.Line line : text.lines()) {
            if (line.isBlank()) {
                continue;
            }
            String item = withoutBullet(line.text());
            if (inlineList(text, line, item, facts) || headings.contains(line.index())) {
                continue;
            }
            SectionType section = sectionOf[line.index()];
            int words = PartText.wordCount(item);
            int itemStart = line.end() - item.length();
            // each phrase is looked for only where enough words could make the line that item
            PhraseMatcher.Match activity = words >= MIN_ACTIVITY_WORDS ? activityMatches.first(item, itemStart) : null;
            PhraseMatcher.Match deliverable = words >= MIN_ACTIVITY_WORDS - 1
                    ? deliverableMatches.first(item, itemStart) : null;
            ServiceItemKind kind = classify(item, words, section, activity, deliverable);
            if (kind != null) {
                facts.add(new ServiceItem(kind, section, text.evidence(line)));
            }
        }
    }

    /**
     * Whether a line is a labelled list of work or work products ("Activities: migrate 180 tables; rebuild the cube;
     * re-point 40 reports", "Deliverables: migration design, runbook and training"): each item of a list of activities
     * (between semicolons) is an activity, each of a list of deliverables (between semicolons or commas) a
     * deliverable.
     */
    private boolean inlineList(PartText text, PartText.Line line, String item, MappedFacts facts) {
        Matcher m = item.indexOf(':') < 0 ? null : INLINE_LABEL.matcher(item);
        if (m == null || !m.matches()) {
            return false;
        }
        SectionType type = sections.headingType(m.group(1));
        if (type != SectionType.SCOPE && type != SectionType.DELIVERABLES) {
            return false;
        }
        String list = m.group(2);
        boolean deliverables = type == SectionType.DELIVERABLES;
        String[] items = list.contains(";") ? list.split(";") : deliverables
                ? ITEM_SEPARATOR.split(list) : new String[] {list};
        int counted = 0;
        for (String each : items) {
            int words = PartText.wordCount(each.strip());
            if (each.isBlank() || words < (deliverables ? 1 : MIN_ACTIVITY_WORDS - 1)) {
                continue;
            }
            facts.add(new ServiceItem(deliverables ? ServiceItemKind.DELIVERABLE : ServiceItemKind.ACTIVITY, type,
                    text.evidence(line)));
            counted++;
        }
        return counted > 0;
    }

    /** The line without its bullet or list number, if it has one. */
    private static String withoutBullet(String line) {
        char first = line.charAt(0);
        if (BULLET_STARTS.indexOf(first) < 0 && !startsAsNumberedItem(line) && !startsAsLetteredItem(line)) {
            return line;
        }
        Matcher bullet = BULLET.matcher(line);
        return bullet.lookingAt() ? line.substring(bullet.end()) : line;
    }

    /** Whether a line starts with figures and a full stop or bracket, as {@link #BULLET}'s "3." or "12)". */
    private static boolean startsAsNumberedItem(String line) {
        int end = 0;
        while (end < line.length() && line.charAt(end) >= '0' && line.charAt(end) <= '9') {
            end++;
        }
        return end > 0 && end < line.length() && ".)".indexOf(line.charAt(end)) >= 0;
    }

    /** Whether a line starts with a lower-case letter and a full stop or bracket ("a)"), or an "o" bullet. */
    private static boolean startsAsLetteredItem(String line) {
        char first = line.charAt(0);
        return first >= 'a' && first <= 'z' && line.length() > 1
                && (".)".indexOf(line.charAt(1)) >= 0 || first == 'o' && PartText.isSpace(line.charAt(1)));
    }

    /**
     * @param activity    the item's first activity phrase; {@code null} also when it has too few words for one
     * @param deliverable the same for a deliverable
     */
    private static ServiceItemKind classify(String item, int words, SectionType section, PhraseMatcher.Match activity,
            PhraseMatcher.Match deliverable) {
        if (section == SectionType.DELIVERABLES && words >= MIN_DELIVERABLE_WORDS && !isTableHeader(item)) {
            return ServiceItemKind.DELIVERABLE;
        }
        if (section != null && NOT_WORK.contains(section)) {
            return null;
        }
        boolean inScope = section == SectionType.SCOPE || section == SectionType.IMPLEMENTATION_PLAN;
        boolean isActivity = activity != null && !isNamePart(item, activity)
                && (inScope || wordIndex(item, activity.start()) < LEADING_WORDS);
        boolean isDeliverable = deliverable != null
                && (inScope || wordIndex(item, deliverable.start()) < LEADING_WORDS);
        if (isActivity && isDeliverable) {
            return activity.start() <= deliverable.start() ? ServiceItemKind.ACTIVITY : ServiceItemKind.DELIVERABLE;
        }
        if (isActivity) {
            return ServiceItemKind.ACTIVITY;
        }
        if (isDeliverable) {
            return ServiceItemKind.DELIVERABLE;
        }
        return null;
    }

    /**
     * Whether an activity phrase is a word of a product's name: capitalised after the first word of its segment and
     * followed by a number ("Microsoft Intune Plan 1", "Defender for Endpoint Plan 2").
     */
    private static boolean isNamePart(String item, PhraseMatcher.Match activity) {
        return Character.isUpperCase(item.charAt(activity.start())) && wordIndex(item, activity.start()) > 0
                && NUMBER_AFTER.matcher(item).region(activity.end(), item.length()).lookingAt();
    }

    /**
     * How many words stand before the offset in its segment: a table cell, or the text after a colon
     * or semicolon ("Intune deployment: design and configure ...").
     */
    private static int wordIndex(String text, int offset) {
        int segment = 0;
        for (int i = offset - 1; i >= 0; i--) {
            char c = text.charAt(i);
            if (c == '\t' || c == ':' || c == ';'
                    || (c == '-' || c == '–' || c == '—') && i > 0 && text.charAt(i - 1) == ' ' && i + 1 < text.length()
                    && text.charAt(i + 1) == ' ') {
                segment = i + 1;
                break;
            }
        }
        String before = text.substring(segment, offset).strip();
        return before.isEmpty() ? 0 : PartText.wordCount(before);
    }

    private static boolean isTableHeader(String item) {
        return TABLE_HEADER.matcher(item).matches();
    }
}
