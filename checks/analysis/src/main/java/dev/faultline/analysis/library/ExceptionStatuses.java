package dev.faultline.analysis.library;

import dev.faultline.analysis.model.IntSet;
import java.util.Optional;

/**
 * Which statuses an exception type stands for: the client libraries' types ({@link
 * HttpErrorTypes}), and for a lookup that knows the code being analysed, the project's own types
 * too.
 */
@FunctionalInterface
public interface ExceptionStatuses {
  /** The client libraries' types only: a type the table does not know stands for nothing known. */
  ExceptionStatuses LIBRARY = HttpErrorTypes::statuses;

  /** The statuses an exception of this type may stand for, if known. */
  Optional<IntSet> statuses(String type);
}
