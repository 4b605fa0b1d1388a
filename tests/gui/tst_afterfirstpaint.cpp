// SPDX-License-Identifier: GPL-3.0-or-later
// Work that waits for the window's first paint (runAfterFirstPaint): once, after the paint and after what the paint
// left in the event queue (a quit at the first paint then stops nothing); from the event loop at once for a window
// not shown; after the fallback delay for a window that does not paint; never once its context is deleted.
#include "AfterFirstPaint.h"

#include <QApplication>
#include <QEvent>
#include <QPointer>
#include <QTest>
#include <QTimer>
#include <QWidget>

using namespace Palier;

namespace {

/// Posts, at the window's paint, what a benchmark's quit would post: it records "paint follow-up" when it runs.
class PaintFollowUp : public QObject
{
public:
    explicit PaintFollowUp(QStringList& log)
        : m_log(log)
    {}

protected:
    bool eventFilter(QObject* watched, QEvent* event) override
    {
        if (event->type() == QEvent::Paint) {
            watched->removeEventFilter(this);
            m_log.append(QStringLiteral("painted"));
            QTimer::singleShot(0, this, [this] { m_log.append(QStringLiteral("paint follow-up")); });
        }
        return false;
    }

private:
    QStringList& m_log;
};

} // namespace

class TestAfterFirstPaint : public QObject
{
    Q_OBJECT

private slots:
    void runsOnceAfterThePaintAndWhatItLeftQueued();
    void atOnceForAWindowNotShown();
    void afterTheFallbackWhenNothingPaints();
    void cancelledWithItsContext();
};

void TestAfterFirstPaint::runsOnceAfterThePaintAndWhatItLeftQueued()
{
    QWidget window;
    window.resize(320, 200);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QTest::qWait(50); // the show's own paint is over

    QStringList log;
    PaintFollowUp followUp(log);
    QObject context;
    runAfterFirstPaint(&window, &context, [&log] { log.append(QStringLiteral("action")); });
    window.installEventFilter(&followUp); // installed last, so filtered first, like a quit armed after the opening
    QCoreApplication::processEvents();
    QVERIFY(!log.contains(QStringLiteral("action"))); // nothing painted yet
    window.update();
    QTRY_VERIFY(log.contains(QStringLiteral("action")));
    QCOMPARE(log,
             (QStringList{QStringLiteral("painted"), QStringLiteral("paint follow-up"), QStringLiteral("action")}));
    window.update();
    QTest::qWait(50);
    QCOMPARE(log.count(QStringLiteral("action")), 1);
}

void TestAfterFirstPaint::atOnceForAWindowNotShown()
{
    QWidget window;
    QObject context;
    bool ran = false;
    runAfterFirstPaint(&window, &context, [&ran] { ran = true; });
    QVERIFY(!ran); // from the event loop, not from the call
    QTRY_VERIFY(ran);
}

void TestAfterFirstPaint::afterTheFallbackWhenNothingPaints()
{
    QWidget window;
    window.resize(320, 200);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QTest::qWait(50);
    window.setUpdatesEnabled(false); // as a minimized window, it paints nothing
    QObject context;
    bool ran = false;
    runAfterFirstPaint(
        &window, &context, [&ran] { ran = true; }, 100);
    window.update();
    QTest::qWait(30);
    QVERIFY(!ran);
    QTRY_VERIFY_WITH_TIMEOUT(ran, 2000);
}

void TestAfterFirstPaint::cancelledWithItsContext()
{
    QWidget window;
    window.resize(320, 200);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    bool ran = false;
    auto* context = new QObject;
    runAfterFirstPaint(
        &window, context, [&ran] { ran = true; }, 100);
    delete context;
    window.update();
    QTest::qWait(250); // past the paint and the fallback
    QVERIFY(!ran);
}

QTEST_MAIN(TestAfterFirstPaint)
#include "tst_afterfirstpaint.moc"
