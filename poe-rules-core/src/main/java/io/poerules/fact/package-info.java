/**
 * The fact model: immutable records the mapper derives from a document and inserts into the rules
 * session. DRL rules match on these types; every fact carries its {@link io.poerules.fact.Evidence}.
 */
package io.poerules.fact;
