package org.chipkg.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.chipkg.model.EntityType;
import org.chipkg.model.Mention;
import org.chipkg.text.Sentence;

/**
 * A sentence with each entity mention replaced by a slot such as {@code @O2@} (organization 2),
 * {@code @P0@} (person), {@code @C1@} (chip), so extractors can match patterns over entity types.
 * Curly quotes and dashes are made plain. Slot numbers index {@link #mentions()}.
 */
public final class Masked {
  /** A slot of any type in a pattern; group 1 is the type letter, group 2 the index. */
  public static final Pattern SLOT = Pattern.compile("@([OPCM])(\\d+)@");

  private final Sentence sentence;
  private final String text;
  private final int[] positions;

  public Masked(Sentence sentence) {
    this.sentence = sentence;
    StringBuilder sb = new StringBuilder();
    List<Mention> ms = sentence.mentions();
    int base = sentence.span().begin();
    int cursor = base;
    positions = new int[ms.size()];
    for (int i = 0; i < ms.size(); i++) {
      Mention m = ms.get(i);
      sb.append(plain(sentence.text().substring(cursor - base, m.span().begin() - base)));
      positions[i] = sb.length();
      sb.append('@').append(letter(m.entity().type())).append(i).append('@');
      cursor = m.span().end();
    }
    sb.append(plain(sentence.text().substring(cursor - base)));
    text = sb.toString();
  }

  private static char letter(EntityType t) {
    return switch (t) {
      case PERSON -> 'P';
      case CHIP -> 'C';
      case MARKET -> 'M';
      default -> 'O';
    };
  }

  private static String plain(String s) {
    return s.replace('’', '\'')
        .replace('‘', '\'')
        .replace('“', '"')
        .replace('”', '"')
        .replace('—', '-')
        .replace('–', '-')
        .replace('@', ' ');
  }

  public String text() {
    return text;
  }

  public Sentence sentence() {
    return sentence;
  }

  public List<Mention> mentions() {
    return sentence.mentions();
  }

  /**
   * True when the sentence has a slot of one of the given type letters ({@code "OC"}: an
   * organization or a chip). Lets a reader skip, before any pattern runs, sentences that cannot
   * hold what all of its patterns need.
   */
  public static boolean hasSlot(Sentence s, String letters) {
    for (Mention m : s.mentions()) {
      if (letters.indexOf(letter(m.entity().type())) >= 0) {
        return true;
      }
    }
    return false;
  }

  /** {@link #hasSlot(Sentence, String)} for this sentence. */
  public boolean has(String letters) {
    return hasSlot(sentence, letters);
  }

  /** The mention behind a slot string such as {@code @O2@}. */
  public Mention mention(String slot) {
    Matcher m = SLOT.matcher(slot);
    if (!m.matches()) {
      throw new IllegalArgumentException("not a slot: " + slot);
    }
    return sentence.mentions().get(Integer.parseInt(m.group(2)));
  }

  /** Up to {@code n} characters of masked text right after the slot of {@code x}. */
  public String after(Mention x, int n) {
    int i = sentence.mentions().indexOf(x);
    if (i < 0) {
      return "";
    }
    int from = positions[i] + ("@X" + i + "@").length();
    return text.substring(from, Math.min(text.length(), from + n));
  }

  /** Up to {@code n} characters of masked text right before the slot of {@code x}. */
  public String before(Mention x, int n) {
    int i = sentence.mentions().indexOf(x);
    return i < 0 ? "" : text.substring(Math.max(0, positions[i] - n), positions[i]);
  }

  /** All slots in a piece of masked text, in order. */
  public List<Mention> mentionsIn(String maskedPart) {
    List<Mention> out = new ArrayList<>();
    Matcher m = SLOT.matcher(maskedPart == null ? "" : maskedPart);
    while (m.find()) {
      out.add(sentence.mentions().get(Integer.parseInt(m.group(2))));
    }
    return out;
  }

  /**
   * True when the pattern behind {@code x} declares the named group (patterns in a list differ).
   */
  static boolean hasGroup(Matcher x, String group) {
    try {
      x.group(group);
      return true;
    } catch (IllegalArgumentException e) {
      return false;
    }
  }

  /** Offset in the original text of a position in the masked text (approximate inside slots). */
  public int originalOffset(int maskedPos) {
    int best = sentence.span().begin();
    int delta = 0;
    for (int i = 0; i < positions.length; i++) {
      if (positions[i] >= maskedPos) {
        break;
      }
      Mention m = sentence.mentions().get(i);
      best = m.span().end();
      delta = positions[i] + ("@X" + i + "@").length();
    }
    return Math.min(sentence.span().end(), best + Math.max(0, maskedPos - delta));
  }
}
