"""Writes the .fods sources of kohyo's own import fixtures; build.sh converts them with LibreOffice.

Each sheet covers what the corpus sheets lack. MadeSheetsTest states what kohyo must read from each.
"""
from fods import Book, T, F, D, X, E

HEAD = ["NO", "所属", "発生日", "事案の概要", "発生原因", "対応", "二次被害の有無", "再発防止策", "備考"]


def cover_offset_extras():
    b = Book(font="BIZ UDゴシック", font_size=10)
    cover = b.add("表紙")
    cover.cols = [(4.0, False), (6.0, False)]
    cover.set(1, 1, T("令和7年度 上期 漏えい事案 報告書", "title_l"))
    cover.set(3, 1, T("作成日", "plain"))
    cover.set(3, 2, D("2025-10-20", "d_eraL"))
    cover.set(5, 1, T("作成所属：総務課", "plain"))
    s = b.add("一覧")
    # A is a narrow margin; C (整理番号) is hidden; D, G and N are the office's own columns
    s.cols = [(0.5, False), (1.2, False), (2.0, True), (2.5, False), (2.0, False), (2.6, False), (2.6, False),
              (6.0, False), (5.0, False), (5.5, False), (1.6, False), (6.0, False), (3.0, False), (2.2, False)]
    s.set(2, 2, T("△△市　令和7年度 上期　保有個人情報の漏えい事案一覧", "title"))
    s.merge(2, 2, 1, 13)
    s.set(3, 2, T("（令和7年10月31日現在）", "plain"))
    s.set(5, 2, T("事案件数：５件（うち非公表１件）", "sub"))
    head = ["No.", "整理番号", "担当課", "所　属", "発生年月日", "報告日", "事案の内容", "原因", "対応状況",
            "二次被害", "再発防止策", "備考", "連絡先(内線)"]
    for i, h in enumerate(head):
        s.set(7, 2 + i, T(h, "hdr"))
    s.header_rows = (7, 7)
    rows = [
        dict(no=X("of:=ROW()-7"), id="R7-001", ka="総務課", office="本庁",
             date=D("2025-04-10", "td_d_eraS"), rep=D("2025-04-12", "td_d_ymd"),
             summary="職員が、会議資料を誤って別の部署へメールで送信したもの。",
             cause="送信先アドレスの確認を怠ったことによるもの。",
             resp="送信先へ連絡し、メールの削除を依頼した。",
             dmg="×", prev=["・送信前に宛先を複数人で確認することとした。", "・外部宛てのメールは送信を保留する設定とした。"],
             remarks=D("2025-04-15", "td_d_eraS"), ext=F(1234)),
        dict(no=X("of:=ROW()-7"), id="R7-002", ka="福祉課", office="出先機関",
             date=D("2025-06-03T16:45:00", "td_d_eraL"), rep=D("2025-06-04", "td_d_ymd"),
             summary="窓口で交付した書類に、別の申請者の書類が1枚混入していたもの。\n（1名分の氏名・住所が記載）",
             cause="交付前の書類の確認が不十分だったことによるもの。",
             resp="交付先を訪問して書類を回収し、謝罪した。", dmg="○",
             prev="交付前に、書類の枚数と宛名を複数人で確認することとした。", remarks="", ext=F(2345)),
        dict(no=X("of:=ROW()-7"), id="R7-003", ka="税務課", office="本庁",
             date=F(45870), rep=E(),
             summary="納税通知書の封入作業で、1つの封筒に2名分の通知書を封入したもの。",
             cause="封入機の設定誤りによるもの。", resp="受取人から連絡を受け、通知書を回収した。",
             dmg="なし", prev="封入機の設定を作業前に確認することとした。", remarks="", ext=E()),
        dict(no=X("of:=ROW()-7"), id="R7-004", ka="教育課", office="教育委員会",
             date=T("R7.9.3（水）"), rep=T("2025年9月5日"),
             summary="学校の配布物に、別の児童の連絡先が記載されていたもの。",
             cause="配布物の作成時に、別の学級の名簿を使用したことによるもの。",
             resp="保護者に連絡して配布物を回収し、謝罪した。", dmg="×",
             prev="名簿の取扱いについて、教職員に研修を実施した。", remarks=" 報道発表済み ", ext=F(3456)),
    ]
    for i, r in enumerate(rows):
        row = 8 + i
        cells = [r["no"], T(r["id"]), T(r["ka"]), T(r["office"], "td_c"), r["date"], r["rep"],
                 T(r["summary"]), T(r["cause"]), T(r["resp"]), T(r["dmg"], "td_c"),
                 T(r["prev"]), r["remarks"] if not isinstance(r["remarks"], str) else T(r["remarks"]), r["ext"]]
        for j, c in enumerate(cells):
            s.set(row, 2 + j, c)
    return b


