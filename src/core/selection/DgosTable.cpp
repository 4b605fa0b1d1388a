// SPDX-License-Identifier: GPL-3.0-or-later
// Reading the rows of the DGOS file (DgosTable.h).
#include "selection/DgosTable.h"

#include "import/SqliteBulk.h"
#include "selection/Funding.h"

#include <QCoreApplication>
#include <QSqlQuery>

#include <sqlite3.h>

#include <algorithm>
#include <tuple>
#include <unordered_map>

namespace Palier::Dgos {

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

/// Fills `table` from rows read by loadRunRows(), then finishes it.
void fillFromRows(DgosTable& table, const QList<RunRow>& rows)
{
    for (const RunRow& r : rows) {
        DgosChunk& chunk = table.chunk();
        DgosLine line;
        line.text[Region] = chunk.regionText;
        line.text[Finess] = chunk.add(r.finess.toUtf8());
        line.text[FinessEj] = chunk.add(r.finessEj.toUtf8());
        line.text[Establishment] = chunk.add(r.establishment.toUtf8());
        line.text[Status] =
            chunk.addKeyed((r.statusLabel.isEmpty() ? r.status : r.statusLabel).toUtf8(), &line.statusKey);
        line.text[Department] = chunk.add(r.department.toUtf8());
        line.text[Ght] = chunk.add(r.ght.toUtf8());
        line.text[Domain] = chunk.addKeyed(r.domainCode.toUtf8(), &line.domainKey);
        line.text[Title] = chunk.add(r.title.toUtf8());
        line.text[Decision] = chunk.decision(r.item.decision.toUtf8());
        line.text[Reason] = chunk.add(r.item.reason.toUtf8());
        line.selected = r.item.selected;
        line.score = r.item.score;
        line.rank = r.item.domainRank;
        line.requestedCents = r.requestedCents;
        line.amountCents = r.item.amountCents;
        line.seedYear = r.seedYear;
        line.seedCents = r.seedCents;
        line.usageYear = r.usageYear;
        line.usageCents = r.usageCents;
        chunk.lines.push_back(line);
        table.rowAdded();
    }
    table.finish(true);
}

namespace {

/// The files of run ?1 with what orders them (loadRunRows() sorts by domain, rank in the domain, file): read
/// without a sort, sorted here (SQLite's sorter costs more than the reading for this one).
constexpr char RunOrderSql[] = "SELECT i.candidature_id, i.domain_rank, c.domain_id FROM preselection_item i "
                               "JOIN candidature c ON c.id = i.candidature_id WHERE i.run_id = ?";
/// The domains in their order.
constexpr char DomainOrderSql[] = "SELECT id FROM domain ORDER BY sort_order, code";

/// The columns of loadRunRows() for the files ?2… of run ?1 (a batch), in no particular order.
QByteArray runRowsSql(qsizetype files)
{
    QByteArray sql(
        "SELECT i.candidature_id, i.selected, i.decision, i.amount_cents, i.score, i.domain_rank, i.reason, "
        "e.finess_et, e.finess_ej, e.name, e.legal_status, s.label, e.department_code, e.ght_code, d.code, c.title, "
        "c.state, c.requested_cents, c.planned_end, c.establishment_id FROM preselection_item i "
        "JOIN candidature c ON c.id = i.candidature_id JOIN establishment e ON e.id = c.establishment_id "
        "JOIN domain d ON d.id = c.domain_id LEFT JOIN legal_status s ON s.code = e.legal_status "
        "WHERE i.run_id = ?1 AND i.candidature_id IN (?2");
    for (qsizetype n = 1; n < files; ++n) {
        sql.append(",?");
    }
    sql.append(')');
    return sql;
}

/// Fills `table` with the rows of run `runId` read through SQLite's own interface (texts as the UTF-8 they are
/// stored in, no QVariant): the same rows as loadRunRows(), in the same order. The order comes first (the files
/// with their domain and rank, sorted here), then the rows by batches of a chunk, each handed to the workbook's thread
/// as soon as it is read: the workbook starts after one batch instead of after the sort of every whole row. Finishes
/// the table either way.

} // namespace

Result<void> fillFromSqlite(DgosTable& table, sqlite3* handle, const FundingRules& rules, qint64 runId)
{
    sqlite3_stmt* statement = nullptr;
    const auto failed = [&]() {
        const QString detail = QStringLiteral("%1 — %2").arg(QString::fromUtf8(sqlite3_errmsg(handle)),
                                                             QString::fromUtf8(sqlite3_sql(statement)));
        sqlite3_finalize(statement);
        table.finish(false);
        return Error{QStringLiteral("db.sql"), // as sqlError() says it for loadRunRows()
                     QCoreApplication::translate("Palier::Selection", "Cannot read the preselection versions."),
                     detail};
    };
    if (sqlite3_prepare_v2(handle, DomainOrderSql, int(sizeof DomainOrderSql - 1), &statement, nullptr) != SQLITE_OK) {
        return failed();
    }
    std::unordered_map<qint64, qint64> domainPosition;
    int step = SQLITE_ROW;
    while ((step = sqlite3_step(statement)) == SQLITE_ROW) {
        domainPosition.emplace(sqlite3_column_int64(statement, 0), qint64(domainPosition.size()));
    }
    if (step != SQLITE_DONE) {
        return failed();
    }
    sqlite3_finalize(statement);
    statement = nullptr;
    if (sqlite3_prepare_v2(handle, RunOrderSql, int(sizeof RunOrderSql - 1), &statement, nullptr) != SQLITE_OK) {
        return failed();
    }
    sqlite3_bind_int64(statement, 1, runId);
    struct Key
    {
        qint64 domain;
        qint64 rank; ///< a missing rank first, as SQL sorts NULL
        qint64 file;
        bool operator<(const Key& other) const
        {
            return std::tie(domain, rank, file) < std::tie(other.domain, other.rank, other.file);
        }
    };
    std::vector<Key> keys;
    while ((step = sqlite3_step(statement)) == SQLITE_ROW) {
        const auto domain = domainPosition.find(sqlite3_column_int64(statement, 2));
        if (domain == domainPosition.end()) {
            continue; // no such domain: the join leaves the file out
        }
        keys.push_back({domain->second,
                        sqlite3_column_type(statement, 1) == SQLITE_NULL ? std::numeric_limits<qint64>::min()
                                                                         : sqlite3_column_int64(statement, 1),
                        sqlite3_column_int64(statement, 0)});
    }
    if (step != SQLITE_DONE) {
        return failed();
    }
    sqlite3_finalize(statement);
    statement = nullptr;
    std::sort(keys.begin(), keys.end());
    std::vector<qint64> order;
    order.reserve(keys.size());
    for (const Key& key : keys) {
        order.push_back(key.file);
    }

    QByteArray repaired[TextColumns];
    // A text as Qt's driver gives it: the stored UTF-8 as it is; anything else through QString's replacement.
    const auto textOf = [&statement, &repaired](int column, int slot) {
        const QByteArrayView bytes(reinterpret_cast<const char*>(sqlite3_column_text(statement, column)),
                                   sqlite3_column_bytes(statement, column));
        if (bytes.isValidUtf8()) {
            return bytes;
        }
        repaired[slot] = QString::fromUtf8(bytes).toUtf8();
        return QByteArrayView(repaired[slot]);
    };
    qsizetype prepared = 0; // the batch size `statement` is prepared for
    std::unordered_map<qint64, size_t> position;
    for (size_t first = 0; first < order.size(); first += size_t(DgosChunk::ChunkLines)) {
        const size_t count = std::min(order.size() - first, size_t(DgosChunk::ChunkLines));
        if (qsizetype(count) != prepared) {
            sqlite3_finalize(statement);
            statement = nullptr;
            const QByteArray sql = runRowsSql(qsizetype(count));
            if (sqlite3_prepare_v2(handle, sql.constData(), int(sql.size()), &statement, nullptr) != SQLITE_OK) {
                return failed();
            }
            prepared = qsizetype(count);
        }
        sqlite3_reset(statement);
        sqlite3_bind_int64(statement, 1, runId);
        position.clear();
        for (size_t n = 0; n < count; ++n) {
            sqlite3_bind_int64(statement, int(n) + 2, order[first + n]);
            position.emplace(order[first + n], n);
        }
        DgosChunk& chunk = table.chunk();
        std::vector<bool> found(count, false);
        chunk.lines.assign(count, DgosLine());
        while ((step = sqlite3_step(statement)) == SQLITE_ROW) {
            const auto at = position.find(sqlite3_column_int64(statement, 0));
            if (at == position.end()) {
                continue;
            }
            found[at->second] = true;
            DgosLine& line = chunk.lines[at->second];
            line.text[Region] = chunk.regionText;
            line.selected = sqlite3_column_int64(statement, 1) != 0;
            line.text[Decision] = chunk.decision(textOf(2, Decision));
            line.amountCents = sqlite3_column_int64(statement, 3);
            line.score = sqlite3_column_double(statement, 4);
            line.rank = sqlite3_column_int(statement, 5);
            line.text[Reason] = chunk.add(textOf(6, Reason));
            line.text[Finess] = chunk.add(textOf(7, Finess));
            line.text[FinessEj] = chunk.add(textOf(8, FinessEj));
            line.text[Establishment] = chunk.add(textOf(9, Establishment));
            const QByteArrayView label = textOf(11, Status);
            line.text[Status] = chunk.addKeyed(label.isEmpty() ? textOf(10, Status) : label, &line.statusKey);
            line.text[Department] = chunk.add(textOf(12, Department));
            line.text[Ght] = chunk.add(textOf(13, Ght));
            line.text[Domain] = chunk.addKeyed(textOf(14, Domain), &line.domainKey);
            line.text[Title] = chunk.add(textOf(15, Title));
            line.requestedCents = sqlite3_column_int64(statement, 17);
            const QByteArrayView end = textOf(18, Region);
            const PaymentPlan plan = paymentPlan(
                rules, line.amountCents, QDate::fromString(QLatin1StringView(end.data(), end.size()), Qt::ISODate));
            line.seedYear = plan.seedYear;
            line.seedCents = plan.seedCents;
            line.usageYear = plan.usageYear;
            line.usageCents = plan.usageCents;
        }
        if (step != SQLITE_DONE) {
            return failed();
        }
        // A file of the order that the batch did not return (no longer there) is left out, as the join would.
        size_t kept = 0;
        for (size_t n = 0; n < count; ++n) {
            if (found[n]) {
                chunk.lines[kept++] = chunk.lines[n];
            }
        }
        chunk.lines.resize(kept);
        table.publishChunk();
    }
    sqlite3_finalize(statement);
    table.finish(true);
    return {};
}

} // namespace Palier::Dgos
