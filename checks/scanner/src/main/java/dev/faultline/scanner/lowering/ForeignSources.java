package dev.faultline.scanner.lowering;

import com.github.javaparser.ast.CompilationUnit;
import com.github.javaparser.ast.Node;
import com.github.javaparser.ast.expr.ObjectCreationExpr;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Predicate;
import org.jspecify.annotations.Nullable;

/**
 * The other files of the project that analyses have read: a class an analysed file uses for a value
 * (the owner of a constant or status set, an interface a constant is inherited from) or that a
 * recogniser asks for is looked up in the project's sources and its file parsed once, with its own
 * resolver, so that its declarations are read with its own imports. One per thread, kept from one
 * analysed file to the next; files that do not parse, or are too large, are skipped (the class
 * stays unknown, as without them).
 */
public final class ForeignSources {
  /** Files above this size are not read for their declarations. */
  private static final long MAX_BYTES = 1L << 20;

  private final ProjectSources project;
  private final Function<String, @Nullable CompilationUnit> parser;
  private final SolverBridge solver;
  private final Map<Path, Optional<FileLowering>> byPath = new HashMap<>();
  private final IdentityHashMap<CompilationUnit, FileLowering> byUnit = new IdentityHashMap<>();
  private final Map<String, Optional<Node>> byName = new HashMap<>();

  private final Set<String> profileServerWaitHeaders;
  private final ProjectReads reads;

  /**
   * @param parser parses a file's text as the analysed file was parsed, or returns null
   * @param profileServerWaitHeaders the API profiles' own wait headers, lower case ({@link
   *     dev.faultline.analysis.view.CodeView#profileServerWaitHeaders}), for every file of the scan
   */
  public ForeignSources(
      ProjectSources project,
      Function<String, @Nullable CompilationUnit> parser,
      SolverBridge solver,
      Collection<String> profileServerWaitHeaders) {
    this(project, parser, solver, profileServerWaitHeaders, ProjectReads.ignoring());
  }

  /**
   * For the analysis of one file, recording every other file it reads and every lookup it makes in
   * {@code reads}; not to be kept for the next file (what it has read for one file is not recorded
   * again for the next).
   */
  public ForeignSources(
      ProjectSources project,
      Function<String, @Nullable CompilationUnit> parser,
      SolverBridge solver,
      Collection<String> profileServerWaitHeaders,
      ProjectReads reads) {
    this.project = project;
    this.parser = parser;
    this.solver = solver;
    this.profileServerWaitHeaders = Set.copyOf(profileServerWaitHeaders);
    this.reads = reads;
  }

  /** The API profiles' own wait headers, lower case, that every file of the scan is read with. */
  Set<String> profileServerWaitHeaders() {
    return profileServerWaitHeaders;
  }

  /** How many files one instance keeps before it is replaced by a fresh one. */
  private static final int MAX_FILES = 256;

  /** Whether this holds so many files that a fresh instance should take over. */
  public boolean isFull() {
    return byPath.size() >= MAX_FILES;
  }

  /** No other files. */
  static ForeignSources none() {
    return new ForeignSources(ProjectSources.NONE, text -> null, SolverBridge.NONE, Set.of());
  }

  /** The declaration of a class of another file of the project, or null. */
  @Nullable Node declaredType(String qualified) {
    if (project.isEmpty()) {
      return null;
    }
    return byName.computeIfAbsent(qualified, this::find).orElse(null);
  }

  private Optional<Node> find(String qualified) {
    for (Path candidate : project.candidates(qualified, reads)) {
      FileLowering file = read(candidate);
      Node declared = file == null ? null : file.file.declaredType(qualified);
      if (declared != null) {
        return Optional.of(declared);
      }
    }
    return Optional.empty();
  }

  /** How many files of a package are read for where a class is created. */
  private static final int MAX_PACKAGE_FILES = 64;

  private final Map<String, List<Node>> creations = new HashMap<>();

  /**
   * The creations of a class ({@code new T(..)}) in the files of the package that declares it, when
   * another file of the project declares it: the files of its folder with that package declaration
   * (at most {@value #MAX_PACKAGE_FILES}), of which only those whose text names the creation are
   * parsed.
   */
  List<Node> creationsInPackageOf(String qualified) {
    if (project.isEmpty()) {
      return List.of();
    }
    return creations.computeIfAbsent(qualified, this::findCreations);
  }

  private List<Node> findCreations(String qualified) {
    String simple = qualified.substring(qualified.lastIndexOf('.') + 1);
    List<Node> found = new ArrayList<>();
    for (FileLowering lowering : packageFilesNaming(qualified, "new " + simple)) {
      for (ObjectCreationExpr creation : lowering.file.unit().findAll(ObjectCreationExpr.class)) {
        if (qualified.equals(lowering.view.createdType(creation))) {
          found.add(creation);
        }
      }
    }
    return List.copyOf(found);
  }

