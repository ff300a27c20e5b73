package io.poerules.fact;

/** The partner's role in an Online Services engagement. @since 0.1.0 */
public enum RoleType { ADVISORY, DEPLOYMENT, MANAGED_SERVICE, SUPPORT, CHANGE_MANAGEMENT }
