// SPDX-License-Identifier: GPL-3.0-or-later
#include "ImportWizard.h"

#include "ImportFilePage.h"
#include "ImportFormatPage.h"
#include "ImportMappingPage.h"
#include "ImportResultPage.h"
#include "ImportTask.h"
#include "ImportValidationPage.h"

#include <QFileInfo>
#include <QMimeData>
#include <QUrl>

namespace Palier {

namespace {
const QStringList ImportableSuffixes{QStringLiteral("csv"), QStringLiteral("txt"), QStringLiteral("tsv"),
                                     QStringLiteral("xlsx")};
constexpr QSize WizardSize(900, 640);
} // namespace

ImportWizard::ImportWizard(const Database& db, ImportKind kind, const QString& path, QWidget* parent)
    : QWizard(parent)
{
    setObjectName(QStringLiteral("importWizard"));
    setWindowTitle(tr("Import"));
    setWizardStyle(QWizard::ModernStyle);
    setOptions(QWizard::NoBackButtonOnLastPage | QWizard::NoCancelButtonOnLastPage | QWizard::NoDefaultButton);
    resize(WizardSize);
    m_session.db = &db;
    m_session.request.kind = kind;
    m_session.request.path = path;
    setPage(FilePageId, new ImportFilePage(&m_session));
    setPage(FormatPageId, new ImportFormatPage(&m_session));
    setPage(MappingPageId, new ImportMappingPage(&m_session));
    setPage(ValidationPageId, new ImportValidationPage(&m_session));
    auto* result = new ImportResultPage(&m_session);
    setPage(ResultPageId, result);
    connect(result, &ImportResultPage::imported, this, &ImportWizard::imported);
}

ImportWizard::~ImportWizard() = default;

void ImportWizard::reject()
{
    // Closing while the import writes only asks it to stop: the last page then says what happened.
    if (auto* result = qobject_cast<ImportResultPage*>(page(ResultPageId)); result->isRunning()) {
        result->cancelImport();
        return;
    }
    // A dry run writes nothing: it is stopped and the wizard closes.
    const QList<ImportTask*> tasks = findChildren<ImportTask*>();
    for (ImportTask* task : tasks) {
        task->cancel();
    }
    for (ImportTask* task : tasks) {
        task->waitForFinished();
    }
    QWizard::reject();
}

bool ImportWizard::isImportable(const QString& path)
{
    const QFileInfo info(path);
    return info.isFile() && ImportableSuffixes.contains(info.suffix().toLower());
}

QString ImportWizard::droppedFile(const QMimeData* mime)
{
    if (!mime || !mime->hasUrls() || mime->urls().size() != 1 || !mime->urls().constFirst().isLocalFile()) {
        return {};
    }
    return mime->urls().constFirst().toLocalFile();
}

ImportKind ImportWizard::guessKind(const QString& path, ImportKind fallback)
{
    const QString name = QFileInfo(path).completeBaseName().toLower();
    if (name.contains(QLatin1String("ght"))) {
        return ImportKind::Ghts;
    }
    if (name.contains(QLatin1String("score")) || name.contains(QLatin1String("note"))) {
        return ImportKind::Scores;
    }
    if (name.contains(QLatin1String("declaration"))) {
        return ImportKind::Declarations;
    }
    if (name.contains(QLatin1String("indicat")) || name.contains(QLatin1String("prerequis"))) {
        return ImportKind::Indicators;
    }
    if (name.contains(QLatin1String("candidat")) || name.contains(QLatin1String("ami"))) {
        return ImportKind::Candidatures;
    }
    if (name.contains(QLatin1String("finess")) || name.contains(QLatin1String("etab")) ||
        name.contains(QLatin1String("-id"))) {
        return ImportKind::Establishments;
    }
    return fallback;
}

QString ImportWizard::fileDialogFilter()
{
    return tr("Tables (*.csv *.txt *.tsv *.xlsx);;All files (*)");
}

} // namespace Palier
