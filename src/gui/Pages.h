// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QFont>
#include <QList>
#include <QString>

#include <optional>

namespace Palier {

/// The pages of the main window, in the order of the referent's year.
enum class Page {
    Dashboard,
    Roadmap,
    Establishments,
    Candidatures,
    Instruction,
    Preselection,
    Letters,
    FollowUp,
};

/// Names, icons and descriptions of the pages, shared by the sidebar, the command line and the settings.
class Pages
{
    Q_DECLARE_TR_FUNCTIONS(Palier::Pages)

public:
    static const QList<Page>& all();

    /// Stable untranslated key, used by `--page` and in the settings ("establishments").
    static QString key(Page page);
    static std::optional<Page> fromKey(const QString& key);

    static QString title(Page page);
    static QString iconPath(Page page);
    /// What the page will let the referent do, shown until the page exists.
    static QString plannedFeature(Page page);

    /// The font of a page's title: `base`, larger and bold.
    static QFont titleFont(QFont base);
    /// The font of a section's heading inside a page (a detail form's title): `base`, a little larger and bold.
    static QFont sectionFont(QFont base);
};

} // namespace Palier
