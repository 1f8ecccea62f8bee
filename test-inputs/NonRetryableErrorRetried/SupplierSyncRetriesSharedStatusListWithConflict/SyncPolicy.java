package inputs.nonretryableerrorretried.sharedstatuslist;

import java.util.List;

/** How the supplier synchronisation reacts to API failures. */
public final class SyncPolicy {

  /** Failures worth another attempt; 409 was added when two workers raced on the same supplier. */
  public static final List<Integer> RETRY_ON = List.of(409, 500, 502, 504);

  private SyncPolicy() {}
}
