<#ftl output_format="CSV" strip_whitespace=true>
<#-- The CSV twin (open data): one record per published case under a header row, RFC 4180. Each ${...} is one field,
     quoted by kohyo when it holds a comma, a quote or a line break, so case text never splits a record; the template
     places the commas and the record ends (CRLF). kohyo adds the byte order mark that Excel needs to read UTF-8.
     Headings: the table's columns as one line (wording.yaml 列), the rest from wording.yaml CSVの列. Values: 年度 the
     western fiscal year (2025), 発生日 ISO 8601 (2025-04-25) beside the table's 和暦 date, list items as lines starting
     with ・, 備考 as the PDF prints it. The columns are the same for every period, so the CSVs of several periods
     concatenate (each without its header row) into one dataset. Withheld cases are not rows: they exist only as
     the PDF's and the HTML's count. -->
<#function label key><#return wording.column(key).label()></#function>
<#function text t><#if t.bulleted><#return t.lines?map(line -> "・" + line)?join("\n")><#else><#return t.lines?join("\n")></#if></#function>
<#macro record fields><#list fields as field>${field}<#sep>,</#sep></#list>${"\r\n"?no_esc}</#macro>
<#assign period = edition.period>
<@record [wording.csvHeading("公表主体"), wording.csvHeading("年度"), wording.csvHeading("区分"), label("NO"), label("所属"), label("発生日"), wording.csvHeading("和暦の発生日"), label("事案の概要"), label("発生原因"), label("対応"), label("二次被害"), label("再発防止策"), label("備考")]/>
<#list edition.published as c>
<@record [period.issuer, period.fiscalYear?c, period.half.label(), c.no?c, c.office, c.date?string, wording.date(c.wareki), text(c.summary), text(c.cause), text(c.response), c.secondaryDamage, text(c.prevention), wording.remarks(c)?join("\n")]/>
</#list>
