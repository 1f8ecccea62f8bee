package dev.faultline.analysis.recognisers;

import dev.faultline.analysis.model.Step;
import dev.faultline.analysis.view.LoweringContext;
import java.util.ArrayList;
import java.util.List;

/**
 * The registry of retry library recognisers: the one place both front ends ask about library
 * retries. A configuration is judged where it is written (a builder chain, an annotation, a
 * strategy class's method), whichever member builds it. Adding a library with a configuration of
 * its own is one recogniser and one row here.
 */
public final class RetryRecognisers {
  /**
   * Every recogniser, in the order they are asked about a call (the first that recognises it wins).
   */
  public static final List<RetryRecogniser> DEFAULT =
      List.of(
          new Resilience4jRetries(),
          new FailsafeRetries(),
          new FeignRetries(),
          new HttpClient4Retries(),
          new HttpClient5Retries(),
          new GoogleHttpRetries(),
          new AzureStorageRetries(),
          new AwsSdkV1Retries(),
          new AwsSdkV2Retries(),
          new LangChain4jRetries(),
          new OkHttpRetries(),
          new ReactorRetries(),
          new SpringRetryRetries(),
          new SpringFrameworkRetries());

  private RetryRecognisers() {}

  /** The library retry that a call configures, or {@link Step#NOTHING}. */
  public static <N> Step ofCall(N call, LoweringContext<N> context) {
    for (RetryRecogniser recogniser : DEFAULT) {
      Step step = recogniser.ofCall(call, context);
      if (!step.equals(Step.NOTHING)) {
        return step;
      }
    }
    return Step.NOTHING;
  }

  /** The library retries that a method declares. */
  public static <N> List<Step> ofMethod(N method, LoweringContext<N> context) {
    List<Step> steps = new ArrayList<>();
    for (RetryRecogniser recogniser : DEFAULT) {
      steps.addAll(recogniser.ofMethod(method, context));
    }
    return steps;
  }
}
