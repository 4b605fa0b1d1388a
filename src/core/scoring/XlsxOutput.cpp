// SPDX-License-Identifier: GPL-3.0-or-later
#include "scoring/XlsxOutput.h"

#include "db/DiskErrors.h"

#include <QDir>
#include <QFile>
#include <QLibrary>

#include <xlsxwriter.h>

#include <cerrno>

// Sanitizer builds (GCC defines __SANITIZE_ADDRESS__, clang has __has_feature) load the library with dlmopen().
#if defined(__SANITIZE_ADDRESS__)
#define PALIER_XLSX_OWN_NAMESPACE 1
#elif defined(__has_feature)
#if __has_feature(address_sanitizer)
#define PALIER_XLSX_OWN_NAMESPACE 1
#endif
#endif
#ifndef PALIER_XLSX_OWN_NAMESPACE
#define PALIER_XLSX_OWN_NAMESPACE 0
#endif
#if PALIER_XLSX_OWN_NAMESPACE
#include <dlfcn.h>
#endif

namespace Palier {

struct XlsxOutput::Api
{
    decltype(&::workbook_new) workbookNew = nullptr;
    decltype(&::workbook_new_opt) workbookNewOpt = nullptr;
    decltype(&::workbook_add_worksheet) addWorksheet = nullptr;
    decltype(&::workbook_add_format) addFormat = nullptr;
    decltype(&::format_set_bold) setBold = nullptr;
    decltype(&::format_set_num_format) setNumFormat = nullptr;
    decltype(&::worksheet_write_string) writeString = nullptr;
    decltype(&::worksheet_write_number) writeNumber = nullptr;
    decltype(&::worksheet_set_column) setColumn = nullptr;
    decltype(&::worksheet_freeze_panes) freezePanes = nullptr;
    decltype(&::workbook_close) close = nullptr;
    decltype(&::lxw_workbook_free) free = nullptr; ///< optional: abandons a workbook without writing it
    decltype(&::lxw_strerror) strerror = nullptr;
    /// errno as the library's C library sets it (its own one when loaded with dlmopen()).
    int* (*errnoLocation)() = [] { return &errno; };
    QString loadError;

    bool loaded() const { return loadError.isEmpty(); }

