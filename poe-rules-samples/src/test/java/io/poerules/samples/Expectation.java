package io.poerules.samples;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.poerules.api.DocumentType;
import io.poerules.api.Outcome;
import io.poerules.api.Program;
import io.poerules.api.Requirement;
import io.poerules.api.Verdict;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * One entry of an {@code expected.json}: the verdict a document must get and, optionally, its type,
 * program and the requirements that must come out FAIL.
 */
@JsonIgnoreProperties(ignoreUnknown = false)
record Expectation(Verdict verdict, DocumentType documentType, Program program, List<Requirement> failed) {

    /** An engagement bundle's {@code expected.json}: one expectation, for the engagement. */
    static Expectation readOne(Path file) throws IOException {
        return new ObjectMapper().readValue(file.toFile(), Expectation.class);
    }

    static Map<String, Expectation> read(Path file) throws IOException {
        return new TreeMap<>(new ObjectMapper().readValue(file.toFile(), new TypeReference<Map<String, Expectation>>() { }));
    }

    /** What differs between this expectation and an actual result, as readable lines; empty when it matches. */
    List<String> differences(Verdict actualVerdict, DocumentType actualType, Program actualProgram,
                             Map<Requirement, Outcome> outcomes) {
        List<String> out = new ArrayList<>();
        if (verdict != actualVerdict) {
            out.add("verdict: expected " + verdict + ", got " + actualVerdict);
        }
        if (documentType != null && documentType != actualType) {
            out.add("documentType: expected " + documentType + ", got " + actualType);
        }
        if (program != null && program != actualProgram) {
            out.add("program: expected " + program + ", got " + actualProgram);
        }
        if (failed != null) {
            List<Requirement> actualFailed = outcomes.entrySet().stream().filter(e -> e.getValue() == Outcome.FAIL)
                    .map(Map.Entry::getKey).sorted().toList();
            List<Requirement> expectedFailed = failed.stream().sorted().toList();
            if (!actualFailed.equals(expectedFailed)) {
                out.add("failed: expected " + expectedFailed + ", got " + actualFailed);
            }
        }
        return out;
    }
}
