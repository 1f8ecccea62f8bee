package dev.faultline.scanner;

import com.github.javaparser.JavaParser;
import com.github.javaparser.ParseResult;
import com.github.javaparser.ParseStart;
import com.github.javaparser.ParserConfiguration;
import com.github.javaparser.Position;
import com.github.javaparser.Problem;
import com.github.javaparser.Processor;
import com.github.javaparser.Provider;
import com.github.javaparser.TokenRange;
import com.github.javaparser.ast.CompilationUnit;
import com.github.javaparser.ast.Node;
import com.github.javaparser.ast.validator.postprocessors.Java25PostProcessor;
import com.github.javaparser.ast.validator.postprocessors.PostProcessors;
import dev.faultline.analysis.Analysis;
import dev.faultline.analysis.contract.ApiContract;
import dev.faultline.analysis.contract.Contracts;
import dev.faultline.analysis.library.Relevance;
import dev.faultline.analysis.model.Unit;
import dev.faultline.analysis.rules.CheckInfo;
import dev.faultline.analysis.rules.Finding;
import dev.faultline.scanner.lowering.ClassPathSolver;
import dev.faultline.scanner.lowering.FileLowering;
import dev.faultline.scanner.lowering.ForeignSources;
import dev.faultline.scanner.lowering.NodeAnchor;
import dev.faultline.scanner.lowering.ProjectReads;
import dev.faultline.scanner.lowering.ProjectSources;
import dev.faultline.scanner.lowering.SolverBridge;
import dev.faultline.scanner.lowering.SourceFile;
import java.io.InterruptedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CancellationException;
import java.util.concurrent.ConcurrentLinkedDeque;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;

/**
 * The JavaParser front end: parses a source file, lowers every method and constructor to the
 * analysis model (as the Error Prone plugin does) and judges it with the enabled checks. Without a
 * class path, types are resolved from the source itself (imports, declarations, library tables);
 * with one, the JavaParser symbol solver is asked first. Thread-safe.
 *
 * <p>Analysis stops early when its thread is interrupted (the scan's {@code --file-timeout} does
 * that): parsing reads the text through a provider that checks the interrupt flag every few
 * thousand characters, and lowering checks it before each method, unit and check. The interrupted
 * file then fails with "analysis was interrupted".
 */
public final class JavaParserAnalyzer implements SourceAnalyzer {
  /** The Java version the scanner parses; JavaParser's own default is Java 11. */
  public static final ParserConfiguration.LanguageLevel LANGUAGE_LEVEL =
      ParserConfiguration.LanguageLevel.JAVA_25;

  private final Set<CheckInfo> checks;
  private final ApiContract contract;
  private final @Nullable ClassPathSolver classPath;
  private final ProjectSources project;

  /** The enabled checks against the built-in API profiles, without a class path. */
  public JavaParserAnalyzer(Set<CheckInfo> checks) {
    this(checks, Contracts.defaults(), List.of());
  }

  public JavaParserAnalyzer(Set<CheckInfo> checks, ApiContract contract) {
    this(checks, contract, List.of());
  }

  /**
   * @param classPath jars and source directories of the project, for the symbol solver; empty to
   *     resolve types from the source alone
   */
  public JavaParserAnalyzer(Set<CheckInfo> checks, ApiContract contract, List<Path> classPath) {
    this(checks, contract, classPath, ProjectSources.NONE);
  }

  /**
   * @param classPath jars and source directories of the project, for the symbol solver; empty to
   *     resolve types from the source alone
   * @param project the project's Java files whose classes an analysed file may use (their status
   *     sets and constants): the other files of the scan and the source path
   */
  public JavaParserAnalyzer(
      Set<CheckInfo> checks, ApiContract contract, List<Path> classPath, ProjectSources project) {
    this.checks = checks.isEmpty() ? EnumSet.noneOf(CheckInfo.class) : EnumSet.copyOf(checks);
    this.contract = contract;
    this.classPath = classPath.isEmpty() ? null : new ClassPathSolver(classPath, LANGUAGE_LEVEL);
    this.project = project;
  }

  @Override
  public List<ReportedFinding> analyze(String path, String source)
      throws UnanalyzableSourceException {
    return analyze(path, source, null);
  }

  /**
   * As {@link #analyze}, with other project files read afresh for this file alone, so that what it
   * read is known in full (a thread's files kept from earlier analyses would hide what they were
   * looked up from).
   */
  @Override
  public Tracked analyzeTracked(String path, String source) throws UnanalyzableSourceException {
    ProjectReads reads = ProjectReads.recording();
    return new Tracked(analyze(path, source, reads), reads);
  }

