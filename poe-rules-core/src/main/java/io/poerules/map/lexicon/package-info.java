/**
 * The lexicon: analyst-editable vocabulary (JSON) that drives the detectors, and the phrase matcher.
 */
package io.poerules.map.lexicon;
