package io.poerules.fact;

import io.poerules.api.Program;

/**
 * A Microsoft product or workload named in the document.
 *
 * @param name     the product's canonical name from the lexicon
 * @param program  the incentive program the product belongs to
 * @param workload the workload group (for example "Security", "Data")
 * @param generic  whether it is only a family name ("Microsoft Azure") rather than a named service
 * @param evidence where it is named
 * @since 0.1.0
 */
public record Product(String name, Program program, String workload, boolean generic, Evidence evidence)
        implements Fact {
}
