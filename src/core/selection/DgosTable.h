// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// The rows of the DGOS file as DgosExport.cpp writes them: read once from the database (or from loadRunRows()'s
// rows) into chunks of UTF-8 texts, by one thread, while another writes the workbook from the chunks complete.
// Internal to the DGOS export.

#include "Result.h"
#include "selection/RunStore.h"

#include <QByteArray>
#include <QList>
#include <QString>

#include <condition_variable>
#include <cstring>
#include <memory>
#include <mutex>
#include <string>
#include <vector>

struct sqlite3;

namespace Palier {

struct FundingRules;

namespace Dgos {

/// The DGOS file's words for a decision code ("preselectionne" → "Présélectionné"): French, never translated.
QString decisionLabel(const QString& code);

/// The text columns of the DGOS file.
enum TextColumn { Region, Finess, FinessEj, Establishment, Status, Department, Ght, Domain, Title, Decision, Reason };
constexpr int TextColumns = Reason + 1;
/// Where each text column sits in dgosColumns().
inline constexpr int TextColumnIndex[TextColumns] = {1, 2, 3, 4, 5, 6, 7, 8, 9, 12, 19};

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
void fillFromRows(DgosTable& table, const QList<RunRow>& rows);
/// Fills `table` with the rows of run `runId`, read from SQLite as UTF-8 in batches, then finishes it (as failed
/// when reading fails: the error).
Result<void> fillFromSqlite(DgosTable& table, sqlite3* handle, const FundingRules& rules, qint64 runId);

} // namespace Dgos
} // namespace Palier
