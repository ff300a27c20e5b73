package io.poerules.fact;

/** Microsoft licensing agreements that Online Services usage claims refer to. @since 0.1.0 */
public enum AgreementType { EA, EAS, CASA_EES }
