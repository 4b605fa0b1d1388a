// SPDX-License-Identifier: GPL-3.0-or-later
#include "MessageBox.h"

#include "Result.h"

#include <utility>

namespace Palier {

namespace {

MessageBox::Button g_nextAnswer = QMessageBox::NoButton;
QString g_lastText;

} // namespace

MessageBox::Button MessageBox::critical(QWidget* parent, const QString& title, const QString& text,
                                        const QString& detail, Buttons buttons)
{
    return show(parent, QMessageBox::Critical, title, text, detail, buttons);
}

MessageBox::Button MessageBox::warning(QWidget* parent, const QString& title, const QString& text,
                                       const QString& detail, Buttons buttons)
{
    return show(parent, QMessageBox::Warning, title, text, detail, buttons);
}

MessageBox::Button MessageBox::information(QWidget* parent, const QString& title, const QString& text, Buttons buttons)
{
    return show(parent, QMessageBox::Information, title, text, {}, buttons);
}

MessageBox::Button MessageBox::question(QWidget* parent, const QString& title, const QString& text, Buttons buttons)
{
    return show(parent, QMessageBox::Question, title, text, {}, buttons);
}

void MessageBox::showError(QWidget* parent, const QString& title, const Error& error)
{
    critical(parent, title, error.message, error.detail);
}

void MessageBox::setNextAnswer(Button button)
{
    g_nextAnswer = button;
}

QString MessageBox::lastText()
{
    return g_lastText;
}

MessageBox::Button MessageBox::show(QWidget* parent, QMessageBox::Icon icon, const QString& title, const QString& text,
                                    const QString& detail, Buttons buttons)
{
    g_lastText = text;
    if (g_nextAnswer != QMessageBox::NoButton) {
        return std::exchange(g_nextAnswer, QMessageBox::NoButton);
    }
    QMessageBox box(icon, title, text, buttons, parent);
    box.setObjectName(QStringLiteral("messageBox"));
    box.setDetailedText(detail);
    return static_cast<Button>(box.exec());
}

} // namespace Palier
