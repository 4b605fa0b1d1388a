// SPDX-License-Identifier: GPL-3.0-or-later
#include "AfterFirstPaint.h"

#include <QEvent>
#include <QPointer>
#include <QTimer>
#include <QWidget>

namespace Palier {

namespace {

/// Waits for the paint of its window; a child of the context, so that deleting the context cancels it.
class FirstPaintWaiter : public QObject
{
public:
    FirstPaintWaiter(QWidget* window, QObject* context, std::function<void()> action, int fallbackMs)
        : QObject(context)
        , m_window(window)
        , m_action(std::move(action))
    {
        if (!window->isVisible()) {
            QTimer::singleShot(0, this, &FirstPaintWaiter::run);
            return;
        }
        window->installEventFilter(this);
        QTimer::singleShot(fallbackMs, this, &FirstPaintWaiter::run);
    }

    ~FirstPaintWaiter() override
    {
        if (m_window) {
            m_window->removeEventFilter(this);
        }
    }

protected:
    bool eventFilter(QObject* watched, QEvent* event) override
    {
        // UpdateRequest: the window paints what changed in its children, which may not include itself.
        if (watched == m_window && (event->type() == QEvent::Paint || event->type() == QEvent::UpdateRequest)) {
            watched->removeEventFilter(this);
            QTimer::singleShot(0, this, &FirstPaintWaiter::run); // after the paint, not during it
        }
        return false;
    }

private:
    void run()
    {
        if (m_done) {
            return;
        }
        m_done = true;
        if (m_window) {
            m_window->removeEventFilter(this);
        }
        const std::function<void()> action = std::move(m_action);
        deleteLater();
        action();
    }

    QPointer<QWidget> m_window;
    std::function<void()> m_action;
    bool m_done = false;
};

} // namespace

void runAfterFirstPaint(QWidget* window, QObject* context, std::function<void()> action, int fallbackMs)
{
    new FirstPaintWaiter(window, context, std::move(action), fallbackMs);
}

} // namespace Palier
