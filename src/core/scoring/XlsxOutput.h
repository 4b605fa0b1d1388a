// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Internal to palier_core: writing an .xlsx workbook with libxlsxwriter.
//
// libxlsxwriter is loaded at run time (QLibrary, DeepBindHint), never linked: palier_core links QuaZip, whose
// library exports its own, modified copy of minizip's zip* functions; linked into the same process, those take
// the place of the libminizip ones libxlsxwriter calls, and workbook_close() crashes. Deep binding makes
// libxlsxwriter resolve its own dependencies first. Nothing in a process using palier_core may link
// libxlsxwriter directly: the library would then already be loaded, bound to QuaZip's copy.
// AddressSanitizer aborts on deep binding: sanitizer builds (PALIER_WITH_ASAN, the fuzzers) load it with
// dlmopen() into a link namespace of its own instead, where QuaZip is not loaded at all; the XLSX tests run there
// too (scripts/test-asan.sh).

#include "Result.h"

#include <QCoreApplication>
#include <QString>
#include <QVariant>

#include <memory>

namespace Palier {

/// One workbook being written: add sheets, fill cells, then close() to write the file.
class XlsxOutput
{
    Q_DECLARE_TR_FUNCTIONS(Palier::XlsxOutput)

public:
    /// A workbook not closed is abandoned: nothing is written (where libxlsxwriter has lxw_workbook_free).
    ~XlsxOutput();
    XlsxOutput(const XlsxOutput&) = delete;
    XlsxOutput& operator=(const XlsxOutput&) = delete;

    /// How create() writes the workbook.
    struct Options
    {
        /// libxlsxwriter's constant_memory mode: each row goes to the sheet's XML as soon as a later row is written
        /// (rows must be written in order: a cell written in a row before the last one is lost), and text cells
        /// are inline strings instead of a shared-strings table. Less work and memory for a large sheet.
        bool streaming = false;
    };

    /// Loads libxlsxwriter now (it is loaded once, by the first create() otherwise): a thread may do it while
    /// another prepares what the workbook will hold. False when the library cannot be loaded.
    static bool preload();
    /// Whether a workbook may be written on another thread than the one that loaded the library: false in the
    /// sanitizer builds, which load it with dlmopen() (see above), true otherwise.
    static bool usableFromAnyThread();

    /// Starts a workbook to be written to `path` by close(). Error "xlsx.unavailable" when libxlsxwriter cannot
    /// be loaded.
    static Result<std::unique_ptr<XlsxOutput>> create(const QString& path);
    static Result<std::unique_ptr<XlsxOutput>> create(const QString& path, const Options& options);

    /// Adds a sheet (names are at most 31 characters) and makes it the one written to.
    void addSheet(const QString& name);
    /// Writes a row of the current sheet: numbers (int, qint64, double) as numbers, anything else as text; a
    /// header row is bold.
    void writeRow(int row, const QVariantList& cells, bool header = false);
    /// How writeRowFormatted() shows a number cell.
    enum class NumberFormat { General, Euro, TwoDecimals };
    /// writeRow() with a format per column for numbers (General where `formats` has no entry).
    void writeRowFormatted(int row, const QVariantList& cells, const QList<NumberFormat>& formats);
    /// One text cell of the current sheet, `utf8` zero-terminated; nothing is written for an empty text.
    void writeText(int row, int column, const char* utf8);
    /// One number cell of the current sheet.
    void writeNumber(int row, int column, double value, NumberFormat format = NumberFormat::General);
    /// Sets the width of column `column` of the current sheet, in characters, and freezes the first row.
    void setColumnWidth(int column, double width);
    void freezeHeader();

    /// Writes the file; the first error met while filling cells, if any, is reported here.
    Result<void> close();

private:
    struct Api;
    XlsxOutput(const Api& api, void* workbook, QString path);
    void* numberFormat(NumberFormat kind);
    void noteError(int row, int column, int error);

    const Api& m_api;
    void* m_workbook = nullptr;
    void* m_sheet = nullptr;
    void* m_bold = nullptr;
    void* m_euro = nullptr;
    void* m_decimals = nullptr;
    QString m_path;
    QString m_firstError;
};

} // namespace Palier
