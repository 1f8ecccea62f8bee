package dev.faultline.scanner.report.sarif;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.List;

/** The root object of a SARIF file (§3.13 sarifLog). */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonPropertyOrder({"$schema", "version", "runs"})
public record SarifLog(@JsonProperty("$schema") String schema, String version, List<Run> runs) {
  public static final String SCHEMA = "https://json.schemastore.org/sarif-2.1.0.json";
  public static final String VERSION = "2.1.0";

  public SarifLog(List<Run> runs) {
    this(SCHEMA, VERSION, runs);
  }
}
