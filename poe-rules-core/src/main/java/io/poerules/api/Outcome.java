package io.poerules.api;

/** The outcome of one requirement for one document. @since 0.1.0 */
public enum Outcome { PASS, FAIL, WARN, NOT_APPLICABLE }
