package org.chipkg.text;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import opennlp.tools.sentdetect.SentenceDetectorME;
import opennlp.tools.sentdetect.SentenceModel;
import opennlp.tools.util.Span;
import org.chipkg.model.ChipKgException;
import org.chipkg.model.TextSpan;

/**
 * Sentence boundaries with Apache OpenNLP's English sentence model (UD EWT, from Maven Central).
 * Line breaks are hard boundaries first: news text puts headlines, bullets and datelines on lines
 * of their own without final punctuation. The model is loaded once; the detector is not
 * thread-safe, so each thread gets its own.
 */
public final class SentenceSplitter {
  private static final String MODEL = "/opennlp-en-ud-ewt-sentence-1.3-2.5.4.bin";
  private static final SentenceModel SHARED_MODEL = load();
  private final ThreadLocal<SentenceDetectorME> detector =
      ThreadLocal.withInitial(() -> new SentenceDetectorME(SHARED_MODEL));

  private static SentenceModel load() {
    try (InputStream in = SentenceSplitter.class.getResourceAsStream(MODEL)) {
      if (in == null) {
        throw new ChipKgException("OpenNLP sentence model missing from classpath: " + MODEL);
      }
      return new SentenceModel(in);
    } catch (IOException e) {
      throw new ChipKgException("cannot load OpenNLP sentence model " + MODEL, e);
    }
  }

  private static final java.util.regex.Pattern ABBREVIATION =
      java.util.regex.Pattern.compile(
          "(?:\\w\\.(?:com|net|org|io|ai)|\\b(?:Inc|Corp|Co|Ltd|Mr|Ms|Mrs|Dr|St|vs|U\\.S)\\.)$");

  /** "... made by Taiwan Semiconductor Manufacturing Co. Its largest customer": a new sentence. */
  private static final java.util.regex.Pattern OPENER =
      java.util.regex.Pattern.compile(
          "(?:It|Its|The|He|She|They|Their|This|That|These|Those|In|But|However|Meanwhile|Analysts|"
              + "Shares|We|Our)\\b");

  /**
   * True when the previous sentence ends in "Amazon.com" or "Inc.", where the model often splits.
   */
  private static boolean abbreviation(String text, List<TextSpan> out) {
    TextSpan prev = out.get(out.size() - 1);
    return ABBREVIATION
        .matcher(text.substring(Math.max(prev.begin(), prev.end() - 12), prev.end()))
        .find();
  }

  /** Sentences of {@code text[from, to)} (one line or block), trimmed, offsets into text. */
  public List<TextSpan> split(String text, int from, int to) {
    List<TextSpan> out = new ArrayList<>();
    String block = text.substring(from, to);
    for (Span s : detector.get().sentPosDetect(block)) {
      int b = from + s.getStart();
      int e = from + s.getEnd();
      while (b < e && Character.isWhitespace(text.charAt(b))) {
        b++;
      }
      while (e > b && Character.isWhitespace(text.charAt(e - 1))) {
        e--;
      }
      if (e > b
          && !out.isEmpty()
          && (Character.isLowerCase(text.charAt(b))
              || abbreviation(text, out) && !OPENER.matcher(text).region(b, e).lookingAt())) {
        // "Groq Inc. has hired ...": the model split after an abbreviation; a sentence does not
        // start in lower case, so join it back.
        out.set(out.size() - 1, new TextSpan(out.get(out.size() - 1).begin(), e));
      } else if (e > b) {
        out.add(new TextSpan(b, e));
      }
    }
    return splitAfterSuffix(text, out);
  }

  private static final java.util.regex.Pattern SUFFIX_END =
      java.util.regex.Pattern.compile("\\b(?:Inc|Corp|Co|Ltd)\\.\\s+(?=\\p{Lu})");

  /** "... made by Taiwan Semiconductor Manufacturing Co. Its largest customer": two sentences. */
  private static List<TextSpan> splitAfterSuffix(String text, List<TextSpan> in) {
    List<TextSpan> out = new ArrayList<>(in.size());
    for (TextSpan t : in) {
      int b = t.begin();
      java.util.regex.Matcher x = SUFFIX_END.matcher(text).region(t.begin(), t.end());
      while (x.find()) {
        if (OPENER.matcher(text).region(x.end(), t.end()).lookingAt()) {
          out.add(new TextSpan(b, x.start() + x.group().indexOf('.') + 1));
          b = x.end();
        }
      }
      out.add(new TextSpan(b, t.end()));
    }
    return out;
  }
}
