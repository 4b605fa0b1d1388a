// SPDX-License-Identifier: GPL-3.0-or-later
#include "selection/DgosExport.h"

#include "io/CsvWriter.h"

#include "db/AdvisoryLock.h"
#include "db/Database.h"
#include "db/DiskErrors.h"
#include "model/Identifiers.h"
#include "prerequisites/Eligibility.h"
#include "scoring/XlsxOutput.h"
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

#include <cerrno>

namespace Palier {

namespace {

double euros(qint64 cents)
{
    return double(cents) / 100.0;
}

QString decisionLabel(const QString& code)
{
    if (code == QLatin1String("preselectionne")) {
        return QStringLiteral("Présélectionné");
    }
    if (code == QLatin1String("liste_attente")) {
        return QStringLiteral("Liste d'attente");
    }
    return QStringLiteral("Non retenu");
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
            decisionLabel(r.item.decision),
            euros(r.requestedCents),
            euros(in ? r.item.amountCents : 0),
            euros(in ? r.seedCents : 0),
            in ? QVariant(r.seedYear) : QVariant(QString()),
            euros(in ? r.usageCents : 0),
            in ? QVariant(r.usageYear) : QVariant(QString()),
            Csv::neutraliseFormula(r.item.reason)};
}

QByteArray dgosCsv(int version, const QString& region, const QList<RunRow>& rows)
{
    QList<QVariantList> cells;
    cells.reserve(rows.size());
    for (const RunRow& r : rows) {
        cells.append(dgosCells(version, region, r));
    }
    return Csv::document(dgosColumns(), cells);
}

namespace {

Result<SealReport> writeFiles(const Database& db, qint64 runId, const QList<RunRow>& rows, const QString& xlsxPath);

} // namespace

Result<SealReport> writeDgosFiles(const Database& db, qint64 runId, const QString& xlsxPath)
{
    Result<QList<RunRow>> rows = loadRunRows(db, runId);
    if (!rows) {
        return rows.error();
    }
    return writeFiles(db, runId, rows.value(), xlsxPath);
}

Result<SealReport> exportSealedRun(const Database& db, qint64 runId, const QString& xlsxPath)
{
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
    Result<QList<RunRow>> rows = loadRunRows(db, runId);
    if (!rows) {
        return rows.error();
    }
    Result<SealReport> report = writeFiles(db, runId, rows.value(), xlsxPath);
    if (report) {
        report->sealedSha256 = run->exportSha256;
    }
    return report;
}

namespace {

Result<SealReport> writeFiles(const Database& db, qint64 runId, const QList<RunRow>& rows, const QString& xlsxPath)
{
    const QString region = campaignRegion(db);
    const QStringList header = dgosColumns();
    using Format = XlsxOutput::NumberFormat;
    const QList<Format> formats{Format::General, Format::General, Format::General,     Format::General,
                                Format::General, Format::General, Format::General,     Format::General,
                                Format::General, Format::General, Format::TwoDecimals, Format::General,
                                Format::General, Format::Euro,    Format::Euro,        Format::Euro,
                                Format::General, Format::Euro,    Format::General,     Format::General};
    Result<std::unique_ptr<XlsxOutput>> xlsx = XlsxOutput::create(xlsxPath);
    if (!xlsx) {
        return xlsx.error();
    }
    XlsxOutput& out = *xlsx.value();
    out.addSheet(QStringLiteral("Présélection"));
    out.writeRow(0, QVariantList(header.cbegin(), header.cend()), true);
    out.freezeHeader();
    const QList<double> widths{8, 8, 12, 12, 40, 22, 12, 8, 9, 40, 8, 10, 16, 16, 16, 14, 10, 14, 10, 50};
    for (int c = 0; c < widths.size(); ++c) {
        out.setColumnWidth(c, widths.at(c));
    }
    QMap<QString, QPair<int, qint64>> byDomain;
    QMap<QString, QPair<int, qint64>> byStatus;
    // The cells once, for both files: the CSV holds exactly the rows of the XLSX.
    QList<QVariantList> cells;
    cells.reserve(rows.size());
    for (int n = 0; n < rows.size(); ++n) {
        const RunRow& r = rows.at(n);
        cells.append(dgosCells(int(runId), region, r));
        out.writeRowFormatted(n + 1, cells.constLast(), formats);
        if (r.item.selected) {
            byDomain[r.domainCode].first += 1;
            byDomain[r.domainCode].second += r.item.amountCents;
            const QString status = r.statusLabel.isEmpty() ? r.status : r.statusLabel;
            byStatus[status].first += 1;
            byStatus[status].second += r.item.amountCents;
        }
    }
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
    SealReport report;
    report.xlsxPath = xlsxPath;
    const QFileInfo info(xlsxPath);
    report.csvPath = info.dir().filePath(info.completeBaseName() + QStringLiteral(".csv"));
    report.rows = int(rows.size());
    QSaveFile csvFile(report.csvPath);
    const QByteArray csv = Csv::document(header, cells);
    errno = 0; // a short write is a failure too: never committed
    if (!csvFile.open(QIODevice::WriteOnly) || csvFile.write(csv) != csv.size() || !DiskErrors::commit(csvFile)) {
        const int failure = errno; // a full disk or an unwritable folder says so (DiskErrors)
        QFile::remove(xlsxPath);
        return DiskErrors::fromErrno(
            Error{QStringLiteral("selection.cannot-write"),
                  QCoreApplication::translate("Palier::DgosExport",
                                              "Cannot write “%1”. Check that you may write in that folder.")
                      .arg(QDir::toNativeSeparators(report.csvPath)),
                  csvFile.errorString()},
            failure, report.csvPath);
    }
    QFile written(xlsxPath);
    if (!written.open(QIODevice::ReadOnly)) {
        return Error{QStringLiteral("selection.cannot-write"),
                     QCoreApplication::translate("Palier::DgosExport", "Cannot read back “%1”.")
                         .arg(QDir::toNativeSeparators(xlsxPath)),
                     written.errorString()};
    }
    report.sha256 =
        QString::fromLatin1(QCryptographicHash::hash(written.readAll(), QCryptographicHash::Sha256).toHex());
    return report;
}

} // namespace

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
    Result<SealReport> report = writeFiles(db, runId, rows.value(), xlsxPath);
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
