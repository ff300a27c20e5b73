package io.poerules.map;

import io.poerules.map.lexicon.PhraseMatcher;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What a name written in a document looks like: where an organisation's name ends (after its legal form,
 * before an address, a contact or the next field), and whether a line is an organisation's name at all (it
 * has a legal form, "Ltd", "GmbH", "Pty Ltd", or an organisation word, "Council", "University", "Credit
 * Union"). Both lists come from the lexicon. Immutable and thread-safe.
 */
final class OrganisationShape {

    /** What follows a name in the same cell: the next field of a line, an address, a contact. */
    private static final Pattern AFTER_NAME = Pattern.compile(
            "\\t|\u000B| {3,}| [·•|] |\\s+[–—]\\s+(?=\\p{Lu}\\p{Ll}*\\s*\\d)|\\s*\\((?:the\\s+)?[\"“”'‘]|\\s+\\((?![A-Z]{2,3}\\)\\s+\\p{Lu})|,?\\s+(?:Attn|Attention|ABN|ACN|UEN|GST|VAT|CNPJ|NIF|CIF|SIRET|KvK|Reg\\.?|Tel|Phone|Email|E-mail|www\\.)\\b"
                    + "|,\\s*(?=\\d)|\\s+\\d{2,}\\s|\\s*<[^>]*@|\\s+\\S+@\\S+");
    private static final Pattern APPOSITIVE = Pattern.compile(
            ",\\s+(?:a|an|whose|with|having|registered|incorporated|organi[sz]ed|acting|represented|located|of|situated|"
                    + "sociedad|société|società|sociedade|empresa|company)\\s.*$", Pattern.CASE_INSENSITIVE);
    private static final Pattern PLACEHOLDER = Pattern.compile(
            "(?i)^(?:tbd|tbc|n/?a|none|null|-+|_+|\\.+|x+|\\[.*]|<<?.*>>?|\\{\\{?.*}}?|your company|company name|client name|customer name|partner name)$");
    /** A word in lower case that is no connective of a name ("Bank of America"): the name ended before it. */
    private static final Pattern LOWER_CASE_WORD = Pattern.compile(
            "\\s+(?!(?:of|and|the|for|de|du|des|la|le|les|van|der|den|von|y|e|da|do|dos|das|di|del|della|und|et|en|i|z)\\b)\\p{Ll}[\\p{L}'’]*\\b");
    private static final int MAX_WORDS = 12;
    /** The small words between the words of a name ("Sistemas e Serviços", "Bank of"). */
    private static final Pattern CONNECTIVES = Pattern.compile(
            "(?i)\\b(?:the|of|and|for|de|la|le|der|die|das|e|y|et|und|en|i|y|da|do|del|di)\\b");
    private static final int MAX_LENGTH = 90;

    private static final Pattern PERSON_NAME = Pattern.compile(
            "^(?:\\p{Lu}[\\p{L}'’\\-]*\\.?\\s+){1,3}\\p{Lu}[\\p{L}'’\\-]+(?:\\s*[,(–\\-|]\\s*(.+))?$");

    private final PhraseMatcher legalForms;
    private final PhraseMatcher organisationWords;
    private final PhraseMatcher businessWords;
    private final PhraseMatcher personTitles;
    private final PhraseMatcher departmentWords;

    OrganisationShape(List<String> legalForms, List<String> organisationWords, List<String> personTitles) {
        this(legalForms, organisationWords, List.of(), personTitles, List.of());
    }

    /**
     * @param businessWords   words that make a name an organisation's when they end it ("Solutions", "Consulting")
     * @param departmentWords the names of a part of an organisation ("Business Office", "Accounts Payable"): a
     *                        name that is only such words and organisation words is none
     */
    OrganisationShape(List<String> legalForms, List<String> organisationWords, List<String> businessWords,
                      List<String> personTitles, List<String> departmentWords) {
        this.legalForms = PhraseMatcher.of(legalForms);
        this.organisationWords = PhraseMatcher.of(organisationWords);
        this.businessWords = PhraseMatcher.of(businessWords);
        this.personTitles = PhraseMatcher.of(personTitles);
        this.departmentWords = PhraseMatcher.of(departmentWords);
    }

