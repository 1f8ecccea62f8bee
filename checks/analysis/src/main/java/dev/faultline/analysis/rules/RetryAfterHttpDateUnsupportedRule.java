package dev.faultline.analysis.rules;

import dev.faultline.analysis.model.Step;
import java.util.ArrayList;
import java.util.List;

/**
 * RetryAfterHttpDateUnsupported: the Retry-After header is read only as a number of seconds, with
 * no branch for the HTTP-date form that RFC 9110 section 10.2.3 also allows (see {@link
 * dev.faultline.analysis.values.RetryAfterParses}).
 */
public final class RetryAfterHttpDateUnsupportedRule {
  private RetryAfterHttpDateUnsupportedRule() {}

  public static List<Finding> judge(List<Step.RetryAfterReadAsNumber> reads) {
    List<Finding> findings = new ArrayList<>();
    for (Step.RetryAfterReadAsNumber read : reads) {
      findings.add(
          new Finding(
              CheckInfo.RETRY_AFTER_HTTP_DATE_UNSUPPORTED.checkName(),
              read.anchor(),
              message(read.parse())));
    }
    return findings;
  }

  private static String message(String parse) {
    return "Retry-After is read only as a number here ("
        + parse
        + "), but RFC 9110 lets a server send either delay-seconds or an HTTP-date"
        + " (\"Wed, 21 Oct 2015 07:28:00 GMT\"): a date then throws or silently becomes the"
        + " default wait. Try the value as seconds first, else parse it as an HTTP-date"
        + " (DateTimeFormatter.RFC_1123_DATE_TIME) and wait until then; a date in the past means"
        + " no wait.";
  }
}
