package kohyo.check;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.analysis.ja.JapaneseTokenizer;
import org.apache.lucene.analysis.ja.dict.ConnectionCosts;
import org.apache.lucene.analysis.ja.tokenattributes.PartOfSpeechAttribute;
import org.apache.lucene.analysis.ja.tokenattributes.ReadingAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;

/**
 * Japanese morphological analysis (Lucene's Kuromoji with IPADIC): splits a text into words with
 * their parts of speech, so that the scan can tell a name (名詞-固有名詞-人名) or a place (…-地域) from an
 * ordinary word (担当者, 主治医) by what the dictionary knows rather than by character classes.
 *
 * <p>The dictionaries (about 9 MB) take a few hundred milliseconds to read in a fresh JVM. They are
 * read once per process, on first use, or earlier on a background thread through {@link #preload}
 * so that reading overlaps other start-up work. Lucene keeps them as singletons, so no caller can
 * load them twice.
 */
final class Morphology {

  /**
   * One word.
   *
   * @param start offset of its first char in the analysed text
   * @param end offset after its last char
   * @param pos IPADIC part of speech, e.g. {@code 名詞-固有名詞-人名-姓}
   * @param known whether the word is in the dictionary (unknown words are guessed from their
   *     characters: a name or a place missing from IPADIC shows up this way)
   */
  record Morpheme(int start, int end, String surface, String pos, boolean known) {

    boolean surname() {
      return pos.equals("名詞-固有名詞-人名-姓");
    }

    boolean givenName() {
      return pos.equals("名詞-固有名詞-人名-名");
    }

    boolean personName() {
      return pos.startsWith("名詞-固有名詞-人名");
    }

    boolean place() {
      return pos.startsWith("名詞-固有名詞-地域");
    }

    boolean properNoun() {
      return pos.startsWith("名詞-固有名詞");
    }

    /** 市, 町, 区, 県…: 名詞-接尾-地域. */
    boolean placeSuffix() {
      return pos.equals("名詞-接尾-地域");
    }

    /**
     * A noun that is a word: after NFKC, ASCII brackets and colons reach the analyser, which takes
     * them for unknown nouns (名詞-サ変接続); they are punctuation here.
     */
    boolean noun() {
      return pos.startsWith("名詞") && !punctuation();
    }

    /** Only characters that are neither letters nor digits: 、 ( ) : 「. */
    boolean punctuation() {
      for (int i = 0; i < surface.length(); i++) {
        if (Character.isLetterOrDigit(surface.charAt(i))) {
          return false;
        }
      }
      return !surface.isEmpty();
    }

    boolean number() {
      return pos.equals("名詞-数");
    }

    boolean particle() {
      return pos.startsWith("助詞");
    }

    boolean symbol() {
      return pos.startsWith("記号") || punctuation();
    }

    boolean space() {
      return surface.isBlank();
    }

    int length() {
      return end - start;
    }
  }

  private Morphology() {}

  /**
   * Starts reading the dictionaries on a daemon thread, once per process; returns at once. A scan
   * that comes before the thread is done waits for it (class initialisation is serialised by the
   * JVM) instead of reading them a second time.
   */
  static void preload() {
    if (Preloader.started) {
      return;
    }
    synchronized (Preloader.class) {
      if (Preloader.started) {
        return;
      }
      Preloader.started = true;
    }
    // the connection costs (a third of the reading) are independent of the word dictionary: read
    // them beside it, so that on two cores the scan waits for the longer of the two, not their sum
    daemon("kohyo-morphology-costs", ConnectionCosts::getInstance);
    daemon("kohyo-morphology-words", Dictionaries::touch);
  }

  private static void daemon(String name, Runnable work) {
    Thread t = new Thread(work, name);
    t.setDaemon(true);
    t.start();
  }

  /**
   * The text as the dictionary knows it, char for char (so offsets hold): the scan reads NFKC text,
   * in which （ ） ： became ASCII, and IPADIC takes an ASCII bracket or colon run into kanji for an
   * unknown noun and splits the words around it wrongly (「(納税義務者:坂本 隆之)」 read 坂 / 本).
   */
  private static String forDictionary(String text) {
    char[] chars = null;
    for (int i = 0; i < text.length(); i++) {
      int k = ASCII_PUNCTUATION.indexOf(text.charAt(i));
      if (k >= 0) {
        if (chars == null) {
          chars = text.toCharArray();
        }
        chars[i] = FULL_WIDTH_PUNCTUATION.charAt(k);
      }
    }
    return chars == null ? text : new String(chars);
  }

  private static final String ASCII_PUNCTUATION = "():;!?[]";
  private static final String FULL_WIDTH_PUNCTUATION = "（）：；！？［］";

  /** The words of {@code text}, in order, spaces and symbols included. */
  static List<Morpheme> analyse(String text) {
    return ANALYSERS.get().analyse(text);
  }

  /**
   * One thread's tokenizer, kept for every text it analyses: a tokenizer is not safe to share, and
   * making one per text (its buffers and attribute tables) cost a tenth of a large period's scan.
   */
  private static final ThreadLocal<Analyser> ANALYSERS = ThreadLocal.withInitial(Analyser::new);

  private static final class Analyser {
    private final JapaneseTokenizer tokenizer = Dictionaries.tokenizer();
    private final OffsetAttribute offset = tokenizer.addAttribute(OffsetAttribute.class);
    private final PartOfSpeechAttribute pos = tokenizer.addAttribute(PartOfSpeechAttribute.class);
    private final ReadingAttribute reading = tokenizer.addAttribute(ReadingAttribute.class);

    List<Morpheme> analyse(String text) {
      List<Morpheme> words = new ArrayList<>();
      try {
        tokenizer.setReader(new StringReader(forDictionary(text)));
        tokenizer.reset();
        try {
          while (tokenizer.incrementToken()) {
            int start = offset.startOffset();
            int end = offset.endOffset();
            String p = pos.getPartOfSpeech();
            words.add(
                new Morpheme(
                    start,
                    end,
                    text.substring(start, end),
                    p == null ? "" : p,
                    reading.getReading() != null));
          }
          tokenizer.end();
        } finally {
          // ready for the next text (Lucene's reuse cycle: setReader, reset, end, close)
          tokenizer.close();
        }
      } catch (IOException e) {
        // a StringReader does not fail
        throw new UncheckedIOException(e);
      }
      return words;
    }
  }

  private static final class Preloader {
    private static volatile boolean started;
  }

  /** Holder: the dictionaries are read when this class is first initialised. */
  private static final class Dictionaries {

    static {
      // the tokenizer's constructor reads the system dictionaries (Lucene singletons)
      try {
        new JapaneseTokenizer(null, false, JapaneseTokenizer.Mode.NORMAL).close();
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }

    static void touch() {
      // initialising the class is the work
    }

    /** A tokenizer is cheap once the dictionaries are read, and not safe to share. */
    static JapaneseTokenizer tokenizer() {
      return new JapaneseTokenizer(null, false, JapaneseTokenizer.Mode.NORMAL);
    }
  }
}
