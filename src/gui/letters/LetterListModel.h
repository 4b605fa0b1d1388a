// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "DatabaseTableModel.h"
#include "letters/LetterData.h"

namespace Palier {

enum class LetterListColumn { Finess, Establishment, Letter, Status, Amount, Files, Count };

/// The letters to send: one row per establishment with a decided file, its letter, amount and sending state.
class LetterListModel : public RowTableModel<LetterCase, LetterListColumn>
{
    Q_OBJECT

public:
    using Column = LetterListColumn;
    using RowTableModel::RowTableModel;

    Result<void> load(const Database& db) override;
    QString countText(int shown, int total) const override;
    QString rowName(int row) const override;
    qint64 recordId(int row) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    const LetterCase& letter(int row) const { return rowAt(row); }
    /// "Sent on 27/09/2019 (version 1)", "To generate", "Not ready: …".
    static QString statusText(const LetterCase& letter);
    /// "D2 selected, D6 not selected".
    static QString filesText(const LetterCase& letter);

protected:
    QVariant rowData(const LetterCase& row, Column column, int role) const override;
};

} // namespace Palier
