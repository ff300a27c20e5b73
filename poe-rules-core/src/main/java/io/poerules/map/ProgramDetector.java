package io.poerules.map;

import io.poerules.api.Program;
import io.poerules.fact.Evidence;
import io.poerules.fact.Product;
import io.poerules.fact.ProgramKind;
import io.poerules.map.lexicon.PhraseMatcher;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Decides the program from the products named (a named service weighs 2, a family name 1) and from
 * phrases that name a program outright (3 each). A tie or nothing at all is {@link Program#UNKNOWN}.
 */
final class ProgramDetector {

    private final SharedPhrases shared;
    /** Each program's phrases: their list in {@link #shared}. */
    private final Map<Program, Integer> phrases = new EnumMap<>(Program.class);

    ProgramDetector(Map<Program, List<String>> lexicon) {
        this(lexicon, new SharedPhrases());
        shared.freeze();
    }

    /** Registers its lists with {@code shared}, which must be frozen before the first {@link #detect}. */
    ProgramDetector(Map<Program, List<String>> lexicon, SharedPhrases shared) {
        this.shared = shared;
        Map<Program, List<String>> ordered = new EnumMap<>(Program.class);
        ordered.putAll(lexicon);
        ordered.forEach((program, list) -> phrases.put(program, shared.add(list)));
    }

    ProgramKind detect(List<PartText> parts, List<Product> products) {
        Map<Program, Integer> score = new EnumMap<>(Program.class);
        Map<Program, Evidence> evidence = new EnumMap<>(Program.class);
        Set<Program> named = EnumSet.noneOf(Program.class);
        for (Product p : products) {
            if (p.program() != null && p.program() != Program.UNKNOWN) {
                score.merge(p.program(), p.generic() ? 1 : 2, Integer::sum);
                if (!p.generic() && named.add(p.program())) {
                    evidence.put(p.program(), p.evidence());
                } else {
                    evidence.putIfAbsent(p.program(), p.evidence());
                }
            }
        }
        for (PartText part : parts) {
            phrases.forEach((program, list) -> {
                for (PhraseMatcher.Match m : shared.findAll(part, list)) {
                    score.merge(program, 3, Integer::sum);
                    evidence.putIfAbsent(program, part.lineEvidence(m.start()));
                }
            });
        }
        int azure = score.getOrDefault(Program.AZURE, 0);
        int online = score.getOrDefault(Program.ONLINE_SERVICES, 0);
        if (azure == online) {
            return new ProgramKind(Program.UNKNOWN, parts.get(0).documentMetadata(azure == 0
                    ? "No product or program named" : "Azure and Online Services are named equally"));
        }
        Program program = azure > online ? Program.AZURE : Program.ONLINE_SERVICES;
        return new ProgramKind(program, evidence.get(program));
    }
}
