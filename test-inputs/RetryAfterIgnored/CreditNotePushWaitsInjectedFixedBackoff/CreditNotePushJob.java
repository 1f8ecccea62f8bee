package inputs.retryafterignored.injectedfixedbackoff;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;

/** Wires the credit note pusher with a fixed back-off. */
public class CreditNotePushJob {
  private final CreditNotePusher pusher =
      new CreditNotePusher(HttpClient.newHttpClient(), new FixedPauseBackoff());

  public String run(URI uri, String creditNoteJson) throws IOException, InterruptedException {
    return pusher.push(uri, creditNoteJson);
  }
}
