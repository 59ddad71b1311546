package kohyo.editor;

import java.util.ArrayList;
import java.util.List;
import kohyo.casefile.CaseFields;
import kohyo.check.Schema;

/**
 * A case as its form holds it: the fields, how 再発防止策 is being written (items or one text), the
 * {@code 確認済み} entries, and the acknowledgements a clerk is writing for new findings. The form's
 * inputs carry the schema's keys as names; the helpers that are not data start with {@code _}.
 *
 * @param fields the values as text
 * @param candidates findings offered for acknowledgement; one becomes a {@code 確認済み} entry only
 *     when its reason is written
 * @param version the SHA-256 of the file as it was opened, empty for a new case
 * @param discardConfirmed whether the clerk confirmed that a save drops what a canonical file
 *     cannot keep (comments, unknown keys)
 */
public record CaseForm(
    CaseFields fields,
    List<CaseFields.Acknowledgement> candidates,
    String version,
    boolean discardConfirmed) {

  /** Names of the form's helper inputs. */
  public static final String VERSION = "_version";

  public static final String ACTION = "_action";
  public static final String PREVENTION_MODE = "_再発防止策の形";
  public static final String DISCARD_OK = "_保存で消える内容を確認";
  public static final String CANDIDATE = "_発見";

  /** Prefixes of the 確認済み entry inputs: {@code 確認済み.種別} and so on. */
  public static String ack(String key) {
    return Schema.ACKNOWLEDGED + "." + key;
  }

  public static String candidate(String key) {
    return CANDIDATE + "." + key;
  }

  public CaseForm {
    candidates = List.copyOf(candidates);
  }

  /** A file's fields in a form; no 再発防止策 yet is offered as one empty item. */
  public static CaseForm of(CaseFields fields, String version) {
    CaseFields f = fields;
    if (f.prevention().isEmpty()) {
      f = f.withPrevention(CaseFields.Prevention.items(List.of("")));
    }
    return new CaseForm(f, List.of(), version, false);
  }

  /** A blank case: 再発防止策 as one empty item, the form most cases use. */
  public static CaseForm blank() {
    return of(CaseFields.blank(), "");
  }

  /** The form as submitted. */
  public static CaseForm from(FormData form) {
    boolean items = !"text".equals(form.first(PREVENTION_MODE));
    List<String> prevention = form.all(Schema.PREVENTION);
    CaseFields.Prevention p =
        items
            ? CaseFields.Prevention.items(prevention)
            : CaseFields.Prevention.text(String.join("\n", prevention));
    CaseFields fields =
        new CaseFields(
            form.first(Schema.OFFICE),
            form.first(Schema.DATE),
            form.first(Schema.SUMMARY),
            form.first(Schema.CAUSE),
            form.first(Schema.RESPONSE),
            form.first(Schema.DAMAGE),
            p,
            form.first(Schema.REMARKS),
            form.first(Schema.INDIVIDUAL_PUBLICATION),
            form.first(Schema.PUBLICATION),
            form.first(Schema.CRITERION),
            triples(form, ack(Schema.ACK_KIND), ack(Schema.ACK_TEXT), ack(Schema.ACK_REASON)));
    List<CaseFields.Acknowledgement> candidates =
        triples(
            form,
            candidate(Schema.ACK_KIND),
            candidate(Schema.ACK_TEXT),
            candidate(Schema.ACK_REASON));
    return new CaseForm(fields, candidates, form.first(VERSION), form.has(DISCARD_OK));
  }

  private static List<CaseFields.Acknowledgement> triples(
      FormData form, String kind, String text, String reason) {
    List<String> kinds = form.all(kind);
    List<String> texts = form.all(text);
    List<String> reasons = form.all(reason);
    List<CaseFields.Acknowledgement> out = new ArrayList<>();
    for (int i = 0; i < kinds.size(); i++) {
      out.add(
          new CaseFields.Acknowledgement(
              kinds.get(i),
              i < texts.size() ? texts.get(i) : "",
              i < reasons.size() ? reasons.get(i) : ""));
    }
    return out;
  }

  /**
   * What a save writes: 公表 left out when the case is published (the default, as the shipped files
   * write it), 非公表基準 left out unless the case is withheld (a radio button cannot be unset), empty
   * 再発防止策 items dropped, and each acknowledgement a clerk gave a reason for added to {@code 確認済み}.
   */
  public CaseFields toSave() {
    CaseFields f = fields;
    String publication = f.publication().strip();
    String criterion = f.criterion();
    if (publication.equals(Schema.VALUE_PUBLISHED)) {
      publication = "";
      criterion = "";
    }
    List<CaseFields.Acknowledgement> acks = new ArrayList<>(f.acknowledged());
    for (CaseFields.Acknowledgement c : candidates) {
      if (!c.reason().isBlank()) {
        acks.add(new CaseFields.Acknowledgement(c.kind(), c.text(), c.reason().strip()));
      }
    }
    CaseFields.Prevention p = f.prevention();
    if (p.items()) {
      p = CaseFields.Prevention.items(p.lines().stream().filter(s -> !s.isBlank()).toList());
    }
    return f.withPrevention(p).withPublication(publication, criterion).withAcknowledged(acks);
  }

  /** The same form with other fields (an action on the item list, say). */
  public CaseForm with(CaseFields changed) {
    return new CaseForm(changed, candidates, version, discardConfirmed);
  }

  public CaseForm withVersion(String v) {
    return new CaseForm(fields, candidates, v, discardConfirmed);
  }

  /**
   * Applies an editing action that does not save: add, remove or move a 再発防止策 item, switch between
   * items and text, remove a 確認済み entry.
   *
   * @return the changed form, or this one when the action is not one of those
   */
  public CaseForm apply(String action) {
    CaseFields f = fields;
    List<String> lines = new ArrayList<>(f.prevention().lines());
    CaseFields.Prevention p = f.prevention();
    List<CaseFields.Acknowledgement> acks = new ArrayList<>(f.acknowledged());
    String[] parts = action.split(":", 2);
    int i = parts.length == 2 ? index(parts[1]) : -1;
    switch (parts[0]) {
      case "item-add" -> p = CaseFields.Prevention.items(append(lines));
      case "item-remove" -> {
        if (i >= 0 && i < lines.size()) {
          lines.remove(i);
        }
        p = CaseFields.Prevention.items(lines.isEmpty() ? List.of("") : lines);
      }
      case "item-up" -> p = CaseFields.Prevention.items(swap(lines, i - 1, i));
      case "item-down" -> p = CaseFields.Prevention.items(swap(lines, i, i + 1));
      case "prevention-items" ->
          // one line, one item; a bullet typed at a line's start goes (the PDF puts ・ before each)
          p =
              CaseFields.Prevention.items(
                  lines.stream()
                      .flatMap(String::lines)
                      .filter(s -> !s.isBlank())
                      .map(s -> TYPED_BULLET.matcher(s).replaceFirst(""))
                      .toList());
      case "prevention-text" -> p = CaseFields.Prevention.text(String.join("\n", lines));
      case "ack-remove" -> {
        if (i >= 0 && i < acks.size()) {
          acks.remove(i);
        }
      }
      default -> {
        return this;
      }
    }
    if (p.items() && p.lines().isEmpty()) {
      p = CaseFields.Prevention.items(List.of(""));
    }
    return with(f.withPrevention(p).withAcknowledged(acks));
  }

  /**
   * The input to focus after an editing action, on the form it produced: the item added, the item
   * moved in its new place, the item now where one was removed, the text or first item after a
   * switch; empty for other actions.
   */
  public String focusAfter(String action) {
    String[] parts = action.split(":", 2);
    int i = parts.length == 2 ? index(parts[1]) : -1;
    int n = fields.prevention().lines().size();
    String item = "f-" + Schema.PREVENTION + "-";
    return switch (parts[0]) {
      case "item-add" -> item + (n - 1);
      case "item-up" -> i >= 0 ? item + Math.max(0, Math.min(i - 1, n - 1)) : "";
      case "item-down" -> i >= 0 ? item + Math.min(i + 1, n - 1) : "";
      case "item-remove" -> item + Math.max(0, Math.min(i, n - 1));
      case "prevention-items" -> item + "0";
      case "prevention-text" -> "f-" + Schema.PREVENTION;
      default -> "";
    };
  }

  /** 「- 」「・」 and the spaces around them at the start of a line turned into an item. */
  private static final java.util.regex.Pattern TYPED_BULLET =
      java.util.regex.Pattern.compile("^[ \u3000]*(?:- |・|･)[ \u3000]*");

  private static List<String> append(List<String> lines) {
    List<String> out = new ArrayList<>(lines);
    out.add("");
    return out;
  }

  private static List<String> swap(List<String> lines, int a, int b) {
    List<String> out = new ArrayList<>(lines);
    if (a >= 0 && b < out.size() && a < b) {
      String t = out.get(a);
      out.set(a, out.get(b));
      out.set(b, t);
    }
    return out;
  }

  private static int index(String s) {
    try {
      return Integer.parseInt(s);
    } catch (NumberFormatException e) {
      return -1;
    }
  }
}
