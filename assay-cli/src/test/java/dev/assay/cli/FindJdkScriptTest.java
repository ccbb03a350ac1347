package dev.assay.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code .mvn/find-jdk.sh}, the JDK search shared by {@code ./assay} and {@code ./mvnw}, run by
 * {@code /bin/sh} over a folder of fake JDKs (each a {@code bin/java} script printing a version
 * the way {@code java -XshowSettings:properties} does, and a {@code bin/javac}). PATH holds only
 * the few tools the script uses plus, where a test wants one, a fake {@code java}, so the
 * machine's own JDKs never take part.
 */
class FindJdkScriptTest {
  private static final Path SCRIPT = Path.of("..", ".mvn", "find-jdk.sh").toAbsolutePath().normalize();

  @TempDir Path dir;
  private Path tools;

  @BeforeEach
  void tools() throws IOException {
    tools = Files.createDirectories(dir.resolve("tools"));
    for (String t : List.of("sed", "head", "dirname", "readlink")) {
      Path real = which(t);
      Files.createSymbolicLink(tools.resolve(t), real);
    }
  }

  @Test
  void picksTheNewestJdk21OrLaterAndIgnoresOlderOnesAndJres() throws Exception {
    fakeJdk("jdk-17", 17, true);
    fakeJdk("jdk-21", 21, true);
    Path jdk22 = fakeJdk("jdk-22", 22, true);
    fakeJdk("jre-25", 25, false); // no javac: cannot build, so not a candidate
    Result r = find(null, dir.resolve("jvm") + "/*");
    assertThat(r.exit()).as(r.err()).isZero();
    assertThat(r.out()).isEqualTo(jdk22.toRealPath().toString());
  }

  @Test
  void javaHomeWinsWhenItIs21OrNewer() throws Exception {
    Path jdk21 = fakeJdk("jdk-21", 21, true);
    fakeJdk("jdk-25", 25, true);
    Result r = find(jdk21.toString(), dir.resolve("jvm") + "/*");
    assertThat(r.exit()).as(r.err()).isZero();
    assertThat(r.out()).isEqualTo(jdk21.toString());
  }

  @Test
  void aJavaHomeOlderThan21IsPassedOverForANewerJdk() throws Exception {
    Path jdk17 = fakeJdk("jdk-17", 17, true);
    Path jdk25 = fakeJdk("jdk-25", 25, true);
    Result r = find(jdk17.toString(), dir.resolve("jvm") + "/*");
    assertThat(r.exit()).as(r.err()).isZero();
    assertThat(r.out()).isEqualTo(jdk25.toRealPath().toString());
  }

  @Test
  void findsTheJdkOfTheJavaOnPath() throws Exception {
    Path jdk21 = fakeJdk("jdk-21", 21, true);
    Files.createSymbolicLink(tools.resolve("java"), jdk21.resolve("bin/java"));
    Result r = find(null, dir.resolve("nowhere") + "/*");
    assertThat(r.exit()).as(r.err()).isZero();
    assertThat(r.out()).isEqualTo(jdk21.toRealPath().toString());
  }

  @Test
  void readsTheReleaseFileWithoutStartingJava() throws Exception {
    Path jdk = fakeJdk("jdk-23", 0, true); // its java prints nothing and fails
    Files.writeString(jdk.resolve("release"), "IMPLEMENTOR=\"Test\"\nJAVA_VERSION=\"23.0.1\"\n");
    Result r = find(null, dir.resolve("jvm") + "/*");
    assertThat(r.exit()).as(r.err()).isZero();
    assertThat(r.out()).isEqualTo(jdk.toRealPath().toString());
  }

  @Test
  void refusesASeventeenOnlyMachineSayingWhatItFoundAndWhatToInstall() throws Exception {
    Path jdk17 = fakeJdk("jdk-17", 17, true);
    Files.createSymbolicLink(tools.resolve("java"), jdk17.resolve("bin/java"));
    Result r = find(jdk17.toString(), dir.resolve("jvm") + "/*");
    assertThat(r.exit()).isEqualTo(2);
    assertThat(r.out()).isEmpty();
    assertThat(r.err())
        .startsWith("mvnw: no JDK 21 or newer found")
        .contains("$JAVA_HOME", "/usr/lib/jvm/*", "the java on PATH")
        .contains(jdk17.toRealPath() + " (Java 17)")
        .contains("Install one (e.g. Temurin 21 or 25");
    // the same JDK reached through JAVA_HOME, the folder and PATH is listed once
    assertThat(r.err().split("\\(Java 17\\)", -1)).hasSize(2);
  }

  private Path fakeJdk(String name, int major, boolean withJavac) throws IOException {
    Path home = Files.createDirectories(dir.resolve("jvm").resolve(name));
    Path bin = Files.createDirectories(home.resolve("bin"));
    String body = major > 0
        ? "#!/bin/sh\necho 'Property settings:' >&2\necho '    java.specification.version = " + major + "' >&2\n"
            + "echo 'openjdk version \"" + major + "\"' >&2\n"
        : "#!/bin/sh\nexit 1\n";
    executable(bin.resolve("java"), body);
    if (withJavac) {
      executable(bin.resolve("javac"), "#!/bin/sh\nexit 0\n");
    }
    return home;
  }

  private static void executable(Path p, String body) throws IOException {
    Files.writeString(p, body, StandardCharsets.UTF_8);
    Files.setPosixFilePermissions(p, PosixFilePermissions.fromString("rwxr-xr-x"));
  }

  private Result find(String javaHome, String dirs) throws Exception {
    ProcessBuilder pb = new ProcessBuilder("/bin/sh", SCRIPT.toString(), "mvnw");
    Map<String, String> env = pb.environment();
    env.clear();
    env.put("PATH", tools.toString());
    env.put("HOME", dir.toString());
    env.put("FIND_JDK_DIRS", dirs);
    if (javaHome != null) {
      env.put("JAVA_HOME", javaHome);
    }
    Path out = dir.resolve("out.txt");
    Path err = dir.resolve("err.txt");
    Process p = pb.redirectOutput(out.toFile()).redirectError(err.toFile()).start();
    assertThat(p.waitFor(30, TimeUnit.SECONDS)).isTrue();
    return new Result(p.exitValue(), Files.readString(out).strip(), Files.readString(err));
  }

  private static Path which(String tool) {
    List<Path> found = new ArrayList<>();
    for (String d : System.getenv().getOrDefault("PATH", "/usr/bin:/bin").split(":")) {
      Path p = Path.of(d, tool);
      if (Files.isExecutable(p)) {
        found.add(p);
      }
    }
    assertThat(found).as("tool " + tool + " on PATH").isNotEmpty();
    return found.get(0);
  }

  private record Result(int exit, String out, String err) {}
}
