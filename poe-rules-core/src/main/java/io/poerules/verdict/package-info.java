/**
 * Stage 4 of the pipeline: from findings and errors to a verdict.
 */
package io.poerules.verdict;
