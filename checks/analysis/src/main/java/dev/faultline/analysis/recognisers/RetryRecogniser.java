package dev.faultline.analysis.recognisers;

import dev.faultline.analysis.model.Step;
import dev.faultline.analysis.view.LoweringContext;
import java.util.List;

/**
 * Recognises the retries one library makes once configured, over the code view: a configuration
 * written as a call (the last call of a builder chain, a retry operator) or declared by a method (a
 * retry annotation, the method of a strategy interface the library calls to decide about a
 * re-send). {@link RetryRecognisers} lists them.
 */
public interface RetryRecogniser {
  /** The library retry that a call configures, or {@link Step#NOTHING}. */
  default <N> Step ofCall(N call, LoweringContext<N> context) {
    return Step.NOTHING;
  }

  /** The library retries that a method declares. */
  default <N> List<Step> ofMethod(N method, LoweringContext<N> context) {
    return List.of();
  }
}
