// SPDX-License-Identifier: GPL-3.0-or-later
#include "ImportValidationPage.h"
#include "ui_ImportValidationPage.h"

#include "ImportSession.h"
#include "ImportTask.h"
#include "IssueTableModel.h"
#include "UpdateTableModel.h"
#include "db/Database.h"

#include <QDir>
#include <QTimer>
#include <QWizard>

namespace Palier {

namespace {

/// Up to this many rows, the reasons wrap and every row gets the height its text needs; beyond, measuring
/// every row would freeze the page, and the tooltips give the whole text.
constexpr int WrappedRowsLimit = 500;

void fitRows(QTableView* view)
{
    if (view->isVisible() && view->model()->rowCount() <= WrappedRowsLimit) {
        view->resizeRowsToContents();
    }
}

void setupTable(QTableView* view, QAbstractItemModel* model)
{
    view->setModel(model);
    // The rows get the height of their wrapped text once the columns have their width, and again when it changes.
    QObject::connect(view->horizontalHeader(), &QHeaderView::sectionResized, view, [view] { fitRows(view); });
}

} // namespace

ImportValidationPage::ImportValidationPage(ImportSession* session, QWidget* parent)
    : QWizardPage(parent)
    , m_ui(std::make_unique<Ui::ImportValidationPage>())
    , m_session(session)
    , m_task(new ImportTask(this))
    , m_rejected(new IssueTableModel(this))
    , m_warnings(new IssueTableModel(this))
    , m_updates(new UpdateTableModel(this))
{
    m_ui->setupUi(this);
    setTitle(tr("Check the Rows"));
    setSubTitle(tr("Every row is read and checked as the import would, without writing anything."));
    setCommitPage(true);
    setButtonText(QWizard::CommitButton, tr("&Import"));
    setupTable(m_ui->rejectedTableView, m_rejected);
    setupTable(m_ui->warningsTableView, m_warnings);
    setupTable(m_ui->updatesTableView, m_updates);
    connect(m_task, &ImportTask::progressChanged, this, &ImportValidationPage::showProgress);
    connect(m_task, &ImportTask::finished, this, &ImportValidationPage::showOutcome);
    connect(m_ui->stopPushButton, &QPushButton::clicked, this, &ImportValidationPage::stopOrRestart);
    connect(m_ui->acceptValidCheckBox, &QCheckBox::toggled, this, &ImportValidationPage::completeChanged);
    connect(m_ui->reportTabWidget, &QTabWidget::currentChanged, this, &ImportValidationPage::fitCurrentRows);
}

ImportValidationPage::~ImportValidationPage() = default;

void ImportValidationPage::initializePage()
{
    start();
}

void ImportValidationPage::cleanupPage()
{
    m_task->cancel();
    m_task->waitForFinished();
}

void ImportValidationPage::start()
{
    m_session->validation.reset();
    m_rejected->setIssues({});
    m_warnings->setIssues({});
    m_updates->setUpdates(m_session->request.kind, {});
    m_ui->summaryLabel->clear();
    m_ui->messageLabel->hide();
    showReportTables(false);
    m_ui->acceptValidCheckBox->hide();
    m_ui->acceptValidCheckBox->setChecked(false);
    m_ui->statusLabel->setText(
        tr("Reading and checking every row of “%1”…").arg(QDir::toNativeSeparators(m_session->request.path)));
    m_ui->progressBar->show();
    m_ui->stopPushButton->setText(tr("S&top"));
    m_ui->stopPushButton->show();
    ImportRequest request = m_session->request;
    request.dryRun = true;
    request.acceptValid = true; // to count what the valid rows would do
    m_task->start(*m_session->db, request);
    Q_EMIT completeChanged();
}

void ImportValidationPage::stopOrRestart()
{
    if (m_task->isRunning()) {
        m_task->cancel();
    } else {
        start();
    }
}

bool ImportValidationPage::isRunning() const
{
    return m_task->isRunning();
}

void ImportValidationPage::showProgress(int value)
{
    m_ui->progressBar->setRange(0, value < 0 ? 0 : ImportTask::ProgressMaximum);
    m_ui->progressBar->setValue(qMax(0, value));
}

void ImportValidationPage::showOutcome(const ImportOutcome& outcome)
{
    m_ui->progressBar->hide();
    m_ui->stopPushButton->setText(tr("Check &Again"));
    if (outcome.cancelled) {
        m_ui->statusLabel->setText(tr("The check was stopped. Nothing was written."));
    } else if (!outcome.report) {
        m_ui->statusLabel->setText(tr("The file could not be checked. Nothing was written."));
        m_ui->messageLabel->setText(outcome.error ? outcome.error->message : QString());
        m_ui->messageLabel->setToolTip(outcome.error ? outcome.error->detail : QString());
        m_ui->messageLabel->show();
    } else {
        m_ui->stopPushButton->hide();
        m_session->validation = outcome.report;
        showReport();
    }
    Q_EMIT completeChanged();
}

void ImportValidationPage::showReport()
{
    const ImportReport& report = *m_session->validation;
    m_rejected->setIssues(report.rejected);
    m_warnings->setIssues(report.warnings);
    m_updates->setUpdates(m_session->request.kind, report.updates);
    m_ui->summaryLabel->setText(QStringLiteral("<b>%1</b><br>%2")
                                    .arg(ImportSession::summary(report).toHtmlEscaped(),
                                         tr("%Ln row(s) read, %1 with a warning.", "", report.read)
                                             .arg(report.warnings.size())
                                             .toHtmlEscaped()));
    m_ui->reportTabWidget->setTabText(0, tr("Rejected (%1)").arg(report.rejected.size()));
    m_ui->reportTabWidget->setTabText(1, tr("Warnings (%1)").arg(report.warnings.size()));
    m_ui->reportTabWidget->setTabText(2, tr("Updates (%1)").arg(report.updates.size()));
    const QList<bool> filled{!report.rejected.isEmpty(), !report.warnings.isEmpty(), !report.updates.isEmpty()};
    for (int tab = 0; tab < int(filled.size()); ++tab) {
        m_ui->reportTabWidget->setTabEnabled(tab, filled[tab]);
    }
    // The first list with something in it; no empty table when every row is simply new.
    m_ui->reportTabWidget->setCurrentIndex(qMax(0, int(filled.indexOf(true))));
    showReportTables(filled.contains(true));
    for (QTableView* view : {m_ui->rejectedTableView, m_ui->warningsTableView, m_ui->updatesTableView}) {
        // The last column (the reason, the new value) takes the rest of the width and wraps.
        for (int column = 0; column + 1 < view->model()->columnCount(); ++column) {
            view->resizeColumnToContents(column);
        }
    }
    // Once the shown table has its width.
    QTimer::singleShot(0, this, &ImportValidationPage::fitCurrentRows);
    const bool somethingToWrite = report.inserted + report.updated > 0;
    m_ui->acceptValidCheckBox->setVisible(!report.rejected.isEmpty() && somethingToWrite);
    if (!somethingToWrite && report.unchanged == 0 && !report.rejected.isEmpty()) {
        m_ui->statusLabel->setText(tr("No row can be imported: correct the rejected rows in the file, then start "
                                      "again."));
    } else if (!somethingToWrite) {
        m_ui->statusLabel->setText(tr("Nothing to import: the database already holds every valid row as it is."));
    } else if (!report.rejected.isEmpty()) {
        m_ui->statusLabel->setText(tr("Some rows were rejected: correct the file and check it again, or import "
                                      "the valid rows only."));
    } else {
        m_ui->statusLabel->setText(tr("Every row can be imported. Nothing is written until you choose Import."));
    }
}

void ImportValidationPage::showReportTables(bool shown)
{
    // A hidden widget keeps its stretch: the labels would share the room it leaves.
    m_ui->reportTabWidget->setVisible(shown);
    m_ui->pageLayout->setStretchFactor(m_ui->reportTabWidget, shown ? 1 : 0);
}

void ImportValidationPage::fitCurrentRows()
{
    if (auto* view = m_ui->reportTabWidget->currentWidget()->findChild<QTableView*>()) {
        fitRows(view);
    }
}

bool ImportValidationPage::isComplete() const
{
    if (!m_session->validation || m_task->isRunning()) {
        return false;
    }
    const ImportReport& report = *m_session->validation;
    return report.inserted + report.updated > 0 &&
           (report.rejected.isEmpty() || m_ui->acceptValidCheckBox->isChecked());
}

bool ImportValidationPage::validatePage()
{
    m_session->request.acceptValid = m_ui->acceptValidCheckBox->isChecked();
    return isComplete();
}

} // namespace Palier
