package io.poerules.map.lexicon;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.fasterxml.jackson.databind.json.JsonMapper;
import io.poerules.api.DocumentType;
import io.poerules.api.Program;
import io.poerules.api.RuleBuildException;
import io.poerules.api.RuleProblem;
import io.poerules.api.RuleSet;
import io.poerules.fact.AgreementType;
import io.poerules.fact.ArchitectureChange;
import io.poerules.fact.DateRole;
import io.poerules.fact.IdentifierType;
import io.poerules.fact.RoleType;
import io.poerules.fact.SectionType;
import io.poerules.map.lexicon.LexiconFile.ProductTerm;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The vocabulary the detectors use, merged from every lexicon file of a rule set. Immutable and
 * thread-safe.
 *
 * @since 0.1.0
 */
public final class Lexicon {

    private static final ObjectMapper JSON = JsonMapper.builder()
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(DeserializationFeature.FAIL_ON_READING_DUP_TREE_KEY)
            .build();

    private final List<LexiconFile> files;

    private Lexicon(List<LexiconFile> files) {
        this.files = List.copyOf(files);
    }

    /**
     * Reads and merges the lexicon files of a rule set.
     *
     * @throws RuleBuildException listing every file that is not valid JSON or has an unknown key
     */
    public static Lexicon load(List<RuleSet.Resource> resources) {
        List<LexiconFile> files = new ArrayList<>();
        List<RuleProblem> problems = new ArrayList<>();
        for (RuleSet.Resource resource : resources) {
            try {
                files.add(JSON.readValue(resource.content(), LexiconFile.class));
            } catch (JsonProcessingException e) {
                JsonLocation at = e.getLocation();
                int line = at == null ? 0 : at.getLineNr();
                int column = at == null ? 0 : at.getColumnNr();
                String message = e.getOriginalMessage();
                if (e instanceof UnrecognizedPropertyException unknown) {
                    message = unknownKey(unknown);
                    // reported where the object ends (records buffer unknown keys): point at the key instead
                    Matcher key = Pattern.compile("\"" + Pattern.quote(unknown.getPropertyName()) + "\"\\s*:")
                            .matcher(resource.content());
                    if (key.find()) {
                        String before = resource.content().substring(0, key.start());
                        line = (int) before.chars().filter(c -> c == '\n').count() + 1;
                        column = key.start() - before.lastIndexOf('\n');
                    }
                }
                problems.add(new RuleProblem(resource.origin(), line, column, "lexicon: " + message));
            }
        }
        if (!problems.isEmpty()) {
            throw new RuleBuildException(problems);
        }
        return new Lexicon(files);
    }

    /** "unknown key 'nam' in products[0]; known keys: aliases, generic, name, program, workload". */
    private static String unknownKey(UnrecognizedPropertyException e) {
        StringBuilder where = new StringBuilder();
        List<JsonMappingException.Reference> path = e.getPath();
        for (JsonMappingException.Reference ref : path.subList(0, Math.max(0, path.size() - 1))) {
            where.append(ref.getFieldName() != null ? (where.isEmpty() ? "" : ".") + ref.getFieldName()
                    : "[" + ref.getIndex() + "]");
        }
        String known = e.getKnownPropertyIds() == null ? "" : "; known keys: " + e.getKnownPropertyIds().stream()
                .map(String::valueOf).sorted().collect(java.util.stream.Collectors.joining(", "));
        return "unknown key '" + e.getPropertyName() + "'" + (where.isEmpty() ? "" : " in " + where) + known;
    }

    /** Builds a lexicon from already-parsed files (for tests). */
    public static Lexicon of(List<LexiconFile> files) {
        return new Lexicon(files);
    }

    private <T> List<T> list(Function<LexiconFile, List<T>> field) {
        List<T> out = new ArrayList<>();
        for (LexiconFile f : files) {
            List<T> values = field.apply(f);
            if (values != null) {
                out.addAll(values);
            }
        }
        return List.copyOf(out);
    }

    /** Every language's phrases of a concept, over all files. */
    private List<String> phrases(Function<LexiconFile, Phrases> field) {
        return list(f -> {
            Phrases p = field.apply(f);
            return p == null ? null : p.all();
        });
    }

