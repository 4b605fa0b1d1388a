// SPDX-License-Identifier: GPL-3.0-or-later
#include "CandidatureModel.h"

#include "CandidatureFlags.h"
#include "Formats.h"
#include "db/Database.h"

#include <QCollator>
#include <QColor>
#include <QFutureWatcher>
#include <QSqlDriver>
#include <QSqlError>
#include <QSqlQuery>
#include <QtConcurrent>

#include <sqlite3.h>

#include <algorithm>
#include <numeric>
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

/// The rank of each text in the order of the default locale (QString::localeAwareCompare's), equal texts sharing a
/// rank: the texts are collated once, by one sort, instead of at every step of every sort of the view. (ICU's
/// comparison stops at the first difference: cheaper here than building a sort key per text.)
QList<int> collatedRanks(const QStringList& texts)
{
    const QCollator collator;
    QList<int> order(texts.size());
    std::iota(order.begin(), order.end(), 0);
    std::stable_sort(order.begin(), order.end(),
                     [&](int a, int b) { return collator.compare(texts.at(a), texts.at(b)) < 0; });
    QList<int> ranks(texts.size());
    int rank = 0;
    for (qsizetype i = 0; i < order.size(); ++i) {
        if (i > 0 && collator.compare(texts.at(order[i - 1]), texts.at(order[i])) != 0) {
            ++rank;
        }
        ranks[order[i]] = rank;
    }
    return ranks;
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

QString sqlColumn(CandidatureColumn column)
{
    switch (column) {
    case CandidatureColumn::Title:
        return QStringLiteral("title");
    case CandidatureColumn::Requested:
        return QStringLiteral("requested_cents");
    case CandidatureColumn::State:
        return QStringLiteral("state");
    case CandidatureColumn::Submitted:
        return QStringLiteral("submitted_on");
    case CandidatureColumn::Vendor:
        return QStringLiteral("vendor");
    case CandidatureColumn::PlannedStart:
        return QStringLiteral("planned_start");
    case CandidatureColumn::PlannedEnd:
        return QStringLiteral("planned_end");
    case CandidatureColumn::Establishment:
    case CandidatureColumn::Domain:
    case CandidatureColumn::Eligible:
    case CandidatureColumn::Labels:
    case CandidatureColumn::Count:
        break;
    }
    return {};
}

/// The value bound for a column: ISO dates, whole cents, NULL for an empty optional value.
QVariant sqlValue(CandidatureColumn column, const QVariant& value)
{
    switch (column) {
    case CandidatureColumn::Requested:
        return value.toLongLong();
    case CandidatureColumn::Submitted:
    case CandidatureColumn::PlannedStart:
    case CandidatureColumn::PlannedEnd: {
        const QDate date = value.toDate();
        return date.isValid() ? QVariant(date.toString(Qt::ISODate)) : QVariant(QMetaType::fromType<QString>());
    }
    default: {
        const QString text = value.toString().trimmed();
        return text.isEmpty() ? QVariant(QMetaType::fromType<QString>()) : QVariant(text);
    }
    }
}

} // namespace

/// The eligibility computed in the background: the map, or why it could not be (or nothing: stopped).
struct CandidatureModel::Outcome
{
    QHash<qint64, bool> eligible;
    std::optional<Error> error;
    bool stopped = false;
};

CandidatureModel::CandidatureModel(QObject* parent)
    : RowTableModel(parent)
{}

CandidatureModel::~CandidatureModel()
{
    stopEligibility();
}

