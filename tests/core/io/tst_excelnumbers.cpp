// SPDX-License-Identifier: GPL-3.0-or-later
#include "io/ExcelNumbers.h"

#include <QTest>

using namespace Palier::ExcelNumbers;

Q_DECLARE_METATYPE(Palier::ExcelNumbers::FormatKind)

class TestExcelNumbers : public QObject
{
    Q_OBJECT

private slots:
    void builtinFormats();
    void formatCodes_data();
    void formatCodes();
    void serials_data();
    void serials();
};

void TestExcelNumbers::builtinFormats()
{
    for (int id : {0, 1, 2, 9, 10, 11, 12, 13, 37, 44, 48, 49}) {
        QCOMPARE(builtinFormatKind(id), FormatKind::Number);
    }
    for (int id : {14, 15, 16, 17}) {
        QCOMPARE(builtinFormatKind(id), FormatKind::Date);
    }
    QCOMPARE(builtinFormatKind(22), FormatKind::DateTime);
    for (int id : {18, 19, 20, 21, 45, 46, 47}) {
        QCOMPARE(builtinFormatKind(id), FormatKind::Time);
    }
}

void TestExcelNumbers::formatCodes_data()
{
    QTest::addColumn<QString>("code");
    QTest::addColumn<FormatKind>("kind");
    QTest::addRow("General") << QStringLiteral("General") << FormatKind::Number;
    QTest::addRow("dd/mm/yyyy") << QStringLiteral("dd/mm/yyyy") << FormatKind::Date;
    QTest::addRow("French long date") << QStringLiteral("[$-40C]d\\ mmmm\\ yyyy;@") << FormatKind::Date;
    QTest::addRow("ISO date time") << QStringLiteral("yyyy-mm-dd hh:mm:ss") << FormatKind::DateTime;
    QTest::addRow("minutes seconds") << QStringLiteral("mm:ss") << FormatKind::Time;
    QTest::addRow("elapsed hours") << QStringLiteral("[h]:mm") << FormatKind::Time;
    QTest::addRow("euros") << QStringLiteral("#,##0.00\\ \"€\"") << FormatKind::Number;
    QTest::addRow("quoted letters") << QStringLiteral("0\" jours, heures et secondes\"") << FormatKind::Number;
    QTest::addRow("escaped letters") << QStringLiteral("0\\d\\a\\y") << FormatKind::Number;
    QTest::addRow("colour") << QStringLiteral("[Red]0.00;[Blue]-0.00") << FormatKind::Number;
    QTest::addRow("padding") << QStringLiteral("_-* #,##0_-;-* #,##0_-") << FormatKind::Number;
    QTest::addRow("text") << QStringLiteral("@") << FormatKind::Number;
    QTest::addRow("scientific") << QStringLiteral("0.00E+00") << FormatKind::Number;
    QTest::addRow("date in second section only") << QStringLiteral("0;dd/mm/yyyy") << FormatKind::Number;
}

void TestExcelNumbers::formatCodes()
{
    QFETCH(QString, code);
    QFETCH(FormatKind, kind);
    QCOMPARE(classifyFormatCode(code), kind);
}

void TestExcelNumbers::serials_data()
{
    QTest::addColumn<QString>("stored");
    QTest::addColumn<FormatKind>("kind");
    QTest::addColumn<bool>("date1904");
    QTest::addColumn<QString>("shown");
    QTest::addRow("number as stored") << QStringLiteral("1.5E+13") << FormatKind::Number << false
                                      << QStringLiteral("1.5E+13");
    QTest::addRow("2019-01-01") << QStringLiteral("43466") << FormatKind::Date << false << QStringLiteral("2019-01-01");
    QTest::addRow("1979-02-13") << QStringLiteral("28899") << FormatKind::Date << false << QStringLiteral("1979-02-13");
    QTest::addRow("first day") << QStringLiteral("1") << FormatKind::Date << false << QStringLiteral("1900-01-01");
    QTest::addRow("before the phantom day")
        << QStringLiteral("59") << FormatKind::Date << false << QStringLiteral("1900-02-28");
    QTest::addRow("after the phantom day")
        << QStringLiteral("61") << FormatKind::Date << false << QStringLiteral("1900-03-01");
    QTest::addRow("date ignores time") << QStringLiteral("43466.75") << FormatKind::Date << false
                                       << QStringLiteral("2019-01-01");
    QTest::addRow("date time") << QStringLiteral("43466.5") << FormatKind::DateTime << false
                               << QStringLiteral("2019-01-01 12:00:00");
    QTest::addRow("date time at midnight")
        << QStringLiteral("43466") << FormatKind::DateTime << false << QStringLiteral("2019-01-01");
    QTest::addRow("rounding to next day")
        << QStringLiteral("43466.999999999") << FormatKind::DateTime << false << QStringLiteral("2019-01-02");
    QTest::addRow("time") << QStringLiteral("0.75") << FormatKind::Time << false << QStringLiteral("18:00:00");
    QTest::addRow("duration") << QStringLiteral("1.5") << FormatKind::Time << false << QStringLiteral("36:00:00");
    QTest::addRow("1904 system") << QStringLiteral("0") << FormatKind::Date << true << QStringLiteral("1904-01-01");
    QTest::addRow("1904 system later") << QStringLiteral("41999") << FormatKind::Date << true
                                       << QStringLiteral("2018-12-27");
    QTest::addRow("last day") << QStringLiteral("2958465") << FormatKind::Date << false << QStringLiteral("9999-12-31");
    QTest::addRow("beyond 9999") << QStringLiteral("2958466") << FormatKind::Date << false << QStringLiteral("2958466");
    QTest::addRow("negative") << QStringLiteral("-1") << FormatKind::Date << false << QStringLiteral("-1");
    QTest::addRow("not a number") << QStringLiteral("abc") << FormatKind::Date << false << QStringLiteral("abc");
    QTest::addRow("infinite") << QStringLiteral("1e400") << FormatKind::Date << false << QStringLiteral("1e400");
}

void TestExcelNumbers::serials()
{
    QFETCH(QString, stored);
    QFETCH(FormatKind, kind);
    QFETCH(bool, date1904);
    QFETCH(QString, shown);
    QCOMPARE(formatStoredNumber(stored, kind, date1904), shown);
}

QTEST_GUILESS_MAIN(TestExcelNumbers)
#include "tst_excelnumbers.moc"
