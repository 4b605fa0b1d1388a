// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDialog>

class QLabel;
class QLineEdit;
class QTableView;

namespace Palier {

class AuditLogModel;
class Database;
class SearchFilterProxyModel;

/// The audit trail of the database: who changed what and when, searchable, exported as CSV, with the state of
/// its chain (verified, or the first entry that breaks it).
class AuditDialog : public QDialog
{
    Q_OBJECT

public:
    /// Shows the most recent entries of `db` (at most MaximumEntries).
    explicit AuditDialog(const Database& db, QWidget* parent = nullptr);

    static constexpr int MaximumEntries = 5000;

    /// Writes the entries shown (after the search) to `path` as CSV; says why when it cannot.
    bool exportTo(const QString& path);

private:
    void exportCsv();

    const Database& m_db;
    AuditLogModel* m_model = nullptr;
    SearchFilterProxyModel* m_proxy = nullptr;
    QLabel* m_chainLabel = nullptr;
    QLineEdit* m_search = nullptr;
    QTableView* m_view = nullptr;
};

} // namespace Palier
