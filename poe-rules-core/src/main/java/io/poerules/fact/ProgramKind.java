package io.poerules.fact;

import io.poerules.api.Program;

/**
 * The incentive program a document is about, decided from the products and program phrases it names.
 *
 * @param program  Azure, Online Services or unknown
 * @param evidence the product or phrase that weighed most
 * @since 0.1.0
 */
public record ProgramKind(Program program, Evidence evidence) implements Fact {
}
