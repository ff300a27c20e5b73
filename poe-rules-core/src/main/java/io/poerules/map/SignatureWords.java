package io.poerules.map;

import io.poerules.map.lexicon.Lexicon;
import io.poerules.map.lexicon.PhraseMatcher;
import java.util.List;

/**
 * The words of signature and acceptance blocks, from the lexicon: the labels of the signature line ("Signature",
 * "By", "Unterschrift"), of the signer's name, title and date, of the company signed for, acceptance labels
 * ("Accepted by", "Bon pour accord"), electronic-signature markers ("DocuSigned by", "/s/") and the phrases that
 * say for whom one signs ("for and on behalf of", "namens"), and the titles of e-signature certificates, whose events
 * {@link ESignatureDetector} reads rather than as blocks.
 */
record SignatureWords(PhraseMatcher signature, PhraseMatcher name, PhraseMatcher title, PhraseMatcher date,
                      PhraseMatcher company, PhraseMatcher acceptance, PhraseMatcher electronic,
                      PhraseMatcher onBehalf, PhraseMatcher certificates) {

    static SignatureWords of(Lexicon lexicon) {
        return new SignatureWords(PhraseMatcher.of(lexicon.signatureLabels()), PhraseMatcher.of(lexicon.nameLabels()),
                PhraseMatcher.of(lexicon.titleLabels()), PhraseMatcher.of(lexicon.blockDateLabels()),
                PhraseMatcher.of(lexicon.companyLabels()), PhraseMatcher.of(lexicon.acceptanceLabels()),
                PhraseMatcher.of(lexicon.electronicSignatureMarkers()), PhraseMatcher.of(lexicon.onBehalfPhrases()),
                PhraseMatcher.of(lexicon.certificateTitles()));
    }

    /** Where an e-signature certificate starts: its title at the start of a line; -1 when there is none. */
    int certificateStart(String text) {
        for (PhraseMatcher.Match m : certificates.findAll(text)) {
            int lineStart = text.lastIndexOf('\n', m.start()) + 1;
            if (text.substring(lineStart, m.start()).isBlank()) {
                return lineStart;
            }
        }
        return -1;
    }

    /** For tests: the words given, with no title, date or company labels beyond the usual English ones. */
    static SignatureWords of(List<String> signature, List<String> name, List<String> acceptance, List<String> electronic,
                             List<String> onBehalf) {
        return new SignatureWords(PhraseMatcher.of(signature), PhraseMatcher.of(name),
                PhraseMatcher.of(List.of("Title", "Position", "Role", "Job Title")),
                PhraseMatcher.of(List.of("Date", "Dated", "Date signed")),
                PhraseMatcher.of(List.of("Company", "Organisation", "Organization")), PhraseMatcher.of(acceptance),
                PhraseMatcher.of(electronic), PhraseMatcher.of(onBehalf), PhraseMatcher.of(List.of("Certificate Of Completion")));
    }
}
