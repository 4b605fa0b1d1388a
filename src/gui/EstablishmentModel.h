// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "DatabaseTableModel.h"

#include <QString>

namespace Palier {

enum class EstablishmentColumn { FinessEt, FinessEj, Name, Status, Category, Department, Town, Ght, Count };

/// One establishment as the table shows it: codes resolved to labels.
struct EstablishmentRow
{
    QString finessEt;
    QString finessEj;
    QString name;
    QString status;
    QString category;
    QString department;
    QString town;
    QString ghtShortName;
    QString ghtName;
    QString address;
};

/// The establishments of the regional registry, with their status, department and GHT spelled out.
class EstablishmentModel : public RowTableModel<EstablishmentRow, EstablishmentColumn>
{
    Q_OBJECT

public:
    using Column = EstablishmentColumn;

    explicit EstablishmentModel(QObject* parent = nullptr);

    Result<void> load(const Database& db) override;
    QString countText(int shown, int total) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    /// The translated label of a legal status code ("public"…), or `fallback` for a code this build does not know.
    static QString statusLabel(const QString& code, const QString& fallback);

protected:
    QVariant rowData(const EstablishmentRow& row, Column column, int role) const override;

private:
    static QVariant display(const EstablishmentRow& row, Column column);
};

} // namespace Palier
