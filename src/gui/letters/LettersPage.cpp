// SPDX-License-Identifier: GPL-3.0-or-later
#include "LettersPage.h"

#include "GenerateLettersDialog.h"
#include "LetterGenerationTask.h"
#include "LetterListModel.h"
#include "LetterPrintTask.h"
#include "LetterTemplateDialog.h"
#include "LetterheadDialog.h"
#include "MessageBox.h"
#include "letters/LetterDocument.h"
#include "letters/LetterStore.h"

#include <QAction>
#include <QDir>
#include <QFileDialog>
#include <QItemSelectionModel>
#include <QPainter>
#include <QPrintDialog>
#include <QPrintPreviewDialog>
#include <QPrinter>
#include <QProgressDialog>
#include <QStandardPaths>
#include <QTableView>
#include <QTextDocument>
#include <QToolButton>

namespace Palier {

LettersPage::LettersPage(const QString& title, QWidget* parent)
    : TablePage(title, new LetterListModel, parent)
    , m_letters(static_cast<LetterListModel*>(model()))
    , m_previewAction(new QAction(tr("&Preview…"), this))
    , m_generateAction(new QAction(tr("&Generate Letters…"), this))
    , m_regenerateAction(new QAction(tr("&Regenerate Selected…"), this))
    , m_printAction(new QAction(tr("P&rint…"), this))
    , m_sentAction(new QAction(tr("Confirm &Sending"), this))
    , m_templatesAction(new QAction(tr("&Templates…"), this))
    , m_letterheadAction(new QAction(tr("&Letterhead…"), this))
{
    setMainColumn(int(LetterListModel::Column::Establishment));
    tableView()->setSelectionMode(QAbstractItemView::ExtendedSelection);
    tableView()->setEditTriggers(QAbstractItemView::NoEditTriggers);

    const QList<std::pair<QAction*, QString>> actions{
        {m_letterheadAction, tr("The agency’s address, the signatory and the dates every letter shares")},
        {m_templatesAction, tr("Edits the wording of the letters; a saved template becomes a new version")},
        {m_sentAction, tr("Records that the selected letters were sent: their selected files become notified")},
        {m_printAction, tr("Prints the selected letters, or every letter not sent yet")},
        {m_regenerateAction, tr("Writes the selected letters again, as new versions")},
        {m_generateAction, tr("Writes one PDF per establishment for every letter not sent yet")},
        {m_previewAction, tr("Shows the current letter as it will be printed")}};
    // Added right after the title, so in reverse order.
    for (const auto& [action, tip] : actions) {
        action->setToolTip(tip);
        auto* button = new QToolButton(this);
        button->setDefaultAction(action);
        addHeaderWidget(button);
    }
    m_previewAction->setObjectName(QStringLiteral("previewLetterAction"));
    m_generateAction->setObjectName(QStringLiteral("generateLettersAction"));
    m_regenerateAction->setObjectName(QStringLiteral("regenerateLettersAction"));
    m_printAction->setObjectName(QStringLiteral("printLettersAction"));
    m_sentAction->setObjectName(QStringLiteral("confirmSendingAction"));
    m_templatesAction->setObjectName(QStringLiteral("letterTemplatesAction"));
    m_letterheadAction->setObjectName(QStringLiteral("letterheadAction"));

    connect(m_previewAction, &QAction::triggered, this, &LettersPage::openPreview);
    connect(m_generateAction, &QAction::triggered, this, [this] { chooseFolderAndGenerate(false); });
    connect(m_regenerateAction, &QAction::triggered, this, [this] { chooseFolderAndGenerate(true); });
    connect(m_printAction, &QAction::triggered, this, &LettersPage::print);
    connect(m_sentAction, &QAction::triggered, this, &LettersPage::confirmSending);
    connect(m_templatesAction, &QAction::triggered, this, &LettersPage::openTemplates);
    connect(m_letterheadAction, &QAction::triggered, this, [this] {
        if (database() && LetterheadDialog(*database(), this).exec() == QDialog::Accepted) {
            reload(database());
        }
    });
    connect(tableView(), &QAbstractItemView::doubleClicked, this, &LettersPage::openPreview);
    connect(this, &TablePage::reloaded, this, &LettersPage::updateActions);
    connect(tableView()->selectionModel(), &QItemSelectionModel::selectionChanged, this, &LettersPage::updateActions);
    updateActions();
}

LettersPage::~LettersPage() = default;

QList<qint64> LettersPage::pendingEstablishments() const
{
    QList<qint64> ids;
    for (int row = 0; row < m_letters->rowCount(); ++row) {
        const LetterCase& letter = m_letters->letter(row);
        if (letter.problems.isEmpty() && !letter.lastSentAt.isValid()) {
            ids.append(letter.establishmentId);
        }
    }
    return ids;
}

void LettersPage::updateActions()
{
    const bool open = database() != nullptr;
    const bool selected = open && !selectedRecordIds().isEmpty();
    const bool busy = m_task != nullptr || m_printTask != nullptr;
    m_previewAction->setEnabled(selected);
    m_generateAction->setEnabled(open && !busy);
    m_regenerateAction->setEnabled(selected && !busy);
    m_printAction->setEnabled(open && !busy);
    m_sentAction->setEnabled(selected && !busy);
    m_templatesAction->setEnabled(open);
}

QPrintPreviewDialog* LettersPage::openPreview()
{
    const QList<qint64> ids = selectedRecordIds();
    if (ids.isEmpty() || !database()) {
        return nullptr;
    }
    auto* dialog = new QPrintPreviewDialog(this);
    dialog->setObjectName(QStringLiteral("letterPreviewDialog"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setWindowTitle(tr("Letter to %1").arg(m_letters->rowName(m_letters->rowOfRecord(ids.first()))));
    setLetterPageLayout(*dialog->printer());
    connect(dialog, &QPrintPreviewDialog::paintRequested, this,
            [this, id = ids.first()](QPrinter* printer) { paintLetters(printer, {id}); });
    dialog->resize(900, 1000);
    dialog->open();
    return dialog;
}

void LettersPage::paintLetters(QPrinter* printer, const QList<qint64>& establishmentIds)
{
    QPainter painter;
    if (!database() || !painter.begin(printer)) {
        return;
    }
    bool first = true;
    for (qint64 id : establishmentIds) {
        Result<PlannedLetter> letter = previewLetter(*database(), id);
        if (!letter) {
            showMessage(letter.error().message);
            continue;
        }
        const std::unique_ptr<QTextDocument> document = letterDocument(letter->html);
        paintLetter(*document, *printer, painter, letter->reference, !first);
        first = false;
    }
}

void LettersPage::print()
{
    QList<qint64> ids = selectedRecordIds();
    if (ids.size() < 2) {
        ids = pendingEstablishments();
    }
    auto printer = std::make_unique<QPrinter>(QPrinter::HighResolution);
    setLetterPageLayout(*printer);
    QPrintDialog dialog(printer.get(), this);
    if (ids.isEmpty() || dialog.exec() != QDialog::Accepted) {
        return;
    }
    printLetters(std::move(printer), ids);
}

QProgressDialog* LettersPage::createProgress(const QString& text, int total)
{
    auto* progress = new QProgressDialog(text, tr("Cancel"), 0, total, this);
    progress->setObjectName(QStringLiteral("letterProgressDialog"));
    progress->setWindowModality(Qt::WindowModal);
    progress->setMinimumDuration(300);
    progress->setAutoClose(false);
    progress->setAutoReset(false);
    return progress;
}

LetterPrintTask* LettersPage::printLetters(std::unique_ptr<QPrinter> printer, const QList<qint64>& establishmentIds)
{
    if (!database() || m_task || m_printTask || establishmentIds.isEmpty()) {
        return nullptr;
    }
    // The database is read here, on the GUI thread that owns the connection; only the painting goes to a worker.
    LetterJobOptions options;
    options.establishmentIds = establishmentIds;
    Result<LetterPlan> plan = planLetters(*database(), options);
    if (!plan) {
        showMessage(plan.error().message);
        return nullptr;
    }
    if (plan->letters.isEmpty()) {
        showMessage(tr("None of these letters can be printed: see their status."));
        return nullptr;
    }
    m_printTask = new LetterPrintTask(std::move(printer), plan->letters, this);
    m_progress = createProgress(tr("Printing the letters…"), m_printTask->total());
    connect(m_printTask, &LetterPrintTask::progressChanged, m_progress, &QProgressDialog::setValue);
    connect(m_progress, &QProgressDialog::canceled, m_printTask, &LetterPrintTask::cancel);
    connect(m_printTask, &LetterPrintTask::finished, this, &LettersPage::printFinished);
    m_printTask->start();
    if (!plan->skipped.isEmpty()) {
        showMessage(tr("%Ln letter(s) cannot be printed (incomplete data): see their status.", nullptr,
                       int(plan->skipped.size())));
    }
    updateActions();
    return m_printTask;
}

void LettersPage::printFinished()
{
    const int pages = m_printTask->pages();
    const bool cancelled = m_printTask->cancelled();
    const QString error = m_printTask->errorMessage();
    const int letters = m_printTask->total();
    m_printTask->deleteLater();
    m_printTask = nullptr;
    m_progress->deleteLater();
    m_progress = nullptr;
    if (!error.isEmpty()) {
        showMessage(error);
    } else if (cancelled) {
        showMessage(tr("Printing cancelled."));
    } else {
        showMessage(tr("%Ln letter(s) sent to the printer (%1 pages).", nullptr, letters).arg(pages));
    }
    updateActions();
}

void LettersPage::chooseFolderAndGenerate(bool selectedOnly)
{
    const QList<qint64> ids = selectedOnly ? selectedRecordIds() : pendingEstablishments();
    GenerateLettersDialog dialog(QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation), int(ids.size()),
                                 this);
    if (dialog.exec() == QDialog::Accepted) {
        generate(dialog.folder(), ids, dialog.format(), dialog.combinedPdf());
    }
}

LetterGenerationTask* LettersPage::generate(const QString& folder, const QList<qint64>& establishmentIds,
                                            LetterFormat format, const QString& combinedPdf)
{
    if (!database() || m_task || m_printTask) {
        return nullptr;
    }
    LetterJobOptions options;
    options.outputDir = folder;
    options.format = format;
    options.combinedPdf = combinedPdf;
    options.establishmentIds = establishmentIds.isEmpty() ? pendingEstablishments() : establishmentIds;
    if (options.establishmentIds.isEmpty()) {
        showMessage(tr("Every letter ready was already sent. Select letters and regenerate them to write new "
                       "versions."));
        return nullptr;
    }
    auto* task = new LetterGenerationTask(*database(), options, this);
    if (Result<void> started = task->start(); !started) {
        showMessage(started.error().message);
        delete task;
        return nullptr;
    }
    m_task = task;
    m_progress = createProgress(tr("Writing the letters…"), task->total());
    connect(task, &LetterGenerationTask::progressChanged, m_progress, &QProgressDialog::setValue);
    connect(m_progress, &QProgressDialog::canceled, task, &LetterGenerationTask::cancel);
    connect(task, &LetterGenerationTask::finished, this, &LettersPage::generationFinished);
    updateActions();
    return task;
}

void LettersPage::generationFinished()
{
    const LetterBatchReport report = m_task->report();
    const QString error = m_task->errorMessage();
    m_task->deleteLater();
    m_task = nullptr;
    m_progress->deleteLater();
    m_progress = nullptr;
    reload(database());
    if (!error.isEmpty()) {
        showMessage(error);
    } else if (report.cancelled) {
        showMessage(tr("Cancelled: no letter was written or recorded."));
    } else if (report.combinedPages > 0) {
        showMessage(tr("%Ln letter(s) written and recorded; all of them in one PDF of %1 pages.", nullptr,
                       int(report.generated.size()))
                        .arg(report.combinedPages));
    } else if (!report.skipped.isEmpty()) {
        showMessage(tr("%Ln letter(s) written; %1 skipped: see their status.", nullptr, int(report.generated.size()))
                        .arg(report.skipped.size()));
    } else {
        showMessage(tr("%Ln letter(s) written and recorded.", nullptr, int(report.generated.size())));
    }
    updateActions();
}

bool LettersPage::confirmSending()
{
    const QList<qint64> ids = selectedRecordIds();
    if (ids.isEmpty() || !database()) {
        return false;
    }
    if (MessageBox::question(this, tr("Confirm Sending"),
                             tr("Record that the letters of %Ln establishment(s) were sent? Their selected files "
                                "move to Notified.",
                                nullptr, int(ids.size()))) != QMessageBox::Yes) {
        return false;
    }
    Result<SendingReport> sent = Palier::confirmSending(*database(), ids, {});
    if (!sent) {
        MessageBox::showError(this, tr("Confirm Sending"), sent.error());
        return false;
    }
    reload(database());
    showMessage(tr("%Ln letter(s) recorded as sent; %1 file(s) notified.", nullptr, sent->lettersSent)
                    .arg(sent->filesNotified.size()));
    return true;
}

LetterTemplateDialog* LettersPage::openTemplates()
{
    if (!database()) {
        return nullptr;
    }
    auto* dialog = new LetterTemplateDialog(*database(), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
    return dialog;
}

} // namespace Palier
