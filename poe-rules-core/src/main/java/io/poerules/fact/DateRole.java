package io.poerules.fact;

/** What a date in a document stands for. @since 0.1.0 */
public enum DateRole { SIGNATURE, EFFECTIVE, EMAIL_SENT, DOCUMENT, OTHER }
