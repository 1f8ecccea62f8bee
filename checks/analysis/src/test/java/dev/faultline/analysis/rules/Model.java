package dev.faultline.analysis.rules;

import dev.faultline.analysis.model.Anchor;
import dev.faultline.analysis.model.Condition;
import dev.faultline.analysis.model.IntSet;
import dev.faultline.analysis.model.Step;
import java.util.List;

/** A small language for writing lowered methods in tests, shaped like the client code they stand for. */
final class Model {
  static final String API_EXCEPTION = "it.fattureincloud.sdk.ApiException";

  private Model() {}

  /** An anchor with a name, so that assertions read like the code. */
  record Named(String name) implements Anchor {
    @Override
    public String toString() {
      return name;
    }
  }

  static Named at(String name) {
    return new Named(name);
  }

  static Step seq(Step... steps) {
    return new Step.Block(List.of(steps));
  }

  /** A Fatture in Cloud SDK call: throws ApiException for every failure. */
  static Step ficCall(String name) {
    return new Step.Request(at(name), name, List.of(API_EXCEPTION), true);
  }

  /** A java.net.http / OkHttp call: a response with any status, IOException for transport failures. */
  static Step httpCall(String name) {
    return new Step.Request(at(name), name, List.of("java.io.IOException"), false);
  }

  /** A Spring RestTemplate / RestClient call. */
  static Step springCall(String name) {
    return new Step.Request(at(name), name,
        List.of("org.springframework.web.client.RestClientResponseException",
            "org.springframework.web.client.ResourceAccessException"),
        true);
  }

  static Step retryLoop(Step body) {
    return new Step.Loop(Step.LoopKind.RETRY, null, true, body, null);
  }

  static Step forEach(Step body) {
    return new Step.Loop(Step.LoopKind.ITERATION, Condition.UNKNOWN, true, body, null);
  }

  static Step tryCatch(Step body, String type, Step handler) {
    return new Step.TryCatch(body, List.of(new Step.Catch(List.of(type), handler)), null);
  }

  static Step ifStatus(IntSet statuses, Step then) {
    return new Step.Branch(new Condition.StatusIn(statuses), then, Step.NOTHING);
  }

  static Step ifStatus(IntSet statuses, Step then, Step otherwise) {
    return new Step.Branch(new Condition.StatusIn(statuses), then, otherwise);
  }

  static Step ifCondition(Condition condition, Step then, Step otherwise) {
    return new Step.Branch(condition, then, otherwise);
  }

  static Step sleepFixed(String name) {
    return new Step.Wait(at(name), false);
  }

  static Step sleepRetryAfter(String name) {
    return new Step.Wait(at(name), true);
  }

  static Step rethrow() {
    return new Step.Throw(List.of(API_EXCEPTION, "java.lang.Exception", "java.lang.Throwable"));
  }

  static Step returns() {
    return new Step.Return();
  }

  static Step next() {
    return new Step.Continue(null);
  }

  static Step read(String name, String field, Step.ReadKind kind) {
    return new Step.BodyRead(at(name), field, kind);
  }
}
