// SPDX-License-Identifier: GPL-3.0-or-later
#include "scoring/ScoresExport.h"

#include "db/Database.h"
#include "db/DiskErrors.h"
#include "scoring/ScoreStore.h"
#include "scoring/Settings.h"
#include "scoring/XlsxOutput.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSaveFile>
#include <QTemporaryFile>

#include <cerrno>

namespace Palier {

namespace {

/// The rows of the export, whatever the file format.
struct Tables
{
    QVariantList scoreHeader;
    QList<QVariantList> scores;
    QVariantList gridHeader;
    QList<QVariantList> grids;
    int candidatures = 0;
    int domains = 0;
};

QString consensusWord(ConsensusMethod method)
{
    return method == ConsensusMethod::Median ? QStringLiteral("médiane") : QStringLiteral("moyenne");
}

Result<Tables> collect(const Database& db)
{
    Result<QList<DomainScores>> all = loadAllDomainScores(db);
    if (!all) {
        return all.error();
    }
    Result<ScoringSettings> settings = loadScoringSettings(db);
    if (!settings) {
        return settings.error();
    }
    Tables t;
    t.scoreHeader = {QStringLiteral("Candidature"),       QStringLiteral("FINESS"),
                     QStringLiteral("Établissement"),     QStringLiteral("Domaine"),
                     QStringLiteral("Version de grille"), QStringLiteral("Critère"),
                     QStringLiteral("Évaluateur"),        QStringLiteral("Note"),
                     QStringLiteral("Commentaire")};
    t.gridHeader = {QStringLiteral("Domaine"),      QStringLiteral("Version de grille"), QStringLiteral("Ordre"),
                    QStringLiteral("Critère"),      QStringLiteral("Libellé"),           QStringLiteral("Poids"),
                    QStringLiteral("Échelle min"),  QStringLiteral("Échelle max"),       QStringLiteral("Consensus"),
                    QStringLiteral("Seuil d'écart")};
    for (const DomainScores& domain : all.value()) {
        const ScoringGrid& grid = domain.grid;
        ++t.domains;
        for (qsizetype i = 0; i < grid.criteria.size(); ++i) {
            const Criterion& c = grid.criteria.at(i);
            t.grids.append({grid.domainCode, grid.version, int(i + 1), c.code, c.label, c.weight, c.scaleMin,
                            c.scaleMax, consensusWord(settings->consensus), settings->spreadThreshold});
        }
        for (const CandidatureScores& file : domain.candidatures) {
            ++t.candidatures;
            for (const Score& s : file.scores) {
                t.scores.append({file.candidatureId, file.finess, file.establishment, grid.domainCode, grid.version,
                                 s.criterionCode, s.evaluatorName, s.value, s.comment});
            }
        }
    }
    return t;
}

QStringList methodLines()
{
    return {
        QCoreApplication::translate("Palier::Scoring", "How Palier computes the totals from the sheets “Notes” and "
                                                       "“Grilles”"),
        QCoreApplication::translate("Palier::Scoring",
                                    "Consensus of a criterion: the mean (or the median, as column Consensus says) "
                                    "of the notes its evaluators gave."),
        QCoreApplication::translate("Palier::Scoring",
                                    "Total, 0 to 100 = Σ weight × (consensus − scale min) / (scale max − scale min) "
                                    "÷ Σ weight × 100, both sums over every criterion of the domain's grid."),
        QCoreApplication::translate("Palier::Scoring",
                                    "A criterion without any note counts at its scale minimum (0 points), and the "
                                    "file is flagged incomplete."),
        QCoreApplication::translate("Palier::Scoring",
                                    "Ties: the higher total, then the higher consensus on the grid's first "
                                    "criterion, then the earlier submission date, then the lower candidature "
                                    "number."),
        QCoreApplication::translate("Palier::Scoring",
                                    "A criterion is flagged for discussion when (highest − lowest note) / "
                                    "(scale max − scale min) is above the spread threshold."),
        QCoreApplication::translate("Palier::Scoring", "Irrecevable files are neither ranked nor exported."),
    };
}

QString csvField(const QVariant& cell)
{
    const int type = cell.typeId();
    if (type == QMetaType::Double) {
        return QString::number(cell.toDouble(), 'g', 15);
    }
    QString text = cell.toString();
    if (text.contains(u';') || text.contains(u'"') || text.contains(u'\n') || text.contains(u'\r') ||
        text != text.trimmed()) {
        text.replace(QStringLiteral("\""), QStringLiteral("\"\""));
        text = u'"' + text + u'"';
    }
    return text;
}

Error cannotWrite(const QString& path, const QString& detail)
{
    return {QStringLiteral("export.cannot-write"),
            QCoreApplication::translate("Palier::Scoring",
                                        "Cannot write “%1”. Check that the folder exists, that you may write there "
                                        "and that the file is not open in another program.")
                .arg(QDir::toNativeSeparators(path)),
            detail};
}

/// Writes `header` and `rows` to a QSaveFile; the caller commits it.
Result<void> writeCsv(QSaveFile& file, const QVariantList& header, const QList<QVariantList>& rows)
{
    errno = 0;
    if (!file.open(QIODevice::WriteOnly)) {
        const int failure = errno; // a full disk or an unwritable folder says so (DiskErrors)
        return DiskErrors::fromErrno(cannotWrite(file.fileName(), file.errorString()), failure, file.fileName());
    }
    QByteArray out("\xEF\xBB\xBF");
    const auto append = [&out](const QVariantList& cells) {
        QStringList fields;
        for (const QVariant& cell : cells) {
            fields.append(csvField(cell));
        }
        out += fields.join(u';').toUtf8();
        out += "\r\n";
    };
    append(header);
    for (const QVariantList& row : rows) {
        append(row);
    }
    errno = 0;
    if (file.write(out) != out.size()) {
        const int failure = errno;
        return DiskErrors::fromErrno(cannotWrite(file.fileName(), file.errorString()), failure, file.fileName());
    }
    return {};
}

Result<void> exportCsv(const QString& path, const Tables& t)
{
    QSaveFile scores(path);
    QSaveFile grids(gridsCsvPath(path));
    if (Result<void> written = writeCsv(scores, t.scoreHeader, t.scores); !written) {
        return written;
    }
    if (Result<void> written = writeCsv(grids, t.gridHeader, t.grids); !written) {
        return written;
    }
    errno = 0;
    if (!DiskErrors::commit(scores)) {
        const int failure = errno;
        return DiskErrors::fromErrno(cannotWrite(path, scores.errorString()), failure, path);
    }
    errno = 0;
    if (!DiskErrors::commit(grids)) {
        const int failure = errno;
        return DiskErrors::fromErrno(cannotWrite(grids.fileName(), grids.errorString()), failure, grids.fileName());
    }
    return {};
}

void writeSheet(XlsxOutput& out, const QString& name, const QVariantList& header, const QList<QVariantList>& rows,
                const QList<double>& widths)
{
    out.addSheet(name);
    out.writeRow(0, header, true);
    for (int r = 0; r < rows.size(); ++r) {
        out.writeRow(r + 1, rows.at(r));
    }
    for (int c = 0; c < widths.size(); ++c) {
        out.setColumnWidth(c, widths.at(c));
    }
    out.freezeHeader();
}

Result<void> exportXlsx(const QString& path, const Tables& t)
{
    // Written beside the target, then moved over it: a failed export leaves the old file as it was.
    const QFileInfo target(path);
    QTemporaryFile temporary(target.absoluteDir().filePath(QStringLiteral(".%1.XXXXXX.xlsx").arg(target.fileName())));
    if (!temporary.open()) {
        return cannotWrite(path, temporary.errorString());
    }
    temporary.close();
    Result<std::unique_ptr<XlsxOutput>> out = XlsxOutput::create(temporary.fileName());
    if (!out) {
        return out.error();
    }
    XlsxOutput& xlsx = *out.value();
    writeSheet(xlsx, QStringLiteral("Notes"), t.scoreHeader, t.scores, {12, 11, 40, 9, 8, 14, 24, 6, 50});
    writeSheet(xlsx, QStringLiteral("Grilles"), t.gridHeader, t.grids, {9, 8, 7, 14, 60, 8, 8, 8, 11, 8});
    xlsx.addSheet(QStringLiteral("Méthode"));
    const QStringList lines = methodLines();
    for (int i = 0; i < lines.size(); ++i) {
        xlsx.writeRow(i, {lines.at(i)}, i == 0);
    }
    xlsx.setColumnWidth(0, 120);
    if (Result<void> closed = xlsx.close(); !closed) {
        return closed;
    }
    if (QFile::exists(path) && !QFile::remove(path)) {
        return cannotWrite(path, QStringLiteral("cannot replace the existing file"));
    }
    if (!QFile::rename(temporary.fileName(), path)) {
        return cannotWrite(path, QStringLiteral("cannot rename %1").arg(temporary.fileName()));
    }
    temporary.setAutoRemove(false);
    return {};
}

} // namespace

QString gridsCsvPath(const QString& csvPath)
{
    const QFileInfo info(csvPath);
    return info.dir().filePath(QStringLiteral("%1-grilles.%2").arg(info.completeBaseName(), info.suffix()));
}

Result<ScoresExportSummary> exportScores(const Database& db, const QString& path)
{
    const QString suffix = QFileInfo(path).suffix().toLower();
    if (suffix != QLatin1String("csv") && suffix != QLatin1String("xlsx")) {
        return Error{
            QStringLiteral("export.format"),
            QCoreApplication::translate("Palier::Scoring", "“%1”: name the export file .xlsx (Excel) or .csv (text).")
                .arg(QDir::toNativeSeparators(path)),
            path};
    }
    Result<Tables> tables = collect(db);
    if (!tables) {
        return tables.error();
    }
    const bool csv = suffix == QLatin1String("csv");
    Result<void> written = csv ? exportCsv(path, tables.value()) : exportXlsx(path, tables.value());
    if (!written) {
        return written.error();
    }
    ScoresExportSummary summary;
    summary.rows = int(tables->scores.size());
    summary.candidatures = tables->candidatures;
    summary.domains = tables->domains;
    summary.files.append(path);
    if (csv) {
        summary.files.append(gridsCsvPath(path));
    }
    return summary;
}

} // namespace Palier