  /**
   * The files of the package that declares a class, when a file of the project declares it: the
   * files of its folder with that package declaration (at most {@value #MAX_PACKAGE_FILES}), of
   * which only those whose text holds {@code text} are parsed; the declaring file among them.
   */
  List<FileLowering> packageFilesNaming(String qualified, String text) {
    if (project.isEmpty()) {
      return List.of();
    }
    // Asked once per call of a strategy or creation of a class: the package is listed and its
    // files read once per question.
    return packageFiles.computeIfAbsent(
        qualified + '\n' + text, key -> findPackageFilesNaming(qualified, text));
  }

  /** What {@link #packageFilesNaming} answered, by class and text. */
  private final Map<String, List<FileLowering>> packageFiles = new HashMap<>();

  /**
   * Whether one of the files {@link #packageFilesNaming} would parse for these arguments may have
   * text that {@code holds} accepts, read as text without parsing them; the declaring file (whose
   * package they share) is parsed as there.
   */
  boolean packageTextMayHold(String qualified, String text, Predicate<CharSequence> holds) {
    if (project.isEmpty()) {
      return false;
    }
    List<FileLowering> parsed = packageFiles.get(qualified + '\n' + text);
    if (parsed != null) {
      return parsed.stream().anyMatch(file -> holds.test(file.file.text()));
    }
    Path declaring = declaringFile(qualified);
    if (declaring == null) {
      return false;
    }
    for (Path file :
        project.samePackage(declaring, packageOf(declaring), MAX_PACKAGE_FILES, reads)) {
      String source = textNaming(file, text);
      if (source != null && holds.test(source)) {
        return true;
      }
    }
    return false;
  }

  /** The file of the project that declares a class, parsed; null when none does. */
  private @Nullable Path declaringFile(String qualified) {
    for (Path candidate : project.candidates(qualified, reads)) {
      FileLowering file = read(candidate);
      if (file != null && file.file.declaredType(qualified) != null) {
        return candidate;
      }
    }
    return null;
  }

  private String packageOf(Path parsed) {
    FileLowering file = read(parsed);
    return file == null
        ? ""
        : file.file
            .unit()
            .getPackageDeclaration()
            .map(declaration -> declaration.getNameAsString())
            .orElse("");
  }

  private List<FileLowering> findPackageFilesNaming(String qualified, String text) {
    Path declaring = declaringFile(qualified);
    if (declaring == null) {
      return List.of();
    }
    List<FileLowering> found = new ArrayList<>();
    for (Path file :
        project.samePackage(declaring, packageOf(declaring), MAX_PACKAGE_FILES, reads)) {
      FileLowering lowering = names(file, text) ? read(file) : null;
      if (lowering != null) {
        found.add(lowering);
      }
    }
    return List.copyOf(found);
  }

  /** Whether a file's text holds a string (a file that cannot be read holds nothing). */
  private boolean names(Path file, String text) {
    if (text.isEmpty()) {
      reads.file(file);
      return true; // read (and parsed) by the caller if it can be
    }
    return textNaming(file, text) != null;
  }

  /**
   * The text of a file, when it holds {@code text} and is small enough to be read for its
   * declarations; null otherwise (and when it cannot be read).
   */
  private @Nullable String textNaming(Path file, String text) {
    reads.file(file);
    try {
      if (Files.size(file) <= MAX_BYTES) {
        String source = Files.readString(file, StandardCharsets.UTF_8);
        return source.contains(text) ? source : null;
      }
    } catch (IOException | RuntimeException e) {
      // cannot be read: holds nothing
    }
    return null;
  }

  /**
   * The lowering of the other file that holds a node, or null when the node is in the analysed file
   * (or in no file this has read).
   */
  @Nullable FileLowering holding(Node node) {
    if (byUnit.isEmpty()) {
      return null;
    }
    return node.findCompilationUnit().map(byUnit::get).orElse(null);
  }

  private @Nullable FileLowering read(Path path) {
    reads.file(path);
    return byPath.computeIfAbsent(path, this::parse).orElse(null);
  }

  private Optional<FileLowering> parse(Path path) {
    try {
      if (Files.size(path) > MAX_BYTES) {
        return Optional.empty();
      }
      String text = Files.readString(path, StandardCharsets.UTF_8);
      CompilationUnit unit = parser.apply(text);
      if (unit == null) {
        return Optional.empty();
      }
      FileLowering lowering = new FileLowering(new SourceFile(unit, text), solver, this);
      byUnit.put(unit, lowering);
      return Optional.of(lowering);
    } catch (IOException | RuntimeException e) {
      return Optional.empty(); // an unreadable file only costs what it would have told
    }
  }
}
