// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ImportSession.h"

#include <QWizard>

class QMimeData;

namespace Palier {

class Database;

/// Brings a file someone else wrote into the campaign database, one decision per page: the file, how it reads,
/// which column is which, what the rows would change (a dry run listing every rejected row), then the import
/// itself, all or nothing. The reading and writing run off the GUI thread and can be cancelled.
class ImportWizard : public QWizard
{
    Q_OBJECT

public:
    enum PageId { FilePageId, FormatPageId, MappingPageId, ValidationPageId, ResultPageId };

    /// `path` may be empty: the first page asks for a file.
    ImportWizard(const Database& db, ImportKind kind, const QString& path = {}, QWidget* parent = nullptr);
    ~ImportWizard() override;

    ImportSession& session() { return m_session; }

    /// Whether `path` looks like a table the wizard can read (by its extension).
    static bool isImportable(const QString& path);
    /// The local file dragged in `mime`, when there is exactly one.
    static QString droppedFile(const QMimeData* mime);
    /// The kind a file's name suggests ("…ght…" → GHT), else `fallback`.
    static ImportKind guessKind(const QString& path, ImportKind fallback);
    /// The filter of the file dialogs.
    static QString fileDialogFilter();

    void reject() override;

Q_SIGNALS:
    /// Rows were written: the pages showing them should reload.
    void imported();

private:
    ImportSession m_session;
};

} // namespace Palier
