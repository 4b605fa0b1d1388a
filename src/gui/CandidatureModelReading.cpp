// SPDX-License-Identifier: GPL-3.0-or-later
// CandidatureModel, its reading: the files in one go or in steps after the window's first paint, one file again
// after an edit, and the eligibility column in the background. The rest of the model is in CandidatureModel.cpp.
#include "CandidatureModel.h"

#include "AfterFirstPaint.h"
#include "CandidatureFlags.h"
#include "CollatedRanks.h"
#include "EstablishmentNames.h"
#include "StartupPrefetch.h"
#include "db/Database.h"

#include <QFutureWatcher>
#include <QSortFilterProxyModel>
#include <QSqlDriver>
#include <QSqlError>
#include <QSqlQuery>
#include <QTimer>
#include <QWidget>
#include <QtConcurrent>

#include <sqlite3.h>

#include <algorithm>
#include <tuple>
#include <vector>

namespace Palier {

namespace {

/// The columns of a file the table shows, in the order readRow() reads them; the names they refer to (establishment,
/// domain, state) are read once each by loadNames(), not once per file.
QString selectSql(const QString& where)
{
    return QStringLiteral("SELECT c.id, c.establishment_id, c.domain_id, c.title, c.requested_cents, c.state, "
                          "c.submitted_on, c.vendor, c.planned_start, c.planned_end, c.row_version "
                          "FROM candidature c %1")
        .arg(where);
}

/// "2019-09-30" → that date, without QDate::fromString's general parser (three dates per file); anything else → a
/// null date, as fromString gives.
QDate isoDate(const QVariant& value)
{
    const QString text = value.toString();
    if (text.size() != 10 || text.at(4) != u'-' || text.at(7) != u'-') {
        return text.isEmpty() ? QDate() : QDate::fromString(text, Qt::ISODate);
    }
    const auto number = [&text](int from, int count) {
        int result = 0;
        for (int i = from; i < from + count; ++i) {
            const char16_t c = text.at(i).unicode();
            if (c < u'0' || c > u'9') {
                return -1;
            }
            result = result * 10 + (c - u'0');
        }
        return result;
    };
    const int year = number(0, 4);
    const int month = number(5, 2);
    const int day = number(8, 2);
    return year < 0 || month < 0 || day < 0 || !QDate::isValid(year, month, day) ? QDate() : QDate(year, month, day);
}

/// The sqlite3 connection under a Qt connection, or nullptr (PostgreSQL).
sqlite3* sqliteHandle(const QSqlDatabase& connection)
{
    const QVariant handle = connection.driver() ? connection.driver()->handle() : QVariant();
    if (!handle.isValid() || qstrcmp(handle.typeName(), "sqlite3*") != 0) {
        return nullptr;
    }
    return *static_cast<sqlite3* const*>(handle.constData());
}

/// By establishment then domain: the order the page opens on, so that sorting it again moves nothing. (The keys are
/// sorted, not the rows: a row holds a dozen strings.)
void sortAsThePageOpens(QList<CandidatureRow>& rows)
{
    std::vector<std::tuple<int, int, qint64, qsizetype>> keys;
    keys.reserve(rows.size());
    for (qsizetype i = 0; i < rows.size(); ++i) {
        keys.emplace_back(rows.at(i).establishmentRank, rows.at(i).domainOrder, rows.at(i).id, i);
    }
    std::sort(keys.begin(), keys.end());
    QList<CandidatureRow> sorted;
    sorted.reserve(rows.size());
    for (const auto& key : keys) {
        sorted.append(std::move(rows[std::get<3>(key)]));
    }
    rows = std::move(sorted);
}

} // namespace

/// The eligibility computed in the background: the map, or why it could not be (or nothing: stopped).
struct CandidatureModel::Outcome
{
    QHash<qint64, bool> eligible;
    std::optional<Error> error;
    bool stopped = false;
};

Result<void> CandidatureModel::loadNames(const Database& db, int firstEstablishments)
{
    m_establishments.clear();
    m_domains.clear();
    m_states.clear();
    QSqlQuery query(db.connection());
    query.setForwardOnly(true);
    std::optional<EstablishmentNames> names = StartupPrefetch::takeNames(db.path());
    if (!names) {
        if (sqlite3* handle = sqliteHandle(db.connection())) {
            Result<EstablishmentNames> read = readEstablishmentNames(handle);
            if (!read) {
                return read.error();
            }
            names = std::move(read).value();
        } else {
            names.emplace();
            if (!query.exec(establishmentNamesSql())) {
                return sqlError(tr("Cannot read the applications of this database."), query);
            }
            while (query.next()) {
                appendEstablishmentName(*names, query.value(0).toLongLong(), query.value(1).toString(),
                                        query.value(2).toString());
            }
            if (query.lastError().isValid()) {
                return sqlError(tr("Cannot read the applications of this database."), query);
            }
        }
    }
    const QList<qint64>& ids = names->ids;
    const QStringList& shown = names->shown;
    m_establishments.reserve(ids.size());
    for (qsizetype i = 0; i < ids.size(); ++i) {
        m_establishments.insert(ids.at(i), {names->names.at(i), names->finess.at(i), shown.at(i), 0});
    }
    QList<int> ranks;
    if (firstEstablishments > 0 && names->rankedFirst == firstEstablishments) {
        ranks = std::move(names->firstRanks); // ranked by the reader (StartupPrefetch)
    } else {
        ranks = firstEstablishments > 0 ? firstCollatedRanks(shown, firstEstablishments) : collatedRanks(shown);
    }
    m_unrankedIds.clear();
    m_unrankedTexts.clear();
    if (ranks.contains(-1)) { // ranked with the others once the first rows are shown (rankAllEstablishments())
        m_unrankedIds = ids;
        m_unrankedTexts = shown;
    }
    setEstablishmentOrder(ids, ranks);
    m_nextEstablishment = 0;
    if (!query.exec(QStringLiteral("SELECT id, code, label, sort_order FROM domain"))) {
        return sqlError(tr("Cannot read the applications of this database."), query);
    }
    while (query.next()) {
        m_domains.insert(query.value(0).toLongLong(),
                         {query.value(1).toString(), query.value(2).toString(), query.value(3).toInt()});
    }
    if (!query.exec(QStringLiteral("SELECT code, label, sort_order FROM candidature_state"))) {
        return sqlError(tr("Cannot read the applications of this database."), query);
    }
    while (query.next()) {
        const QString code = query.value(0).toString();
        m_states.insert(code, {stateLabel(code, query.value(1).toString()), query.value(2).toInt()});
    }
    return {};
}

void CandidatureModel::setEstablishmentOrder(const QList<qint64>& ids, const QList<int>& ranks)
{
    std::vector<std::pair<int, qint64>> order;
    order.reserve(ids.size());
    for (qsizetype i = 0; i < ids.size(); ++i) {
        m_establishments[ids.at(i)].rank = ranks.at(i);
        if (ranks.at(i) >= 0) {
            order.emplace_back(ranks.at(i), ids.at(i));
        }
    }
    std::sort(order.begin(), order.end());
    m_establishmentOrder.clear();
    m_establishmentOrder.reserve(qsizetype(order.size()));
    for (const auto& each : order) {
        m_establishmentOrder.append(each.second);
    }
}

void CandidatureModel::rankAllEstablishments()
{
    if (m_unrankedIds.isEmpty()) {
        return;
    }
    // The establishments ranked so far get the same ranks again (they are the first in the order, ties included), and
    // keep their place at the head of the order: m_nextEstablishment still points after those already read.
    setEstablishmentOrder(m_unrankedIds, collatedRanks(m_unrankedTexts));
    m_unrankedIds.clear();
    m_unrankedTexts.clear();
}

std::optional<CandidatureRow> CandidatureModel::readRow(const QSqlQuery& query)
{
    CandidatureRow row;
    row.id = query.value(0).toLongLong();
    row.establishmentId = query.value(1).toLongLong();
    const auto establishment = m_establishments.constFind(row.establishmentId);
    const auto domain = m_domains.constFind(query.value(2).toLongLong());
    if (establishment == m_establishments.cend() || domain == m_domains.cend()) {
        return std::nullopt; // as the inner joins of a single query would
    }
    row.labels = m_labels.value(row.id);
    row.establishmentName = establishment->name;
    row.finessEt = establishment->finess;
    row.establishment = establishment->shown;
    row.establishmentRank = establishment->rank;
    row.domainCode = domain->code;
    row.domainLabel = domain->label;
    row.domainOrder = domain->order;
    row.title = query.value(3).toString();
    row.requestedCents = query.value(4).toLongLong();
    row.stateCode = query.value(5).toString();
    auto state = m_states.constFind(row.stateCode);
    if (state == m_states.cend()) { // a state this database does not describe: its code, ordered first
        state = m_states.insert(row.stateCode, {stateLabel(row.stateCode, {}), 0});
    }
    row.state = state->label;
    row.stateOrder = state->order;
    row.submittedOn = isoDate(query.value(6));
    row.vendor = query.value(7).toString();
    row.plannedStart = isoDate(query.value(8));
    row.plannedEnd = isoDate(query.value(9));
    row.version = query.value(10).toLongLong();
    return row;
}

void CandidatureModel::setProgressiveLoad(QWidget* page, QSortFilterProxyModel* view, int firstRows,
                                          int chunkEstablishments)
{
    m_stepPage = page;
    m_stepView = view;
    m_firstRows = qMax(1, firstRows);
    m_chunkEstablishments = qMax(1, chunkEstablishments);
}

bool CandidatureModel::readsInSteps() const
{
    if (!m_stepPage || !m_stepView || m_stepView->sourceModel() != this || rowCount() > 0) {
        return false;
    }
    // Appended rows keep the rows already shown on top only in the order they are read in.
    const int column = m_stepView->sortColumn();
    return column < 0 || (column == int(Column::Establishment) && m_stepView->sortOrder() == Qt::AscendingOrder);
}

Result<void> CandidatureModel::load(const Database& db)
{
    const bool inSteps = readsInSteps();
    stopLoading();
    stopEligibility();
    m_textRanks.clear();
    m_eligibilityError.clear();
    const auto fail = [this](const Error& error) -> Result<void> {
        setRows({});
        return error;
    };
    // Reading in steps, the labels of the first rows only (readNextEstablishments()), the others with the next rows.
    m_labels.clear();
    m_labelsComplete = !inSteps;
    if (m_labelsComplete) {
        Result<QHash<qint64, QList<Label>>> labels = CandidatureFlags::loadLabels(db);
        if (!labels) {
            return fail(labels.error());
        }
        m_labels = std::move(labels).value();
    }
    // Reading in steps, only the establishments of the first rows need their rank at once.
    if (Result<void> names = loadNames(db, inSteps ? m_firstRows : 0); !names) {
        return fail(names.error());
    }
    QList<CandidatureRow> rows;
    if (inSteps) {
        QSqlQuery count(db.connection());
        if (!count.exec(QStringLiteral("SELECT count(*) FROM candidature")) || !count.next()) {
            return fail(sqlError(tr("Cannot read the applications of this database."), count));
        }
        m_expectedRows = count.value(0).toInt();
        Result<QList<CandidatureRow>> first = readNextEstablishments(db, m_firstRows, 1);
        if (!first) {
            return fail(first.error());
        }
        rows = std::move(first).value();
    } else {
        QSqlQuery query(db.connection());
        query.setForwardOnly(true);
        bool ok = query.exec(selectSql({}));
        while (ok && query.next()) {
            if (std::optional<CandidatureRow> row = readRow(query)) {
                rows.append(std::move(*row));
            }
        }
        ok = ok && !query.lastError().isValid(); // a failure while stepping ends next() too
        if (!ok) {
            return fail(sqlError(tr("Cannot read the applications of this database."), query));
        }
        sortAsThePageOpens(rows);
    }
    if (m_backgroundEligibility && !db.isPostgres()) {
        m_eligible.clear();
        m_eligibilityPending = true;
    } else {
        Result<QHash<qint64, bool>> eligible = CandidatureFlags::loadEligibility(db);
        if (!eligible) {
            return fail(eligible.error());
        }
        m_eligible = std::move(eligible).value();
    }
    if (inSteps && (m_nextEstablishment < m_establishmentOrder.size() || !m_unrankedIds.isEmpty())) {
        m_loading = true;
        m_stepDatabase = &db;
        m_stepContext = new QObject(this);
        // The other rows once the window shows the first ones: they do not share the cores with its first paint.
        runAfterFirstPaint(m_stepPage->window(), m_stepContext, [this] { readMoreRows(); });
    }
    setRows(std::move(rows));
    if (m_eligibilityPending && m_stepPage) {
        // On the page, after the window's first paint as well (a GROUP BY over every indicator value on the other
        // core, and a connection of its own to open).
        m_eligibilityStart = new QObject(this);
        runAfterFirstPaint(m_stepPage->window(), m_eligibilityStart, [this, path = db.path()] {
            m_eligibilityStart->deleteLater();
            m_eligibilityStart = nullptr;
            startEligibility(path);
        });
    } else if (m_eligibilityPending) {
        startEligibility(db.path());
    }
    return {};
}

Result<QList<CandidatureRow>> CandidatureModel::readNextEstablishments(const Database& db, int minRows,
                                                                       int minEstablishments)
{
    QList<CandidatureRow> rows;
    while (rows.size() < minRows && m_nextEstablishment < m_establishmentOrder.size()) {
        // The next establishments, and those sorting equal to the last of them: their files sort among each other.
        // Files per establishment: one at least, two on average in the demo; a second query costs little.
        qsizetype end = qMin(m_establishmentOrder.size(),
                             m_nextEstablishment + qMax<qsizetype>(minEstablishments, (minRows - rows.size()) / 2 + 1));
        const int lastRank = m_establishments.value(m_establishmentOrder.at(end - 1)).rank;
        while (end < m_establishmentOrder.size() &&
               m_establishments.value(m_establishmentOrder.at(end)).rank == lastRank) {
            ++end;
        }
        QString ids;
        for (qsizetype i = m_nextEstablishment; i < end; ++i) {
            ids += (ids.isEmpty() ? QString() : QStringLiteral(",")) + QString::number(m_establishmentOrder.at(i));
        }
        QSqlQuery query(db.connection());
        query.setForwardOnly(true);
        bool ok = query.exec(selectSql(QStringLiteral("WHERE c.establishment_id IN (%1)").arg(ids)));
        while (ok && query.next()) {
            if (std::optional<CandidatureRow> row = readRow(query)) {
                rows.append(std::move(*row));
            }
        }
        if (!ok || query.lastError().isValid()) {
            return sqlError(tr("Cannot read the applications of this database."), query);
        }
        m_nextEstablishment = end;
        minEstablishments = 1;
    }
    if (!m_labelsComplete) {
        if (Result<void> labelled = readLabelsOf(db, rows); !labelled) {
            return labelled.error();
        }
    }
    sortAsThePageOpens(rows);
    return rows;
}

Result<void> CandidatureModel::readLabelsOf(const Database& db, QList<CandidatureRow>& rows)
{
    if (rows.isEmpty()) {
        return {};
    }
    // As CandidatureFlags::loadLabels() gives them, for these files only: in the order of the label ids.
    Result<QList<Label>> labels = listLabels(db);
    if (!labels) {
        return labels.error();
    }
    QHash<qint64, Label> byId;
    for (const Label& label : labels.value()) {
        byId.insert(label.id, label);
    }
    QString ids;
    QHash<qint64, qsizetype> rowOf;
    for (qsizetype i = 0; i < rows.size(); ++i) {
        ids += (ids.isEmpty() ? QString() : QStringLiteral(",")) + QString::number(rows.at(i).id);
        rowOf.insert(rows.at(i).id, i);
    }
    QSqlQuery query(db.connection());
    query.setForwardOnly(true);
    if (!query.exec(QStringLiteral("SELECT candidature_id, label_id FROM candidature_label "
                                   "WHERE candidature_id IN (%1) ORDER BY candidature_id, label_id")
                        .arg(ids))) {
        return sqlError(tr("Cannot read the applications of this database."), query);
    }
    while (query.next()) {
        rows[rowOf.value(query.value(0).toLongLong())].labels.append(byId.value(query.value(1).toLongLong()));
    }
    if (query.lastError().isValid()) {
        return sqlError(tr("Cannot read the applications of this database."), query);
    }
    return {};
}

void CandidatureModel::readMoreRows()
{
    if (!m_loading || !m_stepDatabase) {
        return;
    }
    rankAllEstablishments();
    if (!m_labelsComplete) { // every file's labels at once now: readRow() takes them from there
        Result<QHash<qint64, QList<Label>>> labels = CandidatureFlags::loadLabels(*m_stepDatabase);
        if (!labels) {
            const QString message = labels.error().message;
            finishLoading();
            Q_EMIT writeFailed(message);
            return;
        }
        m_labels = std::move(labels).value();
        m_labelsComplete = true;
    }
    Result<QList<CandidatureRow>> more = readNextEstablishments(*m_stepDatabase, 1, m_chunkEstablishments);
    if (!more) {
        const QString message = more.error().message;
        finishLoading();
        Q_EMIT writeFailed(message); // shown above the table, as a failed read would be
        return;
    }
    m_textRanks.clear(); // ranks of the rows among all rows: computed again with the new ones
    appendRows(std::move(more).value());
    if (m_nextEstablishment < m_establishmentOrder.size()) {
        QTimer::singleShot(0, m_stepContext, [this] { readMoreRows(); }); // a turn of the event loop in between
        return;
    }
    finishLoading();
}

void CandidatureModel::finishLoading()
{
    stopLoading();
    // Rows inserted into a view sorted otherwise (the user sorted meanwhile) may stand in another order among equal
    // keys than a complete read would give: the view is sorted again, over every row in their final order.
    if (m_stepView && m_stepView->sortColumn() >= 0 &&
        !(m_stepView->sortColumn() == int(Column::Establishment) && m_stepView->sortOrder() == Qt::AscendingOrder)) {
        m_stepView->invalidate();
    }
    Q_EMIT loadingFinished();
}

void CandidatureModel::stopLoading()
{
    m_loading = false;
    m_stepDatabase = nullptr;
    delete m_stepContext; // cancels the step scheduled, if any
    m_stepContext = nullptr;
}

void CandidatureModel::clear()
{
    stopLoading();
    stopEligibility();
    m_textRanks.clear();
    RowTableModel::clear();
}

void CandidatureModel::startEligibility(const QString& path)
{
    auto stop = std::make_shared<std::atomic<bool>>(false);
    m_stopEligibility = stop;
    auto* watcher = new QFutureWatcher<Outcome>(this);
    m_eligibilityWatcher = watcher;
    connect(watcher, &QFutureWatcherBase::finished, this, [this, watcher] {
        watcher->deleteLater();
        if (watcher == m_eligibilityWatcher) {
            m_eligibilityWatcher = nullptr;
            m_stopEligibility.reset();
            showEligibility(watcher->result());
        }
    });
    watcher->setFuture(QtConcurrent::run([path, stop]() -> Outcome {
        if (stop->load()) {
            return {{}, std::nullopt, true};
        }
        // A read-only connection of this thread: the window's own stays free, and SQLite's WAL lets both read.
        Result<std::unique_ptr<Database>> opened = Database::open(path, {.readOnly = true, .skipCheck = true});
        if (!opened) {
            return {{}, opened.error(), false};
        }
        const std::unique_ptr<Database> db = std::move(opened).value();
        if (sqlite3* handle = sqliteHandle(db->connection())) {
            // Asked every thousand steps of the query: a reload or a close ends it at once.
            sqlite3_progress_handler(
                handle, 1000, [](void* flag) { return int(static_cast<std::atomic<bool>*>(flag)->load()); },
                stop.get());
        }
        Result<QHash<qint64, bool>> eligible = CandidatureFlags::loadEligibility(*db);
        if (stop->load()) {
            return {{}, std::nullopt, true};
        }
        if (!eligible) {
            return {{}, eligible.error(), false};
        }
        return {std::move(eligible).value(), std::nullopt, false};
    }));
}

void CandidatureModel::stopEligibility()
{
    m_eligibilityPending = false;
    delete m_eligibilityStart; // not started yet: it will not be
    m_eligibilityStart = nullptr;
    if (m_stopEligibility) {
        m_stopEligibility->store(true);
        m_stopEligibility.reset();
    }
    if (m_eligibilityWatcher) {
        m_eligibilityWatcher->disconnect(this);
        // Its connection closes before the database may be closed or replaced (a restored backup).
        m_eligibilityWatcher->waitForFinished();
        m_eligibilityWatcher->deleteLater();
        m_eligibilityWatcher = nullptr;
    }
}

void CandidatureModel::showEligibility(const Outcome& outcome)
{
    if (outcome.stopped) {
        return;
    }
    m_eligibilityPending = false;
    if (outcome.error) {
        m_eligibilityError = outcome.error->message;
    } else {
        m_eligible = outcome.eligible;
    }
    m_textRanks.remove(int(Column::Eligible));
    if (rowCount() > 0) {
        const int column = int(Column::Eligible);
        Q_EMIT dataChanged(index(0, column), index(rowCount() - 1, column),
                           {Qt::DisplayRole, Qt::ToolTipRole, Qt::ForegroundRole, SortRole});
    }
    if (outcome.error) {
        Q_EMIT writeFailed(outcome.error->message); // shown above the table, as a failed read would be
    }
    Q_EMIT eligibilityLoaded();
}

Result<void> CandidatureModel::refreshRecord(const Database& db, qint64 id, int row)
{
    QSqlQuery query(db.connection());
    query.setForwardOnly(true);
    query.prepare(selectSql(QStringLiteral("WHERE c.id = ?")));
    query.addBindValue(id);
    if (!query.exec() || !query.next()) {
        return sqlError(tr("Cannot read the application again after saving it."), query);
    }
    // What a save changes (title, amount, vendor, dates) leaves the establishment's eligibility as it was.
    Result<QHash<qint64, QList<Label>>> labels = CandidatureFlags::loadLabels(db);
    if (!labels) {
        return labels.error();
    }
    m_labels = std::move(labels).value();
    m_labelsComplete = true;
    std::optional<CandidatureRow> read = readRow(query);
    if (!read) {
        return sqlError(tr("Cannot read the application again after saving it."), query);
    }
    m_textRanks.clear();
    replaceRow(row, std::move(*read));
    return {};
}

} // namespace Palier
