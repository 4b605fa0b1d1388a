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
            QTimer::singleShot(0, this, &FirstPaintWaiter::afterPaint); // after the paint, not during it
        }
        return false;
    }

private:
    /// A turn of the event loop later still: what the paint left in the event queue goes first (input, the next
    /// repaint, or a quit that ends a run at its first paint, which then has nothing to stop).
    void afterPaint() { QTimer::singleShot(0, this, &FirstPaintWaiter::run); }

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
