// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "letters/LetterData.h"

#include <QDialog>

#include <optional>

class QComboBox;
class QLabel;
class QPlainTextEdit;
class QPushButton;
class QStandardItemModel;
class QTextBrowser;
class QTextDocument;
class QTimer;
class QTreeView;

namespace Palier {

class Database;

/// The model of the names a template may use, with what they hold: shown beside the template editor.
QStandardItemModel* createPlaceholderModel(QObject* parent);

/// Edits the body of a letter kind as HTML with Mustache tags, with the placeholders beside and a live preview on
/// a real establishment of the campaign. A template that does not validate cannot be saved; the message names the
/// line. Saving makes a new version.
class LetterTemplateDialog : public QDialog
{
    Q_OBJECT

public:
    LetterTemplateDialog(const Database& db, QWidget* parent = nullptr);
    ~LetterTemplateDialog() override;

    /// Saves the text as the next version of the kind shown; false (with the reason shown) when it is refused.
    bool save();

private:
    void showKind();
    void refreshPreview();
    void insertPlaceholder(const QModelIndex& index);

    const Database& m_db;
    std::optional<LetterContext> m_context;
    QComboBox* m_kindComboBox;
    QLabel* m_versionLabel;
    QPlainTextEdit* m_sourceEdit;
    QTextBrowser* m_previewBrowser;
    QTreeView* m_placeholderView;
    QLabel* m_statusLabel;
    QPushButton* m_saveButton;
    QTimer* m_previewTimer;
    QTextDocument* m_previewDocument = nullptr;
};

} // namespace Palier
