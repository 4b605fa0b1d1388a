// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QMessageBox>
#include <QString>

class QWidget;

namespace Palier {

struct Error;

/// Every modal message of the GUI goes through here, so that tests can answer it without a screen
/// (after KeePassXC's MessageBox::setNextAnswer).
class MessageBox
{
public:
    using Button = QMessageBox::StandardButton;
    using Buttons = QMessageBox::StandardButtons;

    static Button critical(QWidget* parent, const QString& title, const QString& text, const QString& detail = {},
                           Buttons buttons = QMessageBox::Ok);
    static Button warning(QWidget* parent, const QString& title, const QString& text, const QString& detail = {},
                          Buttons buttons = QMessageBox::Ok);
    static Button information(QWidget* parent, const QString& title, const QString& text,
                              Buttons buttons = QMessageBox::Ok);
    static Button question(QWidget* parent, const QString& title, const QString& text,
                           Buttons buttons = QMessageBox::Yes | QMessageBox::No);

    /// Shows an error from the core: its translated message, its technical detail behind "Show Details…".
    static void showError(QWidget* parent, const QString& title, const Error& error);

    /// The next message is not shown: it is answered with `button` at once. For tests.
    static void setNextAnswer(Button button);
    /// The text of the last message asked for, shown or answered. For tests.
    static QString lastText();

private:
    static Button show(QWidget* parent, QMessageBox::Icon icon, const QString& title, const QString& text,
                       const QString& detail, Buttons buttons);
};

} // namespace Palier
