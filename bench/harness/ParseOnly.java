import com.github.javaparser.JavaParser;
import com.github.javaparser.ParseResult;
import com.github.javaparser.ParserConfiguration;
import com.github.javaparser.ast.CompilationUnit;
import dev.faultline.analysis.library.Relevance;
import dev.faultline.scanner.JavaParserAnalyzer;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Stream;

/**
 * The baselines for the scanner's throughput. By default: reads every *.java file under the given directories (strict
 * UTF-8, as the scanner does) and parses it with JavaParser at the scanner's language level, nothing else. With
 * --as-scanner: the scanner's floor, what it does before lowering anything: reads and decodes every file, runs the
 * text prefilter on it, and parses the files the prefilter passes as the scanner parses them (without the language
 * level's validators); a scanner that lowered and judged nothing would take this long.
 * Usage: java -cp faultline-scanner-all.jar:classes ParseOnly JOBS [--as-scanner] (DIR | @FILE-LIST)...
 */
public final class ParseOnly {
  public static void main(String[] args) throws Exception {
    int jobs = Integer.parseInt(args[0]);
    List<Path> files = new ArrayList<>();
    boolean asScanner = args.length > 1 && args[1].equals("--as-scanner");
    for (int i = asScanner ? 2 : 1; i < args.length; i++) {
      if (args[i].startsWith("@")) { // a list of files, one a line
        Files.readAllLines(Path.of(args[i].substring(1))).stream().filter(l -> !l.isBlank()).map(Path::of)
            .forEach(files::add);
        continue;
      }
      try (Stream<Path> walk = Files.walk(Path.of(args[i]))) {
        walk.filter(p -> p.toString().endsWith(".java") && Files.isRegularFile(p)).sorted().forEach(files::add);
      }
    }
    AtomicLong parsed = new AtomicLong();
    AtomicLong failed = new AtomicLong();
    AtomicLong bytes = new AtomicLong();
    AtomicLong skipped = new AtomicLong();
    long start = System.nanoTime();
    ExecutorService pool = Executors.newFixedThreadPool(jobs, r -> {
      Thread t = new Thread(null, r, "parse", 16L * 1024 * 1024);
      t.setDaemon(true);
      return t;
    });
    List<Future<?>> pending = new ArrayList<>();
    for (Path file : files) {
      pending.add(pool.submit(() -> {
        try {
          byte[] content = Files.readAllBytes(file);
          bytes.addAndGet(content.length);
          String source = StandardCharsets.UTF_8.newDecoder()
              .onMalformedInput(CodingErrorAction.REPORT)
              .onUnmappableCharacter(CodingErrorAction.REPORT)
              .decode(ByteBuffer.wrap(content)).toString();
          if (asScanner && !Relevance.mayConcernHttpErrors(source)) {
            skipped.incrementAndGet();
            return;
          }
          ParserConfiguration configuration =
              new ParserConfiguration().setLanguageLevel(JavaParserAnalyzer.LANGUAGE_LEVEL);
          if (asScanner) {
            JavaParserAnalyzer.withoutValidation(configuration);
          }
          ParseResult<CompilationUnit> result = new JavaParser(configuration).parse(source);
          (result.isSuccessful() ? parsed : failed).incrementAndGet();
        } catch (IOException | RuntimeException | StackOverflowError e) {
          failed.incrementAndGet();
        }
      }));
    }
    for (Future<?> f : pending) {
      f.get();
    }
    pool.shutdown();
    double seconds = (System.nanoTime() - start) / 1e9;
    System.err.printf("%s: %d files (%d parsed, %d failed, %d not parsed: prefilter), %.1f MB in %.2f s (after JVM start)%n",
        asScanner ? "floor" : "parse-only", files.size(), parsed.get(), failed.get(), skipped.get(),
        bytes.get() / 1048576.0, seconds);
  }
}
