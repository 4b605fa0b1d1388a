// SPDX-License-Identifier: GPL-3.0-or-later
#include "selection/DgosExport.h"

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
#include <condition_variable>
#include <cstring>
#include <functional>
#include <limits>
#include <memory>
#include <mutex>
#include <string>
#include <string_view>
#include <thread>
#include <tuple>
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

namespace {

/// The text columns of the DGOS file.
enum TextColumn { Region, Finess, FinessEj, Establishment, Status, Department, Ght, Domain, Title, Decision, Reason };
constexpr int TextColumns = Reason + 1;
/// Where each text column sits in dgosColumns().
constexpr int TextColumnIndex[TextColumns] = {1, 2, 3, 4, 5, 6, 7, 8, 9, 12, 19};

/// One row of the DGOS file; its texts are in the arena of its chunk.
struct DgosLine
{
    quint32 text[TextColumns] = {}; ///< offsets of the texts as written (neutralised)
    quint32 domainKey = 0;          ///< the domain and the status as they are, for the totals
    quint32 statusKey = 0;
    bool selected = false;
    double score = 0;
    int rank = 0;
    qint64 requestedCents = 0;
    qint64 amountCents = 0; ///< the item's amount (granted when selected)
    int seedYear = 0;
    qint64 seedCents = 0;
    int usageYear = 0;
    qint64 usageCents = 0;
};

/// Up to ChunkLines rows with their texts: every text converted to UTF-8 once and neutralised once, for both files.
struct DgosChunk
{
    static constexpr qsizetype ChunkLines = 32;

    std::string arena; ///< zero-terminated texts, one after the other
    std::vector<DgosLine> lines;
    quint32 regionText = 0;
    quint32 decisionText[3] = {}; ///< Présélectionné, Liste d'attente, Non retenu

    DgosChunk(const QByteArray& region, const QByteArray (&decisions)[3])
    {
        arena.reserve(ChunkLines * 320);
        lines.reserve(ChunkLines);
        regionText = add(region);
        for (int d = 0; d < 3; ++d) {
            decisionText[d] = add(decisions[d], false);
        }
    }
    const char* text(quint32 offset) const { return arena.data() + offset; }
    /// Whether `utf8` would run as a formula in a spreadsheet (Csv::neutraliseFormula()).
    static bool dangerous(QByteArrayView utf8)
    {
        return !utf8.isEmpty() && std::memchr("=+-@\t\r", utf8.front(), 6) != nullptr;
    }
    /// Appends `utf8` (with an apostrophe in front when it would run as a formula) and returns its offset.
    quint32 add(QByteArrayView utf8, bool neutralise = true)
    {
        const auto offset = quint32(arena.size());
        if (neutralise && dangerous(utf8)) {
            arena.push_back('\'');
        }
        arena.append(utf8.data(), size_t(utf8.size()));
        arena.push_back('\0');
        return offset;
    }
    /// add(), and the offset of the text as it is, for the totals, in `*key`.
    quint32 addKeyed(QByteArrayView utf8, quint32* key)
    {
        const quint32 offset = add(utf8);
        *key = dangerous(utf8) ? add(utf8, false) : offset;
        return offset;
    }
    quint32 decision(QByteArrayView code) const
    {
        return code == "preselectionne" ? decisionText[0] : code == "liste_attente" ? decisionText[1] : decisionText[2];
    }
};

/// The rows of the DGOS file, filled by one thread (read from the database) while another writes the workbook
/// from the chunks already complete.
class DgosTable
{
public:
    DgosTable(int version, const QString& region)
        : m_version(version)
        , m_region(region.toUtf8())
        , m_decisions{decisionLabel(QStringLiteral("preselectionne")).toUtf8(),
                      decisionLabel(QStringLiteral("liste_attente")).toUtf8(),
                      decisionLabel(QStringLiteral("non_retenu")).toUtf8()}
    {}

    int version() const { return m_version; }

    /// The filling thread: the chunk where the next row goes (then rowAdded(), or publishChunk() for a batch).
    DgosChunk& chunk()
    {
        if (!m_filling) {
            m_filling = std::make_unique<DgosChunk>(m_region, m_decisions);
        }
        return *m_filling;
    }
    /// The filling thread: hands the chunk over once it is full.
    void rowAdded()
    {
        if (qsizetype(m_filling->lines.size()) >= DgosChunk::ChunkLines) {
            publish();
        }
    }
    /// The filling thread: hands the chunk over as it is (an empty one is dropped).
    void publishChunk()
    {
        if (m_filling && !m_filling->lines.empty()) {
            publish();
        } else {
            m_filling.reset();
        }
    }
    /// The filling thread: every row is there (`complete`), or reading them failed.
    void finish(bool complete)
    {
        if (m_finishedFilling) {
            return;
        }
        m_finishedFilling = true;
        if (complete && m_filling && !m_filling->lines.empty()) {
            publish();
        }
        const std::lock_guard<std::mutex> lock(m_mutex);
        m_finished = true;
        m_failed = !complete;
        m_changed.notify_all();
    }

    /// The writing thread: chunk `index`, waiting for it; nullptr once there are no more or reading failed.
    const DgosChunk* wait(size_t index)
    {
        std::unique_lock<std::mutex> lock(m_mutex);
        m_changed.wait(lock, [&] { return m_failed || index < m_chunks.size() || m_finished; });
        return !m_failed && index < m_chunks.size() ? m_chunks[index].get() : nullptr;
    }
    bool failed()
    {
        const std::lock_guard<std::mutex> lock(m_mutex);
        return m_failed;
    }

    /// Once finished: every chunk, and how many rows.
    const std::vector<std::unique_ptr<DgosChunk>>& chunks() const { return m_chunks; }
    int rows() const
    {
        qsizetype count = 0;
        for (const auto& c : m_chunks) {
            count += qsizetype(c->lines.size());
        }
        return int(count);
    }

private:
    void publish()
    {
        const std::lock_guard<std::mutex> lock(m_mutex);
        m_chunks.push_back(std::move(m_filling));
        m_changed.notify_all();
    }

    const int m_version;
    const QByteArray m_region;
    const QByteArray m_decisions[3];
    std::unique_ptr<DgosChunk> m_filling;
    bool m_finishedFilling = false; ///< the filling thread's own copy of m_finished
    std::mutex m_mutex;
    std::condition_variable m_changed;
    std::vector<std::unique_ptr<DgosChunk>> m_chunks;
    bool m_finished = false;
    bool m_failed = false;
};

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
