package dev.faultline.scanner;

import static com.google.common.truth.Truth.assertThat;

import com.github.javaparser.JavaParser;
import com.github.javaparser.ParseResult;
import com.github.javaparser.ParserConfiguration;
import com.github.javaparser.ast.CompilationUnit;
import com.github.javaparser.ast.type.VarType;
import org.junit.jupiter.api.Test;

/** The parser configuration of the scanner: the language level's post-processing, no validation. */
final class ParserConfigurationTest {
  private static ParseResult<CompilationUnit> parse(String source, boolean validate) {
    ParserConfiguration configuration =
        new ParserConfiguration().setLanguageLevel(JavaParserAnalyzer.LANGUAGE_LEVEL);
    if (!validate) {
      JavaParserAnalyzer.withoutValidation(configuration);
    }
    return new JavaParser(configuration).parse(source);
  }

  @Test
  void replacesJavaParsersLanguageLevelProcessor() {
    ParserConfiguration configuration =
        new ParserConfiguration().setLanguageLevel(JavaParserAnalyzer.LANGUAGE_LEVEL);
    int processors = configuration.getProcessors().size();
    JavaParserAnalyzer.withoutValidation(configuration);
    assertThat(configuration.getProcessors()).hasSize(processors);
    assertThat(
            configuration.getProcessors().stream()
                .map(supplier -> supplier.get().getClass().getName()))
        .doesNotContain(ParserConfiguration.class.getName() + "$2");
  }

  @Test
  void keepsTheLanguageLevelsPostProcessing() {
    ParseResult<CompilationUnit> result =
        parse("class A { void m() { var x = 1; } }", /* validate= */ false);
    assertThat(result.isSuccessful()).isTrue();
    assertThat(result.getResult().orElseThrow().findAll(VarType.class)).hasSize(1);
  }

  @Test
  void doesNotCheckTheLanguageLevelsRules() {
    // Java 8 code naming a variable "_": rejected by the Java 25 rules, read as it was meant.
    String java8 = "class A { void m() { int _ = 0; System.out.println(_); } }";
    assertThat(parse(java8, /* validate= */ true).isSuccessful()).isFalse();
    assertThat(parse(java8, /* validate= */ false).isSuccessful()).isTrue();
  }
}
