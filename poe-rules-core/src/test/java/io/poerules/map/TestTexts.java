package io.poerules.map;

import com.fasterxml.jackson.databind.json.JsonMapper;
import io.poerules.extract.DocumentPart;
import io.poerules.extract.EmailHeaders;
import io.poerules.map.lexicon.Lexicon;
import io.poerules.map.lexicon.LexiconFile;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/** Builds the inputs detectors take: small inline lexicons and parts made from strings. */
final class TestTexts {

    private TestTexts() {
    }

    /** A lexicon from one JSON document (the shape of a lexicon file). */
    /**
     * Texts made of random pieces, the same for the same seed: for tests that set a search against the regular
     * expression it stands for.
     *
     * @param count     how many texts
     * @param maxPieces the most pieces in one text
     */
    static List<String> randomTexts(List<String> pieces, long seed, int count, int maxPieces) {
        Random random = new Random(seed);
        List<String> texts = new ArrayList<>();
        for (int round = 0; round < count; round++) {
            StringBuilder built = new StringBuilder();
            for (int i = random.nextInt(maxPieces); i >= 0; i--) {
                built.append(pieces.get(random.nextInt(pieces.size())));
            }
            texts.add(built.toString());
        }
        return texts;
    }

    static Lexicon lexicon(String json) {
        return Lexicon.of(List.of(lexiconFile(json)));
    }

    static LexiconFile lexiconFile(String json) {
        try {
            return JsonMapper.builder().build().readValue(json, LexiconFile.class);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A signature detector with the words, roles, name shapes and dates of a lexicon. */
    static SignatureDetector signatureDetector(Lexicon lexicon) {
        return new SignatureDetector(SignatureWords.of(lexicon), new RoleWords(lexicon.customerLabels(), lexicon.partnerLabels()),
                new OrganisationShape(lexicon.legalForms(), lexicon.organisationWords(), lexicon.personTitles()),
                new DateParser(lexicon.months(), lexicon.dateConnectors(), lexicon.dayFirstCues(), lexicon.monthFirstCues()));
    }

    static DocumentPart plain(String text) {
        return new DocumentPart(null, 0, "text/plain", text, false, null, null, null);
    }

    static DocumentPart paged(String... pages) {
        return new DocumentPart(null, 0, "application/pdf", String.join("\f", pages), true, null, null, null);
    }

    static DocumentPart titled(String title, String text) {
        return new DocumentPart(null, 0, "application/pdf", text, false, title, null, null);
    }

    static DocumentPart email(String from, String sent, String subject, String body) {
        return email(from, List.of("sam.lee@fabrikam.com"), sent, subject, body);
    }

    static DocumentPart email(String from, List<String> to, String sent, String subject, String body) {
        return new DocumentPart(null, 0, "message/rfc822", body, false, subject, null,
                new EmailHeaders(from, to, List.of(), sent == null ? null : Instant.parse(sent), subject));
    }

    static PartText text(String text) {
        return new PartText(plain(text));
    }

    /** Runs one detector over a plain-text part, with the sections the given headings find. */
    static MappedFacts detect(PartDetector detector, Sections sections, String text) {
        return detect(detector, sections, text, new MappedFacts());
    }

    static MappedFacts detect(PartDetector detector, Sections sections, String text, MappedFacts facts) {
        PartText part = text(text);
        detector.detect(part, sections.find(part), facts);
        return facts;
    }
}
