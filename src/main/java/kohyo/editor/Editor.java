package kohyo.editor;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Stream;
import kohyo.base.Problem;
import kohyo.casefile.CanonicalYaml;
import kohyo.casefile.CaseFields;
import kohyo.casefile.FieldsReader;
import kohyo.casefile.PeriodFields;
import kohyo.check.CheckedPeriod;
import kohyo.check.Checker;
import kohyo.check.Messages;
import kohyo.check.Schema;
import kohyo.diff.Differ;
import kohyo.diff.EditionDiff;
import kohyo.diff.PdfSnapshotReader;
import kohyo.diff.Redline;
import kohyo.diff.Snapshot;
import kohyo.diff.UnreadablePdf;
import kohyo.load.PeriodReader;
import kohyo.model.Edition;
import kohyo.model.FiscalHalf;
import kohyo.model.Period;
import kohyo.render.Publisher;

/**
 * The editor's pages and actions, independent of HTTP: each method takes what a request says (names
 * from the path, the query or the submitted form) and answers with a {@link Result}.
 *
 * <p>One request at a time touches the data folder (the methods are synchronized): saves, checks
 * and renders never interleave, and the renderer's shared fonts are never used twice at once.
 */
public final class Editor {

  private static final DateTimeFormatter WHEN =
      DateTimeFormatter.ofPattern("yyyy年M月d日 H:mm").withZone(ZoneId.systemDefault());

  private final Workspace workspace;
  private final Checker checker;
  private final Drafts drafts;
  private final Redline redline;
  private final PdfSnapshotReader pdfReader;
  private final DocumentWords words;
  private final Commands commands;

  public Editor(Workspace workspace, Checker checker, Commands commands) {
    this.workspace = workspace;
    this.checker = checker;
    Publisher publisher = new Publisher(checker.installation().home());
    this.drafts = new Drafts(publisher);
    this.words = DocumentWords.load(checker.installation().home());
    this.redline = new Redline(checker.installation().home(), words.wording());
    this.pdfReader = new PdfSnapshotReader(words.wording());
    this.commands = commands;
  }

  public Workspace workspace() {
    return workspace;
  }

  // --- periods

  /** The periods with their counts, check status and last official build. */
  public synchronized Result periods() {
    List<Map<String, Object>> rows = new ArrayList<>();
    for (String name : workspace.periods()) {
      Path folder = workspace.data().resolve(name);
      CheckedPeriod c = checker.check(folder);
      Overview o = Overview.of(c, Workspace.caseFiles(folder), words);
      Map<String, Object> row = new LinkedHashMap<>();
      row.put("name", name);
      row.put("title", o.period().map(words::period).orElse("（period.yaml に問題があります）"));
      row.put("issuer", o.period().map(Period::issuer).orElse(""));
      row.put("total", o.rows().size());
      row.put("withheld", o.rows().stream().filter(CaseRow::withheld).count());
      long errors = c.errors().size();
      row.put("ok", c.ok());
      row.put("status", c.ok() ? "OK" : "エラー " + errors + " 件");
      row.put("lastBuild", modified(workspace.officialPdf(name)));
      row.put("officialUrl", officialUrl(name));
      row.put("archived", Files.isRegularFile(workspace.archivedPdf(name)));
      rows.add(row);
    }
    Map<String, Object> model = new LinkedHashMap<>();
    model.put("periods", rows);
    model.put("data", absolute(workspace.data()));
    model.put("output", absolute(workspace.output()));
    return Result.page("periods.ftlh", model);
  }

  /** The form for a new period, filled in with the half after the latest one. */
  public synchronized Result newPeriod() {
    PeriodFields suggested = new PeriodFields("", "", "");
    Optional<Period> latest =
        workspace.periods().stream()
            .map(
                n ->
                    Overview.of(checker.check(workspace.data().resolve(n)), List.of(), words)
                        .period())
            .flatMap(Optional::stream)
            .max(Comparator.comparing(Period::start));
    if (latest.isPresent()) {
      Period p = latest.get();
      boolean first = p.half() == FiscalHalf.FIRST;
      suggested =
          new PeriodFields(
              p.issuer(),
              Integer.toString(first ? p.fiscalYear() : p.fiscalYear() + 1),
              (first ? FiscalHalf.SECOND : FiscalHalf.FIRST).label());
    }
    return periodForm(suggested, "", List.of(), true, "");
  }

