package dev.faultline.scanner.lowering;

import com.github.javaparser.ParserConfiguration;
import com.github.javaparser.ast.Node;
import com.github.javaparser.ast.expr.Expression;
import com.github.javaparser.ast.expr.MethodCallExpr;
import com.github.javaparser.ast.type.Type;
import com.github.javaparser.resolution.TypeSolver;
import com.github.javaparser.resolution.declarations.ResolvedMethodDeclaration;
import com.github.javaparser.resolution.declarations.ResolvedReferenceTypeDeclaration;
import com.github.javaparser.resolution.model.SymbolReference;
import com.github.javaparser.resolution.types.ResolvedReferenceType;
import com.github.javaparser.resolution.types.ResolvedType;
import com.github.javaparser.symbolsolver.JavaSymbolSolver;
import com.github.javaparser.symbolsolver.javaparsermodel.JavaParserFacade;
import com.github.javaparser.symbolsolver.resolution.typesolvers.CombinedTypeSolver;
import com.github.javaparser.symbolsolver.resolution.typesolvers.JarTypeSolver;
import com.github.javaparser.symbolsolver.resolution.typesolvers.JavaParserTypeSolver;
import com.github.javaparser.symbolsolver.resolution.typesolvers.ReflectionTypeSolver;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;

/**
 * The JavaParser symbol solver over a class path (jars, and source directories), for the types the
 * syntactic resolution cannot see. JavaParser's solvers are not thread-safe: each thread gets its
 * own.
 */
public final class ClassPathSolver {
  private final List<Path> classPath;
  private final ParserConfiguration.LanguageLevel languageLevel;

  @SuppressWarnings("ThreadLocalUsage") // one solver per analyzer and thread, on purpose
  private final ThreadLocal<TypeSolver> solvers = ThreadLocal.withInitial(this::createSolver);

  public ClassPathSolver(List<Path> classPath, ParserConfiguration.LanguageLevel languageLevel) {
    this.classPath = List.copyOf(classPath);
    this.languageLevel = languageLevel;
  }

  private TypeSolver createSolver() {
    List<TypeSolver> parts = new ArrayList<>();
    parts.add(new ReflectionTypeSolver());
    for (Path entry : classPath) {
      try {
        if (Files.isDirectory(entry)) {
          parts.add(
              new JavaParserTypeSolver(
                  entry, new ParserConfiguration().setLanguageLevel(languageLevel)));
        } else if (Files.isRegularFile(entry) && entry.toString().endsWith(".jar")) {
          parts.add(new JarTypeSolver(entry));
        }
      } catch (IOException | RuntimeException e) {
        // An unreadable class path entry only costs precision.
      }
    }
    return new CombinedTypeSolver(parts);
  }

  /** Configures a parser to attach this thread's solver to the units it parses. */
  public ParserConfiguration configure(ParserConfiguration configuration) {
    return configuration.setSymbolResolver(new JavaSymbolSolver(solvers.get()));
  }

  /** A bridge for one file, on this thread's solver. */
  public SolverBridge bridge() {
    return new Bridge(solvers.get());
  }

  private static final class Bridge implements SolverBridge {
    private final TypeSolver typeSolver;
    private final JavaParserFacade facade;
    private final IdentityHashMap<MethodCallExpr, Optional<SolvedMethod>> solved =
        new IdentityHashMap<>();

    Bridge(TypeSolver typeSolver) {
      this.typeSolver = typeSolver;
      this.facade = JavaParserFacade.get(typeSolver);
    }

    private static <T> @Nullable T quietly(Supplier<T> work) {
      try {
        return work.get();
      } catch (RuntimeException | StackOverflowError | LinkageError e) {
        return null;
      }
    }

    private static @Nullable String describe(ResolvedType type) {
      if (type.isPrimitive()) {
        return type.asPrimitive().describe();
      }
      if (type.isReferenceType()) {
        return type.asReferenceType().getQualifiedName();
      }
      if (type.isArray()) {
        String component = describe(type.asArrayType().getComponentType());
        return component == null ? null : component + "[]";
      }
      return null;
    }

    @Override
    public @Nullable String typeOf(Expression expression) {
      return quietly(() -> describe(facade.getType(expression)));
    }

    @Override
    public @Nullable String resolveType(Type type) {
      return quietly(() -> describe(facade.convertToUsage(type)));
    }

    @Override
    public @Nullable SolvedMethod solve(MethodCallExpr call) {
      Optional<SolvedMethod> cached = solved.get(call);
      if (cached == null) {
        cached = Optional.ofNullable(quietly(() -> compute(call)));
        solved.put(call, cached);
      }
      return cached.orElse(null);
    }

    private @Nullable SolvedMethod compute(MethodCallExpr call) {
      SymbolReference<ResolvedMethodDeclaration> reference = facade.solve(call);
      if (!reference.isSolved()) {
        return null;
      }
      ResolvedMethodDeclaration method = reference.getCorrespondingDeclaration();
      List<String> thrown = new ArrayList<>();
      for (ResolvedType exception : method.getSpecifiedExceptions()) {
        String name = describe(exception);
        if (name != null) {
          thrown.add(name);
        }
      }
      Node declaration = quietly(() -> method.toAst().orElse(null));
      return new SolvedMethod(
          method.declaringType().getQualifiedName(), method.isStatic(), thrown, declaration);
    }

    @Override
    public List<String> ancestors(String qualifiedType) {
      List<String> names =
          quietly(
              () -> {
                SymbolReference<ResolvedReferenceTypeDeclaration> reference =
                    typeSolver.tryToSolveType(qualifiedType);
                if (!reference.isSolved()) {
                  return List.of();
                }
                List<String> result = new ArrayList<>();
                for (ResolvedReferenceType ancestor :
                    reference.getCorrespondingDeclaration().getAllAncestors()) {
                  result.add(ancestor.getQualifiedName());
                }
                return result;
              });
      return names == null ? List.of() : names;
    }

    @Override
    public @Nullable String superclass(String qualifiedType) {
      return quietly(
          () -> {
            SymbolReference<ResolvedReferenceTypeDeclaration> reference =
                typeSolver.tryToSolveType(qualifiedType);
            if (!reference.isSolved() || !reference.getCorrespondingDeclaration().isClass()) {
              return null;
            }
            return reference
                .getCorrespondingDeclaration()
                .asClass()
                .getSuperClass()
                .map(ResolvedReferenceType::getQualifiedName)
                .orElse(null);
          });
    }
  }
}