Result<void> CandidatureModel::loadNames(const Database& db)
{
    m_establishments.clear();
    m_domains.clear();
    m_states.clear();
    QSqlQuery query(db.connection());
    query.setForwardOnly(true);
    // Only the establishments that have files: the registry may hold 100,000.
    if (!query.exec(QStringLiteral("SELECT e.id, e.name, e.finess_et FROM establishment e "
                                   "WHERE e.id IN (SELECT establishment_id FROM candidature)"))) {
        return sqlError(tr("Cannot read the applications of this database."), query);
    }
    QList<qint64> ids;
    QStringList shown;
    while (query.next()) {
        EstablishmentText text{query.value(1).toString(), query.value(2).toString(), {}, 0};
        text.shown = QStringLiteral("%1 (%2)").arg(text.name, text.finess);
        ids.append(query.value(0).toLongLong());
        shown.append(text.shown);
        m_establishments.insert(ids.constLast(), std::move(text));
    }
    if (query.lastError().isValid()) {
        return sqlError(tr("Cannot read the applications of this database."), query);
    }
    const QList<int> ranks = collatedRanks(shown);
    for (qsizetype i = 0; i < ids.size(); ++i) {
        m_establishments[ids.at(i)].rank = ranks.at(i);
    }
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

Result<void> CandidatureModel::load(const Database& db)
{
    stopEligibility();
    m_textRanks.clear();
    m_eligibilityError.clear();
    const auto fail = [this](const Error& error) -> Result<void> {
        setRows({});
        return error;
    };
    Result<QHash<qint64, QList<Label>>> labels = CandidatureFlags::loadLabels(db);
    if (!labels) {
        return fail(labels.error());
    }
    m_labels = std::move(labels).value();
    if (Result<void> names = loadNames(db); !names) {
        return fail(names.error());
    }
    QSqlQuery query(db.connection());
    query.setForwardOnly(true);
    bool ok = query.exec(selectSql({}));
    QList<CandidatureRow> rows;
    while (ok && query.next()) {
        if (std::optional<CandidatureRow> row = readRow(query)) {
            rows.append(std::move(*row));
        }
    }
    ok = ok && !query.lastError().isValid(); // a failure while stepping ends next() too
    if (!ok) {
        return fail(sqlError(tr("Cannot read the applications of this database."), query));
    }
    // By establishment then domain: the order the page opens on, so that sorting it again moves nothing.
    // (The keys are sorted, not the rows: a row holds a dozen strings.)
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
    if (m_backgroundEligibility && !db.isPostgres()) {
        m_eligible.clear();
        m_eligibilityPending = true;
        setRows(std::move(rows));
        startEligibility(db.path());
        return {};
    }
    Result<QHash<qint64, bool>> eligible = CandidatureFlags::loadEligibility(db);
    if (!eligible) {
        return fail(eligible.error());
    }
    m_eligible = std::move(eligible).value();
    setRows(std::move(rows));
    return {};
}

void CandidatureModel::clear()
{
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

bool CandidatureModel::isEligible(int row) const
{
    return row >= 0 && row < rowCount() && m_eligible.value(rowAt(row).establishmentId, false);
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
    std::optional<CandidatureRow> read = readRow(query);
    if (!read) {
        return sqlError(tr("Cannot read the application again after saving it."), query);
    }
    m_textRanks.clear();
    replaceRow(row, std::move(*read));
    return {};
}

Result<void> CandidatureModel::updateRecord(const Database& db, qint64 id, const QList<FieldValue>& values)
{
    QStringList assignments;
    for (const FieldValue& value : values) {
        assignments.append(sqlColumn(Column(value.column)) + QLatin1String(" = ?"));
    }
    QSqlQuery query(db.connection());
    query.prepare(QStringLiteral("UPDATE candidature SET %1 WHERE id = ?").arg(assignments.join(QStringLiteral(", "))));
    for (const FieldValue& value : values) {
        query.addBindValue(sqlValue(Column(value.column), value.value));
    }
    query.addBindValue(id);
    if (!query.exec()) {
        return sqlError(tr("Cannot save the changes to this application."), query);
    }
    return {};
}

QString CandidatureModel::countText(int shown, int total) const
{
    if (shown == total) {
        return tr("%Ln application(s)", "", total);
    }
    return tr("%1 of %Ln application(s)", "", total).arg(shown);
}

QString CandidatureModel::rowName(int row) const
{
    const CandidatureRow& candidature = rowAt(row);
    return QStringLiteral("%1 – %2").arg(candidature.establishmentName, candidature.domainCode);
}

qint64 CandidatureModel::recordId(int row) const
{
    return row >= 0 && row < rowCount() ? rowAt(row).id : -1;
}

QString CandidatureModel::versionedTable() const
{
    return QStringLiteral("candidature");
}

qint64 CandidatureModel::recordVersion(int row) const
{
    return row >= 0 && row < rowCount() ? rowAt(row).version : -1;
}

bool CandidatureModel::isColumnEditable(int column) const
{
    // The state changes only through the workflow (Instruction page), which checks the transition and keeps
    // it in the file's history.
    return Column(column) != Column::State && !sqlColumn(Column(column)).isEmpty();
}

QString CandidatureModel::invalidReason(int column, const QVariant& value) const
{
    switch (Column(column)) {
    case Column::Title:
        return value.toString().trimmed().isEmpty() ? tr("The title cannot be empty.") : QString();
    case Column::Requested: {
        bool ok = false;
        const qint64 cents = value.toLongLong(&ok);
        return !ok || cents < 0 ? tr("The requested amount must be zero or more.") : QString();
    }
    case Column::State:
        return value.toString().isEmpty() ? tr("Choose a state.") : QString();
    default:
        return {};
    }
}

QVariant CandidatureModel::editValue(const CandidatureRow& row, Column column) const
{
    switch (column) {
    case Column::Requested:
        return row.requestedCents;
    case Column::State:
        return row.stateCode;
    case Column::Submitted:
        return row.submittedOn;
    case Column::PlannedStart:
        return row.plannedStart;
    case Column::PlannedEnd:
        return row.plannedEnd;
    default:
        return display(row, column);
    }
}

QVariant CandidatureModel::rowData(const CandidatureRow& row, Column column, int role) const
{
    switch (role) {
    case Qt::DisplayRole:
        return display(row, column);
    case SortRole:
        return sortKey(row, column);
    case Qt::EditRole:
        return editValue(row, column);
    case Qt::ToolTipRole:
        // The whole text, since narrow columns cut it, with the vendor under the title.
        if (column == Column::Title && !row.vendor.isEmpty()) {
            return QStringLiteral("%1\n%2").arg(row.title, tr("Vendor: %1").arg(row.vendor));
        }
        if (column == Column::Eligible && m_eligibilityPending) {
            return tr("The eligibility of the establishments is being computed.");
        }
        if (column == Column::Eligible && !m_eligibilityError.isEmpty()) {
            return m_eligibilityError;
        }
        return display(row, column);
    case Qt::TextAlignmentRole:
        if (column == Column::Requested) {
            return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
        }
        return {};
    case Qt::ForegroundRole:
        if (column == Column::Eligible && !m_eligibilityPending && m_eligibilityError.isEmpty()) {
            return QColor(m_eligible.value(row.establishmentId) ? QStringLiteral("#1b5e20")
                                                                : QStringLiteral("#b71c1c"));
        }
        return {};
    case Qt::DecorationRole:
        if (column == Column::Labels && !row.labels.isEmpty()) {
            return QColor(row.labels.constFirst().color);
        }
        return {};
    default:
        return {};
    }
}

QVariant CandidatureModel::display(const CandidatureRow& row, Column column) const
{
    switch (column) {
    case Column::Establishment:
        return row.establishment;
    case Column::Domain:
        return QStringLiteral("%1 – %2").arg(row.domainCode, row.domainLabel);
    case Column::Title:
        return row.title;
    case Column::Requested:
        return Formats::amount(row.requestedCents);
    case Column::Eligible:
        if (m_eligibilityPending) {
            return QStringLiteral("…");
        }
        if (!m_eligibilityError.isEmpty()) {
            return QString();
        }
        return m_eligible.value(row.establishmentId) ? tr("Eligible") : tr("Not eligible");
    case Column::State:
        return row.state;
    case Column::Labels: {
        QStringList names;
        for (const Label& label : row.labels) {
            names.append(label.name);
        }
        return names.join(QStringLiteral(", "));
    }
    case Column::Submitted:
        return Formats::shortDate(row.submittedOn);
    case Column::Vendor:
        return row.vendor;
    case Column::PlannedStart:
        return Formats::shortDate(row.plannedStart);
    case Column::PlannedEnd:
        return Formats::shortDate(row.plannedEnd);
    case Column::Count:
        break;
    }
    return {};
}

QVariant CandidatureModel::sortKey(const CandidatureRow& row, Column column) const
{
    switch (column) {
    case Column::Establishment:
        return row.establishmentRank;
    case Column::Eligible:
        // Eligible first, as their label sorts in both languages; nothing known yet: empty, first.
        if (m_eligibilityPending || !m_eligibilityError.isEmpty()) {
            return {};
        }
        return m_eligible.value(row.establishmentId) ? 0 : 1;
    case Column::Domain:
        return row.domainOrder;
    case Column::Requested:
        return row.requestedCents;
    case Column::State:
        return row.stateOrder;
    case Column::Submitted:
        return row.submittedOn;
    case Column::PlannedStart:
        return row.plannedStart;
    case Column::PlannedEnd:
        return row.plannedEnd;
    default:
        return display(row, column);
    }
}

QVariant CandidatureModel::data(const QModelIndex& index, int role) const
{
    if (role == SortRole && index.isValid() && index.model() == this && !index.parent().isValid()) {
        switch (Column(index.column())) {
        case Column::Title:
        case Column::Labels:
        case Column::Vendor:
            return textRank(index.row(), Column(index.column()));
        default:
            break;
        }
    }
    return RowTableModel::data(index, role);
}

int CandidatureModel::textRank(int row, Column column) const
{
    auto ranks = m_textRanks.constFind(int(column));
    if (ranks == m_textRanks.cend()) {
        QStringList texts;
        texts.reserve(rowCount());
        for (int i = 0; i < rowCount(); ++i) {
            texts.append(display(rowAt(i), column).toString());
        }
        ranks = m_textRanks.insert(int(column), collatedRanks(texts));
    }
    return ranks->value(row);
}

QVariant CandidatureModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole) {
        return {};
    }
    switch (Column(section)) {
    case Column::Establishment:
        return tr("Establishment");
    case Column::Domain:
        return tr("Domain");
    case Column::Title:
        return tr("Title");
    case Column::Requested:
        return tr("Requested");
    case Column::Eligible:
        return tr("Eligibility");
    case Column::Labels:
        return tr("Labels");
    case Column::State:
        return tr("State");
    case Column::Submitted:
        return tr("Submitted");
    case Column::Vendor:
        return tr("Vendor");
    case Column::PlannedStart:
        return tr("Planned Start");
    case Column::PlannedEnd:
        return tr("Planned End");
    case Column::Count:
        break;
    }
    return {};
}

QString CandidatureModel::stateLabel(const QString& code, const QString& fallback)
{
    if (code == QLatin1String("recu")) {
        return tr("Received");
    }
    if (code == QLatin1String("recevable")) {
        return tr("Admissible");
    }
    if (code == QLatin1String("irrecevable")) {
        return tr("Inadmissible");
    }
    if (code == QLatin1String("en_instruction")) {
        return tr("Under review");
    }
    if (code == QLatin1String("instruit")) {
        return tr("Reviewed");
    }
    return fallback.isEmpty() ? code : fallback;
}

} // namespace Palier
