/**
 * Tools for rule authors: the rule catalog generated from rule metadata ({@link
 * io.poerules.authoring.RuleCatalog}), and the text of an explanation of how a document was judged
 * ({@link io.poerules.authoring.ExplanationText}). Lint is {@link io.poerules.api.RuleSet#lint()}.
 */
package io.poerules.authoring;
