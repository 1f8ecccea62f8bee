package dev.faultline.scanner.cli;

import static java.nio.charset.StandardCharsets.UTF_8;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;

/**
 * {@code --changed-since REF}: the lines {@code git diff REF} adds or modifies, git run as a
 * subprocess in the working directory. The diff is made with fixed options (no colour, no context,
 * no external diff or text conversion, rename detection, {@code a/} and {@code b/} prefixes), so
 * the user's git configuration cannot change what is read; its paths are relative to the top of the
 * work tree.
 */
final class GitDiff {
  private GitDiff() {}

  /** Git could not be run, or said no. */
  static final class GitException extends Exception {
    private static final long serialVersionUID = 1L;

    GitException(String message) {
      super(message);
    }
  }

  static ChangedLines changedSince(Path workingDirectory, String ref)
      throws GitException, IOException, ChangedLines.MalformedDiffException {
    Output cdup = run(workingDirectory, List.of("rev-parse", "--show-cdup"));
    if (cdup.exitCode() != 0) {
      throw new GitException("not in a git repository (" + firstLine(cdup.err()) + ")");
    }
    Path top = workingDirectory.resolve(cdup.out().strip()).toAbsolutePath().normalize();
    Output commit =
        run(workingDirectory, List.of("rev-parse", "--verify", "--quiet", ref + "^{commit}"));
    if (commit.exitCode() != 0) {
      throw new GitException(
          "unknown revision '"
              + ref
              + "': not a commit of this repository (fetch it first, e.g. git fetch origin main)");
    }
    Output diff =
        run(
            workingDirectory,
            List.of(
                "-c",
                "core.quotePath=false",
                "diff",
                "--no-color",
                "--unified=0",
                "--no-ext-diff",
                "--no-textconv",
                "--find-renames",
                "--src-prefix=a/",
                "--dst-prefix=b/",
                commit.out().strip(),
                "--"));
    if (diff.exitCode() != 0) {
      throw new GitException("git diff failed: " + firstLine(diff.err()));
    }
    return ChangedLines.parse(new BufferedReader(new StringReader(diff.out())), top);
  }

  private record Output(int exitCode, String out, String err) {}

  private static Output run(Path directory, List<String> arguments)
      throws GitException, IOException {
    List<String> command = new ArrayList<>();
    command.add("git");
    command.addAll(arguments);
    Process process;
    try {
      process = new ProcessBuilder(command).directory(directory.toFile()).start();
    } catch (IOException e) {
      throw new GitException("cannot run git: " + e.getMessage());
    }
    process.getOutputStream().close();
    CompletableFuture<String> err =
        CompletableFuture.supplyAsync(() -> readAll(process.getErrorStream()));
    String out = readAll(process.getInputStream());
    try {
      int exitCode = process.waitFor();
      return new Output(exitCode, out, err.get());
    } catch (InterruptedException e) {
      process.destroy();
      Thread.currentThread().interrupt();
      throw new GitException("interrupted while running git");
    } catch (ExecutionException e) {
      throw new IOException("cannot read git's output", e.getCause());
    }
  }

  private static String readAll(InputStream in) {
    try (in) {
      return new String(in.readAllBytes(), UTF_8);
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  private static String firstLine(String text) {
    String stripped = text.strip();
    int end = stripped.indexOf('\n');
    return end < 0 ? stripped : stripped.substring(0, end).strip();
  }
}
