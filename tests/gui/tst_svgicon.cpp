// SPDX-License-Identifier: GPL-3.0-or-later
#include "SvgIcon.h"

#include <QApplication>
#include <QDir>
#include <QIcon>
#include <QImage>
#include <QPainter>
#include <QTest>

using namespace Palier;

class TestSvgIcon : public QObject
{
    Q_OBJECT

private slots:
    void drawsAsQtsSvgEngine_data();
    void drawsAsQtsSvgEngine();
    void paintsIntoARectangle();
    void missingFileIsNull();
};

void TestSvgIcon::drawsAsQtsSvgEngine_data()
{
    QTest::addColumn<QString>("path");
    const QStringList icons = QDir(QStringLiteral(":/icons")).entryList({QStringLiteral("*.svg")});
    QVERIFY(icons.size() >= 10);
    for (const QString& name : icons) {
        QTest::newRow(qPrintable(name)) << QStringLiteral(":/icons/") + name;
    }
}

void TestSvgIcon::drawsAsQtsSvgEngine()
{
    QFETCH(QString, path);
    const QIcon qt(path); // Qt's SVG icon plug-in
    const QIcon ours = svgIcon(path);
    QVERIFY(!qt.isNull());
    QVERIFY(!ours.isNull());
    for (const QSize size : {QSize(16, 16), QSize(24, 24), QSize(36, 36), QSize(64, 64), QSize(40, 20)}) {
        for (const QIcon::Mode mode : {QIcon::Normal, QIcon::Disabled, QIcon::Active, QIcon::Selected}) {
            const QImage expected = qt.pixmap(size, mode).toImage();
            const QImage actual = ours.pixmap(size, mode).toImage();
            QVERIFY(!actual.isNull());
            QCOMPARE(actual.size(), expected.size());
            QVERIFY2(actual == expected,
                     qPrintable(QStringLiteral("%1x%2, mode %3").arg(size.width()).arg(size.height()).arg(mode)));
            QCOMPARE(ours.actualSize(size, mode), qt.actualSize(size, mode));
        }
    }
}

void TestSvgIcon::paintsIntoARectangle()
{
    const QString path = QStringLiteral(":/icons/palier.svg");
    QImage expected(48, 48, QImage::Format_ARGB32_Premultiplied);
    expected.fill(Qt::white);
    QImage actual = expected;
    {
        QPainter painter(&expected);
        QIcon(path).paint(&painter, QRect(8, 8, 32, 32), Qt::AlignCenter, QIcon::Disabled);
    }
    {
        QPainter painter(&actual);
        svgIcon(path).paint(&painter, QRect(8, 8, 32, 32), Qt::AlignCenter, QIcon::Disabled);
    }
    QVERIFY(actual == expected);
    QImage blank(48, 48, QImage::Format_ARGB32_Premultiplied);
    blank.fill(Qt::white);
    QVERIFY(actual != blank); // something was drawn
}

void TestSvgIcon::missingFileIsNull()
{
    const QIcon missing = svgIcon(QStringLiteral(":/icons/no-such-icon.svg"));
    QVERIFY(missing.isNull());
    QVERIFY(missing.pixmap(16, 16).isNull());
}

QTEST_MAIN(TestSvgIcon)
#include "tst_svgicon.moc"
