package dev.faultline.scanner.cli;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;

/** The scanner's version and links, filled in by the build (faultline-scanner.properties). */
public final class BuildInfo {
  private static final Properties PROPERTIES = load();

  private BuildInfo() {}

  private static Properties load() {
    Properties properties = new Properties();
    try (InputStream in = BuildInfo.class.getResourceAsStream("faultline-scanner.properties")) {
      if (in != null) {
        properties.load(in);
      }
    } catch (IOException e) {
      // Leave the defaults below: the version shows as "unknown".
    }
    return properties;
  }

  private static String get(String key, String fallback) {
    String value = PROPERTIES.getProperty(key);
    return value == null || value.isBlank() || value.contains("${") ? fallback : value.trim();
  }

  public static String version() {
    return get("version", "unknown");
  }

  /** The project's home page: SARIF's {@code tool.driver.informationUri}. */
  public static String homepage() {
    return get("homepage", "https://github.com/faultline-dev/faultline");
  }
}