    /**
     * Whether a name is only words that any organisation uses ("TECHNOLOGY SERVICES, LLC", "Business Office"): it
     * needs a proper name beside it to name one.
     */
    boolean isGeneric(String name) {
        String rest = name;
        for (PhraseMatcher matcher : List.of(departmentWords, organisationWords, businessWords, legalForms)) {
            for (PhraseMatcher.Match m : matcher.findAll(rest)) {
                rest = rest.substring(0, m.start()) + " ".repeat(m.end() - m.start()) + rest.substring(m.end());
            }
        }
        return PartText.isOnlySpaceOr(CONNECTIVES.matcher(rest).replaceAll(""), ".,&'’-/");
    }

    private static final Pattern PERSON = Pattern.compile(
            "^(?:\\p{Lu}[\\p{L}'’\\-]*\\.?\\s+){1,5}\\p{Lu}[\\p{L}'’\\-]+$");
    private static final Pattern INITIALS_AND_SURNAME = Pattern.compile(
            "^(?:\\p{Lu}\\.\\s*){1,3}\\p{Lu}[\\p{L}'’\\-]+$");

    /**
     * The person a text names, without the title after a comma or in parentheses ("Assoc Prof Tan Wei Ming,
     * Director" gives "Assoc Prof Tan Wei Ming"), or {@code null} when it reads as no person's name: a few
     * capitalised words or initials and a surname, no organisation word, legal form or digit.
     */
    String personName(String text) {
        String v = AFTER_PERSON_NAME.split(text.strip())[0].strip();
        if (v.isEmpty() || v.chars().anyMatch(Character::isDigit) || isOrganisation(v)) {
            return null;
        }
        v = withoutAddress(v);
        return PERSON.matcher(v).matches() || INITIALS_AND_SURNAME.matcher(v).matches() ? v : null;
    }

    /**
     * A name without the abbreviated form of address before it: "Dr. Celia Navarro" and "dott.ssa Paola Villa" give
     * the name; a value without one is returned as it is, and so is one whose form of address may be an initial
     * before a surname ("M. Teo").
     */
    String withoutAddress(String value) {
        PhraseMatcher.Match address = personTitles.findStartingBy(value, 0);
        if (address == null || address.start() > 0 || !address.phrase().contains(".") || address.end() >= value.length()
                || !Character.isWhitespace(value.charAt(address.end()))) {
            return value;
        }
        String name = value.substring(address.end()).strip();
        // "M." is also an initial: "M. Teo" keeps it
        return address.end() <= 2 && PartText.wordCount(name) < 2 ? value : name;
    }

    /**
     * Whether a value names a person: a few capitalised words and a job title after them ("Tyler VanDyke, Account
     * Executive", "Jane Doe (CIO)"), or a form of address before them ("Dr. Celia Navarro"); not an organisation.
     */
    boolean isPerson(String value) {
        String v = value.strip();
        if (isOrganisation(PERSON_FIELD_END.split(v)[0])) {
            return false;
        }
        PhraseMatcher.Match whole = personTitles.findStartingBy(v, 0);
        if (whole != null && whole.start() == 0 && whole.end() == v.length()) {
            return true;
        }
        PhraseMatcher.Match address = personTitles.findStartingBy(v, 0);
        if (address != null && address.start() == 0 && address.phrase().endsWith(".")) {
            return true;
        }
        if (INITIALS_AND_SURNAME.matcher(v).matches()) {
            return true;
        }
        Matcher m = PERSON_NAME.matcher(v);
        return m.matches() && m.group(1) != null && personTitles.matches(m.group(1));
    }

    /** A value in brackets, as a template's blanks are written: "[Customer Name]", "<<Client>>", "{{partner}}". */
    private static final Pattern BRACKETED = Pattern.compile("\\[[^\\]]*]|<<?[^>]*>>?|\\{\\{?[^}]*}}?");
    private static final Pattern LEADING_CODE = Pattern.compile(
            "^(?:(?=[A-Z]{0,3}\\d\\S*\\d)[A-Z]{0,3}\\d[\\w\\-/]*\\s*[-–:]?\\s+)+(?=\\p{L})");

