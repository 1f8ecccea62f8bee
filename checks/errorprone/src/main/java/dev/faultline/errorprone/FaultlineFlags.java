package dev.faultline.errorprone;

import com.google.errorprone.ErrorProneFlags;
import dev.faultline.analysis.contract.ApiContract;
import dev.faultline.analysis.contract.Contracts;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * Faultline's Error Prone flags, shared by every check.
 *
 * <ul>
 *   <li>{@code -XepOpt:Faultline:Profiles=fatture-in-cloud,invoicexml}: the built-in API profiles
 *       to judge against (default: all of them);
 *   <li>{@code -XepOpt:Faultline:ProfileFiles=/path/to/my-api.json,...}: profiles of your own, in
 *       the JSON format of the built-in ones.
 * </ul>
 */
final class FaultlineFlags {
  static final String PROFILES = "Faultline:Profiles";
  static final String PROFILE_FILES = "Faultline:ProfileFiles";

  private FaultlineFlags() {}

  /**
   * The contract the flags select, or the built-in profiles and the reason why the flags could not
   * be used (an unknown profile name, an unreadable profile file): a wrong flag must not crash
   * javac.
   */
  record Configuration(ApiContract contract, String error) {}

  /**
   * The last configuration read, by what it was read from: every check of a compilation shares one
   * contract.
   */
  private static volatile Map.Entry<List<Object>, Configuration> last;

  static Configuration configuration(ErrorProneFlags flags) {
    List<String> names = flags.getListOrEmpty(PROFILES);
    List<Path> files = flags.getListOrEmpty(PROFILE_FILES).stream().map(Path::of).toList();
    List<Object> key = new java.util.ArrayList<>(names);
    for (Path file : files) {
      key.add(file.toAbsolutePath().toString());
      key.add(file.toFile().lastModified());
      key.add(file.toFile().length());
    }
    Map.Entry<List<Object>, Configuration> cached = last;
    if (cached != null && cached.getKey().equals(key)) {
      return cached.getValue();
    }
    Configuration configuration = read(names, files);
    last = Map.entry(List.copyOf(key), configuration);
    return configuration;
  }

  private static Configuration read(List<String> names, List<Path> files) {
    try {
      return new Configuration(Contracts.select(names, files), null);
    } catch (IllegalArgumentException e) {
      return new Configuration(
          Contracts.defaults(),
          "-XepOpt:"
              + PROFILES
              + " / -XepOpt:"
              + PROFILE_FILES
              + ": "
              + e.getMessage()
              + "; the checks use every built-in profile until this is fixed");
    }
  }
}
