/**
 * Stage 1 of the pipeline, internal: text, pages, metadata, email headers and embedded documents
 * extracted with Apache Tika within limits. Not API; may change between releases.
 */
package io.poerules.extract;