    static const Api& instance()
    {
        static const Api api = load();
        return api;
    }

private:
    static Api load()
    {
        Api api;
#if PALIER_XLSX_OWN_NAMESPACE
        // AddressSanitizer refuses deep binding (it aborts the process). The library gets a link namespace of
        // its own instead, with its own libminizip, zlib and C library, where QuaZip's zip* functions are not
        // visible. Nothing allocated by one side is freed by the other: libxlsxwriter owns its workbook, the
        // strings passed to it are only read.
        void* handle = nullptr;
        QString errors;
        for (const char* name : {PALIER_XLSXWRITER_LIBRARY, "libxlsxwriter.so.4", "libxlsxwriter.so"}) {
            handle = dlmopen(LM_ID_NEWLM, name, RTLD_NOW | RTLD_LOCAL);
            if (handle) {
                break;
            }
            errors += QString::fromLocal8Bit(dlerror()) + u' ';
        }
        if (!handle) {
            api.loadError = errors.trimmed();
            return api;
        }
        const auto resolve = [&api, handle](auto& function, const char* symbol) {
            function = reinterpret_cast<std::remove_reference_t<decltype(function)>>(dlsym(handle, symbol));
            if (!function && api.loadError.isEmpty()) {
                api.loadError =
                    QStringLiteral("%1: %2").arg(QString::fromLatin1(symbol), QString::fromLocal8Bit(dlerror()));
            }
        };
#else
        static QLibrary library;
        library.setLoadHints(QLibrary::DeepBindHint);
        for (const QString& name : {QStringLiteral(PALIER_XLSXWRITER_LIBRARY), QStringLiteral("xlsxwriter")}) {
            library.setFileName(name);
            if (library.load()) {
                break;
            }
        }
        if (!library.isLoaded()) {
            api.loadError = library.errorString();
            return api;
        }
        const auto resolve = [&api](auto& function, const char* symbol) {
            function = reinterpret_cast<std::remove_reference_t<decltype(function)>>(library.resolve(symbol));
            if (!function && api.loadError.isEmpty()) {
                api.loadError = QStringLiteral("%1: %2").arg(QString::fromLatin1(symbol), library.errorString());
            }
        };
#endif
        resolve(api.workbookNew, "workbook_new");
        resolve(api.workbookNewOpt, "workbook_new_opt");
        resolve(api.addWorksheet, "workbook_add_worksheet");
        resolve(api.addFormat, "workbook_add_format");
        resolve(api.setBold, "format_set_bold");
        resolve(api.setNumFormat, "format_set_num_format");
        resolve(api.writeString, "worksheet_write_string");
        resolve(api.writeNumber, "worksheet_write_number");
        resolve(api.setColumn, "worksheet_set_column");
        resolve(api.freezePanes, "worksheet_freeze_panes");
        resolve(api.close, "workbook_close");
        resolve(api.strerror, "lxw_strerror");
        const QString required = api.loadError; // lxw_workbook_free is optional
        resolve(api.free, "lxw_workbook_free");
        api.loadError = required;
#if PALIER_XLSX_OWN_NAMESPACE
        resolve(api.errnoLocation, "__errno_location");
#endif
        return api;
    }
};

XlsxOutput::XlsxOutput(const Api& api, void* workbook, QString path)
    : m_api(api)
    , m_workbook(workbook)
    , m_path(std::move(path))
{
    m_bold = m_api.addFormat(static_cast<lxw_workbook*>(m_workbook));
    m_api.setBold(static_cast<lxw_format*>(m_bold));
}

XlsxOutput::~XlsxOutput()
{
    if (m_workbook && m_api.free) { // abandoned: freed without writing anything at `m_path`
        m_api.free(static_cast<lxw_workbook*>(m_workbook));
    } else if (m_workbook) { // a library without lxw_workbook_free frees a workbook only by writing it
        m_api.close(static_cast<lxw_workbook*>(m_workbook));
        QFile::remove(m_path);
    }
}

bool XlsxOutput::preload()
{
    return Api::instance().loaded();
}

bool XlsxOutput::usableFromAnyThread()
{
    // In its own link namespace the library calls a C library of its own, whose thread-local state exists for the
    // thread that loaded it only: a workbook written on another thread crashes there.
    return !PALIER_XLSX_OWN_NAMESPACE;
}

Result<std::unique_ptr<XlsxOutput>> XlsxOutput::create(const QString& path)
{
    return create(path, Options{});
}

Result<std::unique_ptr<XlsxOutput>> XlsxOutput::create(const QString& path, const Options& options)
{
    const Api& api = Api::instance();
    if (!api.loaded()) {
        return Error{QStringLiteral("xlsx.unavailable"),
                     tr("Cannot write Excel files: the libxlsxwriter library is missing or unusable. Install it "
                        "(package libxlsxwriter4), or export as CSV."),
                     api.loadError};
    }
    const QByteArray name = QFile::encodeName(path);
    lxw_workbook_options libraryOptions{};
    libraryOptions.constant_memory = options.streaming ? LXW_TRUE : LXW_FALSE;
    lxw_workbook* workbook =
        options.streaming ? api.workbookNewOpt(name.constData(), &libraryOptions) : api.workbookNew(name.constData());
    if (!workbook) {
        return Error{QStringLiteral("xlsx.cannot-write"),
                     tr("Cannot write “%1”. Check that the folder exists and that you may write there.")
                         .arg(QDir::toNativeSeparators(path)),
                     QStringLiteral("workbook_new failed")};
    }
    return std::unique_ptr<XlsxOutput>(new XlsxOutput(api, workbook, path));
}

void XlsxOutput::addSheet(const QString& name)
{
    m_sheet = m_api.addWorksheet(static_cast<lxw_workbook*>(m_workbook), name.left(31).toUtf8().constData());
    if (!m_sheet && m_firstError.isEmpty()) {
        m_firstError = QStringLiteral("workbook_add_worksheet(%1) failed").arg(name);
    }
}

void XlsxOutput::writeRow(int row, const QVariantList& cells, bool header)
{
    if (!m_sheet) {
        return;
    }
    auto* sheet = static_cast<lxw_worksheet*>(m_sheet);
    auto* format = header ? static_cast<lxw_format*>(m_bold) : nullptr;
    for (int column = 0; column < cells.size(); ++column) {
        const QVariant& cell = cells.at(column);
        const int type = cell.typeId();
        lxw_error error = LXW_NO_ERROR;
        if (type == QMetaType::Int || type == QMetaType::LongLong || type == QMetaType::Double) {
            error = m_api.writeNumber(sheet, lxw_row_t(row), lxw_col_t(column), cell.toDouble(), format);
        } else if (!cell.toString().isEmpty()) {
            error = m_api.writeString(sheet, lxw_row_t(row), lxw_col_t(column), cell.toString().toUtf8().constData(),
                                      format);
        }
        if (error != LXW_NO_ERROR && m_firstError.isEmpty()) {
            m_firstError = QStringLiteral("row %1, column %2: %3")
                               .arg(row + 1)
                               .arg(column + 1)
                               .arg(QString::fromUtf8(m_api.strerror(error)));
        }
    }
}

void XlsxOutput::writeRowFormatted(int row, const QVariantList& cells, const QList<NumberFormat>& formats)
{
    if (!m_sheet) {
        return;
    }
    for (int column = 0; column < cells.size(); ++column) {
        const QVariant& cell = cells.at(column);
        const int type = cell.typeId();
        if (type == QMetaType::Int || type == QMetaType::LongLong || type == QMetaType::Double) {
            writeNumber(row, column, cell.toDouble(),
                        column < formats.size() ? formats.at(column) : NumberFormat::General);
        } else if (const QString text = cell.toString(); !text.isEmpty()) {
            writeText(row, column, text.toUtf8().constData());
        }
    }
}

void* XlsxOutput::numberFormat(NumberFormat kind)
{
    if (kind == NumberFormat::General) {
        return nullptr;
    }
    if (!m_euro) {
        m_euro = m_api.addFormat(static_cast<lxw_workbook*>(m_workbook));
        m_api.setNumFormat(static_cast<lxw_format*>(m_euro), "#,##0.00\\ \"€\"");
        m_decimals = m_api.addFormat(static_cast<lxw_workbook*>(m_workbook));
        m_api.setNumFormat(static_cast<lxw_format*>(m_decimals), "0.00");
    }
    return kind == NumberFormat::Euro ? m_euro : m_decimals;
}

void XlsxOutput::noteError(int row, int column, int error)
{
    if (error != LXW_NO_ERROR && m_firstError.isEmpty()) {
        m_firstError = QStringLiteral("row %1, column %2: %3")
                           .arg(row + 1)
                           .arg(column + 1)
                           .arg(QString::fromUtf8(m_api.strerror(lxw_error(error))));
    }
}

void XlsxOutput::writeText(int row, int column, const char* utf8)
{
    if (m_sheet && utf8 && *utf8) {
        noteError(
            row, column,
            m_api.writeString(static_cast<lxw_worksheet*>(m_sheet), lxw_row_t(row), lxw_col_t(column), utf8, nullptr));
    }
}

void XlsxOutput::writeNumber(int row, int column, double value, NumberFormat format)
{
    if (m_sheet) {
        noteError(row, column,
                  m_api.writeNumber(static_cast<lxw_worksheet*>(m_sheet), lxw_row_t(row), lxw_col_t(column), value,
                                    static_cast<lxw_format*>(numberFormat(format))));
    }
}

void XlsxOutput::setColumnWidth(int column, double width)
{
    if (m_sheet) {
        m_api.setColumn(static_cast<lxw_worksheet*>(m_sheet), lxw_col_t(column), lxw_col_t(column), width, nullptr);
    }
}

void XlsxOutput::freezeHeader()
{
    if (m_sheet) {
        m_api.freezePanes(static_cast<lxw_worksheet*>(m_sheet), 1, 0);
    }
}

Result<void> XlsxOutput::close()
{
    *m_api.errnoLocation() = 0;
    const lxw_error error = m_api.close(static_cast<lxw_workbook*>(m_workbook));
    const int systemError = *m_api.errnoLocation(); // why the file could not be written, read before anything else
    m_workbook = nullptr;
    if (error != LXW_NO_ERROR || !m_firstError.isEmpty()) {
        QFile::remove(m_path);
        const Error failed{QStringLiteral("xlsx.cannot-write"),
                           tr("Cannot write “%1”. Check the free disk space and that you may write there.")
                               .arg(QDir::toNativeSeparators(m_path)),
                           error != LXW_NO_ERROR ? QString::fromUtf8(m_api.strerror(error)) : m_firstError};
        return error != LXW_NO_ERROR ? DiskErrors::fromErrno(failed, systemError, m_path) : failed;
    }
    return {};
}

} // namespace Palier