    /**
     * The organisation's name at the start of a text (a label's value, a preamble's party, a caption): cut
     * after its legal form, or before an address, a contact, a defined term or the next field; {@code null}
     * when it is none (empty, a placeholder, a sentence, too long).
     */
    String nameAt(String text) {
        String segment = organisationSegment(text.strip());
        String s = mayStartWithCode(segment) ? LEADING_CODE.matcher(segment).replaceFirst("") : segment;
        if (!s.isEmpty() && "[<{".indexOf(s.charAt(0)) >= 0 && BRACKETED.matcher(s).lookingAt()) {
            return null;
        }
        int comma = s.indexOf(", ");
        if (comma > 0 && isJobTitle(s.substring(0, comma))) {
            s = s.substring(comma + 2);
        }
        Matcher after = AFTER_NAME.matcher(s);
        if (after.find()) {
            s = s.substring(0, after.start());
        }
        s = s.indexOf(',') < 0 ? s : APPOSITIVE.matcher(s).replaceFirst("");
        s = endAtLegalForm(s);
        if (!endsWithLegalForm(s) && s.indexOf(',') > 0) {
            s = s.substring(0, s.indexOf(','));
        }
        List<PhraseMatcher.Match> forms = legalForms.findAll(s);
        Matcher lower = LOWER_CASE_WORD.matcher(s);
        while (lower.find()) {
            int word = lower.end() - lower.group().stripLeading().length();
            if (lower.start() > 0 && forms.stream().noneMatch(f -> f.start() <= word && word < f.end())) {
                s = s.substring(0, lower.start());
                break;
            }
        }
        s = MARKS_AROUND.matcher(s).replaceAll("").strip();
        if (s.endsWith(".") && !ENDS_WITH_INITIALS.matcher(s).matches() && !endsWithLegalForm(s)) {
            s = s.substring(0, s.length() - 1).strip();
        }
        return acceptable(s) && !isOnlyLegalForm(s) && !isOnlyOrganisationWords(s) && !isDepartment(s) && !isJobTitle(s)
                ? s : null;
    }

    /**
     * Whether a text starts as {@link #LEADING_CODE} must: up to three capitals, then a digit. Only then is the
     * expression tried.
     */
    private static boolean mayStartWithCode(String s) {
        int j = 0;
        while (j < s.length() && j < 4 && s.charAt(j) >= 'A' && s.charAt(j) <= 'Z') {
            j++;
        }
        return j <= 3 && j < s.length() && s.charAt(j) >= '0' && s.charAt(j) <= '9';
    }

    /** Quotes, brackets and emphasis marks around a name, and punctuation after it. */
    private static final Pattern MARKS_AROUND = Pattern.compile("^[\"“'‘(\\[*_]+|[\"”'’,;:(\\[*_]+$");
    /** A name that ends with an initial or an abbreviation in capitals ("J.", "U.K."): its full stop is kept. */
    private static final Pattern ENDS_WITH_INITIALS = Pattern.compile(".*\\b\\p{Lu}\\.?\\p{Lu}?\\.$");
    /** What ends a person's name in a field: a comma or bracket, or a dash between spaces ("Ana Ruiz – CTO"). */
    private static final Pattern AFTER_PERSON_NAME = Pattern.compile("\\s*[,(|]\\s*|\\s+[–—·-]\\s+");
    /** What ends the first field of a value that may name a person ("Ana Ruiz, CTO", "Ana Ruiz (Contoso)"). */
    private static final Pattern PERSON_FIELD_END = Pattern.compile("[,(–|]");
    /** A name in lower case with a capital second letter ("eBay", "iTalent"). */
    private static final Pattern LOWER_THEN_CAPITAL = Pattern.compile("^[a-z][A-Z].*");
    private static final Pattern SEGMENT = Pattern.compile("\\s+[–—|/]\\s+|\\s+-\\s+");

    /**
     * Of a line in segments ("Privileged & Confidential – Ashcombe Whitlow LLP"), the first segment with a legal
     * form or an organisation word; the line itself when it has one segment or none has.
     */
    private String organisationSegment(String s) {
        String[] segments = SEGMENT.split(s);
        if (segments.length < 2) {
            return s;
        }
        for (String segment : segments) {
            if (isOrganisation(segment)) {
                return segment;
            }
        }
        return s;
    }

    /** Whether a text holds a job title or form of address anywhere ("Enterprise Architect", "Head of IT"). */
    boolean mentionsJobTitle(String text) {
        return personTitles.find(text) != null;
    }

