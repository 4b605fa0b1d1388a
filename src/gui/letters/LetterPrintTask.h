// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "letters/LetterBatch.h"

#include <QFutureWatcher>
#include <QObject>

#include <atomic>
#include <memory>

class QPrinter;

namespace Palier {

/// Prints a batch of letters off the GUI thread, with progress and cancel.
///
/// Why a worker may paint the printer: Qt documents QPainter on a QPrinter as supported outside the GUI thread
/// ("Thread-Support in Qt Modules": QImage, QPrinter and QPicture), one thread at a time per device. So the print
/// dialog, which is a widget, sets the printer up on the GUI thread; the letters are planned there too (the database
/// connection belongs to that thread); then the printer is handed over to one worker, which alone paints it, each
/// letter laid out in its own QTextDocument, until it finishes or the user cancels (QPrinter::abort(), from the
/// painting thread). The GUI thread touches the printer again only after finished(). A single painter per page
/// stream means one worker: the pages of one print job come in order.
class LetterPrintTask : public QObject
{
    Q_OBJECT

public:
    /// Takes `printer` (set up by the print dialog) and the letters to print, in order.
    LetterPrintTask(std::unique_ptr<QPrinter> printer, QList<PlannedLetter> letters, QObject* parent = nullptr);
    ~LetterPrintTask() override;

    void start();
    void cancel();
    bool isRunning() const { return m_watcher.isRunning(); }
    int total() const { return int(m_letters.size()); }
    /// Once finished(): the pages sent to the printer (0 when cancelled or failed), and why it failed.
    int pages() const { return m_pages; }
    bool cancelled() const { return m_cancelled; }
    QString errorMessage() const { return m_error; }

Q_SIGNALS:
    void progressChanged(int done, int total);
    void finished();

private:
    struct Outcome
    {
        int pages = 0;
        bool cancelled = false;
        bool failed = false;
    };

    Outcome paint();

    std::unique_ptr<QPrinter> m_printer;
    QList<PlannedLetter> m_letters;
    std::atomic_bool m_cancel = false;
    QFutureWatcher<Outcome> m_watcher;
    int m_pages = 0;
    bool m_cancelled = false;
    QString m_error;
};

} // namespace Palier
