// SPDX-License-Identifier: GPL-3.0-or-later
// Evaluators' scores: one row per candidature (FINESS × domain) × criterion × evaluator, checked against the
// current grid of the domain and recorded through ScoreWriter (scoring/ScoreStore.h).
#include "ImportText.h"
#include "db/Database.h"
#include "import/ImportKeys.h"
#include "import/ImportRows.h"
#include "import/ImportValues.h"
#include "model/Identifiers.h"
#include "scoring/GridStore.h"
#include "scoring/ScoreStore.h"

#include <QSqlQuery>

#include <cmath>
#include <tuple>

namespace Palier {

namespace {

enum Field { FFiness, FDomain, FCriterion, FEvaluator, FValue, FComment };

struct Stored
{
    int value = 0;
    QString comment;
};

struct Record
{
    int line = 0;
    RowOutcome outcome = RowOutcome::Insert;
    qint64 candidatureId = 0;
    qint64 evaluatorId = 0;
    QString criterion;
    QString key; ///< "FINESS × domain × criterion × evaluator"
    Stored values;
    QList<FieldChange> changes;
};

using ScoreKey = std::tuple<qint64, QString, qint64>; ///< candidature, criterion, evaluator

class ScoreImport final : public KindImport
{
public:
    ScoreImport(const Database& db, const ColumnMapping& mapping)
        : m_db(db)
        , m_columns(mapping, {ImportKeys::FinessEt, ImportKeys::Domain, ImportKeys::Criterion, ImportKeys::Evaluator,
                              ImportKeys::Value, ImportKeys::Comment})
    {}

    Result<void> preload() override;
    void addRow(const SourceRow& source, IssueLists& issues) override;
    void finish(ImportReport& report) override;
    Result<void> write(const std::function<bool()>& tick) override;
    qsizetype pendingWrites() const override { return m_writes; }

private:
    QString domainOf(RowView& row);
    const Criterion* criterionOf(RowView& row, const QString& domain);
    std::optional<int> valueOf(RowView& row, const Criterion* criterion);

