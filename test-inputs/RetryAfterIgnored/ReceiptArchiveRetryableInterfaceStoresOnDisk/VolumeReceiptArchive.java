package inputs.retryafterignored.retryablelocal;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/** Writes the receipts to the mounted archive volume. */
public class VolumeReceiptArchive implements ReceiptArchive {

  private final Path root;

  public VolumeReceiptArchive(Path root) {
    this.root = root;
  }

  @Override
  public void store(String invoiceId, byte[] pdf) throws IOException {
    Path target = root.resolve(invoiceId.substring(0, 2)).resolve(invoiceId + ".pdf");
    Files.createDirectories(target.getParent());
    Files.write(target, pdf, StandardOpenOption.CREATE, StandardOpenOption.TRUNCATE_EXISTING);
  }
}
