// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QStringList>
#include <QWidget>

class QTextBrowser;

namespace Palier {

/// Help › User Guide: the referent's guide (docs/guide/LANG.md and its screenshots) in a window of its own, in the
/// language of the interface, English when that one is missing.
class HelpBrowser : public QWidget
{
    Q_OBJECT

public:
    /// Shows the guide found in `guideDirs` (every folder of guideDirectories() when empty).
    explicit HelpBrowser(const QStringList& guideDirs = {}, QWidget* parent = nullptr);

    /// Where the guide may be, first found first: next to the executable (`guide/`, the build tree and the
    /// Windows installation), the installed data folder (`../share/palier/guide`), then `palier/guide` in every
    /// data folder of QStandardPaths (/usr/share, /usr/local/share, %ProgramData%…).
    static QStringList guideDirectories();
    /// The guide's Markdown file in `language` ("fr", "en") in the first of `dirs` holding one, falling back to
    /// English; empty when there is none.
    static QString guideFile(const QString& language, const QStringList& dirs);
    /// The language of the interface, as Translations.h chose it: "fr" or "en".
    static QString interfaceLanguage();

    /// The file shown, empty when the guide was not found.
    QString file() const { return m_file; }

private:
    void fitImages();

    QTextBrowser* m_browser = nullptr;
    QString m_file;
};

} // namespace Palier
