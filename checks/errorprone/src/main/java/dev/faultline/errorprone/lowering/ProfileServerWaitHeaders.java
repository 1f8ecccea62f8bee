package dev.faultline.errorprone.lowering;

import com.google.errorprone.VisitorState;
import com.sun.tools.javac.util.Context;
import java.util.Collection;
import java.util.Set;

/**
 * The headers in which the API profiles of the compilation say how long to wait, besides the
 * well-known ones ({@link dev.faultline.analysis.contract.ApiContract#serverWaitHeaders}), kept in
 * javac's context so that every view of the compilation, in any file, reads them.
 */
public final class ProfileServerWaitHeaders {
  private static final Context.Key<ProfileServerWaitHeaders> KEY = new Context.Key<>();

  private Set<String> headers = Set.of();

  private ProfileServerWaitHeaders() {}

  /** The profiles' headers, lower case, for what the checks analyse next in this compilation. */
  public static void set(VisitorState state, Collection<String> headers) {
    of(state).headers = Set.copyOf(headers);
  }

  static Set<String> get(VisitorState state) {
    return of(state).headers;
  }

  private static ProfileServerWaitHeaders of(VisitorState state) {
    return JavacContexts.getOrCreate(state.context, KEY, ProfileServerWaitHeaders::new);
  }
}
