/**
 * Stage 3 of the pipeline: the Drools rule engine, the {@code findings} global DRL rules report
 * through, rule metadata, and helpers for DRL conditions.
 */
package io.poerules.rules;
