"""(Copied from the Excel corpus tooling, with formula cells added.)

Minimal writer for LibreOffice flat ODS (.fods) spreadsheets.

Only what the fixtures need: several sheets, column widths, hidden columns,
merged cells, multi-paragraph (Alt+Enter) text cells, numbers, dates with
number styles (including the Japanese era calendar "gengou"), repeated print
title rows, A4 landscape page setup.
"""
from xml.sax.saxutils import escape

NS = ('xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" '
      'xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0" '
      'xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" '
      'xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" '
      'xmlns:fo="urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0" '
      'xmlns:svg="urn:oasis:names:tc:opendocument:xmlns:svg-compatible:1.0" '
      'xmlns:number="urn:oasis:names:tc:opendocument:xmlns:datastyle:1.0" '
      'xmlns:loext="urn:org:documentfoundation:names:experimental:office:xmlns:loext:1.0" '
      'xmlns:calcext="urn:org:documentfoundation:names:experimental:calc:xmlns:calcext:1.0" '
      'xmlns:meta="urn:oasis:names:tc:opendocument:xmlns:meta:1.0" '
      'xmlns:of="urn:oasis:names:tc:opendocument:xmlns:of:1.2" '
      'xmlns:dc="http://purl.org/dc/elements/1.1/" '
      'office:version="1.3" office:mimetype="application/vnd.oasis.opendocument.spreadsheet"')

# --- number (date) styles -------------------------------------------------
def _g(tag, attrs=""):
    return f'<number:{tag} number:calendar="gengou"{attrs}/>'

DATE_STYLES = {
    # 令和7年4月25日  (era name long, era year, 年月日)
    "eraL": ('number:language="ja" number:country="JP"',
             _g("era", ' number:style="long"') + _g("year") + '<number:text>年</number:text>'
             + _g("month") + '<number:text>月</number:text>' + _g("day") + '<number:text>日</number:text>'),
    # R7.4.25  (era letter, era year)
    "eraS": ('number:language="ja" number:country="JP"',
             _g("era") + _g("year") + '<number:text>.</number:text>' + _g("month")
             + '<number:text>.</number:text>' + _g("day")),
    # 2025/4/25
    "ymd": ('', '<number:year number:style="long"/><number:text>/</number:text><number:month/>'
                '<number:text>/</number:text><number:day/>'),
    # 2025/04/25
    "ymd0": ('', '<number:year number:style="long"/><number:text>/</number:text><number:month number:style="long"/>'
                 '<number:text>/</number:text><number:day number:style="long"/>'),
    # 4月25日 (no year shown)
    "md": ('number:language="ja" number:country="JP"',
           '<number:month/><number:text>月</number:text><number:day/><number:text>日</number:text>'),
    # 2025年4月25日
    "ykanji": ('number:language="ja" number:country="JP"',
               '<number:year number:style="long"/><number:text>年</number:text><number:month/>'
               '<number:text>月</number:text><number:day/><number:text>日</number:text>'),
}
# the same era style under another name, so that a fixture can use two era
# formats that end up as distinct numFmts (used for post-export patching)
DATE_STYLES["eraL2"] = DATE_STYLES["eraL"]
DATE_STYLES["eraS2"] = DATE_STYLES["eraS"]

BORDER = "0.74pt solid #000000"


def _cell_style(name, *, bold=False, size=None, align=None, valign=None, wrap=False,
                border=False, fill=None, data=None, font=None):
    tcp = []
    if border:
        tcp.append(f'fo:border="{BORDER}"')
    if wrap:
        tcp.append('fo:wrap-option="wrap"')
    if valign:
        tcp.append(f'style:vertical-align="{valign}"')
    if fill:
        tcp.append(f'fo:background-color="{fill}"')
    if align:
        tcp.append('style:text-align-source="fix"')
    tp = []
    if bold:
        tp += ['fo:font-weight="bold"', 'style:font-weight-asian="bold"']
    if size:
        tp += [f'fo:font-size="{size}pt"', f'style:font-size-asian="{size}pt"']
    ds = f' style:data-style-name="N_{data}"' if data else ""
    s = f'<style:style style:name="{name}" style:family="table-cell" style:parent-style-name="Default"{ds}>'
    if tcp:
        s += '<style:table-cell-properties ' + " ".join(tcp) + '/>'
    if align:
        s += f'<style:paragraph-properties fo:text-align="{align}"/>'
    if tp:
        s += '<style:text-properties ' + " ".join(tp) + '/>'
    return s + '</style:style>'


