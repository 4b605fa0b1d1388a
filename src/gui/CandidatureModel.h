// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "DatabaseTableModel.h"

#include "CandidatureFlags.h"

#include <QDate>
#include <QHash>
#include <QString>

class QSqlQuery;

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
    bool eligible = false; ///< every prerequisite reached: the establishment may be paid
    QList<Label> labels;
    QString establishmentName;
    QString finessEt;
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
};

/// The applications of the campaign, one per establishment and domain, with their requested amount and state.
/// The title, amount (Qt::EditRole: cents), state (its code), vendor and dates are editable.
class CandidatureModel : public RowTableModel<CandidatureRow, CandidatureColumn>
{
    Q_OBJECT

public:
    using Column = CandidatureColumn;

    explicit CandidatureModel(QObject* parent = nullptr);

    Result<void> load(const Database& db) override;
    QString countText(int shown, int total) const override;
    QString rowName(int row) const override;
    qint64 recordId(int row) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    QString invalidReason(int column, const QVariant& value) const override;

    /// The application shown in `row`.
    const CandidatureRow& candidature(int row) const { return rowAt(row); }

    /// The translated label of a workflow state code ("recu"…), or `fallback` for a code this build does not know.
    static QString stateLabel(const QString& code, const QString& fallback);

protected:
    QVariant rowData(const CandidatureRow& row, Column column, int role) const override;
    bool isColumnEditable(int column) const override;
    Result<void> updateRecord(const Database& db, qint64 id, const QList<FieldValue>& values) override;
    Result<void> refreshRecord(const Database& db, qint64 id, int row) override;

private:
    static QVariant display(const CandidatureRow& row, Column column);
    static QVariant sortKey(const CandidatureRow& row, Column column);
    static QVariant editValue(const CandidatureRow& row, Column column);
    CandidatureRow readRow(const QSqlQuery& query) const;

    CandidatureFlags m_flags;
};

} // namespace Palier