  /**
   * Creates a period folder ({@code <年度>-h1} or {@code -h2}) with its period.yaml and an empty
   * cases/. The file is first written and checked in a hidden folder, so that a mistake shows the
   * check's own message and leaves nothing behind.
   */
  public synchronized Result createPeriod(FormData form) {
    PeriodFields fields = periodFields(form);
    Path temp = workspace.data().resolve(".新しい期間-" + UUID.randomUUID());
    try {
      Files.createDirectories(temp.resolve(PeriodReader.CASES_DIR));
      Files.writeString(temp.resolve(PeriodReader.PERIOD_FILE), CanonicalYaml.periodFile(fields));
      CheckedPeriod c = checker.check(temp);
      if (!c.ok()) {
        return periodForm(fields, "", c.problems(), true, "");
      }
      Period p = c.checkedEdition().period();
      String name = p.fiscalYear() + (p.half() == FiscalHalf.FIRST ? "-h1" : "-h2");
      Path target = workspace.data().resolve(name);
      if (Files.exists(target)) {
        return periodForm(
            fields,
            "",
            List.of(
                new Problem(
                    "",
                    0,
                    0,
                    Problem.Kind.VALUE,
                    Schema.FISCAL_YEAR,
                    "この期間（" + name + "）は既にあります。期間の一覧から開いてください。")),
            true,
            "");
      }
      Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE);
      return new Result.Redirect("/p/" + Urls.segment(name) + "/?created=1");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } finally {
      deleteQuietly(temp);
    }
  }

  /** The form of an existing period.yaml. */
  public synchronized Result editPeriod(String name, String notice) {
    Optional<Path> folder = workspace.period(name);
    if (folder.isEmpty()) {
      return Result.notFound();
    }
    try {
      Optional<DataFile.Opened<PeriodFields>> opened =
          DataFile.open(
              folder.get().resolve(PeriodReader.PERIOD_FILE),
              FieldsReader::periodFile,
              CanonicalYaml::periodFile);
      if (opened.isEmpty() || !(opened.get() instanceof DataFile.Fields<PeriodFields> f)) {
        return Result.page(
            "message.ftlh",
            Map.of(
                "title",
                "period.yaml を開けません",
                "text",
                "period.yaml が YAML として読めません。テキストエディターで直してください。"));
      }
      CheckedPeriod c = checker.check(folder.get());
      Overview o = Overview.of(c, List.of(), words);
      return periodForm(
          f.fields(), name, o.periodProblems(), false, notice, f.version(), f.notKept());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  public synchronized Result savePeriod(String name, FormData form) {
    Optional<Path> folder = workspace.period(name);
    if (folder.isEmpty()) {
      return Result.notFound();
    }
    PeriodFields fields = periodFields(form);
    try {
      Optional<String> conflict =
          DataFile.write(
              folder.get().resolve(PeriodReader.PERIOD_FILE),
              CanonicalYaml.periodFile(fields),
              form.first(CaseForm.VERSION));
      if (conflict.isPresent()) {
        return new Result.Page(
            409,
            "message.ftlh",
            Map.of(
                "title",
                "保存できませんでした",
                "text",
                "period.yaml は、開いた後にほかの人が変更しました。もう一度開いて、入力し直してください。",
                "back",
                "/p/" + Urls.segment(name) + "/period"));
      }
      return new Result.Redirect("/p/" + Urls.segment(name) + "/period?saved=1");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static PeriodFields periodFields(FormData form) {
    return new PeriodFields(
        form.first(Schema.ISSUER),
        FiscalYears.western(form.first(Schema.FISCAL_YEAR)),
        form.first(Schema.HALF));
  }

  private Result periodForm(
      PeriodFields fields, String name, List<Problem> problems, boolean isNew, String notice) {
    return periodForm(fields, name, problems, isNew, notice, "", List.of());
  }

  private Result periodForm(
      PeriodFields fields,
      String name,
      List<Problem> problems,
      boolean isNew,
      String notice,
      String version,
      List<FieldsReader.NotKept> notKept) {
    Map<String, List<Message>> errors = new LinkedHashMap<>();
    List<CaseView.Link> summary = new ArrayList<>();
    for (Problem p : problems) {
      if (!p.isError()) {
        continue;
      }
      boolean field = Schema.PERIOD_KEYS.contains(p.field());
      String id = field ? FormFields.input(p.field(), false) : FormFields.GENERAL;
      Message m = Message.of(p);
      errors.computeIfAbsent(id, k -> new ArrayList<>()).add(m);
      summary.add(new CaseView.Link(field ? FormFields.container(p.field()) : id, m));
    }
    summary.sort(Comparator.comparingInt(l -> FormFields.rank(l.message().field())));
    Map<String, Object> model = new LinkedHashMap<>();
    model.put("isNew", isNew);
    model.put("name", name);
    model.put("periodTitle", isNew ? "" : periodTitleOf(name));
    model.put(
        "values",
        Map.of(
            Schema.ISSUER, fields.issuer(),
            Schema.FISCAL_YEAR, fields.fiscalYear(),
            Schema.HALF, fields.half().strip()));
    model.put("errors", errors);
    model.put("summary", summary);
    model.put("notice", notice);
    model.put("version", version);
    model.put("notKept", notKept);
    return Result.page("period.ftlh", model);
  }

  // --- one period's cases

  public synchronized Result cases(String name, String notice) {
    Optional<Path> folder = workspace.period(name);
    if (folder.isEmpty()) {
      return Result.notFound();
    }
    CheckedPeriod c = checker.check(folder.get());
    Overview o = Overview.of(c, Workspace.caseFiles(folder.get()), words);
    Map<String, Object> model = new LinkedHashMap<>();
    model.put("name", name);
    model.put("title", periodTitle(o, name));
    model.put("issuer", o.period().map(Period::issuer).orElse(""));
    model.put("rows", o.rows());
    model.put("numbered", o.numbered());
    model.put("ok", c.ok());
    model.put("errorCount", c.errors().size());
    model.put(
        "periodErrors",
        o.periodProblems().stream().filter(Problem::isError).map(Problem::message).toList());
    model.put("problems", ProblemList.of(o, name));
    model.put("total", c.edition().map(Edition::total).orElse(o.rows().size()));
    model.put("withheld", o.rows().stream().filter(CaseRow::withheld).count());
    putOfficial(model, name);
    model.put("archived", Files.isRegularFile(workspace.archivedPdf(name)));
    model.put("folder", absolute(folder.get()));
    model.put("notice", notice);
    return Result.page("cases.ftlh", model);
  }

  // --- one case

  /**
   * The form of a case file, with the check's problems at their fields.
   *
   * @param at the field to open at (a link from a list of problems), empty for none
   */
  public synchronized Result openCase(String name, String file, String notice, String at) {
    Optional<Path> folder = workspace.period(name);
    Optional<Path> path = folder.flatMap(f -> workspace.caseFile(f, file));
    if (path.isEmpty()) {
      return Result.notFound();
    }
    try {
      Optional<DataFile.Opened<CaseFields>> opened = CaseFiles.open(path.get());
      if (opened.isEmpty()) {
        return Result.notFound();
      }
      Overview o = overview(folder.get());
      if (opened.get() instanceof DataFile.Unreadable<CaseFields> raw) {
        return rawPage(name, file, raw.text(), raw.version(), o, notice, 200);
      }
      DataFile.Fields<CaseFields> f = (DataFile.Fields<CaseFields>) opened.get();
      CaseForm form = CaseForm.of(f.fields(), f.version());
      String focus =
          Schema.CASE_KEYS.contains(at)
              ? FormFields.input(at, form.fields().prevention().items())
              : "";
      return casePage(
          name, file, form, o, f.notKept(), f.canonical(), Optional.empty(), notice, 200, focus);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  public synchronized Result newCase(String name) {
    Optional<Path> folder = workspace.period(name);
    if (folder.isEmpty()) {
      return Result.notFound();
    }
    return casePage(
        name,
        "",
        CaseForm.blank(),
        overview(folder.get()),
        List.of(),
        true,
        Optional.empty(),
        "",
        200,
        "");
  }

  /**
   * A submitted case form: an editing action (items, acknowledgements) shows the form again
   * unsaved; a save writes the file unless it changed on disk since it was opened (then both
   * versions are shown) or would drop what the clerk has not agreed to drop.
   *
   * @param file the case file, empty for a new case
   */
  public synchronized Result submitCase(String name, String file, FormData data) {
    Optional<Path> folder = workspace.period(name);
    if (folder.isEmpty()) {
      return Result.notFound();
    }
    Optional<Path> existing = Optional.empty();
    if (!file.isEmpty()) {
      existing = workspace.caseFile(folder.get(), file);
      if (existing.isEmpty() && !data.has(CaseForm.VERSION)) {
        return Result.notFound();
      }
    }
    try {
      if (data.has("_raw")) {
        return saveRaw(name, file, folder.get(), data);
      }
      CaseForm form = CaseForm.from(data);
      String action = data.first(CaseForm.ACTION);
      Overview o = overview(folder.get());
      List<FieldsReader.NotKept> notKept = List.of();
      boolean canonical = true;
      if (!file.isEmpty() && existing.isPresent()) {
        Optional<DataFile.Opened<CaseFields>> opened = CaseFiles.open(existing.get());
        if (opened.isPresent()
            && opened.get() instanceof DataFile.Fields<CaseFields> f
            && f.version().equals(form.version())) {
          notKept = f.notKept();
          canonical = f.canonical();
        }
      }
      if (!action.isEmpty() && !action.equals("save")) {
        CaseForm changed = form.apply(action);
        return casePage(
            name,
            file,
            changed,
            o,
            notKept,
            canonical,
            Optional.empty(),
            "",
            200,
            changed.focusAfter(action));
      }
      if (!notKept.isEmpty() && !form.discardConfirmed()) {
        return casePage(
            name,
            file,
            form,
            o,
            notKept,
            canonical,
            Optional.empty(),
            "保存していません。下の「保存すると消えるもの」を確かめて、チェックを入れてから保存してください。",
            200,
            "discard-ok");
      }
      String target = file.isEmpty() ? CaseFiles.newName(folder.get()) : file;
      Path path = CaseFiles.fileOf(folder.get(), target);
      String expected = file.isEmpty() ? DataFile.ABSENT : form.version();
      Optional<String> conflict = CaseFiles.save(path, form.toSave(), expected);
      if (conflict.isPresent()) {
        return conflict(name, file, form, path, o);
      }
      String saved = notKept.isEmpty() ? (canonical ? "1" : "canonical") : "dropped";
      return new Result.Redirect(caseUrl(name, target) + "?saved=" + saved);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private Result conflict(String name, String file, CaseForm form, Path path, Overview o)
      throws IOException {
    Optional<DataFile.Opened<CaseFields>> disk = CaseFiles.open(path);
    Map<String, String> values = new LinkedHashMap<>();
    List<String> changed = new ArrayList<>();
    String diskVersion = DataFile.ABSENT;
    if (disk.isPresent()) {
      diskVersion = disk.get().version();
      if (disk.get() instanceof DataFile.Fields<CaseFields> f) {
        CaseView mine = CaseView.build(o, name, file, form, List.of(), true, Optional.empty(), "");
        CaseView theirs =
            CaseView.build(
                o, name, file, CaseForm.of(f.fields(), ""), List.of(), true, Optional.empty(), "");
        values.putAll(theirs.values());
        for (String key : values.keySet()) {
          if (!values.get(key).strip().equals(mine.values().get(key).strip())) {
            changed.add(key);
          }
        }
      } else {
        values.put("ファイルの内容", disk.get().text());
        changed.add("ファイルの内容");
      }
    }
    CaseView.Conflict c = new CaseView.Conflict(disk.isEmpty(), values, changed);
    String notice =
        disk.isEmpty()
            ? "保存していません。このファイルは、開いた後にほかの人が削除しました。" + "下の入力で作り直すときは、もう一度「保存する」を押してください。"
            : "保存していません。このファイルは、開いた後にほかの人が変更しました。"
                + "下に両方の版を並べています。自分の入力で上書きするときは、もう一度「保存する」を押してください。";
    return casePage(
        name,
        file,
        form.withVersion(diskVersion),
        o,
        List.of(),
        true,
        Optional.of(c),
        notice,
        409,
        "");
  }

  private Result saveRaw(String name, String file, Path folder, FormData data) throws IOException {
    Optional<Path> path = workspace.caseFile(folder, file);
    if (path.isEmpty()) {
      return Result.notFound();
    }
    Optional<String> conflict =
        DataFile.write(path.get(), data.first("_raw"), data.first(CaseForm.VERSION));
    if (conflict.isPresent()) {
      return rawPage(
          name,
          file,
          data.first("_raw"),
          conflict.get(),
          overview(folder),
          "保存していません。このファイルは、開いた後にほかの人が変更しました。自分の入力で上書きするときは、もう一度「保存する」を押してください。",
          409);
    }
    return new Result.Redirect(caseUrl(name, file) + "?saved=1");
  }

  /** A copy of a case under a new name, opened for editing. */
  public synchronized Result duplicateCase(String name, String file) {
    Optional<Path> folder = workspace.period(name);
    Optional<Path> path = folder.flatMap(f -> workspace.caseFile(f, file));
    if (path.isEmpty()) {
      return Result.notFound();
    }
    try {
      Optional<DataFile.Opened<CaseFields>> opened = CaseFiles.open(path.get());
      if (opened.isEmpty() || !(opened.get() instanceof DataFile.Fields<CaseFields> f)) {
        return Result.notFound();
      }
      String target = CaseFiles.newName(folder.get());
      CaseFiles.save(CaseFiles.fileOf(folder.get(), target), f.fields(), DataFile.ABSENT);
      return new Result.Redirect(caseUrl(name, target) + "?saved=copied");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Asks before deleting. */
  public synchronized Result confirmDelete(String name, String file) {
    Optional<Path> folder = workspace.period(name);
    Optional<Path> path = folder.flatMap(f -> workspace.caseFile(f, file));
    if (path.isEmpty()) {
      return Result.notFound();
    }
    try {
      Overview o = overview(folder.get());
      CaseRow row = o.rows().stream().filter(r -> r.file().equals(file)).findFirst().orElse(null);
      Map<String, Object> model = new LinkedHashMap<>();
      model.put("name", name);
      model.put("periodTitle", periodTitle(o, name));
      model.put("file", file);
      model.put("row", row == null ? new CaseRow(file, "", "", "", "", false, "error", "") : row);
      model.put("version", DataFile.version(path.get()));
      return Result.page("delete.ftlh", model);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  public synchronized Result deleteCase(String name, String file, FormData data) {
    Optional<Path> folder = workspace.period(name);
    Optional<Path> path = folder.flatMap(f -> workspace.caseFile(f, file));
    if (path.isEmpty()) {
      return Result.notFound();
    }
    try {
      Optional<String> conflict = DataFile.delete(path.get(), data.first(CaseForm.VERSION));
      if (conflict.isPresent()) {
        return new Result.Page(
            409,
            "message.ftlh",
            Map.of(
                "title",
                "削除しませんでした",
                "text",
                "この事案は、開いた後にほかの人が変更しました。内容を確かめてから、もう一度削除してください。",
                "back",
                caseUrl(name, file)));
      }
      return new Result.Redirect("/p/" + Urls.segment(name) + "/?deleted=" + Urls.query(file));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The 和暦 and NO a date would print as, for the hint next to 発生日 (htmx). */
  public synchronized Result dateHint(String name, String file, String date, String publication) {
    Optional<Path> folder = workspace.period(name);
    if (folder.isEmpty()) {
      return Result.notFound();
    }
    Overview o = overview(folder.get());
    boolean withheld =
        publication.strip().equals(Schema.VALUE_WITHHELD)
            || o.rows().stream().anyMatch(r -> r.file().equals(file) && r.withheld());
    return Result.page(
        "date-hint.ftlh",
        Map.of(
            "hint", CaseView.dateHint(o, Workspace.plainName(file) ? file : "", date, withheld)));
  }

  // --- preview, build, archive, review

  public synchronized Result preview(String name) {
    Optional<Path> folder = workspace.period(name);
    if (folder.isEmpty()) {
      return Result.notFound();
    }
    CheckedPeriod c = checker.check(folder.get());
    Overview o = Overview.of(c, Workspace.caseFiles(folder.get()), words);
    Map<String, Object> model = new LinkedHashMap<>();
    model.put("name", name);
    model.put("title", periodTitle(o, name));
    model.put("ok", c.ok());
    if (c.ok()) {
      model.put("fingerprint", Drafts.fingerprint(c));
      model.put("pages", drafts.pageCount(c));
      model.put("total", c.checkedEdition().total());
      model.put("withheld", c.checkedEdition().withheldCount());
      model.put("published", c.checkedEdition().published().size());
    } else {
      model.put("problems", ProblemList.of(o, name));
    }
    return Result.page("preview.ftlh", model);
  }

  public synchronized Result draftPdf(String name) {
    Optional<Path> folder = workspace.period(name);
    if (folder.isEmpty()) {
      return Result.notFound();
    }
    CheckedPeriod c = checker.check(folder.get());
    if (!c.ok()) {
      return new Result.Redirect("/p/" + Urls.segment(name) + "/preview");
    }
    String title = words.period(c.checkedEdition().period());
    return new Result.Download("application/pdf", title + "（案）.pdf", drafts.draft(c), true);
  }

  public synchronized Result draftPage(String name, String page) {
    Optional<Path> folder = workspace.period(name);
    if (folder.isEmpty() || !page.matches("[1-9][0-9]{0,3}\\.png")) {
      return Result.notFound();
    }
    CheckedPeriod c = checker.check(folder.get());
    if (!c.ok()) {
      return Result.notFound();
    }
    byte[] png = drafts.page(c, Integer.parseInt(page.substring(0, page.length() - 4)));
    return png.length == 0 ? Result.notFound() : new Result.Download("image/png", page, png, true);
  }

  /**
   * The official PDF of a period as the last build wrote it: {@code OUTDIR/<period>.pdf}, found by
   * the period's name only (the name must be one of the periods of DATA, and the file must lie in
   * the output folder), opened in the browser.
   */
  public synchronized Result officialPdf(String name) {
    if (workspace.period(name).isEmpty()) {
      return Result.notFound();
    }
    Optional<Path> pdf = workspace.built(name);
    if (pdf.isEmpty()) {
      return Result.notFound();
    }
    try {
      return new Result.Download(
          "application/pdf",
          pdf.get().getFileName().toString(),
          Files.readAllBytes(pdf.get()),
          true);
    } catch (IOException e) {
      return Result.notFound();
    }
  }

  /**
   * The official build: {@code kohyo build DIR -o OUTDIR}, run in this process. A period with
   * errors is not built: the page lists them by case, with links to the fields.
   */
  public synchronized Result build(String name) {
    Optional<Path> folder = workspace.period(name);
    if (folder.isEmpty()) {
      return Result.notFound();
    }
    List<String> args =
        List.of("build", folder.get().toString(), "-o", workspace.output().toString());
    Commands.Run run = commands.run(args);
    CheckedPeriod c = checker.check(folder.get());
    Overview o = Overview.of(c, Workspace.caseFiles(folder.get()), words);
    Map<String, Object> model = commandModel(name, o, args, run);
    model.put("problems", ProblemList.of(o, name));
    if (c.ok()) {
      model.put("total", c.checkedEdition().total());
      model.put("withheld", c.checkedEdition().withheldCount());
      model.put("published", c.checkedEdition().published().size());
    }
    putOfficial(model, name);
    return Result.page("build.ftlh", model);
  }

  public synchronized Result archiveForm(String name) {
    Optional<Path> folder = workspace.period(name);
    if (folder.isEmpty()) {
      return Result.notFound();
    }
    return archivePage(name, folder.get(), Map.of());
  }

  private Result archivePage(String name, Path folder, Map<String, List<String>> errors) {
    Overview o = overview(folder);
    Map<String, Object> model = new LinkedHashMap<>();
    model.put("name", name);
    model.put("periodTitle", periodTitle(o, name));
    model.put("archive", absolute(workspace.archive()));
    model.put("archived", Files.isRegularFile(workspace.archivedPdf(name)));
    model.put("problems", ProblemList.of(o, name));
    model.put("errors", errors);
    return Result.page("archive.ftlh", model);
  }

  /** {@code kohyo archive DIR --to ARCHIVE [--replace 理由]}, run in this process. */
  public synchronized Result archive(String name, FormData data) {
    Optional<Path> folder = workspace.period(name);
    if (folder.isEmpty()) {
      return Result.notFound();
    }
    List<String> args =
        new ArrayList<>(
            List.of("archive", folder.get().toString(), "--to", workspace.archive().toString()));
    boolean archived = Files.isRegularFile(workspace.archivedPdf(name));
    String reason = data.first("理由").strip();
    if (archived) {
      if (reason.isEmpty()) {
        return archivePage(
            name, folder.get(), Map.of("f-理由", List.of("この期間は既にアーカイブにあります。差し替える理由を書いてください。")));
      }
      args.add("--replace");
      args.add(reason);
    }
    Commands.Run run = commands.run(args);
    Overview o = overview(folder.get());
    Map<String, Object> model = commandModel(name, o, args, run);
    model.put("problems", ProblemList.of(o, name));
    model.put("archive", absolute(workspace.archive().resolve(name)));
    model.put("replaced", archived);
    return Result.page("archived.ftlh", model);
  }

  /** What a page about a command shows: the outcome for a clerk, the command for the curious. */
  private Map<String, Object> commandModel(
      String name, Overview o, List<String> args, Commands.Run run) {
    Map<String, Object> model = new LinkedHashMap<>();
    model.put("name", name);
    model.put("periodTitle", periodTitle(o, name));
    model.put(
        "command", "./kohyo " + String.join(" ", args.stream().map(Editor::shellWord).toList()));
    model.put("ok", run.ok());
    model.put("out", lines(run.out()));
    model.put("err", lines(run.err()));
    return model;
  }

  private static List<String> lines(String text) {
    // a progress bar redraws its line with CR; only the last state of each line is worth reading
    return text.lines()
        .map(l -> l.contains("\r") ? l.substring(l.lastIndexOf('\r') + 1) : l)
        .filter(l -> !l.isBlank())
        .toList();
  }

  private static String shellWord(String s) {
    return s.matches("[\\p{L}\\p{N}_./:=-]+") ? s : "'" + s.replace("'", "'\\''") + "'";
  }

  /** What the review compares against: the last official build, or the archived PDF. */
  private Optional<Path> reviewBase(String name, String against) {
    return switch (against) {
      case "build" -> Optional.of(workspace.officialPdf(name));
      case "archive" -> Optional.of(workspace.archivedPdf(name));
      default -> Optional.empty();
    };
  }

  /** How a clerk calls what the review compares against: 「最後の公表版（2025年11月28日 19:56 作成）」. */
  private String baseLabel(String name, String against) {
    return against.equals("archive")
        ? "アーカイブに保管した版（" + modified(workspace.archivedPdf(name)) + " 保管）"
        : "最後の公表版（" + modified(workspace.officialPdf(name)) + " 作成）";
  }

  /**
   * The folder against the last official build or the archived PDF, as {@code kohyo diff OLD.pdf
   * NEW.pdf} would compare them (NEW being what {@code build} makes of the folder now).
   */
  public synchronized Result review(String name, String against) {
    Optional<Path> folder = workspace.period(name);
    String base = against.isEmpty() ? "build" : against;
    Optional<Path> basePdf = reviewBase(name, base);
    if (folder.isEmpty() || basePdf.isEmpty()) {
      return Result.notFound();
    }
    Overview o = overview(folder.get());
    Map<String, Object> model = new LinkedHashMap<>();
    model.put("name", name);
    model.put("periodTitle", periodTitle(o, name));
    model.put("against", base);
    model.put("basePath", absolute(basePdf.get()));
    model.put("baseLabel", baseLabel(name, base));
    model.put("buildExists", Files.isRegularFile(workspace.officialPdf(name)));
    model.put("archiveExists", Files.isRegularFile(workspace.archivedPdf(name)));
    Compared compared = compare(folder.get(), basePdf.get());
    model.put("state", compared.state());
    model.put("message", compared.message());
    model.put("problems", ProblemList.of(o, name));
    compared.diff().ifPresent(d -> model.put("review", Review.of(d, words.wording())));
    return Result.page("review.ftlh", model);
  }

  public synchronized Result redline(String name, String against) {
    Optional<Path> folder = workspace.period(name);
    String base = against.isEmpty() ? "build" : against;
    Optional<Path> basePdf = reviewBase(name, base);
    if (folder.isEmpty() || basePdf.isEmpty()) {
      return Result.notFound();
    }
    Compared compared = compare(folder.get(), basePdf.get());
    if (compared.diff().isEmpty()) {
      return new Result.Redirect("/p/" + Urls.segment(name) + "/review?against=" + base);
    }
    String title = periodTitle(overview(folder.get()), name);
    byte[] pdf =
        redline.pdf(
            compared.diff().get(),
            compared.before(),
            compared.after(),
            baseLabel(name, base),
            "いまの入力（" + title + "）");
    return new Result.Download("application/pdf", title + "-差分.pdf", pdf, false);
  }

  private record Compared(
      String state, String message, Optional<EditionDiff> diff, Snapshot before, Snapshot after) {}

  private Compared compare(Path folder, Path basePdf) {
    if (!Files.isRegularFile(basePdf)) {
      return new Compared("missing", "", Optional.empty(), null, null);
    }
    CheckedPeriod c = checker.check(folder);
    if (!c.ok()) {
      return new Compared("errors", "", Optional.empty(), null, null);
    }
    try {
      Snapshot before = pdfReader.read(Files.readAllBytes(basePdf));
      Snapshot after = pdfReader.read(drafts.official(c));
      EditionDiff diff = Differ.compare(before, after);
      return new Compared(
          diff.identical() ? "identical" : "different", "", Optional.of(diff), before, after);
    } catch (UnreadablePdf e) {
      return new Compared("unreadable", e.getMessage(), Optional.empty(), null, null);
    } catch (IOException e) {
      return new Compared("unreadable", "PDF を読めません。", Optional.empty(), null, null);
    }
  }

  // --- helpers

  private Overview overview(Path folder) {
    return Overview.of(checker.check(folder), Workspace.caseFiles(folder), words);
  }

  private Result casePage(
      String name,
      String file,
      CaseForm form,
      Overview o,
      List<FieldsReader.NotKept> notKept,
      boolean canonical,
      Optional<CaseView.Conflict> conflict,
      String notice,
      int status,
      String focus) {
    CaseView view =
        CaseView.build(o, name, file, form, notKept, canonical, conflict, notice).focusing(focus);
    Map<String, Object> model = new LinkedHashMap<>();
    model.put("c", view);
    model.put("name", name);
    model.put("periodTitle", periodTitle(o, name));
    model.put("hint", Messages.personalDataHint());
    model.put("kinds", kohyo.check.ValueChecks.personalDataKinds());
    return new Result.Page(status, "case.ftlh", model);
  }

  private Result rawPage(
      String name,
      String file,
      String text,
      String version,
      Overview o,
      String notice,
      int status) {
    Map<String, Object> model = new LinkedHashMap<>();
    model.put("name", name);
    model.put("periodTitle", periodTitle(o, name));
    model.put("file", file);
    model.put("text", text);
    model.put("version", version);
    model.put("notice", notice);
    model.put(
        "problems",
        o.problemsOf(file).stream()
            .map(p -> (p.line() > 0 ? p.line() + " 行目 " + p.column() + " 文字目: " : "") + p.message())
            .toList());
    return new Result.Page(status, "raw.ftlh", model);
  }

  static String caseUrl(String name, String file) {
    return "/p/" + Urls.segment(name) + "/c/" + Urls.segment(file);
  }

  private String periodTitleOf(String name) {
    return workspace.period(name).map(f -> periodTitle(overview(f), name)).orElse(name);
  }

  /** 令和7年度下半期: the name a clerk knows a period by; the folder's name only when unreadable. */
  private String periodTitle(Overview o, String name) {
    return o.period().map(words::period).orElse(name);
  }

  /** The link that opens a period's official PDF. */
  private static String officialUrl(String name) {
    return "/p/" + Urls.segment(name) + "/official.pdf";
  }

  /** The last official build: when it was made, the link to open it and where it lies. */
  private void putOfficial(Map<String, Object> model, String name) {
    model.put("lastBuild", modified(workspace.officialPdf(name)));
    model.put("officialUrl", officialUrl(name));
    model.put("officialPath", absolute(workspace.officialPdf(name)));
    model.put("output", absolute(workspace.output()));
    // build also writes the HTML and CSV twins of the PDF beside it
    List<String> twins = new ArrayList<>();
    for (String ext : List.of(".html", ".csv")) {
      Path twin = workspace.output().resolve(name + ext);
      if (Files.isRegularFile(twin)) {
        twins.add(absolute(twin));
      }
    }
    model.put("twins", twins);
  }

  /** A path as a clerk can find it in the file manager: absolute, without . or .. */
  private static String absolute(Path p) {
    return p.toAbsolutePath().normalize().toString();
  }

  private static String modified(Path file) {
    try {
      return Files.isRegularFile(file)
          ? WHEN.format(Files.getLastModifiedTime(file).toInstant())
          : "";
    } catch (IOException e) {
      return "";
    }
  }

  private static void deleteQuietly(Path folder) {
    if (!Files.exists(folder)) {
      return;
    }
    try (Stream<Path> walk = Files.walk(folder)) {
      for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
        Files.deleteIfExists(p);
      }
    } catch (IOException e) {
      // a hidden leftover folder is ignored by every command
    }
  }
}
