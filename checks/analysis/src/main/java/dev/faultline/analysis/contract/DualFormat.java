package dev.faultline.analysis.contract;

import dev.faultline.analysis.model.IntSet;
import java.util.List;

/**
 * A status whose error body comes in two formats: Fatture in Cloud's 401 is either an OAuth error
 * ({@code error} a string, {@code error_description}) or an API error ({@code error.message},
 * {@code error.code}).
 *
 * @param oauthFields fields whose read means the code expects the OAuth format
 * @param oauthValueFields fields whose value read (as text) means the code expects the OAuth format
 * @param apiFields fields whose read means the code expects the API format
 * @param discriminator the field whose JSON type tells the formats apart
 * @param advice what to read instead, for the message
 */
public record DualFormat(
    List<Integer> statuses,
    List<String> oauthFields,
    List<String> oauthValueFields,
    List<String> apiFields,
    String discriminator,
    String advice) {

  public DualFormat {
    statuses = statuses == null ? List.of() : List.copyOf(statuses);
    oauthFields = oauthFields == null ? List.of() : List.copyOf(oauthFields);
    oauthValueFields = oauthValueFields == null ? List.of() : List.copyOf(oauthValueFields);
    apiFields = apiFields == null ? List.of() : List.copyOf(apiFields);
    advice = advice == null ? "" : advice;
  }

  public IntSet statusSet() {
    return IntSet.of(statuses);
  }
}
