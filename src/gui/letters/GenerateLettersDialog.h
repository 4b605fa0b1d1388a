// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "letters/LetterBatch.h"

#include <QDialog>

class QCheckBox;
class QDialogButtonBox;
class QLineEdit;
class QRadioButton;

namespace Palier {

/// Where and how to write a batch of letters: the folder, PDF or OpenDocument text (to touch letters up by hand),
/// and optionally every letter in one PDF for printing in one go.
class GenerateLettersDialog : public QDialog
{
    Q_OBJECT

public:
    GenerateLettersDialog(const QString& initialFolder, int letterCount, QWidget* parent = nullptr);

    QString folder() const;
    LetterFormat format() const;
    /// The combined PDF's path, empty when not asked for.
    QString combinedPdf() const;

private:
    void update();

    QLineEdit* m_folder;
    QRadioButton* m_pdf;
    QRadioButton* m_odt;
    QCheckBox* m_combined;
    QLineEdit* m_combinedName;
    QDialogButtonBox* m_buttons;
};

} // namespace Palier
