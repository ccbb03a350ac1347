package dev.assay.core.io;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;

/**
 * Byte scanning eight bytes at a time (SWAR: SIMD within a register), the hot loops of line
 * splitting and UTF-8 checking. Plain Java, no incubator modules; equivalence with the obvious
 * byte loop is tested.
 *
 * <pre>{@code
 * int nl = Bytes.indexOf(buf, from, to, (byte) '\n');
 * boolean ascii = Bytes.isAscii8(buf, i);
 * }</pre>
 */
public final class Bytes {
  private static final VarHandle LONGS =
      MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.LITTLE_ENDIAN);
  private static final long ONES = 0x0101010101010101L;
  private static final long HIGHS = 0x8080808080808080L;

  private Bytes() {}

  /** The index of the first {@code target} in {@code a[from, to)}, or -1. */
  public static int indexOf(byte[] a, int from, int to, byte target) {
    long pattern = (target & 0xFFL) * ONES;
    int i = from;
    for (; i + 8 <= to; i += 8) {
      long x = (long) LONGS.get(a, i) ^ pattern;
      long found = (x - ONES) & ~x & HIGHS;
      if (found != 0) {
        return i + (Long.numberOfTrailingZeros(found) >>> 3);
      }
    }
    for (; i < to; i++) {
      if (a[i] == target) {
        return i;
      }
    }
    return -1;
  }

  /** True when the eight bytes at {@code i} are all ASCII; {@code i + 8 <= a.length}. */
  public static boolean isAscii8(byte[] a, int i) {
    return ((long) LONGS.get(a, i) & HIGHS) == 0;
  }
}
