// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "DatabaseTableModel.h"

#include <QDate>
#include <QString>

namespace Palier {

enum class CandidatureColumn { Establishment, Domain, Title, Requested, State, Submitted, Count };

/// One application as the table shows it.
struct CandidatureRow
{
    QString establishmentName;
    QString finessEt;
    QString domainCode;
    QString domainLabel;
    int domainOrder = 0;
    QString title;
    qint64 requestedCents = 0;
    QString state;
    int stateOrder = 0;
    QDate submittedOn;
    QString vendor;
};

/// The applications of the campaign, one per establishment and domain, with their requested amount and state.
class CandidatureModel : public RowTableModel<CandidatureRow, CandidatureColumn>
{
    Q_OBJECT

public:
    using Column = CandidatureColumn;

    explicit CandidatureModel(QObject* parent = nullptr);

    Result<void> load(const Database& db) override;
    QString countText(int shown, int total) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    /// The translated label of a workflow state code ("recu"…), or `fallback` for a code this build does not know.
    static QString stateLabel(const QString& code, const QString& fallback);

protected:
    QVariant rowData(const CandidatureRow& row, Column column, int role) const override;

private:
    static QVariant display(const CandidatureRow& row, Column column);
    static QVariant sortKey(const CandidatureRow& row, Column column);
};

} // namespace Palier
