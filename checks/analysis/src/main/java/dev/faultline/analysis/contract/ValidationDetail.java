package dev.faultline.analysis.contract;

import dev.faultline.analysis.model.IntSet;
import java.util.List;

/**
 * Where an API puts the details of a validation error: a handler that keeps the summary but drops
 * the details loses what tells the user which field to fix.
 *
 * @param statuses the statuses of validation errors (Fatture in Cloud 422)
 * @param errorCodes the API error codes of validation errors (InvoiceXML 4001, 4002)
 * @param messageFields the summary fields (Fatture in Cloud {@code error.message}, InvoiceXML
 *     {@code detail})
 * @param detailFields the fields with the details; a read of any field below one of them counts
 * @param advice what to read instead, for the message
 */
public record ValidationDetail(
    List<Integer> statuses,
    List<Integer> errorCodes,
    List<String> messageFields,
    List<String> detailFields,
    String advice) {

  public ValidationDetail {
    statuses = statuses == null ? List.of() : List.copyOf(statuses);
    errorCodes = errorCodes == null ? List.of() : List.copyOf(errorCodes);
    messageFields = messageFields == null ? List.of() : List.copyOf(messageFields);
    detailFields = detailFields == null ? List.of() : List.copyOf(detailFields);
    advice = advice == null ? "" : advice;
  }

  public IntSet statusSet() {
    return IntSet.of(statuses);
  }

  public IntSet errorCodeSet() {
    return IntSet.of(errorCodes);
  }
}
