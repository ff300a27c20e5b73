package io.poerules.fact;

/** The side of the engagement a party, signature or message belongs to. @since 0.1.0 */
public enum PartyRole { PARTNER, CUSTOMER, UNKNOWN }
