package dev.faultline.errorprone;

import static com.google.common.truth.Truth.assertWithMessage;
import static java.nio.charset.StandardCharsets.UTF_8;

import com.sun.source.tree.CompilationUnitTree;
import com.sun.source.util.JavacTask;
import com.sun.source.util.TaskEvent;
import com.sun.source.util.TaskListener;
import java.io.IOException;
import java.lang.ref.WeakReference;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javax.tools.Diagnostic;
import javax.tools.DiagnosticCollector;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileObject;
import javax.tools.StandardJavaFileManager;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A build process that compiles again and again (a Gradle daemon, an IDE, Maven compiling many
 * modules in one JVM) must not keep the trees of earlier compilations alive through the checks:
 * what the checks share during a compilation lives in javac's context and goes with it.
 */
final class CompilationMemoryTest {
  @TempDir Path output;

  @Test
  void aFinishedCompilationLeavesNothingBehindInTheChecks() throws IOException {
    Path analysed =
        TestInputs.root()
            .resolve("RetryAfterIgnored/InvoiceUploaderReenqueuesOkHttpCallOnThrottle.java");
    List<WeakReference<CompilationUnitTree>> units = new ArrayList<>();
    List<String> findings = compile(analysed, units);
    assertWithMessage("the checks ran on the file").that(findings).isNotEmpty();
    assertWithMessage("compilation units seen").that(units).isNotEmpty();

    for (int i = 0; i < 20 && units.stream().anyMatch(u -> u.get() != null); i++) {
      System.gc();
      byte[] pressure = new byte[1 << 20]; // nudges collectors that treat System.gc as a hint
      pressure[0] = 1;
    }
    assertWithMessage("compilation units still reachable after the compilation ended")
        .that(units.stream().filter(u -> u.get() != null).count())
        .isEqualTo(0);
  }

  private List<String> compile(Path file, List<WeakReference<CompilationUnitTree>> units)
      throws IOException {
    JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
    DiagnosticCollector<JavaFileObject> diagnostics = new DiagnosticCollector<>();
    String classPath = System.getProperty("java.class.path");
    try (StandardJavaFileManager fileManager =
        javac.getStandardFileManager(diagnostics, Locale.ROOT, UTF_8)) {
      JavacTask task =
          (JavacTask)
              javac.getTask(
                  null,
                  fileManager,
                  diagnostics,
                  List.of(
                      "-d",
                      output.toString(),
                      "-classpath",
                      classPath,
                      "-processorpath",
                      classPath,
                      "-XDcompilePolicy=simple",
                      "--should-stop=ifError=FLOW",
                      "-Xplugin:ErrorProne -XepDisableAllChecks -Xep:RetryAfterIgnored"
                          + " -Xep:NonRetryableErrorRetried -Xep:RetryWithoutBackoff"),
                  null,
                  fileManager.getJavaFileObjects(file));
      task.addTaskListener(
          new TaskListener() {
            @Override
            public void finished(TaskEvent event) {
              if (event.getKind() == TaskEvent.Kind.ANALYZE) {
                units.add(new WeakReference<>(event.getCompilationUnit()));
              }
            }
          });
      task.call();
    }
    List<String> findings = new ArrayList<>();
    for (Diagnostic<? extends JavaFileObject> diagnostic : diagnostics.getDiagnostics()) {
      String message = diagnostic.getMessage(Locale.ROOT);
      if (diagnostic.getKind() == Diagnostic.Kind.ERROR) {
        throw new AssertionError("javac cannot compile " + file + ": " + message);
      }
      if (message.startsWith("[RetryAfterIgnored]")) {
        findings.add(message);
      }
    }
    return findings;
  }
}
