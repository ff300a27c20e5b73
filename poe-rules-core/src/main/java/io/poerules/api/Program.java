package io.poerules.api;

/** The incentive program a claim belongs to. @since 0.1.0 */
public enum Program { AZURE, ONLINE_SERVICES, UNKNOWN }