    private <K extends Enum<K>> Map<K, List<String>> map(Class<K> keys, Function<LexiconFile, Map<K, Phrases>> field) {
        Map<K, List<String>> out = new EnumMap<>(keys);
        for (LexiconFile f : files) {
            Map<K, Phrases> values = field.apply(f);
            if (values != null) {
                values.forEach((k, v) -> {
                    List<String> merged = new ArrayList<>(out.getOrDefault(k, List.of()));
                    merged.addAll(v == null ? List.of() : v.all());
                    out.put(k, List.copyOf(merged));
                });
            }
        }
        return out;
    }

    public List<String> documentTypeTitles(DocumentType type) {
        return phrases(f -> f.documentTypes() == null || f.documentTypes().get(type) == null ? null
                : f.documentTypes().get(type).titles());
    }

    public List<String> documentTypePhrases(DocumentType type) {
        return phrases(f -> f.documentTypes() == null || f.documentTypes().get(type) == null ? null
                : f.documentTypes().get(type).phrases());
    }

    /**
     * The kinds of documents that are no proof of execution, by name, each with its titles and phrases (over all
     * files). The titles a file gives for {@link DocumentType#UNKNOWN} are the kind "not a proof of execution".
     */
    public Map<String, LexiconFile.DocumentTypeTerms> otherKinds() {
        Map<String, List<String>> titles = new java.util.LinkedHashMap<>();
        Map<String, List<String>> phrases = new java.util.LinkedHashMap<>();
        for (LexiconFile f : files) {
            Map<String, LexiconFile.DocumentTypeTerms> kinds = new java.util.LinkedHashMap<>();
            if (f.documentTypes() != null && f.documentTypes().get(DocumentType.UNKNOWN) != null) {
                kinds.put("not a proof of execution", f.documentTypes().get(DocumentType.UNKNOWN));
            }
            if (f.otherKinds() != null) {
                kinds.putAll(f.otherKinds());
            }
            kinds.forEach((name, terms) -> {
                if (terms != null) {
                    titles.computeIfAbsent(name, k -> new ArrayList<>()).addAll(terms.titles() == null ? List.of()
                            : terms.titles().all());
                    phrases.computeIfAbsent(name, k -> new ArrayList<>()).addAll(terms.phrases() == null ? List.of()
                            : terms.phrases().all());
                }
            });
        }
        Map<String, LexiconFile.DocumentTypeTerms> out = new java.util.LinkedHashMap<>();
        titles.forEach((name, list) -> out.put(name, new LexiconFile.DocumentTypeTerms(Phrases.of(list),
                Phrases.of(phrases.get(name)))));
        return out;
    }

    /** The words before a kind's title that make the kind the topic of the line ("a", "an", "your"). */
    public List<String> titleTopicWords() {
        return phrases(LexiconFile::titleTopicWords);
    }

    public Map<SectionType, List<String>> sectionHeadings() {
        return map(SectionType.class, LexiconFile::sectionHeadings);
    }

    /** The words before a section's number ("Section", "Clause", "Cláusula", "Artikel"). */
    public List<String> sectionNumberingWords() {
        return phrases(LexiconFile::sectionNumberingWords);
    }

    public List<String> headingConnectors() {
        return phrases(LexiconFile::headingConnectors);
    }

    public List<String> clauseNumbers() {
        return phrases(LexiconFile::clauseNumbers);
    }

    public List<ProductTerm> products() {
        return list(LexiconFile::products);
    }

    public Map<Program, List<String>> programPhrases() {
        return map(Program.class, LexiconFile::programPhrases);
    }

    /** Other vendors' names and products ("AWS", "Google Cloud", "CloudWatch"). */
    public List<String> otherVendorNames() {
        return phrases(f -> f.otherVendors() == null ? null : f.otherVendors().names());
    }

    /** The words between names offered as alternatives ("or", "oder", "ou"). */
    public List<String> alternativeWords() {
        return phrases(f -> f.otherVendors() == null ? null : f.otherVendors().alternatives());
    }

