package dev.faultline.errorprone;

import static com.google.common.truth.Truth.assertWithMessage;

import com.google.common.base.Splitter;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.spi.ToolProvider;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The plugin jar is built against the newest supported Error Prone and must also link against the
 * oldest one (docs/compatibility.md): every Error Prone class, method and field its bytecode names,
 * with the exact descriptor, exists in the oldest Error Prone's check API. A method whose signature
 * changed in between compiles against both but fails at run time with a {@link NoSuchMethodError}
 * (as {@code ASTHelpers.enclosingPackage(Symbol)} did, which returns a {@code PackageSymbol} in
 * 2.42.0 and an {@code Optional} in 2.50.0); the consumer builds only run a few of the plugin's
 * paths, this test checks all of them.
 */
final class ErrorProneApiRangeTest {
  private static final Pattern REFERENCE =
      Pattern.compile(
          "= (Methodref|InterfaceMethodref|Fieldref|Class)\\s+\\S+\\s+//\\s+"
              + "(com/google/errorprone/[^.\\s:]+)(?:\\.(\"?[^:\\s\"]+\"?):(\\S+))?");
  private static final Pattern HEADER =
      Pattern.compile(
          "(?:class|interface|enum)\\s+(\\S+?)(?:<[^{]*?>)?(?:\\s+extends\\s+([^{]+?))?"
              + "(?:\\s+implements\\s+([^{]+?))?\\s*\\{");

  private final ToolProvider javap =
      ToolProvider.findFirst("javap").orElseThrow(() -> new AssertionError("no javap"));
  private final Map<String, ClassMembers> oldest = new HashMap<>();
  private String oldestClassPath;

  /** The members a class of the oldest Error Prone declares, and its supertypes. */
  private record ClassMembers(Set<String> members, List<String> supertypes) {}

  @Test
  void everyErrorProneMemberThePluginUsesExistsInTheOldestSupportedErrorProne() throws IOException {
    String jars = System.getProperty("faultline.oldestErrorProne");
    assertWithMessage("system property faultline.oldestErrorProne (set by the pom)")
        .that(jars)
        .isNotNull();
    oldestClassPath = jars;
    Set<String> missing = new TreeSet<>();
    int checked = 0;
    List<String> arguments = new ArrayList<>(List.of("-v"));
    try (Stream<Path> classes = Files.walk(Path.of("target/classes"))) {
      classes
          .filter(f -> f.toString().endsWith(".class"))
          .forEach(f -> arguments.add(f.toString()));
    }
    // One javap run for all classes: each listing starts with "Classfile <path>".
    for (String listing :
        Splitter.onPattern("(?m)^Classfile ").split(run(arguments.toArray(String[]::new)))) {
      String file = listing.lines().findFirst().orElse("");
      Matcher reference = REFERENCE.matcher(listing);
      while (reference.find()) {
        checked++;
        String owner = reference.group(2);
        String member =
            reference.group(3) == null
                ? null
                : reference.group(3).replace("\"", "") + ":" + reference.group(4);
        if (!exists(owner.replace('/', '.'), member)) {
          missing.add(owner + (member == null ? "" : "." + member) + " (used by " + file + ")");
        }
      }
    }
    assertWithMessage("Error Prone classes and members the plugin uses")
        .that(checked)
        .isGreaterThan(20);
    assertWithMessage(
            "Error Prone API the plugin uses that the oldest supported Error Prone does not have"
                + " (use API present in the whole range, see docs/compatibility.md)")
        .that(missing)
        .isEmpty();
  }

  /**
   * Whether the class, and the member if given, exist in the oldest Error Prone (inherited too).
   */
  private boolean exists(String className, String member) {
    ClassMembers members = members(className);
    if (members == null) {
      // Not an Error Prone class: a JDK or library supertype, outside what this test checks.
      return !className.startsWith("com.google.errorprone.");
    }
    if (member == null || members.members().contains(member)) {
      return true;
    }
    for (String supertype : members.supertypes()) {
      if (members(supertype) == null && !supertype.startsWith("com.google.errorprone.")) {
        return true; // inherited from a JDK or library type
      }
      if (exists(supertype, member)) {
        return true;
      }
    }
    return false;
  }

  private ClassMembers members(String className) {
    return oldest.computeIfAbsent(
        className,
        name -> {
          if (!name.startsWith("com.google.errorprone.")) {
            return null;
          }
          String listing = run("-p", "-s", "-cp", oldestClassPath, name);
          Matcher header = HEADER.matcher(listing);
          if (!listing.contains("Compiled from") || !header.find()) {
            return null;
          }
          List<String> supertypes = new ArrayList<>();
          for (int group = 2; group <= 3; group++) {
            if (header.group(group) != null) {
              for (String type : Splitter.on(',').split(header.group(group))) {
                supertypes.add(type.trim().replaceAll("<.*", ""));
              }
            }
          }
          Set<String> declared = new TreeSet<>();
          List<String> lines = listing.lines().toList();
          for (int i = 0; i + 1 < lines.size(); i++) {
            String descriptor = lines.get(i + 1).trim();
            if (!descriptor.startsWith("descriptor: ")) {
              continue;
            }
            String declaration = lines.get(i).trim().replaceAll("\\s+throws .*", "");
            int paren = declaration.indexOf('(');
            String head =
                paren < 0 ? declaration.replaceAll(";$", "") : declaration.substring(0, paren);
            String memberName = head.substring(head.lastIndexOf(' ') + 1);
            if (memberName.equals(name)) {
              memberName = "<init>";
            } else if (declaration.startsWith("static {}")) {
              memberName = "<clinit>";
            }
            declared.add(memberName + ":" + descriptor.substring("descriptor: ".length()));
          }
          return new ClassMembers(declared, supertypes);
        });
  }

  private String run(String... args) {
    StringWriter out = new StringWriter();
    PrintWriter writer = new PrintWriter(out);
    javap.run(writer, writer, args);
    writer.flush();
    return out.toString();
  }
}
