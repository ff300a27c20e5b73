package io.poerules.fact;

/** Whether a service item is work done or a thing handed over. @since 0.1.0 */
public enum ServiceItemKind { ACTIVITY, DELIVERABLE }
