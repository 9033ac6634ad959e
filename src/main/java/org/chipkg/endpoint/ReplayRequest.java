package org.chipkg.endpoint;

import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import java.io.BufferedReader;
import java.io.ByteArrayInputStream;
import java.io.InputStreamReader;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;

/** A request whose body was read already (by {@link ResultCache}) and is read again from memory. */
final class ReplayRequest extends HttpServletRequestWrapper {
  private final byte[] body;

  ReplayRequest(HttpServletRequest request, byte[] body) {
    super(request);
    this.body = body;
  }

  @Override
  public ServletInputStream getInputStream() {
    ByteArrayInputStream in = new ByteArrayInputStream(body);
    return new ServletInputStream() {
      @Override
      public int read() {
        return in.read();
      }

      @Override
      public int read(byte[] b, int off, int len) {
        return in.read(b, off, len);
      }

      @Override
      public boolean isFinished() {
        return in.available() == 0;
      }

      @Override
      public boolean isReady() {
        return true;
      }

      @Override
      public void setReadListener(ReadListener l) {
        throw new UnsupportedOperationException("the body is in memory");
      }
    };
  }

  @Override
  public BufferedReader getReader() {
    String cs = getCharacterEncoding();
    return new BufferedReader(
        new InputStreamReader(
            getInputStream(), cs == null ? StandardCharsets.UTF_8 : Charset.forName(cs)));
  }
}