def two_sheets():
    b = Book(font="BIZ UDゴシック", font_size=10)
    for name, title, dates in [("R7上半期", "【令和7年度上半期分】", ["2025-05-01", "2025-07-01"]),
                               ("R7下半期", "【令和7年度下半期分】", ["2025-11-11", "2026-02-02"])]:
        s = b.add(name)
        s.cols = [(1.0, False), (2.0, False), (2.5, False)] + [(5.0, False)] * 3 + [(1.6, False), (5.0, False), (3.0, False)]
        s.set(1, 1, T("○県の保有個人情報の漏えい事案概要" + title, "title"))
        s.merge(1, 1, 1, 9)
        s.set(3, 1, T("1 事案件数 2件（うち、非公表基準該当0件）", "sub"))
        for i, h in enumerate(HEAD):
            s.set(5, 1 + i, T(h, "hdr"))
        for k, d in enumerate(dates):
            r = 6 + k
            vals = [F(k + 1), T("本庁", "td_c"), D(d, "td_d_eraS"), T(name + "の事案" + str(k + 1) + "の概要。"),
                    T("確認不足によるもの。"), T("謝罪した。"), T("無", "td_c"), T("確認を徹底することとした。"), T("")]
            for j, c in enumerate(vals):
                s.set(r, 1 + j, c)
    return b


def multirow_internal_errors():
    b = Book(font="BIZ UDゴシック", font_size=10)
    s = b.add("内部用")
    s.cols = [(1.0, False), (2.0, False), (2.5, False)] + [(5.0, False)] * 3 + [(1.6, False), (5.0, False), (3.0, False), (1.6, False), (1.6, False)]
    s.set(1, 1, T("○県の保有個人情報の漏えい事案概要【令和7年度上半期分】（内部管理用）", "title"))
    s.merge(1, 1, 1, 11)
    s.set(3, 1, T("1 事案件数 8件（うち、非公表基準該当3件）", "sub"))
    for i, h in enumerate(HEAD + ["公表", "非公表基準"]):
        s.set(5, 1 + i, T(h, "hdr"))
    m = "WITHHELD-MARKER-made-"

    def row(r, vals):
        for j, c in enumerate(vals):
            if c is not None:
                s.set(r, 1 + j, c)

    # one case over two rows: NO, 所属, 発生日, 二次被害, 公表 merged; the text goes on in row 7
    row(6, [F(1), T("本庁", "td_c"), D("2025-04-08", "td_d_eraL"), T("一行目の概要。"), T("原因の一行目。"),
            T("対応の一行目。"), T("無", "td_c"), T("・防止策その一。"), T(""), T("公表", "td_c"), E()])
    row(7, [None, None, None, T("二行目の概要。"), T("原因の二行目。"), T(""), None, T("・防止策その二。"),
            T("備考の続き"), None, E()])
    for c in (1, 2, 3, 7, 10):
        s.merge(6, c, 2, 1)
    # two cases sharing a merged 所属
    row(8, [F(2), T("本庁", "td_c"), D("2025-05-09", "td_d_eraL"), T("概要2。"), T("原因2。"), T("対応2。"),
            T("有", "td_c"), T("防止策2。"), T(""), T("公表", "td_c"), E()])
    row(9, [F(3), None, D("2025-05-20", "td_d_eraL"), T("概要3。"), T("原因3。"), T("対応3。"),
            T("無", "td_c"), T("防止策3。"), T(""), T("公表", "td_c"), E()])
    s.merge(8, 2, 2, 1)
    # withheld, 非公表基準 missing
    row(10, [F(4), T(m + "所属"), D("2025-06-01", "td_d_eraL"), T(m + "概要"), T(m + "原因"), T(m + "対応"),
             T("無", "td_c"), T(m + "防止策"), T(""), T("非公表", "td_c"), E()])
    # withheld, 発生日 unreadable
    row(11, [F(5), T(m + "所属"), T(m + "日付"), T(m + "概要"), T(m + "原因"), T(m + "対応"),
             T(m + "二次被害"), T(m + "防止策"), T(""), T("非公表", "td_c"), F(2)])
    # 公表 unreadable: nothing of the row may be quoted
    row(12, [F(6), T(m + "所属"), T(m + "日付"), T(m + "概要"), T(m + "原因"), T(m + "対応"),
             T(m + "二次被害"), T(m + "防止策"), T(""), T("保留", "td_c"), E()])
    # an error value in 対応
    row(13, [F(7), T("本庁", "td_c"), D("2025-08-01", "td_d_eraL"), T("概要7。"), T("原因7。"), X("of:=1/0", "td"),
             T("無", "td_c"), T("防止策7。"), T(""), T("公表", "td_c"), E()])
    # 二次被害 unreadable in a published row
    row(14, [F(8), T("本庁", "td_c"), D("2025-09-01", "td_d_eraL"), T("概要8。"), T("原因8。"), T("対応8。"),
             T("不明", "td_c"), T("防止策8。"), T(""), T("公表", "td_c"), E()])
    s.set(16, 1, T("＜非公表基準＞", "note"))
    s.set(17, 1, T("(1)公表することで個人の生命、身体、財産の安全を侵害するおそれがあると認められる場合", "note"))
    return b