  private List<ReportedFinding> analyze(String path, String source, @Nullable ProjectReads reads)
      throws UnanalyzableSourceException {
    try {
      // Like the plugin: a file naming no client, status source or error body cannot have a
      // finding, so it is not
      // even parsed (most files of a codebase are such files; whether they compile is the
      // compiler's business).
      if (!Relevance.mayConcernHttpErrors(source)) {
        return List.of();
      }
      return analyzeParsed(path, source, parse(source), reads);
    } catch (StackOverflowError e) {
      throw new UnanalyzableSourceException("nested too deeply to parse (stack overflow)", e);
    } catch (CancellationException e) {
      throw new UnanalyzableSourceException("analysis was interrupted", e);
    } catch (RuntimeException | LinkageError e) {
      throw new UnanalyzableSourceException("cannot analyse the file: " + e, e);
    }
  }

  /**
   * Throws when the current thread has been interrupted; keeps the flag set so callers further up
   * see it too.
   */
  private static void stopIfInterrupted() {
    if (Thread.currentThread().isInterrupted()) {
      throw new CancellationException("interrupted");
    }
  }

  /** The source text for JavaParser, read in chunks, failing once the thread is interrupted. */
  private static Provider interruptible(String source) {
    return new Provider() {
      private int position;

      @Override
      public int read(char[] buffer, int offset, int length) throws InterruptedIOException {
        if (Thread.currentThread().isInterrupted()) {
          throw new InterruptedIOException("interrupted");
        }
        if (position >= source.length()) {
          return -1;
        }
        int count = Math.min(length, source.length() - position);
        source.getChars(position, position + count, buffer, offset);
        position += count;
        return count;
      }

      @Override
      public void close() {}
    };
  }

  /**
   * Other project files read by earlier analyses, kept for later ones (a class used by many files
   * is parsed once per instance, not once per file). An analysis takes an instance and gives it
   * back when it finishes, so there are about as many as analyses run at a time, however many
   * threads run them (the scan runs each file on whichever analysis thread is free, often a new
   * one); an instance that holds too many files is dropped.
   */
  private final ConcurrentLinkedDeque<ForeignSources> idleForeign = new ConcurrentLinkedDeque<>();

  private ForeignSources foreignSources(SolverBridge solver, @Nullable ProjectReads reads) {
    if (reads != null) {
      return new ForeignSources(
          project, this::parseOther, solver, contract.serverWaitHeaders(), reads);
    }
    if (classPath == null) {
      ForeignSources sources = idleForeign.pollFirst();
      if (sources != null && !sources.isFull()) {
        return sources;
      }
    }
    // With a class path each analysis has its own solver bridge, so its own foreign files.
    return new ForeignSources(project, this::parseOther, solver, contract.serverWaitHeaders());
  }

  /**
   * Gives back the other files an analysis used, for later analyses: only after an analysis that
   * finished (an interrupted one may have left them half read) and that may share them.
   */
  private void release(ForeignSources sources, @Nullable ProjectReads reads) {
    if (reads == null && classPath == null && !Thread.currentThread().isInterrupted()) {
      idleForeign.offerFirst(sources);
    }
  }

  /** Another project file, parsed as an analysed one is; null when it does not parse. */
  private @Nullable CompilationUnit parseOther(String source) {
    try {
      return parse(source);
    } catch (UnanalyzableSourceException e) {
      return null;
    }
  }

  /** Parses at {@link #LANGUAGE_LEVEL}, without the level's rules ({@link #withoutValidation}). */
  private CompilationUnit parse(String source) throws UnanalyzableSourceException {
    ParserConfiguration configuration =
        withoutValidation(new ParserConfiguration().setLanguageLevel(LANGUAGE_LEVEL));
    if (classPath != null) {
      classPath.configure(configuration);
    }
    ParseResult<CompilationUnit> result =
        new JavaParser(configuration).parse(ParseStart.COMPILATION_UNIT, interruptible(source));
    stopIfInterrupted();
    Optional<CompilationUnit> unit = result.getResult();
    if (result.isSuccessful() && unit.isPresent()) {
      return unit.get();
    }
    if (result.getProblems().isEmpty()) {
      throw new UnanalyzableSourceException("does not parse");
    }
    Problem problem = result.getProblems().get(0);
    int line =
        problem.getLocation().flatMap(TokenRange::toRange).map(range -> range.begin.line).orElse(0);
    // A lexical error has no token range, but its message names the line and column itself.
    throw new UnanalyzableSourceException(
        "does not parse: " + (line > 0 ? "line " + line + ": " : "") + problem.getMessage());
  }

