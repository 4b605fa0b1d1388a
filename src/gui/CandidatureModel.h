// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "DatabaseTableModel.h"

#include "CandidatureFlags.h"

#include <QDate>
#include <QHash>
#include <QString>

#include <atomic>
#include <memory>
#include <optional>

class QSqlQuery;
template <typename T>
class QFutureWatcher;

namespace Palier {

/// The columns of the applications table; those after Submitted are hidden until the user shows them.
enum class CandidatureColumn {
    Establishment,
    Domain,
    Title,
    Requested,
    Eligible,
    State,
    Labels,
    Submitted,
    Vendor,
    PlannedStart,
    PlannedEnd,
    Count
};

/// One application as the table shows it.
struct CandidatureRow
{
    qint64 id = -1;
    qint64 establishmentId = -1;
    QList<Label> labels;
    QString establishmentName;
    QString finessEt;
    QString establishment;     ///< "name (FINESS)", as shown; shared by the files of the establishment
    int establishmentRank = 0; ///< position of `establishment` in the locale's order: what the column sorts on
    QString domainCode;
    QString domainLabel;
    int domainOrder = 0;
    QString title;
    qint64 requestedCents = 0;
    QString stateCode;
    QString state;
    int stateOrder = 0;
    QDate submittedOn;
    QString vendor;
    QDate plannedStart;
    QDate plannedEnd;
    qint64 version = 0; ///< row_version as read: a save based on it is refused once someone else changed the row
};

/// The applications of the campaign, one per establishment and domain, with their requested amount and state.
/// The title, amount (Qt::EditRole: cents), state (its code), vendor and dates are editable.
/// The rows sort on typed keys (SortRole): numbers, dates, and for text the rank of the cell in the locale's order,
/// computed once per column with QCollator rather than collated again at each step of each sort.
class CandidatureModel : public RowTableModel<CandidatureRow, CandidatureColumn>
{
    Q_OBJECT

public:
    using Column = CandidatureColumn;

    explicit CandidatureModel(QObject* parent = nullptr);
    ~CandidatureModel() override;

    /// Computes the eligibility column after load() returns, on a connection of its own in a worker thread (SQLite
    /// files; a PostgreSQL database is read at once): the rows show at once, their eligibility (a GROUP BY over every
    /// indicator value) a moment later, with eligibilityLoaded(). Off by default: load() returns complete rows.
    void setEligibilityInBackground(bool background) { m_backgroundEligibility = background; }
    /// Whether the eligibility column is still being computed (it then shows "…").
    bool isEligibilityPending() const { return m_eligibilityPending; }
    /// Whether the establishment of `row` may be paid (false while pending).
    bool isEligible(int row) const;

    Result<void> load(const Database& db) override;
    void clear() override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QString countText(int shown, int total) const override;
    QString rowName(int row) const override;
    qint64 recordId(int row) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    QString invalidReason(int column, const QVariant& value) const override;

    /// The application shown in `row`.
    const CandidatureRow& candidature(int row) const { return rowAt(row); }

    /// The translated label of a workflow state code ("recu"…), or `fallback` for a code this build does not know.
    static QString stateLabel(const QString& code, const QString& fallback);

Q_SIGNALS:
    /// The eligibility computed in the background is shown (or its failure said through writeFailed()).
    void eligibilityLoaded();

protected:
    QVariant rowData(const CandidatureRow& row, Column column, int role) const override;
    bool isColumnEditable(int column) const override;
    QString versionedTable() const override;
    qint64 recordVersion(int row) const override;
    Result<void> updateRecord(const Database& db, qint64 id, const QList<FieldValue>& values) override;
    Result<void> refreshRecord(const Database& db, qint64 id, int row) override;

private:
    struct Outcome;
    struct EstablishmentText
    {
        QString name;
        QString finess;
        QString shown;
        int rank = 0;
    };
    struct DomainText
    {
        QString code;
        QString label;
        int order = 0;
    };
    struct StateText
    {
        QString label;
        int order = 0;
    };

    QVariant display(const CandidatureRow& row, Column column) const;
    QVariant sortKey(const CandidatureRow& row, Column column) const;
    QVariant editValue(const CandidatureRow& row, Column column) const;
    /// Reads the establishments, domains and states the rows name (a few thousand rows, strings shared by the rows).
    Result<void> loadNames(const Database& db);
    /// A row of the candidature query, or nullopt when it names an establishment or domain that does not exist.
    std::optional<CandidatureRow> readRow(const QSqlQuery& query);
    /// The rank of `row`'s text in `column` among all rows, computed for the whole column on first use.
    int textRank(int row, Column column) const;
    void startEligibility(const QString& path);
    /// Stops the computation in the background, if any, and waits for its connection to close (moments).
    void stopEligibility();
    void showEligibility(const Outcome& outcome);

    QHash<qint64, QList<Label>> m_labels;
    QHash<qint64, bool> m_eligible; ///< establishment id → eligible
    QHash<qint64, EstablishmentText> m_establishments;
    QHash<qint64, DomainText> m_domains;
    QHash<QString, StateText> m_states;
    mutable QHash<int, QList<int>> m_textRanks; ///< column → rank of each row, for the text columns sorted so far
    bool m_backgroundEligibility = false;
    bool m_eligibilityPending = false;
    QString m_eligibilityError;
    QFutureWatcher<Outcome>* m_eligibilityWatcher = nullptr;
    std::shared_ptr<std::atomic<bool>> m_stopEligibility;
};

} // namespace Palier
