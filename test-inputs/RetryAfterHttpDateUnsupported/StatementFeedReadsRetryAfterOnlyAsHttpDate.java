package inputs.retryafterhttpdateunsupported;

import java.text.ParseException;
import java.text.SimpleDateFormat;
import java.util.Date;
import java.util.Locale;
import okhttp3.Response;

/** A date-only reading of Retry-After is another matter: no number parse, nothing to say here. */
public class StatementFeedReadsRetryAfterOnlyAsHttpDate {
  public long millisToWait(Response response) throws ParseException {
    String value = response.header("Retry-After");
    if (value == null) {
      return 0;
    }
    SimpleDateFormat format = new SimpleDateFormat("EEE, dd MMM yyyy HH:mm:ss zzz", Locale.US);
    Date until = format.parse(value);
    return Math.max(0, until.getTime() - System.currentTimeMillis());
  }
}
