// SPDX-License-Identifier: GPL-3.0-or-later
#include "HelpBrowser.h"

#include "SvgIcon.h"

#include <QCoreApplication>
#include <QDesktopServices>
#include <QDir>
#include <QFileInfo>
#include <QIcon>
#include <QImage>
#include <QLocale>
#include <QStandardPaths>
#include <QTextBlock>
#include <QTextBrowser>
#include <QTextCursor>
#include <QTextDocument>
#include <QTextFragment>
#include <QTextImageFormat>
#include <QUrl>
#include <QVBoxLayout>

namespace Palier {

namespace {

/// Screenshots wider than this are shown scaled down (a click on the file opens them full size elsewhere).
constexpr int MaximumImageWidth = 860;

} // namespace

HelpBrowser::HelpBrowser(const QStringList& guideDirs, QWidget* parent)
    : QWidget(parent, Qt::Window)
{
    setObjectName(QStringLiteral("helpBrowser"));
    setWindowTitle(tr("Palier User Guide"));
    setWindowIcon(svgIcon(QStringLiteral(":/icons/palier.svg")));
    m_browser = new QTextBrowser(this);
    m_browser->setObjectName(QStringLiteral("guideTextBrowser"));
    m_browser->setAccessibleName(tr("User guide"));
    m_browser->setOpenExternalLinks(true);
    m_browser->document()->setDocumentMargin(16);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_browser);
    resize(960, 720);

    m_file = guideFile(interfaceLanguage(), guideDirs.isEmpty() ? guideDirectories() : guideDirs);
    if (m_file.isEmpty()) {
        m_browser->setMarkdown(
            tr("# The user guide is not installed\n\nPalier looked for it in:\n\n%1\n\nReinstall Palier, or read "
               "it on the project's site.")
                .arg(QDir::toNativeSeparators(guideDirectories().join(QStringLiteral("\n\n")))));
        return;
    }
    const QFileInfo info(m_file);
    m_browser->setSearchPaths({info.absolutePath(), info.absoluteDir().filePath(QStringLiteral("img"))});
    connect(m_browser, &QTextBrowser::sourceChanged, this, &HelpBrowser::fitImages);
    m_browser->setSource(QUrl::fromLocalFile(info.absoluteFilePath()), QTextDocument::MarkdownResource);
}

QStringList HelpBrowser::guideDirectories()
{
    const QDir executable(QCoreApplication::applicationDirPath());
    QStringList dirs{executable.filePath(QStringLiteral("guide")),
                     QDir::cleanPath(executable.filePath(QStringLiteral("../share/palier/guide")))};
    for (const QString& data : QStandardPaths::standardLocations(QStandardPaths::GenericDataLocation)) {
        dirs.append(QDir(data).filePath(QStringLiteral("palier/guide")));
    }
    dirs.removeDuplicates();
    return dirs;
}

QString HelpBrowser::guideFile(const QString& language, const QStringList& dirs)
{
    QStringList languages{language};
    if (language != QLatin1String("en")) {
        languages.append(QStringLiteral("en"));
    }
    for (const QString& candidate : std::as_const(languages)) {
        for (const QString& dir : dirs) {
            const QFileInfo file(QDir(dir).filePath(candidate + QLatin1String(".md")));
            if (file.isFile()) {
                return file.absoluteFilePath();
            }
        }
    }
    return {};
}

QString HelpBrowser::interfaceLanguage()
{
    return QLocale().language() == QLocale::French ? QStringLiteral("fr") : QStringLiteral("en");
}

void HelpBrowser::fitImages()
{
    // Markdown gives no image size: the screenshots would show at their full width. Scale them to the page.
    QTextDocument* document = m_browser->document();
    QTextCursor cursor(document);
    cursor.beginEditBlock();
    for (QTextBlock block = document->begin(); block.isValid(); block = block.next()) {
        for (auto it = block.begin(); !it.atEnd(); ++it) {
            const QTextFragment fragment = it.fragment();
            QTextImageFormat format = fragment.charFormat().toImageFormat();
            if (!format.isValid()) {
                continue;
            }
            const QVariant resource = document->resource(QTextDocument::ImageResource, QUrl(format.name()));
            const QImage image = resource.value<QImage>();
            if (image.isNull() || image.width() <= MaximumImageWidth) {
                continue;
            }
            format.setWidth(MaximumImageWidth);
            format.setHeight(double(image.height()) * MaximumImageWidth / image.width());
            cursor.setPosition(fragment.position());
            cursor.setPosition(fragment.position() + fragment.length(), QTextCursor::KeepAnchor);
            cursor.setCharFormat(format);
        }
    }
    cursor.endEditBlock();
    document->setModified(false);
}

} // namespace Palier
