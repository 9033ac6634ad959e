package org.chipkg.endpoint;

import jakarta.servlet.ServletOutputStream;
import jakarta.servlet.WriteListener;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.Charset;

/**
 * A response that is sent as usual and also copied, up to a limit, for {@link ResultCache}: what
 * the servlet writes goes to the client and to a buffer; past the limit the copy is dropped (and
 * {@link #captured()} is null).
 */
final class TeeResponse extends HttpServletResponseWrapper {
  private final long limit;
  private ByteArrayOutputStream copy = new ByteArrayOutputStream();
  private ServletOutputStream stream;
  private PrintWriter writer;

  TeeResponse(HttpServletResponse response, long limit) {
    super(response);
    this.limit = limit;
  }

  /** The body as sent, or null when it passed the limit or was not written through this wrapper. */
  byte[] captured() {
    return copy == null ? null : copy.toByteArray();
  }

  private void copy(byte[] b, int off, int len) {
    if (copy != null) {
      if (copy.size() + (long) len > limit) {
        copy = null;
      } else {
        copy.write(b, off, len);
      }
    }
  }

  @Override
  public ServletOutputStream getOutputStream() throws IOException {
    if (stream == null) {
      ServletOutputStream real = super.getOutputStream();
      stream =
          new ServletOutputStream() {
            @Override
            public void write(int b) throws IOException {
              real.write(b);
              copy(new byte[] {(byte) b}, 0, 1);
            }

            @Override
            public void write(byte[] b, int off, int len) throws IOException {
              real.write(b, off, len);
              copy(b, off, len);
            }

            @Override
            public void flush() throws IOException {
              real.flush();
            }

            @Override
            public boolean isReady() {
              return real.isReady();
            }

            @Override
            public void setWriteListener(WriteListener l) {
              real.setWriteListener(l);
            }
          };
    }
    return stream;
  }

  @Override
  public PrintWriter getWriter() throws IOException {
    if (writer == null) {
      String cs = getCharacterEncoding() == null ? "UTF-8" : getCharacterEncoding();
      writer = new PrintWriter(new OutputStreamWriter(getOutputStream(), Charset.forName(cs)));
    }
    return writer;
  }

  @Override
  public void flushBuffer() throws IOException {
    if (writer != null) {
      writer.flush();
    }
    super.flushBuffer();
  }

  @Override
  public void sendError(int sc, String msg) throws IOException {
    copy = null;
    super.sendError(sc, msg);
  }

  @Override
  public void sendError(int sc) throws IOException {
    copy = null;
    super.sendError(sc);
  }
}
