package dev.faultline.scanner.cli;

import static java.nio.charset.StandardCharsets.UTF_8;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Runs the command line in-process, in a working directory, with the fake analyzer, and captures
 * what it printed.
 */
final class CliRun {
  private final Path workingDirectory;
  private AnalyzerFactory analyzers = FakeAnalyzer::new;
  private String stdin = "";
  private final List<AnalyzerConfig> configs = new ArrayList<>();

  CliRun(Path workingDirectory) {
    this.workingDirectory = workingDirectory;
  }

  CliRun analyzers(AnalyzerFactory factory) {
    this.analyzers = factory;
    return this;
  }

  /** Writes a file under the working directory, creating its folders, and returns this run. */
  CliRun write(String path, String content) throws IOException {
    Path file = workingDirectory.resolve(path);
    Files.createDirectories(file.getParent());
    Files.writeString(file, content, UTF_8);
    return this;
  }

  CliRun stdin(String text) {
    this.stdin = text;
    return this;
  }

  /** The configurations the analyzer factory was given, one per run. */
  List<AnalyzerConfig> configs() {
    return configs;
  }

  /** One run's exit code and output. */
  static final class Result {
    final int exitCode;
    private final byte[] outBytes;
    final String err;

    Result(int exitCode, byte[] outBytes, String err) {
      this.exitCode = exitCode;
      this.outBytes = outBytes.clone();
      this.err = err;
    }

    byte[] outBytes() {
      return outBytes.clone();
    }

    String out() {
      return new String(outBytes, UTF_8);
    }

    @Override
    public String toString() {
      return "exit " + exitCode + "\n--- stdout\n" + out() + "--- stderr\n" + err;
    }
  }

  Result run(String... args) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    AnalyzerFactory factory =
        config -> {
          configs.add(config);
          return analyzers.create(config);
        };
    CliEnvironment env =
        new CliEnvironment(
            out,
            new PrintStream(err, true, UTF_8),
            new ByteArrayInputStream(stdin.getBytes(UTF_8)),
            workingDirectory,
            false,
            factory);
    int code = Main.run(args, env);
    return new Result(code, out.toByteArray(), err.toString(UTF_8));
  }
}
