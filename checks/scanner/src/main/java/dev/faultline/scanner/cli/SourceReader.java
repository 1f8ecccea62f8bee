package dev.faultline.scanner.cli;

import static java.nio.charset.StandardCharsets.UTF_8;

import dev.faultline.scanner.UnanalyzableSourceException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

/**
 * Reads a source file for analysis: at most {@code maxBytes} long, strictly UTF-8 (a malformed byte
 * is an error, not a replacement character), without a leading byte order mark.
 */
final class SourceReader {
  /** The largest array the JVM reliably allocates. */
  private static final int MAX_ARRAY_LENGTH = Integer.MAX_VALUE - 8;

  private final long maxBytes;

  SourceReader(long maxBytes) {
    this.maxBytes = maxBytes;
  }

  String read(Path file) throws UnanalyzableSourceException {
    return text(readBytes(file));
  }

  /** The file's bytes, at most {@code maxBytes} of them. */
  byte[] readBytes(Path file) throws UnanalyzableSourceException {
    byte[] bytes;
    try {
      // The size the file system states rejects a large file before a byte is read; reading at most
      // one byte past
      // the limit catches a file that grew since, or one whose stated size is wrong (/proc, FUSE).
      if (Files.size(file) > maxBytes) {
        throw new UnanalyzableSourceException(
            "file is larger than the limit of " + formatSize(maxBytes) + " (--max-file-size)");
      }
      try (InputStream in = Files.newInputStream(file)) {
        bytes = in.readNBytes((int) Math.min(maxBytes + 1, MAX_ARRAY_LENGTH));
      }
    } catch (IOException e) {
      throw new UnanalyzableSourceException("cannot read: " + SourceCollector.describe(e), e);
    } catch (OutOfMemoryError e) {
      throw new UnanalyzableSourceException(
          "not enough memory to read the file (see --max-file-size)", e);
    }
    if (bytes.length > maxBytes || bytes.length == MAX_ARRAY_LENGTH) {
      throw new UnanalyzableSourceException(
          "file is larger than the limit of " + formatSize(maxBytes) + " (--max-file-size)");
    }
    return bytes;
  }

  /** The text of a file's bytes: strict UTF-8, without a leading byte order mark. */
  static String text(byte[] bytes) throws UnanalyzableSourceException {
    String text = decode(bytes);
    return text.startsWith("\uFEFF") ? text.substring(1) : text;
  }

  /** Decodes UTF-8 strictly; the error names the offset of the first bad byte. */
  static String decode(byte[] bytes) throws UnanalyzableSourceException {
    CharsetDecoder decoder =
        UTF_8
            .newDecoder()
            .onMalformedInput(CodingErrorAction.REPORT)
            .onUnmappableCharacter(CodingErrorAction.REPORT);
    ByteBuffer in = ByteBuffer.wrap(bytes);
    CharBuffer out = CharBuffer.allocate(bytes.length);
    CoderResult result = decoder.decode(in, out, true);
    if (!result.isError()) {
      result = decoder.flush(out);
    }
    if (result.isError()) {
      throw new UnanalyzableSourceException("not valid UTF-8 (byte offset " + in.position() + ")");
    }
    out.flip();
    return out.toString();
  }

  static String formatSize(long bytes) {
    if (bytes >= 1024 * 1024 && bytes % (1024 * 1024) == 0) {
      return bytes / (1024 * 1024) + " MB";
    }
    if (bytes >= 1024 && bytes % 1024 == 0) {
      return bytes / 1024 + " KB";
    }
    return String.format(Locale.ROOT, "%d bytes", bytes);
  }
}
