package dev.assay.core.config;

import java.lang.reflect.Constructor;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.RecordComponent;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Resolves the {@link ConfigPath} components of a loaded config record (and of the records nested
 * in it, directly or in lists) against the config file's folder: a relative {@code data.jsonl} in
 * {@code jobs/a.yaml} becomes {@code jobs/data.jsonl}; absolute paths are kept.
 *
 * <pre>{@code
 * PipelineConfig c = ConfigPaths.resolve(loaded, Path.of("jobs"));
 * }</pre>
 */
final class ConfigPaths {
  private ConfigPaths() {}

  /** {@code value} with every path component resolved against {@code base} (null: unchanged). */
  static <T> T resolve(T value, Path base) {
    if (value == null || base == null || !value.getClass().isRecord()) {
      return value;
    }
    @SuppressWarnings("unchecked")
    T out = (T) record(value, base);
    return out;
  }

  private static Object record(Object rec, Path base) {
    RecordComponent[] comps = rec.getClass().getRecordComponents();
    Object[] args = new Object[comps.length];
    Class<?>[] types = new Class<?>[comps.length];
    boolean changed = false;
    for (int i = 0; i < comps.length; i++) {
      RecordComponent c = comps[i];
      types[i] = c.getType();
      Object v = get(rec, c);
      ConfigPath p = c.getAnnotation(ConfigPath.class);
      Object r = p != null ? path(v, base, p.orName()) : nested(v, base);
      changed |= r != v;
      args[i] = r;
    }
    if (!changed) {
      return rec;
    }
    try {
      Constructor<?> ctor = rec.getClass().getDeclaredConstructor(types);
      ctor.setAccessible(true);
      return ctor.newInstance(args);
    } catch (InvocationTargetException e) {
      throw e.getCause() instanceof RuntimeException re ? re : new IllegalStateException(e.getCause());
    } catch (ReflectiveOperationException e) {
      throw new IllegalStateException("cannot rebuild config record " + rec.getClass().getSimpleName(), e);
    }
  }

  private static Object nested(Object v, Path base) {
    if (v != null && v.getClass().isRecord()) {
      return record(v, base);
    }
    if (v instanceof List<?> list && list.stream().anyMatch(e -> e != null && e.getClass().isRecord())) {
      List<Object> out = new ArrayList<>(list.size());
      boolean changed = false;
      for (Object e : list) {
        Object r = nested(e, base);
        changed |= r != e;
        out.add(r);
      }
      return changed ? out : v;
    }
    return v;
  }

  private static Object path(Object v, Path base, boolean orName) {
    if (v instanceof String s) {
      String r = resolve(s, base, orName);
      return r.equals(s) ? s : r;
    }
    if (v instanceof Path p) {
      return Path.of(resolve(p.toString(), base, orName));
    }
    if (v instanceof List<?> list) {
      List<Object> out = new ArrayList<>(list.size());
      boolean changed = false;
      for (Object e : list) {
        Object r = path(e, base, orName);
        changed |= r != e;
        out.add(r);
      }
      return changed ? out : v;
    }
    return v;
  }

  /** {@code value} resolved against {@code base}, or unchanged when blank, absolute or not a path. */
  static String resolve(String value, Path base, boolean orName) {
    if (value == null || value.isBlank()) {
      return value;
    }
    try {
      Path p = Path.of(value);
      if (p.isAbsolute() || value.startsWith("~")) {
        return value;
      }
      Path r = base.resolve(p).normalize();
      if (orName && !Files.exists(r)) {
        return value;
      }
      String s = r.toString();
      return s.isEmpty() ? "." : s;
    } catch (InvalidPathException e) {
      return value;
    }
  }

  private static Object get(Object rec, RecordComponent c) {
    try {
      var m = c.getAccessor();
      m.setAccessible(true);
      return m.invoke(rec);
    } catch (ReflectiveOperationException e) {
      throw new IllegalStateException("cannot read config component " + c.getName(), e);
    }
  }
}
