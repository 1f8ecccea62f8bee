package inputs.retryafterignored.jitteredbackoff;

import java.io.IOException;
import okhttp3.OkHttpClient;

/** Wires the receipt exporter with a jittered pause. */
public class ReceiptExportJob {
  public String run(String url) throws IOException, InterruptedException {
    return new ReceiptExporter(new OkHttpClient(), new JitteredPauseBackoff()).export(url);
  }
}
