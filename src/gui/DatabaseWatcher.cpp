// SPDX-License-Identifier: GPL-3.0-or-later
#include "DatabaseWatcher.h"

#include "CampaignFiles.h"
#include "MessageBox.h"
#include "db/ChangeNotifier.h"
#include "db/Database.h"

#include <QDir>
#include <QEvent>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QStyle>
#include <QTimer>
#include <QVBoxLayout>

#ifdef Q_OS_UNIX
#include <sys/stat.h>
#endif

namespace Palier {

namespace {

constexpr int DefaultPollInterval = 2000;

/// What tells the file at `path` from another one put at the same path: its device and inode on Unix (where an
/// open file can be deleted or replaced), its creation time elsewhere. Empty when there is no file.
QByteArray identityOf(const QString& path)
{
#ifdef Q_OS_UNIX
    struct stat status = {};
    if (::stat(QFile::encodeName(path).constData(), &status) != 0) {
        return {};
    }
    return QByteArray::number(qulonglong(status.st_dev)) + ':' + QByteArray::number(qulonglong(status.st_ino));
#else
    const QFileInfo info(path);
    if (!info.exists()) {
        return {};
    }
    return info.birthTime().toString(Qt::ISODateWithMs).toLatin1();
#endif
}

} // namespace

DatabaseWatcher::DatabaseWatcher(QWidget* parent)
    : QFrame(parent)
    , m_poll(new QTimer(this))
{
    m_poll->setObjectName(QStringLiteral("databaseWatcherPollTimer"));
    m_poll->setInterval(DefaultPollInterval);
    connect(m_poll, &QTimer::timeout, this, &DatabaseWatcher::look);
    setObjectName(QStringLiteral("databaseWatcherBar"));
    setFrameShape(QFrame::StyledPanel);
    setAutoFillBackground(true);
    QPalette colours = palette();
    colours.setColor(QPalette::Window, QColor(0xfe, 0xf3, 0xc7)); // amber: a warning, not a failure
    colours.setColor(QPalette::WindowText, QColor(0x78, 0x35, 0x0f));
    setPalette(colours);

    m_icon = new QLabel(this); // its picture once the bar first shows (checkFile()): the style reads it from files
    m_icon->setObjectName(QStringLiteral("databaseWatcherIcon"));
    m_label = new QLabel(this);
    m_label->setObjectName(QStringLiteral("databaseWatcherLabel"));
    m_label->setWordWrap(true);
    m_label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_saveButton = new QPushButton(tr("&Save a Copy…"), this);
    m_saveButton->setObjectName(QStringLiteral("databaseWatcherSaveButton"));
    m_saveButton->setToolTip(tr("Save the database as Palier still has it open into a new file"));

    auto* layout = new QHBoxLayout(this);
    layout->addWidget(m_icon, 0, Qt::AlignTop);
    layout->addWidget(m_label, 1);
    layout->addWidget(m_saveButton, 0, Qt::AlignVCenter);
    setAccessibleName(tr("Database file warning"));
    hide();

    connect(m_saveButton, &QPushButton::clicked, this, &DatabaseWatcher::saveCopy);
}

DatabaseWatcher::~DatabaseWatcher() = default;

QWidget* DatabaseWatcher::wrap(QWidget* content)
{
    auto* holder = new QWidget(parentWidget());
    holder->setObjectName(QStringLiteral("databaseWatcherHolder"));
    auto* layout = new QVBoxLayout(holder);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    setParent(holder);
    layout->addWidget(this);
    layout->addWidget(content, 1);
    hide();
    return holder;
}

QString DatabaseWatcher::watchedPath() const
{
    return m_database ? QFileInfo(m_database->path()).absoluteFilePath() : QString();
}

void DatabaseWatcher::watch(const Database* db)
{
    delete m_notifier;
    m_notifier = nullptr;
    if (db) {
        m_notifier = new ChangeNotifier(*db, this);
        connect(m_notifier, &ChangeNotifier::changed, this, &DatabaseWatcher::changedElsewhere);
        if (QWidget* top = window(); top && top != m_focusWatched) {
            if (m_focusWatched) {
                m_focusWatched->removeEventFilter(this);
            }
            m_focusWatched = top;
            top->installEventFilter(this);
        }
    }
    m_database = db && !db->isPostgres() ? db : nullptr;
    m_state = FileState::Present;
    m_identity.clear();
    hide();
    updatePolling();
    if (!m_database) {
        return;
    }
    m_identity = identityOf(watchedPath());
}

void DatabaseWatcher::look()
{
    checkFile();
    checkForChanges();
}

bool DatabaseWatcher::checkForChanges()
{
    return m_notifier && m_notifier->check();
}

int DatabaseWatcher::pollInterval() const
{
    return m_poll->interval();
}

void DatabaseWatcher::setPollInterval(int milliseconds)
{
    m_poll->setInterval(qMax(1, milliseconds));
}

bool DatabaseWatcher::isPolling() const
{
    return m_poll->isActive();
}

void DatabaseWatcher::updatePolling(std::optional<bool> active)
{
    // SQLite only: PostgreSQL tells by itself (LISTEN/NOTIFY). Only while the window is active: a window in the
    // background looks when it comes back, and a modal dialog of it (a conflict being settled) makes it inactive.
    const auto* window = qobject_cast<const QWidget*>(m_focusWatched);
    const bool poll = m_database && m_notifier && window && active.value_or(window->isActiveWindow());
    if (poll && !m_poll->isActive()) {
        m_poll->start();
    } else if (!poll) {
        m_poll->stop();
    }
}

bool DatabaseWatcher::eventFilter(QObject* watched, QEvent* event)
{
    if (watched == m_focusWatched && event->type() == QEvent::WindowActivate) {
        // Queued: the window finishes activating (and a dialog closing gives it back) before the pages reload.
        QMetaObject::invokeMethod(
            this, [this] { look(); }, Qt::QueuedConnection);
        updatePolling(true);
    } else if (watched == m_focusWatched && event->type() == QEvent::WindowDeactivate) {
        updatePolling(false);
    }
    return QFrame::eventFilter(watched, event);
}

bool DatabaseWatcher::checkFile()
{
    if (!m_database || m_state != FileState::Present) {
        return false;
    }
    const QString path = watchedPath();
    const QByteArray identity = identityOf(path);
    if (identity == m_identity) {
        return false;
    }
    m_state = identity.isEmpty() ? FileState::Removed : FileState::Replaced;
    const QString name = QDir::toNativeSeparators(path);
    m_label->setText(
        m_state == FileState::Removed
            ? tr("<b>The file “%1” was deleted or moved by another program while it was open.</b> Palier still has "
                 "the database open and can read everything it held, but changes may no longer be saved. Save a "
                 "copy now to keep it, then open the copy.")
                  .arg(name.toHtmlEscaped())
            : tr("<b>The file “%1” was replaced by another program while it was open.</b> Palier still shows the "
                 "database as it was opened, but changes may no longer be saved. Save a copy now to keep this "
                 "version, then choose which one to open.")
                  .arg(name.toHtmlEscaped()));
    if (m_icon->pixmap().isNull()) {
        const int size = style()->pixelMetric(QStyle::PM_SmallIconSize);
        m_icon->setPixmap(style()->standardIcon(QStyle::SP_MessageBoxWarning).pixmap(size, size));
    }
    show();
    emit fileLost(m_state);
    return true;
}

Result<void> DatabaseWatcher::saveCopyTo(const QString& target)
{
    if (!m_database) {
        return Error{QStringLiteral("db.none"), tr("No database is open."), {}};
    }
    return CampaignFiles::saveCopy(*m_database, target);
}

void DatabaseWatcher::saveCopy()
{
    if (!m_database) {
        return;
    }
    const QFileInfo current(watchedPath());
    const QString folder = current.dir().exists() ? current.absolutePath() : QDir::homePath();
    const QString suggested = QDir(folder).filePath(tr("%1 (recovered).palier").arg(current.completeBaseName()));
    const QString target =
        QFileDialog::getSaveFileName(this, tr("Save a Copy"), suggested, CampaignFiles::fileDialogFilter());
    if (target.isEmpty()) {
        return;
    }
    if (Result<void> saved = saveCopyTo(target); !saved) {
        MessageBox::showError(this, tr("Cannot Save the Copy"), saved.error());
        return;
    }
    m_label->setText(m_label->text() +
                     tr("<br>A copy was saved in “%1”.").arg(QDir::toNativeSeparators(target).toHtmlEscaped()));
}

} // namespace Palier