CELL_STYLES = {
    "title": dict(bold=True, size=14, align="center", valign="middle"),
    "title_l": dict(bold=True, size=12),
    "sub": dict(size=11),
    "plain": dict(),
    "plain_wrap": dict(wrap=True, valign="top"),
    "hdr": dict(align="center", valign="middle", wrap=True, border=True, fill="#d9d9d9"),
    "td": dict(wrap=True, valign="top", border=True),
    "td_c": dict(align="center", valign="top", wrap=True, border=True),
    "td_e": dict(border=True),
    "note": dict(size=9),
    "note_wrap": dict(size=9, wrap=True, valign="top"),
}
for k in DATE_STYLES:
    CELL_STYLES["td_d_" + k] = dict(align="center", valign="top", border=True, data=k)
    CELL_STYLES["d_" + k] = dict(align="left", data=k)


class Cell:
    def __init__(self, kind, value, style):
        self.kind, self.value, self.style = kind, value, style


def T(value, style="td"):
    """text cell; value is a str (\\n = Alt+Enter line break) or list of lines"""
    lines = value if isinstance(value, list) else str(value).split("\n")
    return Cell("s", lines, style)


def F(value, style="td_c"):
    return Cell("f", value, style)


def D(iso, style):
    """real date; iso is 'YYYY-MM-DD' or 'YYYY-MM-DDTHH:MM:SS'"""
    return Cell("d", iso, style)


def X(formula, style="td_c"):
    """formula cell (OpenFormula, e.g. "of:=ROW()-7"); LibreOffice computes its value on load"""
    return Cell("x", formula, style)


def E(style="td_e"):
    return Cell("e", None, style)


def _col(c):
    s = ""
    while c:
        c, r = divmod(c - 1, 26)
        s = chr(65 + r) + s
    return s


def _para(line):
    out, i = [], 0
    esc = escape(line)
    # every ASCII space becomes <text:s/> so that leading/trailing/multiple
    # spaces survive exactly as typed
    return "<text:p>" + esc.replace(" ", "<text:s/>") + "</text:p>"


class Sheet:
    def __init__(self, name):
        self.name = name
        self.cols = []          # (width_cm, hidden)
        self.cells = {}         # (row, col) 1-based -> Cell
        self.merges = []        # (row, col, nrows, ncols)
        self.header_rows = None # (first, last) 1-based, repeated on each printed page
        self.row_heights = {}   # row -> cm (fixed); others optimal
        self.autofilter = None  # (r1, c1, r2, c2) 1-based: filter buttons on the header row

    def set(self, r, c, cell):
        self.cells[(r, c)] = cell

    def merge(self, r, c, nr, nc):
        self.merges.append((r, c, nr, nc))

    def max_row(self):
        return max([r for r, _ in self.cells] + [m[0] + m[2] - 1 for m in self.merges] + [1])

    def max_col(self):
        return max([c for _, c in self.cells] + [len(self.cols)] + [1])


