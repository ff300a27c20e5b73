/**
 * The public API: {@link io.poerules.api.PoeValidator} and its builder, the claim documents are judged
 * against ({@link io.poerules.api.Claim}), the report types ({@link io.poerules.api.ValidationReport},
 * {@link io.poerules.api.EngagementReport}, {@link io.poerules.api.DocumentReport},
 * {@link io.poerules.api.Finding}), the typed keys ({@link io.poerules.api.Requirement},
 * {@link io.poerules.api.DocumentType}, {@link io.poerules.api.Program}, {@link io.poerules.api.Verdict}),
 * {@link io.poerules.api.Limits} and {@link io.poerules.api.RuleSet}.
 */
package io.poerules.api;
