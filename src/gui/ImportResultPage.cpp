// SPDX-License-Identifier: GPL-3.0-or-later
#include "ImportResultPage.h"
#include "ui_ImportResultPage.h"

#include "ImportSession.h"
#include "ImportTask.h"
#include "db/Database.h"

#include <QDir>
#include <QFileInfo>
#include <QWizard>

namespace Palier {

namespace {

QString addedText(ImportKind kind, int count)
{
    switch (kind) {
    case ImportKind::Establishments:
        return ImportResultPage::tr("%Ln new establishment(s) added", "", count);
    case ImportKind::Ghts:
        return ImportResultPage::tr("%Ln new GHT added", "", count);
    case ImportKind::Candidatures:
        return ImportResultPage::tr("%Ln new application(s) added", "", count);
    case ImportKind::Indicators:
        return ImportResultPage::tr("%Ln new indicator value(s) added", "", count);
    case ImportKind::Scores:
        return ImportResultPage::tr("%Ln new score(s) added", "", count);
    case ImportKind::Declarations:
        return ImportResultPage::tr("%Ln new declaration(s) added", "", count);
    }
    return {};
}

QString updatedText(ImportKind kind, int count)
{
    switch (kind) {
    case ImportKind::Establishments:
        return ImportResultPage::tr("%Ln establishment(s) updated", "", count);
    case ImportKind::Ghts:
        return ImportResultPage::tr("%Ln GHT updated", "", count);
    case ImportKind::Candidatures:
        return ImportResultPage::tr("%Ln application(s) updated", "", count);
    case ImportKind::Indicators:
        return ImportResultPage::tr("%Ln indicator value(s) updated", "", count);
    case ImportKind::Scores:
        return ImportResultPage::tr("%Ln score(s) updated", "", count);
    case ImportKind::Declarations:
        return ImportResultPage::tr("%Ln declaration(s) updated", "", count);
    }
    return {};
}

} // namespace

ImportResultPage::ImportResultPage(ImportSession* session, QWidget* parent)
    : QWizardPage(parent)
    , m_ui(std::make_unique<Ui::ImportResultPage>())
    , m_session(session)
    , m_task(new ImportTask(this))
{
    m_ui->setupUi(this);
    setTitle(tr("Import"));
    connect(m_task, &ImportTask::progressChanged, this, &ImportResultPage::showProgress);
    connect(m_task, &ImportTask::finished, this, &ImportResultPage::showOutcome);
    connect(m_ui->stopPushButton, &QPushButton::clicked, this, &ImportResultPage::cancelImport);
}

ImportResultPage::~ImportResultPage() = default;

void ImportResultPage::initializePage()
{
    setSubTitle(tr("The rows are written in one transaction: all of them, or none if the import stops."));
    m_ui->summaryLabel->clear();
    m_ui->summaryLabel->hide();
    m_ui->messageLabel->hide();
    m_ui->statusLabel->setText(tr("Importing “%1”…").arg(QDir::toNativeSeparators(m_session->request.path)));
    m_ui->progressBar->show();
    m_ui->stopPushButton->show();
    m_ui->stopPushButton->setEnabled(true);
    ImportRequest request = m_session->request;
    request.dryRun = false;
    m_task->start(*m_session->db, request);
    Q_EMIT completeChanged();
}

bool ImportResultPage::isComplete() const
{
    return !m_task->isRunning();
}

bool ImportResultPage::isRunning() const
{
    return m_task->isRunning();
}

void ImportResultPage::cancelImport()
{
    m_task->cancel();
    m_ui->stopPushButton->setEnabled(false);
    m_ui->statusLabel->setText(tr("Stopping the import…"));
}

void ImportResultPage::showProgress(int value)
{
    m_ui->progressBar->setRange(0, value < 0 ? 0 : ImportTask::ProgressMaximum);
    m_ui->progressBar->setValue(qMax(0, value));
}

void ImportResultPage::showOutcome(const ImportOutcome& outcome)
{
    m_ui->progressBar->hide();
    m_ui->stopPushButton->hide();
    const bool committed = outcome.report && outcome.report->committed;
    if (committed) {
        const ImportReport& report = *outcome.report;
        setSubTitle(tr("The import is done."));
        m_ui->statusLabel->setText(tr("Written to “%1”:").arg(QFileInfo(m_session->db->path()).fileName()));
        QStringList lines{addedText(m_session->request.kind, report.inserted),
                          updatedText(m_session->request.kind, report.updated)};
        if (report.unchanged > 0) {
            lines.append(tr("%Ln row(s) already up to date, left as they were", "", report.unchanged));
        }
        if (report.rejectedRows > 0) {
            lines.append(tr("%Ln rejected row(s) not imported", "", report.rejectedRows));
        }
        if (!report.warnings.isEmpty()) {
            lines.append(tr("%Ln row(s) imported without a value that was refused (see the warnings)", "",
                            int(report.warnings.size())));
        }
        QString html = QStringLiteral("<ul>");
        for (const QString& line : std::as_const(lines)) {
            html += QStringLiteral("<li>%1</li>").arg(line.toHtmlEscaped());
        }
        m_ui->summaryLabel->setText(html + QStringLiteral("</ul>"));
        m_ui->summaryLabel->show();
        setButtonText(QWizard::FinishButton, tr("&Finish"));
        Q_EMIT imported();
    } else {
        setSubTitle(tr("The database is as it was before."));
        setButtonText(QWizard::FinishButton, tr("&Close"));
        m_ui->statusLabel->setText(QStringLiteral("<b>%1</b>").arg(tr("Nothing was imported.").toHtmlEscaped()));
        QString reason;
        if (outcome.cancelled) {
            reason = tr("The import was stopped before the end, and everything it had written was undone.");
        } else if (outcome.error) {
            reason = outcome.error->message;
            m_ui->messageLabel->setToolTip(outcome.error->detail);
        } else if (outcome.report && outcome.report->rejectedRows > 0) {
            reason = tr("%Ln row(s) were rejected, and importing the valid rows only was not chosen.", "",
                        outcome.report->rejectedRows);
        } else {
            reason = tr("No row needed to be written.");
        }
        m_ui->messageLabel->setText(reason);
        m_ui->messageLabel->show();
    }
    Q_EMIT completeChanged();
}

} // namespace Palier
