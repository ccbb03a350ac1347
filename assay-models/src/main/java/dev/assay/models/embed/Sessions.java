package dev.assay.models.embed;

import ai.onnxruntime.OrtEnvironment;
import ai.onnxruntime.OrtException;
import ai.onnxruntime.OrtSession;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Creates ONNX Runtime sessions the one way Assay runs them: all graph optimisations, sequential
 * execution, {@code threads} intra-op threads (0: ONNX Runtime's default, one per core).
 *
 * <pre>{@code
 * OrtSession s = Sessions.fromBytes(modelBytes, "all-minilm-l6-v2.onnx", EmbedderOptions.defaults());
 * }</pre>
 */
public final class Sessions {
  private Sessions() {}

  /** The session options for {@code options} (caller closes). */
  public static OrtSession.SessionOptions options(EmbedderOptions options) throws OrtException {
    OrtSession.SessionOptions o = new OrtSession.SessionOptions();
    o.setOptimizationLevel(OrtSession.SessionOptions.OptLevel.ALL_OPT);
    o.setExecutionMode(OrtSession.SessionOptions.ExecutionMode.SEQUENTIAL);
    if (options.threads() > 0) {
      o.setIntraOpNumThreads(options.threads());
    }
    return o;
  }

  /** Loads the model file at {@code model}. */
  public static OrtSession fromPath(Path model, EmbedderOptions options) {
    if (!Files.isRegularFile(model)) {
      throw new EmbeddingException(model + ": no such model file", null);
    }
    try (OrtSession.SessionOptions o = options(options)) {
      return OrtEnvironment.getEnvironment().createSession(model.toString(), o);
    } catch (OrtException e) {
      throw new EmbeddingException(model + ": ONNX Runtime cannot load the model: " + e.getMessage(), e);
    }
  }

  /** Loads a model from its bytes; {@code where} names it in errors. */
  public static OrtSession fromBytes(byte[] model, String where, EmbedderOptions options) {
    try (OrtSession.SessionOptions o = options(options)) {
      return OrtEnvironment.getEnvironment().createSession(model, o);
    } catch (OrtException e) {
      throw new EmbeddingException(where + ": ONNX Runtime cannot load the model: " + e.getMessage(), e);
    }
  }

  /** The ONNX Runtime version, e.g. {@code 1.20.0} (part of an embedding cache's model key). */
  public static String runtimeVersion() {
    return OrtEnvironment.getEnvironment().getVersion();
  }
}