    /** Whether a text is only a job title ("Director", "Managing Director"), as a label of the person who holds it. */
    boolean isTitleOnly(String text) {
        String t = text.strip();
        PhraseMatcher.Match m = personTitles.findStartingBy(t, 0);
        return m != null && m.start() == 0 && m.end() == t.length();
    }

    /** Whether a name has a legal form or an organisation word: it names an organisation, not a person or a thing. */
    boolean isOrganisation(String name) {
        return legalForms.matches(name) || organisationWords.matches(name) || endsWithBusinessWord(name);
    }

    /**
     * Whether a text holds a legal form, an organisation word or a business word anywhere: only then can a name cut
     * from it ({@link #nameAt} cuts where a word ends) name an organisation ({@link #isOrganisation}).
     */
    boolean mayNameOrganisation(String text) {
        return legalForms.matches(text) || organisationWords.matches(text) || businessWords.matches(text);
    }

    /** Whether a name's last word is a business word ("Contoso Cloud Solutions"): "Cloud Workplace Move" is no name. */
    private boolean endsWithBusinessWord(String name) {
        String n = PartText.stripEnd(name.strip(), ".,");
        for (PhraseMatcher.Match m : businessWords.findAll(n)) {
            if (m.end() == n.length() && m.start() > 0) {
                return true;
            }
        }
        return false;
    }

    /** Whether a name ends with a legal form ("Contoso Ltd", "Fabrikam, Inc."). */
    boolean endsWithLegalForm(String name) {
        for (PhraseMatcher.Match m : legalForms.findAll(name)) {
            if (PartText.isOnlySpaceOr(name.substring(m.end()), ".,)")) {
                return true;
            }
        }
        return false;
    }

    /** A name without the legal form that ends it ("Azure Bay Resorts" of "Azure Bay Resorts, Ltd."). */
    String withoutLegalForm(String name) {
        for (PhraseMatcher.Match m : legalForms.findAll(name)) {
            if (m.start() > 0 && PartText.isOnlySpaceOr(name.substring(m.end()), ".,)")) {
                return PartText.stripEnd(name.substring(0, m.start()), ",");
            }
        }
        return name;
    }

    /** Whether a name is a person's job ("Director of Technology"): it starts with a title and has no legal form. */
    private boolean isJobTitle(String s) {
        PhraseMatcher.Match m = personTitles.findStartingBy(s, 0);
        return m != null && m.start() == 0 && !endsWithLegalForm(s);
    }

    /** Whether a name is only a part of an organisation ("BUSINESS OFFICE", "Technology Department"). */
    private boolean isDepartment(String s) {
        return departmentWords.matches(s) && isGeneric(s);
    }

    /** Whether a name is only organisation words and articles ("Hospital", "the University"): it names no one. */
    private boolean isOnlyOrganisationWords(String s) {
        String rest = s;
        for (PhraseMatcher matcher : List.of(organisationWords, businessWords)) {
            for (PhraseMatcher.Match m : matcher.findAll(s)) {
                rest = rest.replace(s.substring(m.start(), m.end()), " ");
            }
        }
        return !rest.equals(s) && PartText.isOnlySpaceOr(CONNECTIVES.matcher(rest).replaceAll(""), ".,&'’-");
    }

    private boolean isOnlyLegalForm(String s) {
        PhraseMatcher.Match m = legalForms.findStartingBy(s, 0);
        return m != null && m.start() == 0 && PartText.isOnlySpaceOr(s.substring(m.end()), ".,");
    }

    /** The name up to the end of its first legal form, when one stands after its first word. */
    private String endAtLegalForm(String s) {
        for (PhraseMatcher.Match m : legalForms.findAll(s)) {
            if (m.start() > 0) {
                int end = m.end();
                if (end < s.length() && s.charAt(end) == '.') {
                    end++;
                }
                return s.substring(0, end);
            }
        }
        return s;
    }

    private static boolean acceptable(String s) {
        if (s.length() < 2 || s.length() > MAX_LENGTH || PLACEHOLDER.matcher(s).matches()) {
            return false;
        }
        int first = s.codePointAt(0);
        if (!Character.isLetterOrDigit(first) || Character.isLowerCase(first) && !LOWER_THEN_CAPITAL.matcher(s).matches()) {
            return false;
        }
        long letters = s.codePoints().filter(Character::isLetter).count();
        return letters >= 2 && PartText.wordCount(s) <= MAX_WORDS && !s.contains(":") && !s.contains("@");
    }
}
