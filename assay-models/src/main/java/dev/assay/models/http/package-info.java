/**
 * Building blocks shared by Assay's HTTP clients (chat models, Perspective): {@link
 * dev.assay.models.http.Backoff} (exponential backoff with jitter, {@code Retry-After} parsing)
 * and {@link dev.assay.models.http.TokenBucket} (blocking rate limiter with settle-afterwards
 * accounting).
 */
package dev.assay.models.http;