class Book:
    def __init__(self, font="ＭＳ 明朝", font_size=10, page_header=None):
        self.page_header = page_header  # text printed at the top of every page (the title, in some offices)
        self.sheets = []
        self.font = font
        self.font_size = font_size

    def add(self, name):
        s = Sheet(name)
        self.sheets.append(s)
        return s

    def xml(self):
        font = escape(self.font, {'"': "&quot;"})
        o = ['<?xml version="1.0" encoding="UTF-8"?>', f'<office:document {NS}>']
        o.append('<office:meta><meta:generator>fixtures gen.py (LibreOffice flat ODS)</meta:generator></office:meta>')
        o.append('<office:font-face-decls>'
                 f'<style:font-face style:name="{font}" svg:font-family="&apos;{font}&apos;" style:font-family-generic="roman" style:font-pitch="fixed"/>'
                 '</office:font-face-decls>')
        o.append('<office:styles>'
                 '<style:default-style style:family="table-cell">'
                 '<style:paragraph-properties style:tab-stop-distance="1.25cm"/>'
                 f'<style:text-properties style:font-name="{font}" fo:font-size="{self.font_size}pt" '
                 f'style:font-name-asian="{font}" style:font-size-asian="{self.font_size}pt" '
                 'fo:language="ja" fo:country="JP" style:language-asian="ja" style:country-asian="JP"/>'
                 '</style:default-style>'
                 '<style:style style:name="Default" style:family="table-cell"/>'
                 '</office:styles>')
        a = ['<office:automatic-styles>']
        for k, (attrs, body) in DATE_STYLES.items():
            a.append(f'<number:date-style style:name="N_{k}" {attrs}>{body}</number:date-style>')
        for k, kw in CELL_STYLES.items():
            a.append(_cell_style(k, **kw))
        colstyles = {}
        for s in self.sheets:
            for w, _ in s.cols:
                colstyles.setdefault(w, f"co{len(colstyles)+1}")
        for w, n in colstyles.items():
            a.append(f'<style:style style:name="{n}" style:family="table-column">'
                     f'<style:table-column-properties fo:break-before="auto" style:column-width="{w}cm"/></style:style>')
        a.append('<style:style style:name="ro_auto" style:family="table-row">'
                 '<style:table-row-properties style:row-height="0.5cm" fo:break-before="auto" style:use-optimal-row-height="true"/></style:style>')
        heights = sorted({h for s in self.sheets for h in s.row_heights.values()})
        for h in heights:
            a.append(f'<style:style style:name="ro_{str(h).replace(".", "_")}" style:family="table-row">'
                     f'<style:table-row-properties style:row-height="{h}cm" fo:break-before="auto" style:use-optimal-row-height="false"/></style:style>')
        a.append('<style:style style:name="ta1" style:family="table" style:master-page-name="Default">'
                 '<style:table-properties table:display="true" style:writing-mode="lr-tb"/></style:style>')
        a.append('<style:page-layout style:name="pm1"><style:page-layout-properties fo:page-width="29.7cm" '
                 'fo:page-height="21.001cm" style:print-orientation="landscape" fo:margin-top="1.5cm" '
                 'fo:margin-bottom="1.5cm" fo:margin-left="1.2cm" fo:margin-right="1.2cm" '
                 'style:print-page-order="ttb" style:first-page-number="continue" '
                 'loext:scale-to-X="1" loext:scale-to-Y="0" style:writing-mode="lr-tb"/></style:page-layout>')
        a.append('</office:automatic-styles>')
        o += a
        o.append('<office:master-styles><style:master-page style:name="Default" style:page-layout-name="pm1">'
                 + (f'<style:header><style:region-center><text:p>{escape(self.page_header)}</text:p></style:region-center></style:header>'
                    if self.page_header else '<style:header style:display="false"/>')
                 + '<style:footer style:display="false"/>'
                 '</style:master-page></office:master-styles>')
        o.append('<office:body><office:spreadsheet>')
        for s in self.sheets:
            o.append(self._table(s, colstyles))
        dbr = [s for s in self.sheets if s.autofilter]
        if dbr:
            o.append('<table:database-ranges>')
            for i, s in enumerate(dbr):
                r1, c1, r2, c2 = s.autofilter
                q = "'" + s.name.replace("'", "''") + "'"
                addr = f"{q}.{_col(c1)}{r1}:{q}.{_col(c2)}{r2}"
                name = "__Anonymous_Sheet_DB__%d" % self.sheets.index(s)
                o.append(f'<table:database-range table:name="{escape(name)}" table:target-range-address="{escape(addr)}" '
                         'table:display-filter-buttons="true"/>')
            o.append('</table:database-ranges>')
        o.append('</office:spreadsheet></office:body></office:document>')
        return "\n".join(o)

    def _table(self, s, colstyles):
        o = [f'<table:table table:name="{escape(s.name)}" table:style-name="ta1">']
        for w, hidden in s.cols:
            vis = ' table:visibility="collapse"' if hidden else ''
            o.append(f'<table:table-column table:style-name="{colstyles[w]}"{vis} table:default-cell-style-name="Default"/>')
        covered, anchors = set(), {}
        for (r, c, nr, nc) in s.merges:
            anchors[(r, c)] = (nr, nc)
            for rr in range(r, r + nr):
                for cc in range(c, c + nc):
                    if (rr, cc) != (r, c):
                        covered.add((rr, cc))
        maxc = s.max_col()
        for r in range(1, s.max_row() + 1):
            if s.header_rows and r == s.header_rows[0]:
                o.append('<table:table-header-rows>')
            rs = f'ro_{str(s.row_heights[r]).replace(".", "_")}' if r in s.row_heights else "ro_auto"
            row = [f'<table:table-row table:style-name="{rs}">']
            for c in range(1, maxc + 1):
                cell = s.cells.get((r, c))
                span = ""
                if (r, c) in anchors:
                    nr, nc = anchors[(r, c)]
                    span = f' table:number-columns-spanned="{nc}" table:number-rows-spanned="{nr}"'
                tag = "table:covered-table-cell" if (r, c) in covered else "table:table-cell"
                if cell is None:
                    row.append(f'<{tag}{span}/>')
                    continue
                st = f' table:style-name="{cell.style}"'
                if cell.kind == "s":
                    body = "".join(_para(l) for l in cell.value)
                    row.append(f'<{tag}{st}{span} office:value-type="string" calcext:value-type="string">{body}</{tag}>')
                elif cell.kind == "f":
                    row.append(f'<{tag}{st}{span} office:value-type="float" office:value="{cell.value}" '
                               f'calcext:value-type="float"><text:p>{cell.value}</text:p></{tag}>')
                elif cell.kind == "d":
                    row.append(f'<{tag}{st}{span} office:value-type="date" office:date-value="{cell.value}" '
                               f'calcext:value-type="date"/>')
                elif cell.kind == "x":
                    row.append(f'<{tag}{st}{span} table:formula="{escape(cell.value)}"/>')
                else:
                    row.append(f'<{tag}{st}{span}/>')
            row.append('</table:table-row>')
            o.append("".join(row))
            if s.header_rows and r == s.header_rows[1]:
                o.append('</table:table-header-rows>')
        o.append('</table:table>')
        return "\n".join(o)
