package io.poerules.map;

import io.poerules.map.lexicon.Lexicon;
import io.poerules.map.lexicon.PhraseMatcher;
import java.nio.CharBuffer;
import java.util.List;
import java.util.regex.Pattern;

/**
 * The words of signature and acceptance blocks, from the lexicon: the labels of the signature line ("Signature",
 * "By", "Unterschrift"), of the signer's name, title and date, of the company signed for, acceptance labels
 * ("Accepted by", "Bon pour accord"), electronic-signature markers ("DocuSigned by", "/s/") and the phrases that
 * say for whom one signs ("for and on behalf of", "namens"), the titles of e-signature certificates, whose events
 * {@link ESignatureDetector} reads rather than as blocks, and the conjunctions of labels in two words ("Signature et
 * cachet", "Firma y sello").
 */
record SignatureWords(PhraseMatcher signature, PhraseMatcher name, PhraseMatcher title, PhraseMatcher date,
                      PhraseMatcher company, PhraseMatcher acceptance, PhraseMatcher electronic,
                      PhraseMatcher onBehalf, PhraseMatcher certificates, PhraseMatcher conjunctions) {

    static SignatureWords of(Lexicon lexicon) {
        return new SignatureWords(PhraseMatcher.of(lexicon.signatureLabels()), PhraseMatcher.of(lexicon.nameLabels()),
                PhraseMatcher.of(lexicon.titleLabels()), PhraseMatcher.of(lexicon.blockDateLabels()),
                PhraseMatcher.of(lexicon.companyLabels()), PhraseMatcher.of(lexicon.acceptanceLabels()),
                PhraseMatcher.of(lexicon.electronicSignatureMarkers()), PhraseMatcher.of(lexicon.onBehalfPhrases()),
                PhraseMatcher.of(lexicon.certificateTitles()), PhraseMatcher.of(lexicon.conjunctions()));
    }

    /**
     * The words with the signature labels that are also company labels left out ("Firma": a signature in Spanish and
     * Italian, a company in German), or these words when there are none.
     */
    SignatureWords withCompanyLabelsAsCompanies() {
        java.util.Set<String> companies = new java.util.HashSet<>();
        company.phrases().forEach(p -> companies.add(p.toLowerCase(java.util.Locale.ROOT)));
        List<String> kept = signature.phrases().stream()
                .filter(p -> !companies.contains(p.toLowerCase(java.util.Locale.ROOT))).toList();
        return kept.size() == signature.phrases().size() ? this : new SignatureWords(PhraseMatcher.of(kept), name,
                title, date, company, acceptance, electronic, onBehalf, certificates, conjunctions);
    }

    /**
     * Where an e-signature certificate starts: its title at the start of a line of its own, or beside a date (not a
     * table row's cell); -1 when there is none.
     */
    int certificateStart(String text) {
        return certificateStart(certificates, text);
    }

    /** Where a certificate with one of the titles starts, as {@link #certificateStart(String)}. */
    static int certificateStart(PhraseMatcher titles, String text) {
        for (int lineStart = 0, lineEnd; lineStart < text.length(); lineStart = lineEnd + 1) {
            lineEnd = text.indexOf('\n', lineStart);
            lineEnd = lineEnd < 0 ? text.length() : lineEnd;
            int first = lineStart;
            while (first < lineEnd && Character.isWhitespace(text.charAt(first))) {
                first++;
            }
            PhraseMatcher.Match m = first == lineEnd ? null
                    : titles.findStartingBy(CharBuffer.wrap(text, first, lineEnd), 0);
            if (m == null || m.start() > 0) {
                continue;
            }
            String rest = text.substring(first + m.end(), lineEnd);
            if (rest.indexOf('\t') < 0 && PartText.wordCount(rest.strip()) <= TITLE_TAIL_WORDS
                    || DATE_CELL.matcher(rest).matches()) {
                return lineStart;
            }
        }
        return -1;
    }

    /** A date in the cell beside a certificate's title ("Final Audit Report | 2026-08-18"). */
    private static final Pattern DATE_CELL = Pattern.compile(
            "\\s*\\t\\s*\\d{1,4}[\\-/.]\\d{1,2}[\\-/.]\\d{1,4}\\s*");
    /** Words after a certificate's title on its line ("Certificate Of Completion Envelope Id: 7F3A..."). */
    private static final int TITLE_TAIL_WORDS = 4;

    /** For tests: the words given, with no title, date or company labels beyond the usual English ones. */
    static SignatureWords of(List<String> signature, List<String> name, List<String> acceptance, List<String> electronic,
                             List<String> onBehalf) {
        return new SignatureWords(PhraseMatcher.of(signature), PhraseMatcher.of(name),
                PhraseMatcher.of(List.of("Title", "Position", "Role", "Job Title")),
                PhraseMatcher.of(List.of("Date", "Dated", "Date signed")),
                PhraseMatcher.of(List.of("Company", "Organisation", "Organization")), PhraseMatcher.of(acceptance),
                PhraseMatcher.of(electronic), PhraseMatcher.of(onBehalf), PhraseMatcher.of(List.of("Certificate Of Completion")),
                PhraseMatcher.of(List.of("and")));
    }
}
