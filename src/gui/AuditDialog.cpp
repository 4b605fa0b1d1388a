// SPDX-License-Identifier: GPL-3.0-or-later
#include "AuditDialog.h"

#include "AuditLogModel.h"
#include "MessageBox.h"
#include "SearchFilterProxyModel.h"
#include "audit/AuditTrail.h"
#include "db/Database.h"
#include "db/DiskErrors.h"
#include "io/CsvWriter.h"

#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSaveFile>
#include <QTableView>
#include <QVBoxLayout>

#include <cerrno>

namespace Palier {

AuditDialog::AuditDialog(const Database& db, QWidget* parent)
    : QDialog(parent)
    , m_db(db)
    , m_model(new AuditLogModel(this))
    , m_proxy(new SearchFilterProxyModel(this))
    , m_chainLabel(new QLabel(this))
    , m_search(new QLineEdit(this))
    , m_view(new QTableView(this))
{
    setWindowTitle(tr("Audit Trail"));
    setObjectName(QStringLiteral("auditDialog"));
    resize(1000, 600);

    m_chainLabel->setObjectName(QStringLiteral("chainLabel"));
    m_chainLabel->setWordWrap(true);
    m_search->setObjectName(QStringLiteral("searchLineEdit"));
    m_search->setPlaceholderText(tr("Search the entries (who, what, change…)"));
    m_search->setClearButtonEnabled(true);
    m_search->setAccessibleName(tr("Search the audit trail"));

    m_proxy->setSourceModel(m_model);
    m_view->setObjectName(QStringLiteral("auditTableView"));
    m_view->setAccessibleName(tr("Audit trail"));
    m_view->setModel(m_proxy);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setWordWrap(false);
    m_view->verticalHeader()->hide();
    m_view->horizontalHeader()->setStretchLastSection(true);
    connect(m_search, &QLineEdit::textChanged, m_proxy, &SearchFilterProxyModel::setSearchText);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    QPushButton* exportButton = buttons->addButton(tr("&Export as CSV…"), QDialogButtonBox::ActionRole);
    exportButton->setObjectName(QStringLiteral("exportButton"));
    connect(exportButton, &QPushButton::clicked, this, &AuditDialog::exportCsv);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_chainLabel);
    layout->addWidget(m_search);
    layout->addWidget(m_view);
    layout->addWidget(buttons);

    if (Result<void> loaded = m_model->load(db, MaximumEntries); !loaded) {
        m_chainLabel->setText(loaded.error().message);
        return;
    }
    m_view->resizeColumnsToContents();
    const Result<AuditVerification> verified = verifyAuditChain(db);
    if (!verified) {
        m_chainLabel->setText(verified.error().message);
    } else if (verified->ok()) {
        m_chainLabel->setText(
            tr("%Ln entries; the chain of the audit trail is intact: no entry was changed, removed or added behind "
               "Palier’s back.",
               nullptr, int(verified->entries)));
    } else {
        m_chainLabel->setText(tr("The audit trail is broken: %1. Restore a backup taken before that change, or report "
                                 "it to the person responsible for the database.")
                                  .arg(verified->problem));
        m_chainLabel->setStyleSheet(QStringLiteral("color: #b91c1c; font-weight: bold;"));
    }
}

void AuditDialog::exportCsv()
{
    const QString path =
        QFileDialog::getSaveFileName(this, tr("Export the Audit Trail"),
                                     QDir::home().filePath(QStringLiteral("audit.csv")), tr("CSV files (*.csv)"));
    if (!path.isEmpty()) {
        exportTo(path);
    }
}

bool AuditDialog::exportTo(const QString& path)
{
    QStringList header;
    for (int column = 0; column < m_proxy->columnCount(); ++column) {
        header.append(m_proxy->headerData(column, Qt::Horizontal).toString());
    }
    QList<QVariantList> rows;
    for (int row = 0; row < m_proxy->rowCount(); ++row) {
        QVariantList cells;
        for (int column = 0; column < m_proxy->columnCount(); ++column) {
            cells.append(m_proxy->index(row, column).data());
        }
        rows.append(cells);
    }
    QSaveFile file(path);
    const QByteArray csv = Csv::document(header, rows);
    errno = 0; // a short write is a failure too: never committed
    if (!file.open(QIODevice::WriteOnly) || file.write(csv) != csv.size() || !DiskErrors::commit(file)) {
        const int failure = errno; // a full disk or an unwritable folder says so (DiskErrors)
        const Error error = DiskErrors::fromErrno(
            Error{QStringLiteral("audit.export"),
                  tr("Cannot write “%1”: %2.").arg(QDir::toNativeSeparators(path), file.errorString()), path},
            failure, path);
        MessageBox::critical(this, tr("Cannot Export"), error.message);
        return false;
    }
    return true;
}

} // namespace Palier
