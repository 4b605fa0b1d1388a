// SPDX-License-Identifier: GPL-3.0-or-later
#include "io/IoErrors.h"

#include <QCoreApplication>
#include <QDir>
#include <QStringList>

namespace Palier::IoErrors {

namespace {

QString shown(const QString& path)
{
    return QDir::toNativeSeparators(path);
}

Error make(const char* code, const QString& message, const QString& path, const QString& detail = {})
{
    QString technical = shown(path);
    if (!detail.isEmpty()) {
        technical += QStringLiteral(": ") + detail;
    }
    return Error{QString::fromLatin1(code), message, technical};
}

} // namespace

Error unreadable(const QString& path, const QString& reason)
{
    return make("io.unreadable",
                QCoreApplication::translate("Palier::SourceTable",
                                            "Cannot read “%1”. Check that the file exists, that you may read it and "
                                            "that its disk or network share is available, then try again.")
                    .arg(shown(path)),
                path, reason);
}

Error isFolder(const QString& path)
{
    return make("io.unreadable",
                QCoreApplication::translate("Palier::SourceTable",
                                            "“%1” is a folder. Choose a CSV or Excel (.xlsx) file inside it.")
                    .arg(shown(path)),
                path, QStringLiteral("is a directory"));
}

Error empty(const QString& path)
{
    return make("io.empty",
                QCoreApplication::translate("Palier::SourceTable",
                                            "“%1” is empty: it holds no row to read. Check that you chose the right "
                                            "file, or export it again.")
                    .arg(shown(path)),
                path);
}

Error binary(const QString& path, const QString& detail)
{
    return make("io.binary",
                QCoreApplication::translate("Palier::SourceTable",
                                            "“%1” is neither a text (CSV) file nor an Excel workbook (.xlsx). Choose "
                                            "a CSV or XLSX file, or export the data to one of these formats.")
                    .arg(shown(path)),
                path, detail);
}

Error nulByte(const QString& path, int line)
{
    return make("io.binary",
                QCoreApplication::translate("Palier::SourceTable",
                                            "“%1” contains a NUL byte on line %2, which a text file never holds: the "
                                            "file is damaged or is not a CSV file. Export it again as CSV.")
                    .arg(shown(path))
                    .arg(line),
                path, QStringLiteral("NUL byte on line %1").arg(line));
}

Error utf16(const QString& path)
{
    return make("io.utf16",
                QCoreApplication::translate("Palier::SourceTable",
                                            "“%1” is written in UTF-16 (Excel's “Unicode Text”), which Palier does "
                                            "not read. Save it again as “CSV UTF-8” (or CSV) and import that file.")
                    .arg(shown(path)),
                path, QStringLiteral("UTF-16 or UTF-32 text"));
}

Error oldExcel(const QString& path)
{
    return make("io.xls",
                QCoreApplication::translate("Palier::SourceTable",
                                            "“%1” is an Excel 97–2003 workbook (.xls) or a password-protected "
                                            "workbook, which Palier does not read. Open it in Excel or LibreOffice, "
                                            "remove any password and save it as .xlsx or CSV.")
                    .arg(shown(path)),
                path, QStringLiteral("OLE2 compound file"));
}

Error zipNotWorkbook(const QString& path, const QString& detail)
{
    return make("io.not-xlsx",
                QCoreApplication::translate("Palier::SourceTable",
                                            "“%1” is a zip archive but not an Excel workbook. If it is a LibreOffice "
                                            "(.ods) or other spreadsheet, save it as .xlsx or CSV; otherwise choose "
                                            "the right file.")
                    .arg(shown(path)),
                path, detail);
}

Error textNotWorkbook(const QString& path)
{
    return make("io.not-xlsx",
                QCoreApplication::translate("Palier::SourceTable",
                                            "“%1” is not an Excel workbook, whatever its name says: it is a text "
                                            "file. Read it as CSV.")
                    .arg(shown(path)),
                path, QStringLiteral("no zip signature"));
}

Error corruptXlsx(const QString& path, const QString& detail)
{
    return make("io.corrupt-xlsx",
                QCoreApplication::translate("Palier::SourceTable",
                                            "“%1” is a damaged or incomplete Excel workbook. Open it in Excel or "
                                            "LibreOffice and save it again, or ask its author for a new copy.")
                    .arg(shown(path)),
                path, detail);
}

Error missingSharedString(const QString& path, const QString& sheet, const QString& cell, qint64 index, qint64 count)
{
    return make("io.corrupt-xlsx",
                QCoreApplication::translate("Palier::SourceTable",
                                            "“%1” is damaged: cell %2 of sheet “%3” refers to a text that the "
                                            "workbook does not contain. Open it in Excel or LibreOffice and save it "
                                            "again, or ask its author for a new copy.")
                    .arg(shown(path), cell, sheet),
                path, QStringLiteral("shared string %1 of %2 at %3").arg(index).arg(count).arg(cell));
}

Error noSheet(const QString& path)
{
    return make("io.xlsx-no-sheet",
                QCoreApplication::translate("Palier::SourceTable",
                                            "The workbook “%1” has no worksheet, so there is nothing to read. Check "
                                            "that you chose the file that holds the data.")
                    .arg(shown(path)),
                path);
}

Error sheetNotFound(const QString& path, const QString& sheet, const QStringList& sheets)
{
    return make("io.sheet-not-found",
                QCoreApplication::translate("Palier::SourceTable",
                                            "The workbook “%1” has no sheet named “%2”. Choose one of its sheets: %3.")
                    .arg(shown(path), sheet, sheets.join(QStringLiteral(", "))),
                path, QStringLiteral("sheet %1").arg(sheet));
}

Error unbalancedQuote(const QString& path, int line)
{
    return make("io.unbalanced-quote",
                QCoreApplication::translate("Palier::SourceTable",
                                            "“%1”, line %2: a value opens with a quote (\") that is never closed, so "
                                            "the rest of the file would be read as one value. Fix the quotes on that "
                                            "line (a quote inside a value is written twice: \"\") and import again.")
                    .arg(shown(path))
                    .arg(line),
                path, QStringLiteral("unterminated quoted field starting on line %1").arg(line));
}

Error recordTooLarge(const QString& path, int line, qint64 limitBytes)
{
    return make("io.record-too-large",
                QCoreApplication::translate("Palier::SourceTable",
                                            "“%1”, line %2: a row longer than %3 MB, which no table holds. Check that "
                                            "this is the right file and that its quotes are balanced, then export it "
                                            "again.")
                    .arg(shown(path))
                    .arg(line)
                    .arg(limitBytes / (1024 * 1024)),
                path, QStringLiteral("record starting on line %1 exceeds %2 bytes").arg(line).arg(limitBytes));
}

Error cancelled(const QString& path)
{
    return make("import.cancelled",
                QCoreApplication::translate("Palier::SourceTable", "Reading “%1” was cancelled.").arg(shown(path)),
                path);
}

} // namespace Palier::IoErrors
