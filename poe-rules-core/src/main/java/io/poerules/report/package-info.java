/**
 * Stage 5 of the pipeline: reports written as JSON (and text).
 */
package io.poerules.report;
