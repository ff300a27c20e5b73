package io.poerules.map.lexicon;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * The phrasings of one concept, by language. In a lexicon file it is written either as a list, phrases of
 * any language, or as an object from a language's code to its list:
 *
 * <pre>
 * "customerLabels": {"en": ["Customer", "Client"], "de": ["Auftraggeber", "Kunde"], "nl": ["Opdrachtgever"]}
 * </pre>
 *
 * The detectors look for the phrases of every language at once: a language is added by adding its
 * phrasings. Immutable.
 *
 * @param byLanguage the phrases of each language, in the order written; the key {@link #ANY_LANGUAGE} holds
 *                   those written as a plain list
 * @since 0.1.0
 */
@JsonDeserialize(using = Phrases.Reader.class)
public record Phrases(Map<String, List<String>> byLanguage) {

    /** The key of phrases written as a plain list, of no language in particular. */
    public static final String ANY_LANGUAGE = "*";

    private static final Pattern LANGUAGE = Pattern.compile("[a-z]{2,3}(?:-[A-Za-z0-9]{2,8})*");

    public Phrases {
        Map<String, List<String>> copy = new LinkedHashMap<>();
        byLanguage.forEach((language, phrases) -> copy.put(language, List.copyOf(phrases)));
        byLanguage = java.util.Collections.unmodifiableMap(copy);
    }

    /** Phrases of no language in particular. */
    public static Phrases of(Collection<String> phrases) {
        return new Phrases(Map.of(ANY_LANGUAGE, List.copyOf(phrases)));
    }

    /** Every language's phrases, in the order written. */
    public List<String> all() {
        List<String> out = new ArrayList<>();
        byLanguage.values().forEach(out::addAll);
        return out;
    }

    /** Reads a list, or an object of lists keyed by language code. */
    static final class Reader extends JsonDeserializer<Phrases> {

        @Override
        public Phrases deserialize(JsonParser parser, DeserializationContext context) throws IOException {
            if (parser.currentToken() == JsonToken.START_ARRAY) {
                return Phrases.of(strings(parser, context));
            }
            if (parser.currentToken() != JsonToken.START_OBJECT) {
                return (Phrases) context.handleUnexpectedToken(Phrases.class, parser);
            }
            Map<String, List<String>> byLanguage = new LinkedHashMap<>();
            for (JsonToken t = parser.nextToken(); t == JsonToken.FIELD_NAME; t = parser.nextToken()) {
                String language = parser.currentName();
                if (!LANGUAGE.matcher(language).matches()) {
                    context.reportInputMismatch(Phrases.class, "'" + language
                            + "' is not a language code: write phrases as a list, or as an object from language codes"
                            + " (\"en\", \"de\", \"pt-BR\") to lists");
                }
                if (byLanguage.containsKey(language)) {
                    context.reportInputMismatch(Phrases.class, "language '" + language + "' is given twice");
                }
                if (parser.nextToken() != JsonToken.START_ARRAY) {
                    context.reportInputMismatch(Phrases.class, "the phrases of '" + language + "' must be a list of strings");
                }
                byLanguage.put(language, strings(parser, context));
            }
            return new Phrases(byLanguage);
        }

        private static List<String> strings(JsonParser parser, DeserializationContext context) throws IOException {
            List<String> out = new ArrayList<>();
            for (JsonToken t = parser.nextToken(); t != JsonToken.END_ARRAY; t = parser.nextToken()) {
                if (t != JsonToken.VALUE_STRING) {
                    context.reportInputMismatch(Phrases.class, "a phrase must be a string");
                }
                out.add(parser.getText());
            }
            return out;
        }

        @Override
        public Phrases getNullValue(DeserializationContext context) {
            return null;
        }
    }
}
