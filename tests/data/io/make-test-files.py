#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""Writes the small hand-made workbooks and files of tests/data/io (good samples) and tests/data/bad (the
bad-input corpus). Run it from anywhere; it is deterministic, so the committed files only change when this
script does. The tests never run it: they read the committed files."""

import os
import struct
import zipfile
import zlib

HERE = os.path.dirname(os.path.abspath(__file__))
IO = HERE
BAD = os.path.join(HERE, "..", "bad")

MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"
REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
PKG = "http://schemas.openxmlformats.org/package/2006/relationships"
XML = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'


def write(path, data):
    with open(path, "wb") as f:
        f.write(data if isinstance(data, bytes) else data.encode("utf-8"))


def content_types(sheets):
    overrides = "".join(
        f'<Override PartName="/xl/worksheets/sheet{i}.xml" '
        'ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>'
        for i in range(1, sheets + 1))
    return (XML + '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
            '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
            '<Default Extension="xml" ContentType="application/xml"/>'
            '<Override PartName="/xl/workbook.xml" '
            'ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>'
            + overrides + '</Types>')


def package_rels(workbook="xl/workbook.xml"):
    return (XML + f'<Relationships xmlns="{PKG}"><Relationship Id="rId1" '
            f'Type="{REL}/officeDocument" Target="{workbook}"/></Relationships>')


def workbook_xml(sheets, pr=""):
    entries = "".join(
        f'<sheet name="{name}" sheetId="{i}"{state} r:id="rId{i}"/>'
        for i, (name, state) in enumerate(sheets, start=1))
    return XML + f'<workbook xmlns="{MAIN}" xmlns:r="{REL}">{pr}<sheets>{entries}</sheets></workbook>'


def workbook_rels(count, shared=True, styles=True, prefix=""):
    rels = "".join(f'<Relationship Id="rId{i}" Type="{REL}/worksheet" Target="{prefix}worksheets/sheet{i}.xml"/>'
                   for i in range(1, count + 1))
    if shared:
        rels += f'<Relationship Id="rId100" Type="{REL}/sharedStrings" Target="{prefix}sharedStrings.xml"/>'
    if styles:
        rels += f'<Relationship Id="rId101" Type="{REL}/styles" Target="{prefix}styles.xml"/>'
    return XML + f'<Relationships xmlns="{PKG}">{rels}</Relationships>'


def sheet_xml(rows):
    return XML + f'<worksheet xmlns="{MAIN}" xmlns:r="{REL}"><sheetData>{rows}</sheetData></worksheet>'


def sst(items, count=None):
    count = len(items) if count is None else count
    return XML + f'<sst xmlns="{MAIN}" count="{count}" uniqueCount="{count}">{"".join(items)}</sst>'


STYLES = (XML + f'<styleSheet xmlns="{MAIN}"><numFmts count="4">'
          '<numFmt numFmtId="164" formatCode="dd/mm/yyyy"/>'
          '<numFmt numFmtId="165" formatCode="[$-40C]d\\ mmmm\\ yyyy;@"/>'
          '<numFmt numFmtId="166" formatCode="#,##0.00\\ &quot;€&quot;"/>'
          '<numFmt numFmtId="167" formatCode="0&quot; jours, heures et secondes&quot;"/>'
          '</numFmts>'
          '<cellStyleXfs count="1"><xf numFmtId="14"/></cellStyleXfs>'
          '<cellXfs count="9"><xf numFmtId="0"/><xf numFmtId="14"/><xf numFmtId="164"/><xf numFmtId="165"/>'
          '<xf numFmtId="166"/><xf numFmtId="22"/><xf numFmtId="20"/><xf numFmtId="49"/><xf numFmtId="167"/>'
          '</cellXfs></styleSheet>')


def xlsx(path, parts):
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
        for name, data in parts.items():
            info = zipfile.ZipInfo(name, date_time=(2024, 1, 1, 0, 0, 0))
            info.compress_type = zipfile.ZIP_DEFLATED
            z.writestr(info, data)


def simple_xlsx(path, rows, strings=None, extra=None, pr=""):
    parts = {
        "[Content_Types].xml": content_types(1),
        "_rels/.rels": package_rels(),
        "xl/workbook.xml": workbook_xml([("Feuil1", "")], pr),
        "xl/_rels/workbook.xml.rels": workbook_rels(1, shared=strings is not None),
        "xl/styles.xml": STYLES,
        "xl/worksheets/sheet1.xml": sheet_xml(rows),
    }
    if strings is not None:
        parts["xl/sharedStrings.xml"] = strings
    parts.update(extra or {})
    xlsx(path, parts)


def features():
    strings = [
        "<si><t>FINESS</t></si>",                                              # 0
        "<si><t>Nom</t></si>",                                                 # 1
        "<si><t>Région</t></si>",                                              # 2
        "<si><t>010000024</t></si>",                                           # 3
        "<si><r><rPr><b/></rPr><t>CH DE </t></r><r><t xml:space=\"preserve\">FLEYRIAT</t></r></si>",  # 4
        "<si><t>84 - Auvergne-Rhône-Alpes</t><rPh sb=\"0\" eb=\"1\"><t>ふりがな</t></rPh></si>",  # 5
        "<si><t>Montant</t></si>",                                             # 6
        "<si><t>Date</t></si>",                                                # 7
        "<si><t xml:space=\"preserve\">  espaces  </t></si>",                  # 8
    ]
    rows = (
        '<row r="1"><c r="A1" t="s"><v>0</v></c><c r="B1" t="s"><v>1</v></c><c r="C1" t="s"><v>2</v></c>'
        '<c r="D1" t="s"><v>6</v></c><c r="E1" t="s"><v>7</v></c></row>'
        # shared-string FINESS with its leading zero, rich text, phonetic run, a plain number, a date (id 14)
        '<row r="2"><c r="A2" t="s"><v>3</v></c><c r="B2" t="s"><v>4</v></c><c r="C2" t="s"><v>5</v></c>'
        '<c r="D2"><v>250000</v></c><c r="E2" s="1"><v>43466</v></c></row>'
        # gaps: B and D missing; inline string; large number as stored; custom date dd/mm/yyyy
        '<row r="3"><c r="A3" t="inlineStr"><is><t>2A0000014</t></is></c>'
        '<c r="C3" t="inlineStr"><is><r><t>Corse-</t></r><r><t>du-Sud</t></r></is></c>'
        '<c r="D3"><v>1.5E+13</v></c><c r="E3" s="2"><v>29265</v></c></row>'
        # row 4 holds only empty cells (styled), so it is skipped; row 5 after it keeps its number
        '<row r="4"><c r="A4" s="4"/><c r="B4" s="4"/></row>'
        # booleans, formula with cached value, formula string, error, long French date, currency number
        '<row r="5"><c r="A5" t="b"><v>1</v></c><c r="B5" t="b"><v>0</v></c>'
        '<c r="C5" t="str"><f>A1&amp;"x"</f><v>FINESSx</v></c><c r="D5" s="4"><f>SUM(D2:D3)</f><v>15.199999999999999</v></c>'
        '<c r="E5" s="3"><v>43831</v></c><c r="F5" t="e"><f>NA()</f><v>#N/A</v></c></row>'
        # date-time, time, text-formatted number, quoted-text format, an ISO date cell, cell without reference
        '<row r="7"><c r="A7" s="5"><v>43466.5</v></c><c r="B7" s="6"><v>0.75</v></c><c r="C7" s="7" t="s"><v>8</v></c>'
        '<c r="D7" s="8"><v>12</v></c><c r="E7" t="d"><v>2024-03-01T00:00:00</v></c><c><v>42</v></c></row>'
        # a formula without a cached value, value-less typed cells, then a far column
        '<row r="8"><c r="A8"><f>1+1</f></c><c r="B8" t="s"/><c r="C8" t="b"/><c r="D8" t="s"><v></v></c>'
        '<c r="AA8" t="inlineStr"><is><t>loin</t></is></c></row>'
    )
    other = '<row r="1"><c r="A1" t="inlineStr"><is><t>autre feuille</t></is></c></row>'
    hidden = '<row r="1"><c r="A1" t="inlineStr"><is><t>cachée</t></is></c></row>'
    xlsx(os.path.join(IO, "features.xlsx"), {
        "[Content_Types].xml": content_types(3),
        "_rels/.rels": package_rels(),
        "xl/workbook.xml": workbook_xml([("Cachée", ' state="hidden"'), ("Données", ""), ("Autre", "")]),
        "xl/_rels/workbook.xml.rels": (XML + f'<Relationships xmlns="{PKG}">'
                                       f'<Relationship Id="rId1" Type="{REL}/worksheet" Target="worksheets/sheet3.xml"/>'
                                       f'<Relationship Id="rId2" Type="{REL}/worksheet" Target="worksheets/sheet1.xml"/>'
                                       f'<Relationship Id="rId3" Type="{REL}/worksheet" Target="worksheets/sheet2.xml"/>'
                                       f'<Relationship Id="rId100" Type="{REL}/sharedStrings" Target="sharedStrings.xml"/>'
                                       f'<Relationship Id="rId101" Type="{REL}/styles" Target="styles.xml"/>'
                                       '</Relationships>'),
        "xl/styles.xml": STYLES,
        "xl/sharedStrings.xml": sst(strings),
        "xl/worksheets/sheet1.xml": sheet_xml(rows),
        "xl/worksheets/sheet2.xml": sheet_xml(other),
        "xl/worksheets/sheet3.xml": sheet_xml(hidden),
    })


def prefixed():
    """Another producer's conventions: prefixed elements, absolute targets, a workbook part elsewhere, no
    shared strings, no styles, no row or cell references, the 1904 date system."""
    m = "x"
    rows = (f'<{m}:row><{m}:c t="inlineStr"><{m}:is><{m}:t>code</{m}:t></{m}:is></{m}:c>'
            f'<{m}:c t="inlineStr"><{m}:is><{m}:t>valeur</{m}:t></{m}:is></{m}:c></{m}:row>'
            f'<{m}:row><{m}:c t="inlineStr"><{m}:is><{m}:t>A</{m}:t></{m}:is></{m}:c><{m}:c><{m}:v>1</{m}:v></{m}:c></{m}:row>'
            f'<{m}:row><{m}:c t="inlineStr"><{m}:is><{m}:t>B</{m}:t></{m}:is></{m}:c><{m}:c><{m}:v>2.5</{m}:v></{m}:c></{m}:row>')
    sheet = XML + f'<{m}:worksheet xmlns:{m}="{MAIN}"><{m}:sheetData>{rows}</{m}:sheetData></{m}:worksheet>'
    workbook = (XML + f'<{m}:workbook xmlns:{m}="{MAIN}" xmlns:r="{REL}"><{m}:workbookPr date1904="1"/>'
                f'<{m}:sheets><{m}:sheet name="Export" sheetId="1" r:id="R1"/></{m}:sheets></{m}:workbook>')
    rels = (XML + f'<Relationships xmlns="{PKG}"><Relationship Id="R1" Type="{REL}/worksheet" '
            'Target="/data/sheets/export.xml"/></Relationships>')
    xlsx(os.path.join(IO, "prefixed.xlsx"), {
        "_rels/.rels": package_rels("data/book.xml"),
        "data/book.xml": workbook,
        "data/_rels/book.xml.rels": rels,
        "data/sheets/export.xml": sheet,
    })


def png():
    def chunk(kind, data):
        return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data) & 0xFFFFFFFF)
    raw = b"".join(b"\0" + b"".join(bytes([x * 16, y * 16, 128]) for x in range(16)) for y in range(16))
    return (b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", struct.pack(">IIBBBBB", 16, 16, 8, 2, 0, 0, 0))
            + chunk(b"IDAT", zlib.compress(raw)) + chunk(b"IEND", b""))


FINESS_RECORDS = [
    ["010000024", "010780054", "CH DE FLEYRIAT", "CENTRE HOSPITALIER DE FLEYRIAT", "", "", "900", "RTE",
     "DE PARIS", "", "BP 401", "451", "01", "AIN", "01440 VIRIAT", "0474454647", "0474454114", "355",
     "Centre Hospitalier (C.H.)", "1102", "Centres Hospitaliers", "26010004500012", "8610Z", "03",
     "ARS établissements Publics de santé dotation globale", "1", "Etablissement public de santé", "1979-02-13",
     "1979-02-13", "2020-02-04"],
    ["2A0000014", "2A0000022", "CH D'AJACCIO", "CENTRE HOSPITALIER NOTRE-DAME DE LA MISÉRICORDE", "", "", "27",
     "AV", "IMPÉRATRICE EUGÉNIE", "", "", "004", "2A", "CORSE-DU-SUD", "20000 AJACCIO", "0495295090", "", "355",
     "Centre Hospitalier (C.H.)", "1102", "Centres Hospitaliers", "2,601E+13", "8610Z", "03",
     "ARS établissements Publics de santé dotation globale", "1", "Etablissement public de santé", "13/02/1979",
     "", "2021-06-30"],
    ["970100012", "970100004", "CHU DE POINTE-À-PITRE", "", "", "", "", "", "ROUTE DE CHAUVEL", "", "", "120",
     "9A", "GUADELOUPE", "97159 POINTE A PITRE CEDEX", "", "", "101", "Centre Hospitalier Régional (C.H.R.)",
     "1101", "Centres Hospitaliers Régionaux", "", "8610Z", "03", "", "1", "", "1980-01-01", "", "2022-01-10"],
]


def finess_samples():
    lines = ["finess;etalab;111;2026-05-12"]
    for i, record in enumerate(FINESS_RECORDS):
        lines.append("structureet;" + ";".join(record) + ";")
        lines.append(f"geolocalisation;{record[0]};{870215.3 + i};{6571590.8 - i};1,ATLASANTE,100,IGN,"
                     "BD_ADRESSE,V2.2,LAMBERT_93;2020-02-04")
    text = "\n".join(lines) + "\n"
    write(os.path.join(IO, "finess-extract-latin1.csv"), text.encode("latin-1"))
    write(os.path.join(IO, "finess-extract-utf8.csv"), text.replace("\n", "\r\n").encode("utf-8"))


def bad_corpus():
    b = lambda name: os.path.join(BAD, name)
    write(b("empty.csv"), b"")
    write(b("bom-only.csv"), b"\xef\xbb\xbf")
    write(b("blank-lines.csv"), b"\n\r\n   \n\t\n")
    write(b("header-only.csv"), "finess;rs;commune\r\n")
    write(b("binary.png"), png())
    state = 12345
    garbage = bytearray()
    for _ in range(2048):
        state = (state * 1103515245 + 12345) & 0x7FFFFFFF
        garbage.append(state >> 16 & 0xFF)
    write(b("random-garbage.dat"), bytes(garbage))
    write(b("old-excel.xls"), b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\0" * 504)
    # A genuine small workbook, cut in half: the central directory is gone.
    good = os.path.join(BAD, "_whole.xlsx")
    simple_xlsx(good, '<row r="1"><c r="A1" t="s"><v>0</v></c></row>' * 1,
                sst(["<si><t>FINESS</t></si>"] + [f"<si><t>ligne {i}</t></si>" for i in range(200)]))
    data = open(good, "rb").read()
    os.remove(good)
    write(b("truncated.xlsx"), data[: len(data) // 2])
    with zipfile.ZipFile(b("zip-not-workbook.xlsx"), "w") as z:
        z.writestr(zipfile.ZipInfo("readme.txt", (2024, 1, 1, 0, 0, 0)), "Ceci n'est pas un classeur.\n")
    with zipfile.ZipFile(b("opendocument.ods"), "w") as z:
        z.writestr(zipfile.ZipInfo("mimetype", (2024, 1, 1, 0, 0, 0)), "application/vnd.oasis.opendocument.spreadsheet")
        z.writestr(zipfile.ZipInfo("content.xml", (2024, 1, 1, 0, 0, 0)), XML + "<office:document-content/>")
    with zipfile.ZipFile(b("word-document.docx"), "w") as z:
        z.writestr(zipfile.ZipInfo("_rels/.rels", (2024, 1, 1, 0, 0, 0)), package_rels("word/document.xml"))
        z.writestr(zipfile.ZipInfo("word/document.xml", (2024, 1, 1, 0, 0, 0)),
                   XML + '<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">'
                   '<w:body><w:p><w:r><w:t>Liste des établissements</w:t></w:r></w:p></w:body></w:document>')
    write(b("csv-named.xlsx"), "finess;rs\n010000024;CH DE FLEYRIAT\n010000032;CH BUGEY SUD\n")
    simple_xlsx(b("xlsx-named.csv"),
                '<row r="1"><c r="A1" t="s"><v>0</v></c><c r="B1" t="s"><v>1</v></c></row>'
                '<row r="2"><c r="A2" t="s"><v>2</v></c><c r="B2" t="s"><v>3</v></c></row>',
                sst(["<si><t>finess</t></si>", "<si><t>rs</t></si>", "<si><t>010000024</t></si>",
                     "<si><t>CH DE FLEYRIAT</t></si>"]))
    # Past the 64 KB that detection samples: only the whole-file scan (or the per-byte fallback) sees it.
    ascii_lines = "".join(f"01000{i:04d};ETABLISSEMENT NUMERO {i:04d};VILLE\n" for i in range(1800))
    write(b("latin1-after-64k.csv"), ("finess;rs;commune\n" + ascii_lines).encode("ascii")
          + "020000001;HÔPITAL SAINT-ÉLOI;CHÂTEAU-THIERRY\n".encode("latin-1"))
    write(b("windows1252-quotes.csv"), "code;libellé\n1;l’hôpital “Œuvre” – 10 €\n".encode("cp1252"))
    write(b("unbalanced-quote.csv"), 'finess;rs;commune\n010000024;CH A;BOURG\n010000032;"CH B;BELLEY\n'
          '010000065;CH C;TREVOUX\n010000081;CH D;GEX\n')
    write(b("quote-inside-value.csv"), 'finess;rs\n010000024;CH "LES TILLEULS"\n010000032;"dit ""LE CHATEAU"""\n')
    write(b("mixed-separators.csv"), "finess;rs;commune\n010000024;CH A;BOURG\n010000032,CH B,BELLEY\n"
          "010000065;CH C;TREVOUX\n010000081\tCH D\tGEX\n")
    write(b("nul-bytes.csv"), b"finess;rs\n010000024;CH A\n010000032;CH\0B\n")
    write(b("utf16le-bom.csv"), "\ufefffiness\trs\r\n010000024\tCH A\r\n".encode("utf-16-le"))
    write(b("utf16be-nobom.txt"), "finess;rs\n010000024;CH A\n".encode("utf-16-be"))
    write(b("cr-only.csv"), b"finess;rs\r010000024;CH A\r\r010000032;\"CH\rB\"\r010000065;CH C")
    write(b("crlf-multiline.csv"), b'finess;rs;note\r\n010000024;CH A;"ligne 1\r\nligne 2"\r\n010000032;CH B;\r\n')
    write(b("finess-metadata-only.csv"), "finess;etalab;111;2026-05-12\n")
    # Workbooks.
    xlsx(b("no-sheet.xlsx"), {
        "[Content_Types].xml": content_types(0), "_rels/.rels": package_rels(),
        "xl/workbook.xml": XML + f'<workbook xmlns="{MAIN}" xmlns:r="{REL}"><sheets/></workbook>',
        "xl/_rels/workbook.xml.rels": workbook_rels(0, shared=False, styles=False)})
    simple_xlsx(b("empty-sheet.xlsx"), "", None)
    simple_xlsx(b("shared-string-out-of-range.xlsx"),
                '<row r="1"><c r="A1" t="s"><v>0</v></c></row><row r="2"><c r="A2" t="s"><v>1</v></c></row>'
                '<row r="3"><c r="A3" t="s"><v>7</v></c></row>',
                sst(["<si><t>finess</t></si>", "<si><t>010000024</t></si>"]))
    simple_xlsx(b("formulas.xlsx"),
                '<row r="1"><c r="A1" t="s"><v>0</v></c><c r="B1" t="s"><v>1</v></c></row>'
                '<row r="2"><c r="A2"><v>2</v></c><c r="B2"><f>A2*3</f><v>6</v></c></row>'
                '<row r="3"><c r="A3"><v>5</v></c><c r="B3" t="str"><f>TEXT(A3,"0")</f><v>5</v></c></row>',
                sst(["<si><t>a</t></si>", "<si><t>triple</t></si>"]))
    simple_xlsx(b("huge-count.xlsx"), '<row r="1"><c r="A1" t="s"><v>0</v></c></row>'
                '<row r="2"><c r="A2" t="s"><v>1</v></c></row>',
                sst(["<si><t>finess</t></si>", "<si><t>010000024</t></si>"], count=4294967295))
    deep = "<a>" * 100000 + "x" + "</a>" * 100000
    simple_xlsx(b("deep-nesting.xlsx"), '<row r="1"><c r="A1" t="s"><v>0</v></c></row>',
                XML + f'<sst xmlns="{MAIN}" count="1" uniqueCount="1"><si><t>finess</t>{deep}</si></sst>')
    laughs = ('<!DOCTYPE lolz [<!ENTITY lol "lol"><!ENTITY lol2 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">'
              '<!ENTITY lol3 "&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;">]>')
    simple_xlsx(b("entity-expansion.xlsx"), "", extra={"xl/worksheets/sheet1.xml": XML + laughs +
                f'<worksheet xmlns="{MAIN}"><sheetData><row r="1"><c r="A1" t="inlineStr"><is><t>&lol3;</t></is>'
                '</c></row></sheetData></worksheet>'})
    simple_xlsx(b("malformed-xml.xlsx"), '<row r="1"><c r="A1" t="inlineStr"><is><t>finess</t></is></c></row>'
                '<row r="2"><c r="A2"><v>1</v></row>')
    # A stored (uncompressed) sheet whose bytes were changed after the checksum was computed.
    path = b("checksum-mismatch.xlsx")
    with zipfile.ZipFile(path, "w", zipfile.ZIP_STORED) as z:
        for name, data in {"[Content_Types].xml": content_types(1), "_rels/.rels": package_rels(),
                           "xl/workbook.xml": workbook_xml([("Feuil1", "")]),
                           "xl/_rels/workbook.xml.rels": workbook_rels(1, shared=False, styles=False),
                           "xl/worksheets/sheet1.xml": sheet_xml('<row r="1"><c r="A1" t="inlineStr"><is><t>finess'
                                                                 '</t></is></c></row><row r="2"><c r="A2" '
                                                                 't="inlineStr"><is><t>010000024</t></is></c></row>')
                           }.items():
            z.writestr(zipfile.ZipInfo(name, (2024, 1, 1, 0, 0, 0)), data)
    data = bytearray(open(path, "rb").read())
    at = data.index(b"010000024")
    data[at:at + 9] = b"999999999"
    write(path, bytes(data))


if __name__ == "__main__":
    os.makedirs(BAD, exist_ok=True)
    features()
    prefixed()
    finess_samples()
    bad_corpus()