    public Map<AgreementType, List<String>> agreements() {
        return map(AgreementType.class, LexiconFile::agreements);
    }

    public List<String> customerLabels() {
        return phrases(f -> f.parties() == null ? null : f.parties().customerLabels());
    }

    public List<String> partnerLabels() {
        return phrases(f -> f.parties() == null ? null : f.parties().partnerLabels());
    }

    private List<String> parties(Function<LexiconFile.PartyTerms, Phrases> field) {
        return phrases(f -> f.parties() == null ? null : field.apply(f.parties()));
    }

    public List<String> legalForms() {
        return parties(LexiconFile.PartyTerms::legalForms);
    }

    public List<String> organisationWords() {
        return parties(LexiconFile.PartyTerms::organisationWords);
    }

    public List<String> businessWords() {
        return parties(LexiconFile.PartyTerms::businessWords);
    }

    public List<String> issuerMarkers() {
        return parties(LexiconFile.PartyTerms::issuerMarkers);
    }

    public List<String> preambleMarkers() {
        return parties(LexiconFile.PartyTerms::preambleMarkers);
    }

    public List<String> conjunctions() {
        return parties(LexiconFile.PartyTerms::conjunctions);
    }

    public List<String> onBehalfPhrases() {
        return parties(LexiconFile.PartyTerms::onBehalfPhrases);
    }

    public List<String> performerPhrases() {
        return parties(LexiconFile.PartyTerms::performerPhrases);
    }

    public List<String> engagerPhrases() {
        return parties(LexiconFile.PartyTerms::engagerPhrases);
    }

    public List<String> helpPhrases() {
        return parties(LexiconFile.PartyTerms::helpPhrases);
    }

    public List<String> servedWords() {
        return parties(LexiconFile.PartyTerms::servedWords);
    }

    public List<String> partiesHeadings() {
        return parties(LexiconFile.PartyTerms::partiesHeadings);
    }

    public List<String> projectWords() {
        return parties(LexiconFile.PartyTerms::projectWords);
    }

    public List<String> freeMailProviders() {
        return parties(LexiconFile.PartyTerms::freeMailProviders);
    }

    public List<String> departmentWords() {
        return parties(LexiconFile.PartyTerms::departmentWords);
    }

    public List<String> contactWords() {
        return parties(LexiconFile.PartyTerms::contactWords);
    }

    public List<String> approvalActions() {
        return ack(LexiconFile.AcknowledgementTerms::approvalActions);
    }

    public List<String> personTitles() {
        return parties(LexiconFile.PartyTerms::personTitles);
    }

    public List<String> activityPhrases() {
        return phrases(LexiconFile::activityPhrases);
    }

    public List<String> deliverablePhrases() {
        return phrases(LexiconFile::deliverablePhrases);
    }

    public List<String> businessNeedPhrases() {
        return phrases(LexiconFile::businessNeedPhrases);
    }

    public List<String> benefitPhrases() {
        return phrases(LexiconFile::benefitPhrases);
    }

    public Map<ArchitectureChange, List<String>> architecturePhrases() {
        return map(ArchitectureChange.class, LexiconFile::architecturePhrases);
    }

    public List<String> infrastructurePhrases() {
        return phrases(LexiconFile::infrastructurePhrases);
    }

    public Map<RoleType, List<String>> rolePhrases() {
        return map(RoleType.class, LexiconFile::rolePhrases);
    }

    public List<String> amendmentPhrases() {
        return phrases(LexiconFile::amendmentPhrases);
    }

    public List<String> implementationPlanPhrases() {
        return phrases(LexiconFile::implementationPlanPhrases);
    }

    public Map<DateRole, List<String>> dateLabels() {
        return map(DateRole.class, LexiconFile::dateLabels);
    }

    /** The labels of one field of a quoted email header block ("FROM", "SENT", "TO", "CC", "SUBJECT"). */
    public List<String> emailHeaderLabels(String field) {
        return phrases(f -> f.email() == null || f.email().headerLabels() == null ? null
                : f.email().headerLabels().get(field));
    }

    private List<String> email(Function<LexiconFile.EmailTerms, Phrases> field) {
        return phrases(f -> f.email() == null ? null : field.apply(f.email()));
    }

