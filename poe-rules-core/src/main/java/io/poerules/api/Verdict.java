package io.poerules.api;

/**
 * The verdict for a whole document.
 *
 * <ul>
 *   <li>{@link #PASS}: every requirement that applies is met.</li>
 *   <li>{@link #FAIL}: at least one requirement is not met.</li>
 *   <li>{@link #REVIEW}: nothing failed, but there are warnings, or part of the document could not be read.</li>
 *   <li>{@link #ERROR}: the document could not be evaluated (corrupt, encrypted, too large, timeout). Never a pass.</li>
 * </ul>
 *
 * @since 0.1.0
 */
public enum Verdict { PASS, FAIL, REVIEW, ERROR }
