// SPDX-License-Identifier: GPL-3.0-or-later
#include "selection/DgosExport.h"
#include "selection/DgosTable.h"

#include "io/CsvWriter.h"

#include "db/AdvisoryLock.h"
#include "db/Database.h"
#include "db/DiskErrors.h"
#include "import/SqliteBulk.h"
#include "model/Identifiers.h"
#include "prerequisites/Eligibility.h"
#include "scoring/XlsxOutput.h"
#include "selection/Funding.h"
#include "selection/Roadmap.h"
#include "selection/RunStore.h"
#include "selection/Selection.h"
#include "workflow/Workflow.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QMap>
#include <QSaveFile>
#include <QSqlQuery>
#include <QVariant>

#include <sqlite3.h>

#include <algorithm>
#include <cerrno>
#include <charconv>
#include <cstring>
#include <functional>
#include <memory>
#include <string>
#include <string_view>
#include <thread>
#include <unordered_map>
#include <vector>

#ifdef Q_OS_UNIX
#include <unistd.h>
#endif

namespace Palier {

namespace {

double euros(qint64 cents)
{
    return double(cents) / 100.0;
}

QString campaignRegion(const Database& db)
{
    QSqlQuery query(db.connection());
    return query.exec(QStringLiteral("SELECT region_code FROM campaign WHERE id = 1")) && query.next()
               ? query.value(0).toString()
               : QString();
}

} // namespace

QStringList dgosColumns()
{
    // The DGOS file's header: French, fixed, never translated (the file is read by DGOS's tools).
    return {QStringLiteral("Version"),
            QStringLiteral("Région"),
            QStringLiteral("FINESS ET"),
            QStringLiteral("FINESS EJ"),
            QStringLiteral("Raison sociale"),
            QStringLiteral("Statut juridique"),
            QStringLiteral("Département"),
            QStringLiteral("GHT"),
            QStringLiteral("Domaine"),
            QStringLiteral("Intitulé du projet"),
            QStringLiteral("Score"),
            QStringLiteral("Rang dans le domaine"),
            QStringLiteral("Décision"),
            QStringLiteral("Montant demandé (€)"),
            QStringLiteral("Montant attribué (€)"),
            QStringLiteral("Amorçage (€)"),
            QStringLiteral("Année amorçage"),
            QStringLiteral("Usage (€)"),
            QStringLiteral("Année usage"),
            QStringLiteral("Motif")};
}

QVariantList dgosCells(int version, const QString& region, const RunRow& r)
{
    const bool in = r.item.selected;
    return {version,
            Csv::neutraliseFormula(region),
            Csv::neutraliseFormula(r.finess),
            Csv::neutraliseFormula(r.finessEj),
            Csv::neutraliseFormula(r.establishment),
            Csv::neutraliseFormula(r.statusLabel.isEmpty() ? r.status : r.statusLabel),
            Csv::neutraliseFormula(r.department),
            Csv::neutraliseFormula(r.ght),
            Csv::neutraliseFormula(r.domainCode),
            Csv::neutraliseFormula(r.title),
            r.item.score,
            r.item.domainRank,
            Dgos::decisionLabel(r.item.decision),
            euros(r.requestedCents),
            euros(in ? r.item.amountCents : 0),
            euros(in ? r.seedCents : 0),
            in ? QVariant(r.seedYear) : QVariant(QString()),
            euros(in ? r.usageCents : 0),
            in ? QVariant(r.usageYear) : QVariant(QString()),
            Csv::neutraliseFormula(r.item.reason)};
}

namespace {

using namespace Dgos;

void appendInteger(QByteArray& out, qint64 value)
{
    char buffer[24];
    const auto [end, error] = std::to_chars(buffer, buffer + sizeof buffer, value);
    out.append(buffer, end - buffer);
}

/// An amount in euros from its cents, as QString::number(cents / 100.0, 'f', 2) with a decimal comma.
void appendEuros(QByteArray& out, qint64 cents)
{
    if (cents < 0) {
        out.append('-');
    }
    const quint64 magnitude = cents < 0 ? quint64(0) - quint64(cents) : quint64(cents);
    char buffer[24];
    const auto [end, error] = std::to_chars(buffer, buffer + sizeof buffer, magnitude / 100);
    out.append(buffer, end - buffer);
    const auto rest = int(magnitude % 100);
    out.append(',');
    out.append(char('0' + rest / 10));
    out.append(char('0' + rest % 10));
}

/// A number with two decimals and a decimal comma, as Csv::field() writes a double (Qt rounds a half away from
/// zero: 83.125 is "83,13", where std::to_chars would give "83,12").
void appendDecimal(QByteArray& out, double value)
{
    out.append(QString::number(value, 'f', 2).toLatin1().replace('.', ','));
}

/// A text already neutralised, quoted where it holds `;`, quotes or line breaks, as Csv::field() writes it.
void appendText(QByteArray& out, const char* text)
{
    if (std::strpbrk(text, ";\"\n\r") == nullptr) {
        out.append(text);
        return;
    }
    out.append('"');
    for (const char* c = text; *c; ++c) {
        if (*c == '"') {
            out.append('"');
        }
        out.append(*c);
    }
    out.append('"');
}

/// The CSV file of a finished `table`: the same bytes as Csv::document(dgosColumns(), the rows' dgosCells()).
QByteArray csvOf(const DgosTable& table)
{
    QByteArray out;
    qsizetype size = 1024;
    for (const auto& chunk : table.chunks()) {
        size += qsizetype(chunk->arena.size()) + qsizetype(chunk->lines.size()) * 96;
    }
    out.reserve(size);
    QStringList header;
    for (const QString& name : dgosColumns()) {
        header.append(Csv::field(name));
    }
    out.append(QString(QChar(0xFEFF) + header.join(QLatin1Char(';')) + QStringLiteral("\r\n")).toUtf8());
    for (const auto& chunk : table.chunks()) {
        for (const DgosLine& line : chunk->lines) {
            const bool in = line.selected;
            appendInteger(out, table.version());
            for (int t = Region; t <= Title; ++t) {
                out.append(';');
                appendText(out, chunk->text(line.text[t]));
            }
            out.append(';');
            appendDecimal(out, line.score);
            out.append(';');
            appendInteger(out, line.rank);
            out.append(';');
            appendText(out, chunk->text(line.text[Decision]));
            out.append(';');
            appendEuros(out, line.requestedCents);
            out.append(';');
            appendEuros(out, in ? line.amountCents : 0);
            out.append(';');
            appendEuros(out, in ? line.seedCents : 0);
            out.append(';');
            if (in) {
                appendInteger(out, line.seedYear);
            }
            out.append(';');
            appendEuros(out, in ? line.usageCents : 0);
            out.append(';');
            if (in) {
                appendInteger(out, line.usageYear);
            }
            out.append(';');
            appendText(out, chunk->text(line.text[Reason]));
            out.append("\r\n", 2);
        }
    }
    return out;
}

/// The SHA-256 of `data` (the bytes of the workbook, read back once it is written).
QByteArray sha256(const QByteArray& data)
{
    return QCryptographicHash::hash(data, QCryptographicHash::Sha256);
}

/// Writes the workbook of `table` to `path` from its chunks as they are complete, and returns the SHA-256 of the
/// file written. When filling the table fails, the workbook is abandoned (no file) and the error is empty.
Result<QString> writeWorkbook(DgosTable& table, const QString& path)
{
    using Format = XlsxOutput::NumberFormat;
    Result<std::unique_ptr<XlsxOutput>> xlsx = XlsxOutput::create(path, {.streaming = true});
    if (!xlsx) {
        return xlsx.error();
    }
    XlsxOutput& out = *xlsx.value();
    out.addSheet(QStringLiteral("Présélection"));
    const QStringList header = dgosColumns();
    out.writeRow(0, QVariantList(header.cbegin(), header.cend()), true);
    out.freezeHeader();
    const QList<double> widths{8, 8, 12, 12, 40, 22, 12, 8, 9, 40, 8, 10, 16, 16, 16, 14, 10, 14, 10, 50};
    for (int c = 0; c < widths.size(); ++c) {
        out.setColumnWidth(c, widths.at(c));
    }
    // The totals per domain and per status, keyed by their UTF-8 while the rows are written, then sorted as QString.
    std::unordered_map<std::string_view, QPair<int, qint64>> byDomainKey;
    std::unordered_map<std::string_view, QPair<int, qint64>> byStatusKey;
    const double version = table.version();
    int row = 1;
    for (size_t index = 0;; ++index) {
        const DgosChunk* chunk = table.wait(index);
        if (!chunk) {
            break;
        }
        for (const DgosLine& line : chunk->lines) {
            const bool in = line.selected;
            out.writeNumber(row, 0, version);
            for (int t = Region; t <= Title; ++t) {
                out.writeText(row, TextColumnIndex[t], chunk->text(line.text[t]));
            }
            out.writeNumber(row, 10, line.score, Format::TwoDecimals);
            out.writeNumber(row, 11, line.rank);
            out.writeText(row, 12, chunk->text(line.text[Decision]));
            out.writeNumber(row, 13, euros(line.requestedCents), Format::Euro);
            out.writeNumber(row, 14, euros(in ? line.amountCents : 0), Format::Euro);
            out.writeNumber(row, 15, euros(in ? line.seedCents : 0), Format::Euro);
            if (in) {
                out.writeNumber(row, 16, line.seedYear);
            }
            out.writeNumber(row, 17, euros(in ? line.usageCents : 0), Format::Euro);
            if (in) {
                out.writeNumber(row, 18, line.usageYear);
            }
            out.writeText(row, 19, chunk->text(line.text[Reason]));
            ++row;
            if (in) {
                auto& domain = byDomainKey[chunk->text(line.domainKey)];
                domain.first += 1;
                domain.second += line.amountCents;
                auto& status = byStatusKey[chunk->text(line.statusKey)];
                status.first += 1;
                status.second += line.amountCents;
            }
        }
    }
    if (table.failed()) {
        return Error{}; // the workbook is abandoned: XlsxOutput removes what it wrote
    }
    const auto sorted = [](const std::unordered_map<std::string_view, QPair<int, qint64>>& byKey) {
        QMap<QString, QPair<int, qint64>> map;
        for (const auto& [key, value] : byKey) {
            map.insert(QString::fromUtf8(key.data(), qsizetype(key.size())), value);
        }
        return map;
    };
    const QMap<QString, QPair<int, qint64>> byDomain = sorted(byDomainKey);
    const QMap<QString, QPair<int, qint64>> byStatus = sorted(byStatusKey);
    out.addSheet(QStringLiteral("Totaux"));
    out.writeRow(0,
                 {QStringLiteral("Regroupement"), QStringLiteral("Valeur"), QStringLiteral("Dossiers présélectionnés"),
                  QStringLiteral("Montant attribué (€)")},
                 true);
    out.freezeHeader();
    out.setColumnWidth(0, 16);
    out.setColumnWidth(1, 40);
    out.setColumnWidth(2, 24);
    out.setColumnWidth(3, 20);
    int line = 1;
    const QList<Format> totalFormats{Format::General, Format::General, Format::General, Format::Euro};
    qint64 total = 0;
    int count = 0;
    for (auto it = byDomain.cbegin(); it != byDomain.cend(); ++it) {
        out.writeRowFormatted(line++, {QStringLiteral("Domaine"), it.key(), it.value().first, euros(it.value().second)},
                              totalFormats);
        total += it.value().second;
        count += it.value().first;
    }
    for (auto it = byStatus.cbegin(); it != byStatus.cend(); ++it) {
        out.writeRowFormatted(line++, {QStringLiteral("Statut"), it.key(), it.value().first, euros(it.value().second)},
                              totalFormats);
    }
    out.writeRowFormatted(line, {QStringLiteral("Total"), QString(), count, euros(total)}, totalFormats);
    if (Result<void> closed = out.close(); !closed) {
        return closed.error();
    }
    QFile written(path);
    if (!written.open(QIODevice::ReadOnly)) {
        return Error{QStringLiteral("selection.cannot-write"),
                     QCoreApplication::translate("Palier::DgosExport", "Cannot read back “%1”.")
                         .arg(QDir::toNativeSeparators(path)),
                     written.errorString()};
    }
    return QString::fromLatin1(sha256(written.readAll()).toHex());
}

/// Writes the XLSX file and its CSV twin from the rows `fill` puts in `table` (fill() must finish the table): the
/// workbook on a second thread, from the rows as they are read, the CSV here once they are all read. The CSV is
/// committed (renamed into place) only once the workbook is written: a failure leaves neither file.
Result<SealReport> writeFiles(DgosTable& table, const QString& xlsxPath, const std::function<Result<void>()>& fill)
{
    SealReport report;
    report.xlsxPath = xlsxPath;
    const QFileInfo info(xlsxPath);
    report.csvPath = info.dir().filePath(info.completeBaseName() + QStringLiteral(".csv"));
    Result<QString> sha256 = Error{};
    const auto writeTheWorkbook = [&sha256, &table, &xlsxPath]() { sha256 = writeWorkbook(table, xlsxPath); };
    std::jthread workbook;
    if (XlsxOutput::usableFromAnyThread()) {
        workbook = std::jthread(writeTheWorkbook);
    }
    const Result<void> filled = fill();
    table.finish(bool(filled)); // already done by fill(): never leave the workbook's thread waiting
    if (!filled) {
        if (workbook.joinable()) {
            workbook.join();
        }
        return filled.error();
    }
    if (!workbook.joinable()) {
        writeTheWorkbook(); // the sanitizer builds: here, from the rows all read
    }
    report.rows = table.rows();
    QSaveFile csvFile(report.csvPath);
    const QByteArray csv = csvOf(table);
    errno = 0; // a short write is a failure too: never committed
    bool csvWritten = csvFile.open(QIODevice::WriteOnly) && csvFile.write(csv) == csv.size();
#ifdef Q_OS_UNIX
    // The wait for the disk while the workbook is still being written: committing then syncs nothing more.
    csvWritten = csvWritten && csvFile.flush() && ::fdatasync(csvFile.handle()) == 0;
#endif
    int failure = csvWritten ? 0 : errno;
    if (workbook.joinable()) {
        workbook.join();
    }
    if (!sha256) {
        csvFile.cancelWriting();
        return sha256.error();
    }
    if (csvWritten) {
        errno = 0;
        csvWritten = DiskErrors::commit(csvFile);
        failure = errno;
    }
    if (!csvWritten) { // a full disk or an unwritable folder says so (DiskErrors)
        QFile::remove(xlsxPath);
        return DiskErrors::fromErrno(
            Error{QStringLiteral("selection.cannot-write"),
                  QCoreApplication::translate("Palier::DgosExport",
                                              "Cannot write “%1”. Check that you may write in that folder.")
                      .arg(QDir::toNativeSeparators(report.csvPath)),
                  csvFile.errorString()},
            failure, report.csvPath);
    }
    report.sha256 = sha256.value();
    return report;
}

/// writeFiles() of rows read by loadRunRows().
Result<SealReport> writeFilesOfRows(const Database& db, qint64 runId, const QList<RunRow>& rows,
                                    const QString& xlsxPath)
{
    DgosTable table(int(runId), campaignRegion(db));
    return writeFiles(table, xlsxPath, [&]() -> Result<void> {
        fillFromRows(table, rows);
        return {};
    });
}

} // namespace

QByteArray dgosCsv(int version, const QString& region, const QList<RunRow>& rows)
{
    DgosTable table(version, region);
    fillFromRows(table, rows);
    return csvOf(table);
}

Result<SealReport> writeDgosFiles(const Database& db, qint64 runId, const QString& xlsxPath)
{
    Result<QList<RunRow>> rows = loadRunRows(db, runId);
    if (!rows) {
        return rows.error();
    }
    return writeFilesOfRows(db, runId, rows.value(), xlsxPath);
}

Result<SealReport> exportSealedRun(const Database& db, qint64 runId, const QString& xlsxPath)
{
    // libxlsxwriter (and its libraries) loaded beside the first reads: the workbook's thread finds it ready.
    std::jthread preload;
    if (XlsxOutput::usableFromAnyThread()) {
        preload = std::jthread([] { XlsxOutput::preload(); });
    }
    Result<RunSummary> run = loadRun(db, runId);
    if (!run) {
        return run.error();
    }
    if (!run->sealed()) {
        return Error{QStringLiteral("selection.not-sealed"),
                     QCoreApplication::translate("Palier::DgosExport",
                                                 "Version %1 is not sealed: only a sealed version is sent to DGOS. "
                                                 "Seal it first (palier-cli seal, or “Export for DGOS”); nothing "
                                                 "was written.")
                         .arg(runId),
                     {}};
    }
    Result<SealReport> report = [&]() -> Result<SealReport> {
        sqlite3* handle = sqliteHandle(db.connection());
        if (!handle) { // PostgreSQL: the rows through loadRunRows()
            Result<QList<RunRow>> rows = loadRunRows(db, runId);
            if (!rows) {
                return rows.error();
            }
            return writeFilesOfRows(db, runId, rows.value(), xlsxPath);
        }
        // On a SQLite file the rows are read as the UTF-8 they are stored in, while the workbook is written.
        Result<FundingRules> rules = loadFundingRules(db);
        if (!rules) {
            return rules.error();
        }
        DgosTable table(int(runId), campaignRegion(db));
        return writeFiles(table, xlsxPath, [&]() { return fillFromSqlite(table, handle, rules.value(), runId); });
    }();
    if (report) {
        report->sealedSha256 = run->exportSha256;
    }
    return report;
}

Result<SealReport> sealAndExport(const Database& db, qint64 runId, const QString& xlsxPath, const QString& author)
{
    // One transaction from the first read: the files hold exactly the rows that are sealed, read once. Starting
    // it waits for a deferred page check of the file (Database::Options::deferCheck), which has run meanwhile.
    TransactionGuard guard(db);
    if (!guard.started()) {
        return guard.started().error();
    }
    if (Result<void> locked = lockForTransaction(db, QStringLiteral("seal")); !locked) {
        return locked.error();
    }
    Result<RunSummary> run = loadRun(db, runId);
    if (!run) {
        return run.error();
    }
    Result<QList<RunRow>> rows = loadRunRows(db, runId);
    if (!rows) {
        return rows.error();
    }
    Result<SealReport> report = writeFilesOfRows(db, runId, rows.value(), xlsxPath);
    if (!report) {
        return report;
    }
    auto removeFiles = [&report]() {
        QFile::remove(report->xlsxPath);
        QFile::remove(report->csvPath);
    };
    if (Result<void> sealed = sealRunInTransaction(db, runId, rows.value(), report->sha256, author, {}); !sealed) {
        removeFiles();
        return sealed.error();
    }
    if (Result<void> committed = guard.commit(); !committed) {
        removeFiles();
        return committed.error();
    }
    return report;
}

} // namespace Palier
