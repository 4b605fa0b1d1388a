// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDialog>

class QComboBox;
class QSpinBox;

namespace Palier {

/// The user's preferences (QSettings): the language of the interface (from the next start) and how many
/// automatic backups of each database are kept.
class SettingsDialog : public QDialog
{
    Q_OBJECT

public:
    explicit SettingsDialog(QWidget* parent = nullptr);

    /// The settings key of the language chosen here: "fr", "en", or empty for the system's.
    static QString languageKey();

    void accept() override;

private:
    QComboBox* m_language;
    QSpinBox* m_backups;
};

} // namespace Palier
