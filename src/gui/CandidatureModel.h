// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "DatabaseTableModel.h"

#include "CandidatureFlags.h"

#include <QDate>
#include <QHash>
#include <QPointer>
#include <QString>

#include <atomic>
#include <memory>
#include <optional>

class QSortFilterProxyModel;
class QSqlQuery;
class QWidget;
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
    /// indicator value) a moment later, with eligibilityLoaded(); on a page given to setProgressiveLoad(), once its
    /// window has painted. Off by default: load() returns complete rows.
    void setEligibilityInBackground(bool background) { m_backgroundEligibility = background; }
    /// Whether the eligibility column is still being computed (it then shows "…").
    bool isEligibilityPending() const { return m_eligibilityPending; }
    /// Whether the establishment of `row` may be paid (false while pending).
    bool isEligible(int row) const;

    static constexpr int DefaultFirstRows = 60;
    static constexpr int DefaultChunkEstablishments = 400;
    /// Reads the rows in steps when `view` (the page's proxy over this model) opens an empty model sorted on the
    /// establishment, ascending (the page's default), or not sorted: load() reads the files of the first
    /// establishments in that order, at least `firstRows` rows (the first screenful: the very rows a complete read
    /// shows first), and the others follow once `page`'s window has painted, `chunkEstablishments` establishments
    /// per turn of the event loop, appended in the same order. Sorting, filtering and editing work meanwhile; once
    /// every row is in, the view is sorted again over all of them if its sort changed, and loadingFinished() is
    /// emitted. Any other load() (a model already holding rows: a refresh, a reload while rows are coming; another
    /// sort) reads every row at once, as without this.
    void setProgressiveLoad(QWidget* page, QSortFilterProxyModel* view, int firstRows = DefaultFirstRows,
                            int chunkEstablishments = DefaultChunkEstablishments);
    /// Whether rows are still being read after load() returned.
    bool isLoading() const { return m_loading; }

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
    /// The rows read in steps are all in (or their reading failed, said through writeFailed()).
    void loadingFinished();

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
    /// With `firstEstablishments`, only that many establishments (the first in the page's order) are ranked at once.
    Result<void> loadNames(const Database& db, int firstEstablishments = 0);
    /// Sorts m_establishmentOrder on `ranks` (those ranked: -1 is not) and gives each establishment its rank.
    void setEstablishmentOrder(const QList<qint64>& ids, const QList<int>& ranks);
    /// Ranks the establishments loadNames() left without a rank.
    void rankAllEstablishments();
    /// A row of the candidature query, or nullopt when it names an establishment or domain that does not exist.
    std::optional<CandidatureRow> readRow(const QSqlQuery& query);
    /// The rank of `row`'s text in `column` among all rows, computed for the whole column on first use.
    int textRank(int row, Column column) const;
    /// Whether load() reads the first rows only, the others after the first paint (setProgressiveLoad()).
    bool readsInSteps() const;
    /// The files of the next establishments in the order of the page (at least `minRows` rows, at least
    /// `minEstablishments` establishments, never splitting establishments that sort equal), sorted as load() sorts.
    Result<QList<CandidatureRow>> readNextEstablishments(const Database& db, int minRows, int minEstablishments);
    /// Gives `rows` their labels (read for them only, while m_labels is not complete).
    Result<void> readLabelsOf(const Database& db, QList<CandidatureRow>& rows);
    /// Appends the files of the next establishments; schedules the next step, or ends the reading.
    void readMoreRows();
    void finishLoading();
    /// Stops reading rows in steps (a new load(), clear(), the model destroyed).
    void stopLoading();
    void startEligibility(const QString& path);
    /// Stops the computation in the background, if any, and waits for its connection to close (moments).
    void stopEligibility();
    void showEligibility(const Outcome& outcome);

    QHash<qint64, QList<Label>> m_labels; ///< every file's labels, once m_labelsComplete
    bool m_labelsComplete = true;
    QHash<qint64, bool> m_eligible; ///< establishment id → eligible
    QHash<qint64, EstablishmentText> m_establishments;
    QHash<qint64, DomainText> m_domains;
    QHash<QString, StateText> m_states;
    mutable QHash<int, QList<int>> m_textRanks; ///< column → rank of each row, for the text columns sorted so far
    QList<qint64> m_establishmentOrder;         ///< the establishments that have files, in the order of the page
    qsizetype m_nextEstablishment = 0;          ///< the first of m_establishmentOrder whose files are not read yet
    QList<qint64> m_unrankedIds; ///< when only the first establishments are ranked: every one, to rank later
    QStringList m_unrankedTexts;
    QPointer<QWidget> m_stepPage;
    QPointer<QSortFilterProxyModel> m_stepView;
    int m_firstRows = DefaultFirstRows;
    int m_chunkEstablishments = DefaultChunkEstablishments;
    const Database* m_stepDatabase = nullptr;
    QObject* m_stepContext = nullptr; ///< parent of the steps scheduled: deleted, they are cancelled
    int m_expectedRows = 0;
    bool m_loading = false;
    bool m_backgroundEligibility = false;
    bool m_eligibilityPending = false;
    QString m_eligibilityError;
    QFutureWatcher<Outcome>* m_eligibilityWatcher = nullptr;
    QObject* m_eligibilityStart = nullptr; ///< while waiting for the first paint to start it (setProgressiveLoad())
    std::shared_ptr<std::atomic<bool>> m_stopEligibility;
};

} // namespace Palier
