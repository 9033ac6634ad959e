package org.chipkg.ingest;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/** Bytes to text: UTF-8 (BOM dropped), else windows-1252 when it reads as text; never binary. */
final class TextDecoder {
  private TextDecoder() {}

  static String decode(byte[] bytes, String source) {
    if (bytes.length == 0) {
      throw new IngestException(source + ": empty file");
    }
    int controls = 0;
    for (byte b : bytes) {
      if (b == 0) {
        throw new IngestException(source + ": binary content (NUL bytes)");
      }
      if (b > 0 && b < 32 && b != '\n' && b != '\r' && b != '\t' && b != '\f') {
        controls++;
      }
    }
    if (controls > bytes.length / 100 + 8) {
      throw new IngestException(source + ": binary content (" + controls + " control characters)");
    }
    int offset =
        bytes.length >= 3
                && (bytes[0] & 0xff) == 0xEF
                && (bytes[1] & 0xff) == 0xBB
                && (bytes[2] & 0xff) == 0xBF
            ? 3
            : 0;
    ByteBuffer buf = ByteBuffer.wrap(bytes, offset, bytes.length - offset);
    try {
      return strict(StandardCharsets.UTF_8).decode(buf).toString();
    } catch (CharacterCodingException e) {
      try {
        return strict(Charset.forName("windows-1252"))
            .decode(buf.rewind().position(offset))
            .toString();
      } catch (CharacterCodingException e2) {
        throw new IngestException(source + ": not valid UTF-8 and not windows-1252 text", e2);
      }
    }
  }

  private static java.nio.charset.CharsetDecoder strict(Charset cs) {
    return cs.newDecoder()
        .onMalformedInput(CodingErrorAction.REPORT)
        .onUnmappableCharacter(CodingErrorAction.REPORT);
  }
}