def title_on_cover():
    b = Book(font="BIZ UDゴシック", font_size=10)
    cover = b.add("表紙")
    cover.cols = [(12.0, False)]
    cover.set(2, 1, T("□□県の保有個人情報の漏えい事案概要【令和6年度下半期分】", "title_l"))
    cover.set(4, 1, T("１　事案件数　２件（うち、非公表基準該当１件）", "plain"))
    s = b.add("Sheet2")
    s.cols = [(1.0, False), (2.0, False), (2.5, False)] + [(5.0, False)] * 3 + [(1.6, False), (5.0, False), (3.0, False)]
    for i, h in enumerate(["№", "所属名", "発生日", "概要", "原因", "対応", "二次被害", "再発防止策", "備考"]):
        s.set(1, 1 + i, T(h, "hdr"))
    vals = [F(1), T("本庁", "td_c"), D("2025-01-20", "td_d_ykanji"), T("概要。"), T("原因。"), T("対応。"),
            T("無", "td_c"), T("防止策。"), E()]
    for j, c in enumerate(vals):
        s.set(2, 1 + j, c)
    return b


def page_header_numbered_rows():
    b = Book(font="BIZ UDゴシック", font_size=10,
             page_header="○県の保有個人情報の漏えい事案概要【令和7年度下半期分】")
    s = b.add("一覧表")
    s.cols = [(1.0, False), (2.0, False), (2.5, False)] + [(5.0, False)] * 3 + [(1.6, False), (5.0, False), (3.0, False)]
    for i, h in enumerate(HEAD):
        s.set(1, 1 + i, T(h, "hdr"))
    cases = [("2025-10-02", "概要一。"), ("2025-12-24", "概要二。")]
    # the template numbers 8 rows in advance; two are filled
    for k in range(8):
        r = 2 + k
        s.set(r, 1, X("of:=ROW()-1"))
        for j in range(2, 10):
            s.set(r, j, E())
        if k < len(cases):
            d, summary = cases[k]
            vals = [T("本庁", "td_c"), D(d, "td_d_ymd"), T(summary), T("原因。"), T("対応。"), T("無", "td_c"),
                    T("防止策。"), T("")]
            for j, c in enumerate(vals):
                s.set(r, 2 + j, c)
    s.set(10, 1, T("計"))
    s.set(10, 2, T("2件"))
    return b


if __name__ == "__main__":
    for name, book in [("21-cover-offset-extras", cover_offset_extras()),
                       ("22-two-sheets", two_sheets()),
                       ("23-multirow-internal-errors", multirow_internal_errors()),
                       ("24-title-on-cover", title_on_cover()),
                       ("26-page-header-numbered-rows", page_header_numbered_rows())]:
        with open(name + ".fods", "w", encoding="utf-8") as f:
            f.write(book.xml())