  /**
   * The class of JavaParser's processor that checks a parsed unit against the language level's
   * rules (which constructs each Java version allows) and then applies the level's post-processing.
   */
  private static final String LANGUAGE_LEVEL_PROCESSOR = ParserConfiguration.class.getName() + "$2";

  /**
   * Replaces JavaParser's language-level processor by the level's post-processing alone (which
   * turns {@code var} into a {@code VarType}): the grammar is the same, but the unit is not checked
   * against the level's rules. Those rules (a third of the parsing time) only reject code javac
   * would reject; they add nothing to a unit that compiles, and a file that does not compile is the
   * compiler's to report. Java 8 code that names a variable {@code _} (which Java 9 and later
   * reject, and Java 22 gives a new meaning) parses as the compiler it was written for read it.
   * Leaves the configuration as it is when JavaParser has no such processor.
   */
  public static ParserConfiguration withoutValidation(ParserConfiguration configuration) {
    List<Supplier<Processor>> processors = configuration.getProcessors();
    for (int i = 0; i < processors.size(); i++) {
      if (processors.get(i).get().getClass().getName().equals(LANGUAGE_LEVEL_PROCESSOR)) {
        processors.set(i, PostProcessingOnly::new);
        return configuration;
      }
    }
    return configuration;
  }

  /** The post-processing of {@link #LANGUAGE_LEVEL}, without its validation. */
  private static final class PostProcessingOnly extends Processor {
    private final PostProcessors postProcessors = new Java25PostProcessor();

    @Override
    public void postProcess(ParseResult<? extends Node> result, ParserConfiguration configuration) {
      postProcessors.postProcess(result, configuration);
    }
  }

  private List<ReportedFinding> analyzeParsed(
      String path, String source, CompilationUnit unit, @Nullable ProjectReads reads)
      throws UnanalyzableSourceException {
    SourceFile file = new SourceFile(unit, source);
    SolverBridge solver = classPath == null ? SolverBridge.NONE : classPath.bridge();
    ForeignSources foreign = foreignSources(solver, reads);
    FileLowering lowering = new FileLowering(file, solver, foreign);
    String reportedPath = path.replace('\\', '/');
    Map<String, ReportedFinding> findings = new LinkedHashMap<>();
    for (Node method : lowering.methods()) {
      stopIfInterrupted();
      try {
        List<CheckInfo> enabled = new ArrayList<>();
        for (CheckInfo check : checks) {
          if (!lowering.isSuppressed(method, check.checkName())) {
            enabled.add(check);
          }
        }
        if (enabled.isEmpty()) {
          continue;
        }
        for (Unit lowered : lowering.lower(method)) {
          for (CheckInfo check : enabled) {
            stopIfInterrupted();
            for (Finding finding : Analysis.judge(lowered, check, contract)) {
              Position position =
                  ((NodeAnchor) finding.anchor()).position().orElse(new Position(1, 1));
              String key = position.line + ":" + position.column + ":" + finding.check();
              findings.putIfAbsent(
                  key,
                  new ReportedFinding(
                      reportedPath,
                      position.line,
                      position.column,
                      finding.check(),
                      finding.message()));
            }
          }
        }
      } catch (CancellationException e) {
        throw e;
      } catch (StackOverflowError e) {
        throw new UnanalyzableSourceException(
            "method " + describe(method) + " is nested too deeply to analyse (stack overflow)", e);
      } catch (RuntimeException | LinkageError e) {
        throw new UnanalyzableSourceException(
            "cannot analyse method " + describe(method) + ": " + e, e);
      }
    }
    stopIfInterrupted();
    release(foreign, reads);
    List<ReportedFinding> sorted = new ArrayList<>(findings.values());
    sorted.sort(
        Comparator.comparingInt(ReportedFinding::line)
            .thenComparingInt(ReportedFinding::column)
            .thenComparing(ReportedFinding::check));
    return sorted;
  }

  private static String describe(Node method) {
    int line = method.getBegin().map(p -> p.line).orElse(0);
    return FileLowering.describe(method) + " (line " + line + ")";
  }
}