    public List<String> replyIntros() {
        return email(LexiconFile.EmailTerms::replyIntros);
    }

    public List<String> replyPrefixes() {
        return email(LexiconFile.EmailTerms::replyPrefixes);
    }

    public List<String> forwardPrefixes() {
        return email(LexiconFile.EmailTerms::forwardPrefixes);
    }

    public List<String> schedulingWords() {
        return email(LexiconFile.EmailTerms::schedulingWords);
    }

    /** Per month (1 to 12), its names by language, over all files. */
    public Map<Integer, Map<String, List<String>>> months() {
        Map<Integer, Map<String, List<String>>> out = new java.util.TreeMap<>();
        for (LexiconFile f : files) {
            if (f.dates() == null || f.dates().months() == null) {
                continue;
            }
            f.dates().months().forEach((month, phrases) -> {
                if (phrases != null) {
                    Map<String, List<String>> byLanguage = out.computeIfAbsent(month.getValue(), m -> new java.util.LinkedHashMap<>());
                    phrases.byLanguage().forEach((language, list) -> byLanguage.merge(language, list, (a, b) -> {
                        List<String> merged = new ArrayList<>(a);
                        merged.addAll(b);
                        return merged;
                    }));
                }
            });
        }
        return out;
    }

    private List<String> dates(Function<LexiconFile.DateTerms, Phrases> field) {
        return phrases(f -> f.dates() == null ? null : field.apply(f.dates()));
    }

    public List<String> dateConnectors() {
        return dates(LexiconFile.DateTerms::connectors);
    }

    public List<String> dayFirstCues() {
        return dates(LexiconFile.DateTerms::dayFirstCues);
    }

    public List<String> monthFirstCues() {
        return dates(LexiconFile.DateTerms::monthFirstCues);
    }

    /** Per identifier type, the labels written before a tenant or subscription id. */
    public Map<IdentifierType, List<String>> identifierLabels() {
        return map(IdentifierType.class, LexiconFile::identifierLabels);
    }

    private List<String> ack(Function<LexiconFile.AcknowledgementTerms, Phrases> field) {
        return phrases(f -> f.acknowledgement() == null ? null : field.apply(f.acknowledgement()));
    }

    public List<String> signatureLabels() {
        return ack(LexiconFile.AcknowledgementTerms::signatureLabels);
    }

    public List<String> nameLabels() {
        return ack(LexiconFile.AcknowledgementTerms::nameLabels);
    }

    public List<String> titleLabels() {
        return ack(LexiconFile.AcknowledgementTerms::titleLabels);
    }

    /** The labels of a signature block's date line (the top-level {@link #dateLabels} label dates by role). */
    public List<String> blockDateLabels() {
        return ack(LexiconFile.AcknowledgementTerms::dateLabels);
    }

    public List<String> companyLabels() {
        return ack(LexiconFile.AcknowledgementTerms::companyLabels);
    }

    public List<String> acceptanceLabels() {
        return ack(LexiconFile.AcknowledgementTerms::acceptanceLabels);
    }

    public List<String> electronicSignatureMarkers() {
        return ack(LexiconFile.AcknowledgementTerms::electronicSignatureMarkers);
    }

    public List<String> approvalPhrases() {
        return ack(LexiconFile.AcknowledgementTerms::approvalPhrases);
    }

    public List<String> receiptPhrases() {
        return ack(LexiconFile.AcknowledgementTerms::receiptPhrases);
    }

    public List<String> negations() {
        return ack(LexiconFile.AcknowledgementTerms::negations);
    }

    public List<String> thisMessagePhrases() {
        return ack(LexiconFile.AcknowledgementTerms::thisMessagePhrases);
    }

    public List<String> certificateTitles() {
        return ack(LexiconFile.AcknowledgementTerms::certificateTitles);
    }

    public List<String> certificateSignedWords() {
        return ack(LexiconFile.AcknowledgementTerms::certificateSignedWords);
    }

    public List<String> quoteMarkers() {
        return ack(LexiconFile.AcknowledgementTerms::quoteMarkers);
    }
}
