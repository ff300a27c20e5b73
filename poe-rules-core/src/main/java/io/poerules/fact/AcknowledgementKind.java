package io.poerules.fact;

/** Whether an email agrees to the work or only confirms it arrived. @since 0.1.0 */
public enum AcknowledgementKind { APPROVAL, RECEIPT_ONLY }
