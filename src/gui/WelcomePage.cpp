// SPDX-License-Identifier: GPL-3.0-or-later
#include "WelcomePage.h"

#include "Pages.h"
#include "RecentFiles.h"
#include "SvgIcon.h"
#include "db/Database.h"

#include <QCommandLinkButton>
#include <QDir>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QShortcut>
#include <QVBoxLayout>

namespace Palier {

namespace {
constexpr int ContentWidth = 980;
constexpr int ColumnSpacing = 32;
constexpr int RecentListHeight = 240;
constexpr int PathRole = Qt::UserRole;
constexpr int ExistsRole = Qt::UserRole + 1;
} // namespace

WelcomePage::WelcomePage(RecentFiles* recentFiles, QWidget* parent)
    : QWidget(parent)
    , m_recentFiles(recentFiles)
    , m_demoButton(new QCommandLinkButton(tr("Open the &Demo Region"), this))
    , m_newButton(new QCommandLinkButton(tr("&Create a Campaign…"), this))
    , m_openButton(new QCommandLinkButton(tr("&Open a Database…"), this))
    , m_recentList(new QListWidget(this))
    , m_openRecentButton(new QPushButton(tr("O&pen"), this))
    , m_removeButton(new QPushButton(tr("&Remove from the List"), this))
{
    setObjectName(QStringLiteral("welcomePage"));
    m_demoButton->setObjectName(QStringLiteral("demoButton"));
    m_demoButton->setDescription(tr("A fictitious Provence-Alpes-Côte d'Azur campaign at its latest stage, to try "
                                    "every page without risk. Created the first time."));
    m_newButton->setObjectName(QStringLiteral("newDatabaseButton"));
    m_newButton->setDescription(
        tr("A new regional database for one programme: choose the region, the programme and the file."));
    m_openButton->setObjectName(QStringLiteral("openButton"));
    m_openButton->setDescription(tr("A .palier file you already have, or one a colleague sent you."));
    m_recentList->setObjectName(QStringLiteral("recentFilesListWidget"));
    m_recentList->setAccessibleName(tr("Recent databases"));
    m_recentList->setAlternatingRowColors(true);
    m_recentList->setTextElideMode(Qt::ElideMiddle);
    m_openRecentButton->setObjectName(QStringLiteral("openRecentButton"));
    m_removeButton->setObjectName(QStringLiteral("removeRecentButton"));
    m_removeButton->setToolTip(tr("Forget this file in the list; the file itself is left as it is (Delete)"));

    auto* title = new QLabel(tr("Welcome to Palier"), this);
    title->setObjectName(QStringLiteral("welcomeTitleLabel"));
    title->setFont(Pages::titleFont(title->font()));
    auto* intro = new QLabel(tr("Palier keeps one campaign of a region in one database file: its roadmap, the "
                                "applications and their review, the preselection sent to the DGOS, the letters "
                                "and the follow-up of the projects. Start with one of these."),
                             this);
    intro->setWordWrap(true);
    auto* recentLabel = new QLabel(tr("Recent data&bases:"), this);
    recentLabel->setBuddy(m_recentList);
    recentLabel->setFont(Pages::sectionFont(recentLabel->font()));

    auto* actions = new QVBoxLayout;
    actions->addWidget(m_demoButton);
    actions->addWidget(m_newButton);
    actions->addWidget(m_openButton);
    actions->addStretch();
    m_recentList->setMinimumHeight(RecentListHeight);
    auto* recentButtons = new QHBoxLayout;
    recentButtons->addStretch();
    recentButtons->addWidget(m_openRecentButton);
    recentButtons->addWidget(m_removeButton);
    auto* recent = new QVBoxLayout;
    recent->addWidget(recentLabel);
    recent->addWidget(m_recentList, 1);
    recent->addLayout(recentButtons);
    auto* columns = new QHBoxLayout;
    // Spacing set between the columns only: a nested layout would inherit it.
    columns->addLayout(actions, 1);
    columns->addSpacing(ColumnSpacing);
    columns->addLayout(recent, 1);

    auto* content = new QWidget(this);
    content->setMaximumWidth(ContentWidth);
    auto* contentLayout = new QVBoxLayout(content);
    contentLayout->addWidget(title);
    contentLayout->addWidget(intro);
    contentLayout->addSpacing(ColumnSpacing / 2);
    contentLayout->addLayout(columns);
    auto* centring = new QHBoxLayout;
    centring->addStretch();
    centring->addWidget(content, 1);
    centring->addStretch();
    // Kept at its natural height, a little above the middle: a tall window does not stretch the list into a void.
    auto* layout = new QVBoxLayout(this);
    layout->addStretch(1);
    layout->addLayout(centring);
    layout->addStretch(2);

    setFocusProxy(m_demoButton);
    setTabOrder(m_demoButton, m_newButton);
    setTabOrder(m_newButton, m_openButton);
    setTabOrder(m_openButton, m_recentList);
    setTabOrder(m_recentList, m_openRecentButton);
    setTabOrder(m_openRecentButton, m_removeButton);

    connect(m_demoButton, &QAbstractButton::clicked, this, &WelcomePage::demoRequested);
    connect(m_newButton, &QAbstractButton::clicked, this, &WelcomePage::newDatabaseRequested);
    connect(m_openButton, &QAbstractButton::clicked, this, &WelcomePage::openRequested);
    connect(m_openRecentButton, &QAbstractButton::clicked, this, &WelcomePage::openSelected);
    connect(m_removeButton, &QAbstractButton::clicked, this, &WelcomePage::removeSelected);
    connect(m_recentList, &QListWidget::itemActivated, this, &WelcomePage::openItem);
    connect(m_recentList, &QListWidget::currentItemChanged, this, &WelcomePage::updateButtons);
    auto* removeShortcut = new QShortcut(QKeySequence::Delete, m_recentList, nullptr, nullptr, Qt::WidgetShortcut);
    connect(removeShortcut, &QShortcut::activated, this, &WelcomePage::removeSelected);
    connect(m_recentFiles, &RecentFiles::changed, this, &WelcomePage::fillRecentFiles);
    fillRecentFiles();
}

void WelcomePage::showEvent(QShowEvent* event)
{
    QWidget::showEvent(event);
    fillRecentFiles();
}

void WelcomePage::fillRecentFiles()
{
    const QString current = selectedPath();
    m_recentList->clear();
    for (const QString& path : m_recentFiles->entries()) {
        auto* item = new QListWidgetItem(m_recentList);
        item->setIcon(svgIcon(QStringLiteral(":/icons/palier.svg")));
        item->setData(PathRole, path);
        if (RecentFiles::isServer(path)) {
            // Whether the server answers is known only by connecting: always offered.
            item->setText(RecentFiles::displayName(path) + u'\n' + tr("Shared database on a PostgreSQL server"));
            item->setData(ExistsRole, true);
            item->setToolTip(Database::displayLocation(path));
            if (path == current) {
                m_recentList->setCurrentItem(item);
            }
            continue;
        }
        const QFileInfo info(path);
        const bool exists = info.exists();
        const QString folder = QDir::toNativeSeparators(info.absolutePath());
        item->setText(exists ? info.fileName() + u'\n' + folder
                             : tr("%1 (not found)").arg(info.fileName()) + u'\n' + folder);
        item->setData(ExistsRole, exists);
        item->setToolTip(exists ? QDir::toNativeSeparators(path)
                                : tr("“%1” cannot be found: it was moved or deleted, or its drive is not "
                                     "connected. Remove it from the list, or connect the drive.")
                                      .arg(QDir::toNativeSeparators(path)));
        if (!exists) {
            item->setForeground(palette().brush(QPalette::Disabled, QPalette::Text));
        }
        if (path == current) {
            m_recentList->setCurrentItem(item);
        }
    }
    if (m_recentList->count() == 0) {
        auto* empty = new QListWidgetItem(tr("No database opened yet"), m_recentList);
        empty->setFlags(Qt::NoItemFlags);
    } else if (!m_recentList->currentItem()) {
        // The newest file that can be opened, so that Enter opens it.
        for (int row = 0; row < m_recentList->count(); ++row) {
            if (m_recentList->item(row)->data(ExistsRole).toBool()) {
                m_recentList->setCurrentRow(row);
                break;
            }
        }
    }
    updateButtons();
}

QString WelcomePage::selectedPath() const
{
    const QListWidgetItem* item = m_recentList->currentItem();
    return item ? item->data(PathRole).toString() : QString();
}

void WelcomePage::updateButtons()
{
    const QListWidgetItem* item = m_recentList->currentItem();
    m_openRecentButton->setEnabled(item && item->data(ExistsRole).toBool());
    m_removeButton->setEnabled(item && !item->data(PathRole).toString().isEmpty());
}

void WelcomePage::openSelected()
{
    openItem(m_recentList->currentItem());
}

void WelcomePage::openItem(const QListWidgetItem* item)
{
    if (item && item->data(ExistsRole).toBool()) {
        emit fileRequested(item->data(PathRole).toString());
    }
}

void WelcomePage::removeSelected()
{
    const int row = m_recentList->currentRow();
    if (const QString path = selectedPath(); !path.isEmpty()) {
        m_recentFiles->remove(path);
        m_recentList->setCurrentRow(qMin(row, m_recentList->count() - 1));
    }
}

} // namespace Palier
