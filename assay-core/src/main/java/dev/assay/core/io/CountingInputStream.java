package dev.assay.core.io;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Counts the bytes read through it into a shared counter, so a progress bar on another thread can
 * show how far into the (possibly compressed) file a reader is.
 *
 * <pre>{@code
 * AtomicLong done = new AtomicLong();
 * InputStream in = new CountingInputStream(Files.newInputStream(p), done);
 * }</pre>
 */
public final class CountingInputStream extends FilterInputStream {
  private final AtomicLong counter;

  public CountingInputStream(InputStream in, AtomicLong counter) {
    super(in);
    this.counter = counter;
  }

  @Override
  public int read() throws IOException {
    int b = super.read();
    if (b >= 0) {
      counter.incrementAndGet();
    }
    return b;
  }

  @Override
  public int read(byte[] b, int off, int len) throws IOException {
    int n = super.read(b, off, len);
    if (n > 0) {
      counter.addAndGet(n);
    }
    return n;
  }

  @Override
  public long skip(long n) throws IOException {
    long s = super.skip(n);
    counter.addAndGet(s);
    return s;
  }
}