    const Database& m_db;
    FieldColumns m_columns;
    QHash<QString, qint64> m_establishments; ///< FINESS ET → id
    QHash<QString, QString> m_domains;       ///< code in capitals, and folded label → code
    QHash<QString, qint64> m_domainIds;      ///< code → id
    QStringList m_domainList;
    QHash<QPair<qint64, qint64>, qint64> m_candidatures; ///< (establishment, domain) → candidature
    QHash<QString, ScoringGrid> m_grids;                 ///< domain code → current grid
    QHash<QString, Evaluator> m_evaluators;              ///< folded name → evaluator
    QStringList m_evaluatorNames;
    QMap<ScoreKey, Stored> m_existing;
    DuplicateKeys m_keys;
    std::vector<Record> m_records;
    qsizetype m_writes = 0;
};

Result<void> ScoreImport::preload()
{
    QSqlQuery query(m_db.connection());
    query.setForwardOnly(true);
    const QString readError = Importer::tr("Cannot read the scores already in the database.");
    Result<QHash<QString, qint64>> establishments = establishmentIdsByFiness(m_db, readError);
    if (!establishments) {
        return establishments.error();
    }
    m_establishments = std::move(establishments).value();
    if (!query.exec(QStringLiteral("SELECT d.id, d.code, d.label FROM domain d JOIN campaign c ON c.programme_id = "
                                   "d.programme_id ORDER BY d.sort_order"))) {
        return sqlError(readError, query);
    }
    while (query.next()) {
        const QString code = query.value(1).toString();
        m_domains.insert(code.toUpper(), code);
        m_domains.insert(ImportValues::foldWords(query.value(2).toString()), code);
        m_domainIds.insert(code, query.value(0).toLongLong());
        m_domainList.append(code);
    }
    if (!query.exec(QStringLiteral("SELECT id, establishment_id, domain_id FROM candidature"))) {
        return sqlError(readError, query);
    }
    while (query.next()) {
        m_candidatures.insert({query.value(1).toLongLong(), query.value(2).toLongLong()}, query.value(0).toLongLong());
    }
    Result<QList<ScoringGrid>> grids = loadCurrentGrids(m_db);
    if (!grids) {
        return grids.error();
    }
    for (ScoringGrid& grid : grids.value()) {
        const QString code = grid.domainCode;
        m_grids.insert(code, std::move(grid));
    }
    Result<QList<Evaluator>> evaluators = loadEvaluators(m_db);
    if (!evaluators) {
        return evaluators.error();
    }
    for (const Evaluator& e : evaluators.value()) {
        m_evaluators.insert(ImportValues::foldWords(e.name), e);
        m_evaluatorNames.append(e.name);
    }
    if (!query.exec(QStringLiteral("SELECT candidature_id, criterion_code, evaluator_id, value, comment FROM score"))) {
        return sqlError(readError, query);
    }
    while (query.next()) {
        m_existing.insert({query.value(0).toLongLong(), query.value(1).toString(), query.value(2).toLongLong()},
                          {query.value(3).toInt(), query.value(4).toString()});
    }
    return {};
}

QString ScoreImport::domainOf(RowView& row)
{
    const QString text = row.text(FDomain);
    if (text.isEmpty()) {
        row.reject(FDomain, Importer::tr("The domain is missing. Write its code: %1.").arg(m_domainList.join(u", ")));
        return {};
    }
    QString code = m_domains.value(ImportValues::domainCode(text).toUpper());
    if (code.isEmpty()) {
        code = m_domains.value(ImportValues::foldWords(text));
    }
    if (code.isEmpty()) {
        row.reject(FDomain, Importer::tr("“%1” is not a domain of this campaign's programme. Write one of %2.")
                                .arg(text, m_domainList.join(u", ")));
    }
    return code;
}

const Criterion* ScoreImport::criterionOf(RowView& row, const QString& domain)
{
    const QString text = row.text(FCriterion);
    if (text.isEmpty()) {
        row.reject(FCriterion, Importer::tr("The criterion is missing. Write the code of a criterion of the "
                                            "domain's scoring grid."));
        return nullptr;
    }
    if (domain.isEmpty()) {
        return nullptr;
    }
    const auto grid = m_grids.constFind(domain);
    if (grid == m_grids.constEnd()) {
        row.reject(FDomain, Importer::tr("Domain %1 has no scoring grid yet. Create its grid before importing its "
                                         "scores.")
                                .arg(domain));
        return nullptr;
    }
    QStringList codes;
    for (const Criterion& c : grid->criteria) {
        if (c.code.compare(text, Qt::CaseInsensitive) == 0) {
            return &c;
        }
        codes.append(c.code);
    }
    row.reject(FCriterion, Importer::tr("“%1” is not a criterion of the %2 grid (version %3). Its criteria are: %4.")
                               .arg(text, domain)
                               .arg(grid->version)
                               .arg(codes.join(u", ")));
    return nullptr;
}

std::optional<int> ScoreImport::valueOf(RowView& row, const Criterion* criterion)
{
    const QString text = row.text(FValue);
    if (text.isEmpty()) {
        row.reject(FValue, Importer::tr("The score is missing. Write a whole number within the criterion's scale."));
        return std::nullopt;
    }
    const std::optional<double> number = ImportValues::parseNumber(text);
    if (!number || std::floor(*number) != *number || std::abs(*number) > 1e6) {
        row.reject(FValue, Importer::tr("“%1” is not a whole number. A score is a whole number within the "
                                        "criterion's scale, e.g. 3.")
                               .arg(text));
        return std::nullopt;
    }
    const int value = int(*number);
    if (criterion && (value < criterion->scaleMin || value > criterion->scaleMax)) {
        row.reject(FValue, Importer::tr("%1 is outside the scale of criterion %2 (%3): write a whole number from %4 "
                                        "to %5.")
                               .arg(text, criterion->code, criterion->label)
                               .arg(criterion->scaleMin)
                               .arg(criterion->scaleMax));
        return std::nullopt;
    }
    return value;
}

void ScoreImport::addRow(const SourceRow& source, IssueLists& issues)
{
    RowView row(source, m_columns, issues);
    const QString finess = row.text(FFiness);
    const qint64 establishmentId = knownEstablishment(row, FFiness, m_establishments);
    const QString domain = domainOf(row);
    qint64 candidatureId = 0;
    if (establishmentId != 0 && !domain.isEmpty()) {
        candidatureId = m_candidatures.value({establishmentId, m_domainIds.value(domain)}, 0);
        if (candidatureId == 0) {
            row.reject(FDomain, Importer::tr("Establishment %1 has no application in domain %2. Import the "
                                             "applications first, or check the FINESS number and the domain.")
                                    .arg(finess, domain));
        }
    }
    const Criterion* criterion = criterionOf(row, domain);
    const Evaluator* evaluator = nullptr;
    if (const QString name = row.text(FEvaluator); name.isEmpty()) {
        row.reject(FEvaluator, Importer::tr("The evaluator is missing. Write the name of an evaluator of this "
                                            "database."));
    } else if (const auto it = m_evaluators.constFind(ImportValues::foldWords(name)); it != m_evaluators.constEnd()) {
        evaluator = &it.value();
    } else {
        row.reject(FEvaluator,
                   (m_evaluatorNames.isEmpty()
                        ? Importer::tr("“%1” is not an evaluator of this database, which has none yet. Add the "
                                       "evaluators first (score sheet of the instruction page).")
                        : Importer::tr("“%1” is not an evaluator of this database. Write one of %2, or add the "
                                       "evaluator first (score sheet of the instruction page)."))
                       .arg(name, m_evaluatorNames.join(u", ")));
    }
    const std::optional<int> value = valueOf(row, criterion);
    const QString comment = row.text(FComment);
    if (candidatureId == 0 || !criterion || !evaluator) {
        return;
    }
    const QString key = QStringLiteral("%1 × %2 × %3 × %4").arg(finess, domain, criterion->code, evaluator->name);
    const auto describe = [](const QString& k) { return Importer::tr("The score %1").arg(k); };
    if (const std::optional<qsizetype> drop = m_keys.repeated(key, describe, row, FCriterion, issues)) {
        if (*drop >= 0) {
            m_records[std::size_t(*drop)].outcome = RowOutcome::Dropped;
        }
        return;
    }
    if (row.isRejected() || !value) {
        return;
    }
    Record record;
    record.line = row.line();
    record.candidatureId = candidatureId;
    record.evaluatorId = evaluator->id;
    record.criterion = criterion->code;
    record.key = key;
    record.values = {*value, comment};
    if (const auto existing = m_existing.constFind({candidatureId, criterion->code, evaluator->id});
        existing != m_existing.constEnd()) {
        Stored merged = *existing; // an empty comment keeps the stored one
        if (merged.value != *value) {
            record.changes.append({QString(ImportKeys::Value), QString::number(merged.value), QString::number(*value)});
            merged.value = *value;
        }
        if (!comment.isEmpty() && comment != merged.comment) {
            record.changes.append({QString(ImportKeys::Comment), merged.comment, comment});
            merged.comment = comment;
        }
        record.values = merged;
        record.outcome = record.changes.isEmpty() ? RowOutcome::Unchanged : RowOutcome::Update;
    }
    m_keys.keep(key, qsizetype(m_records.size()));
    m_records.push_back(std::move(record));
}

void ScoreImport::finish(ImportReport& report)
{
    m_writes = countOutcomes(m_records, &Record::key, report);
}

Result<void> ScoreImport::write(const std::function<bool()>& tick)
{
    ScoreWriter writer(m_db);
    return writeEachRecord(
        m_records,
        Importer::tr("Cannot record the score %1 of line %2. Nothing was imported: the database is as it was before."),
        [&writer](const Record& r) {
            return writer.write(r.candidatureId, r.criterion, r.evaluatorId, r.values.value, r.values.comment);
        },
        tick);
}

} // namespace

std::unique_ptr<KindImport> makeScoreImport(const Database& db, const ColumnMapping& mapping)
{
    return std::make_unique<ScoreImport>(db, mapping);
}

} // namespace Palier
