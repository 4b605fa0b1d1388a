// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "TablePage.h"
#include "letters/LetterBatch.h"

#include <QList>

#include <memory>

class QAction;
class QPrintPreviewDialog;
class QPrinter;
class QProgressDialog;

namespace Palier {

class LetterGenerationTask;
class LetterListModel;
class LetterPrintTask;
class LetterTemplateDialog;

/// The notification letters: one row per establishment with a decision, its letter kind and state. The referent
/// previews a letter, generates the batch (off the GUI thread, with progress and cancel), prints, then confirms
/// the sending, which moves the selected files to “notifié”. Templates are edited beside.
class LettersPage : public TablePage
{
    Q_OBJECT

public:
    explicit LettersPage(const QString& title, QWidget* parent = nullptr);
    ~LettersPage() override;

    /// Opens (window-modal, without waiting) the print preview of the current row's letter; null when none.
    QPrintPreviewDialog* openPreview();
    /// Starts writing into `folder` the letters of `establishmentIds` (empty: every letter not sent yet) as PDF or
    /// ODT, and every letter into `combinedPdf` when given, showing a progress dialog with a cancel button; null when
    /// nothing could start (the reason shows in the banner).
    LetterGenerationTask* generate(const QString& folder, const QList<qint64>& establishmentIds = {},
                                   LetterFormat format = LetterFormat::Pdf, const QString& combinedPdf = {});
    /// Starts printing on `printer` (set up already) the letters of `establishmentIds` off the GUI thread, with a
    /// progress dialog and a cancel button; null when nothing could start (the reason shows in the banner).
    LetterPrintTask* printLetters(std::unique_ptr<QPrinter> printer, const QList<qint64>& establishmentIds);
    /// Asks, then records the sending of the selected rows' letters; false when nothing was recorded.
    bool confirmSending();
    /// Opens (without waiting) the template editor; null without a database.
    LetterTemplateDialog* openTemplates();
    /// The ids of the establishments whose letter is ready and not sent.
    QList<qint64> pendingEstablishments() const;

private:
    void chooseFolderAndGenerate(bool selectedOnly);
    void generationFinished();
    void printFinished();
    void print();
    QProgressDialog* createProgress(const QString& text, int total);
    void paintLetters(QPrinter* printer, const QList<qint64>& establishmentIds);
    void updateActions();

    LetterListModel* m_letters;
    QAction* m_previewAction;
    QAction* m_generateAction;
    QAction* m_regenerateAction;
    QAction* m_printAction;
    QAction* m_sentAction;
    QAction* m_templatesAction;
    QAction* m_letterheadAction;
    LetterGenerationTask* m_task = nullptr;
    LetterPrintTask* m_printTask = nullptr;
    QProgressDialog* m_progress = nullptr;
};

} // namespace Palier
