// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "DatabaseTableModel.h"

#include <QString>

class QSqlQuery;

namespace Palier {

/// The columns of the establishments table; those after Ght are hidden until the user shows them.
enum class EstablishmentColumn {
    FinessEt,
    FinessEj,
    Name,
    Status,
    Category,
    Department,
    Town,
    Ght,
    Siret,
    Address,
    PostalCode,
    Count
};

/// One establishment as the table shows it: codes resolved to labels, and the codes kept for editing.
struct EstablishmentRow
{
    qint64 id = -1;
    QString finessEt;
    QString finessEj;
    QString name;
    QString statusCode;
    QString status;
    QString category;
    QString departmentCode;
    QString department;
    QString town;
    QString ghtCode;
    QString ghtShortName;
    QString ghtName;
    QString siret;
    QString street;
    QString postalCode;
    QString address;    ///< street, postal code and town on one line, for the tooltip
    qint64 version = 0; ///< row_version as read: a save based on it is refused once someone else changed the row
};

/// The establishments of the regional registry, with their status, department and GHT spelled out. Every column
/// but the category is editable (Qt::EditRole gives and takes the codes behind the labels).
class EstablishmentModel : public RowTableModel<EstablishmentRow, EstablishmentColumn>
{
    Q_OBJECT

public:
    using Column = EstablishmentColumn;

    explicit EstablishmentModel(QObject* parent = nullptr);

    Result<void> load(const Database& db) override;
    QString countText(int shown, int total) const override;
    QString rowName(int row) const override;
    qint64 recordId(int row) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    QString invalidReason(int column, const QVariant& value) const override;

    /// The translated label of a legal status code ("public"…), or `fallback` for a code this build does not know.
    static QString statusLabel(const QString& code, const QString& fallback);

protected:
    QVariant rowData(const EstablishmentRow& row, Column column, int role) const override;
    bool isColumnEditable(int column) const override;
    QString versionedTable() const override;
    qint64 recordVersion(int row) const override;
    Result<void> updateRecord(const Database& db, qint64 id, const QList<FieldValue>& values) override;
    Result<void> refreshRecord(const Database& db, qint64 id, int row) override;

private:
    static QVariant display(const EstablishmentRow& row, Column column);
    static QVariant editValue(const EstablishmentRow& row, Column column);
    static EstablishmentRow readRow(const QSqlQuery& query);
};

} // namespace Palier
