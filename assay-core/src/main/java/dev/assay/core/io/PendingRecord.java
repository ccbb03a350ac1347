package dev.assay.core.io;

/**
 * A record read but not yet parsed, so that parsing can run on worker threads while one thread
 * reads. {@link #resolve()} is pure and may be called from any thread.
 *
 * <pre>{@code
 * PendingRecord p = reader.nextPending();
 * InputRecord r = p.resolve();   // parses on the calling thread
 * }</pre>
 */
@FunctionalInterface
public interface PendingRecord {
  /** Parses the record (or returns it, when it was parsed already). */
  InputRecord resolve();
}
