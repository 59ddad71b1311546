package kohyo.serve;

import kohyo.editor.Editor;
import kohyo.editor.Result;

/** Which editor page or action a request is: the server's whole URL space, in one place. */
final class Routes {

  private final Editor editor;

  Routes(Editor editor) {
    this.editor = editor;
  }

  Result route(Request r) {
    boolean get = r.method().equals("GET");
    int n = r.segments().size();
    String s0 = r.segment(0);
    if (n == 0) {
      return get ? editor.periods() : notFound();
    }
    if (s0.equals("periods")) {
      if (n == 1 && !get) {
        return editor.createPeriod(r.form());
      }
      if (n == 2 && get && r.segment(1).equals("new")) {
        return editor.newPeriod();
      }
      return notFound();
    }
    if (!s0.equals("p") || n < 2) {
      return notFound();
    }
    String period = r.segment(1);
    if (n == 2) {
      return get ? editor.cases(period, casesNotice(r)) : notFound();
    }
    String s2 = r.segment(2);
    if (n == 3) {
      return switch (s2) {
        case "period" ->
            get
                ? editor.editPeriod(period, r.query().has("saved") ? "保存しました。" : "")
                : editor.savePeriod(period, r.form());
        case "new" -> get ? editor.newCase(period) : editor.submitCase(period, "", r.form());
        case "date-hint" ->
            get
                ? editor.dateHint(
                    period, r.query().first("_file"), r.query().first("発生日"), r.query().first("公表"))
                : notFound();
        case "preview" -> get ? editor.preview(period) : notFound();
        case "draft.pdf" -> get ? editor.draftPdf(period) : notFound();
        case "official.pdf" -> get ? editor.officialPdf(period) : notFound();
        case "build" -> get ? notFound() : editor.build(period);
        case "archive" -> get ? editor.archiveForm(period) : editor.archive(period, r.form());
        case "review" -> get ? editor.review(period, r.query().first("against")) : notFound();
        case "redline.pdf" -> get ? editor.redline(period, r.query().first("against")) : notFound();
        default -> notFound();
      };
    }
    if (n == 4 && s2.equals("page") && get) {
      return editor.draftPage(period, r.segment(3));
    }
    if (!s2.equals("c")) {
      return notFound();
    }
    String file = r.segment(3);
    if (n == 4) {
      return get
          ? editor.openCase(period, file, caseNotice(r), r.query().first("at"))
          : editor.submitCase(period, file, r.form());
    }
    if (n == 5 && r.segment(4).equals("duplicate") && !get) {
      return editor.duplicateCase(period, file);
    }
    if (n == 5 && r.segment(4).equals("delete")) {
      return get ? editor.confirmDelete(period, file) : editor.deleteCase(period, file, r.form());
    }
    return notFound();
  }

  private static String casesNotice(Request r) {
    if (r.query().has("created")) {
      return "期間を作りました。「事案を追加する」から事案を入力してください。";
    }
    if (r.query().has("deleted")) {
      return "事案を 1 件削除しました。";
    }
    return "";
  }

  private static String caseNotice(Request r) {
    return switch (r.query().first("saved")) {
      case "1" -> "保存しました。";
      case "canonical" -> "保存しました。ファイルの書き方を標準の形に整えました（内容は変わりません）。";
      case "dropped" -> "保存しました。手書きのファイルにあったコメントなど、標準の形で残せないものは保存していません。";
      case "copied" -> "複製しました。内容を確かめて、違うところを直してから保存してください。";
      default -> "";
    };
  }

  private static Result notFound() {
    return new Result.Page(404, "not-found.ftlh", java.util.Map.of());
  }
}
