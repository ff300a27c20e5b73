package io.poerules.api;

import java.util.List;
import java.util.stream.Collectors;

/**
 * The rules or lexicons could not be built; lists every problem found, not only the first.
 *
 * @since 0.1.0
 */
public class RuleBuildException extends PoeRulesException {
    private static final long serialVersionUID = 1L;

    private final transient List<RuleProblem> problems;

    public RuleBuildException(List<RuleProblem> problems) {
        super(problems.size() + " problem(s) in the rules:\n"
                + problems.stream().map(RuleProblem::toString).collect(Collectors.joining("\n")));
        this.problems = List.copyOf(problems);
    }

    /** Every problem found, as file, line, column and message. */
    public List<RuleProblem> problems() {
        return problems;
    }
}
