// SPDX-License-Identifier: GPL-3.0-or-later
#include "BackgroundTask.h"

#include <QEventLoop>
#include <QFutureWatcher>
#include <QProgressDialog>
#include <QtConcurrent>

namespace Palier {

std::optional<Error> runWithBusyIndicator(QWidget* parent, const QString& title, const QString& label,
                                          const std::function<std::optional<Error>()>& work)
{
    QProgressDialog progress(label, QString(), 0, 0, parent);
    progress.setWindowTitle(title);
    progress.setWindowModality(Qt::WindowModal);
    progress.setMinimumDuration(0);
    QFutureWatcher<std::optional<Error>> watcher;
    QEventLoop loop;
    QObject::connect(&watcher, &QFutureWatcher<std::optional<Error>>::finished, &loop, &QEventLoop::quit);
    watcher.setFuture(QtConcurrent::run(work));
    progress.show();
    loop.exec();
    progress.close();
    return watcher.result();
}

} // namespace Palier
