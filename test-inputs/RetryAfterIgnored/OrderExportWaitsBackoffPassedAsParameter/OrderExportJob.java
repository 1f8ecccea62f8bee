package inputs.retryafterignored.parameterbackoff;

import java.io.IOException;

/** Runs the order export with the back-off that follows the server's pace. */
public class OrderExportJob {
  public String run(String url) throws IOException, InterruptedException {
    return new OrderExporter().export(url, new ServerPacedBackoff());
  }
}
