/**
 * Stage 2 of the pipeline, internal: small detectors, driven by the lexicon, map extracted text to
 * the facts of {@link io.poerules.fact}. Not API apart from {@link io.poerules.map.FactMapper}.
 */
package io.poerules.map;
