// SPDX-License-Identifier: GPL-3.0-or-later
#include "io/TextDecoding.h"

#include <QTest>

using namespace Palier;
using namespace Palier::TextDecoding;

class TestTextDecoding : public QObject
{
    Q_OBJECT

private slots:
    void windows1252Table_data();
    void windows1252Table();
    void utf8Lenient_data();
    void utf8Lenient();
    void validPrefixStopsAtIncompleteSequence();
    void checkerCarriesSequencesAcrossBlocks();
    void byteOrderMarks();
    void utf16WithoutBom();
};

void TestTextDecoding::windows1252Table_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QString>("text");
    QTest::addRow("ascii") << QByteArray("CH DE FLEYRIAT") << QStringLiteral("CH DE FLEYRIAT");
    QTest::addRow("latin1 accents") << QByteArray("H\xd4PITAL \xc9LOI") << QStringLiteral("HÔPITAL ÉLOI");
    QTest::addRow("euro and quotes") << QByteArray("\x80 \x92\x93\x94 \x96") << QStringLiteral("€ ’“” –");
    QTest::addRow("oe ligature") << QByteArray("\x8c\x9c") << QStringLiteral("Œœ");
    QTest::addRow("undefined bytes stay C1")
        << QByteArray("\x81\x8d\x8f\x90\x9d") << QStringLiteral("\u0081\u008d\u008f\u0090\u009d");
    QTest::addRow("last byte") << QByteArray("\xff") << QStringLiteral("ÿ");
}

void TestTextDecoding::windows1252Table()
{
    QFETCH(QByteArray, bytes);
    QFETCH(QString, text);
    QCOMPARE(decode(bytes.constData(), bytes.size(), TextEncoding::Windows1252), text);
}

void TestTextDecoding::utf8Lenient_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QString>("text");
    QTest::addRow("utf-8") << QByteArray("Auvergne-Rh\xc3\xb4ne-Alpes") << QStringLiteral("Auvergne-Rhône-Alpes");
    QTest::addRow("4-byte") << QByteArray("\xf0\x9f\x8f\xa5") << QStringLiteral("\U0001F3E5");
    QTest::addRow("stray latin-1") << QByteArray("H\xd4PITAL") << QStringLiteral("HÔPITAL");
    QTest::addRow("mixed") << QByteArray("R\xc3\xa9gion \xe9t\xe9") << QStringLiteral("Région été");
    QTest::addRow("truncated sequence") << QByteArray("ab\xc3") << QStringLiteral("abÃ");
    QTest::addRow("overlong") << QByteArray("\xc0\xaf") << QStringLiteral("À¯");
    QTest::addRow("surrogate") << QByteArray("\xed\xa0\x80") << QStringLiteral("í\u00a0€");
}

void TestTextDecoding::utf8Lenient()
{
    QFETCH(QByteArray, bytes);
    QFETCH(QString, text);
    QCOMPARE(decode(bytes.constData(), bytes.size(), TextEncoding::Utf8), text);
}

void TestTextDecoding::validPrefixStopsAtIncompleteSequence()
{
    bool malformed = true;
    const QByteArray cut("abc\xe2\x82");
    QCOMPARE(validUtf8Prefix(cut.constData(), cut.size(), &malformed), 3);
    QVERIFY(!malformed);
    const QByteArray bad("abc\xe2\x41");
    QCOMPARE(validUtf8Prefix(bad.constData(), bad.size(), &malformed), 3);
    QVERIFY(malformed);
}

void TestTextDecoding::checkerCarriesSequencesAcrossBlocks()
{
    Utf8Checker checker;
    checker.feed(QByteArrayView("r\xc3"));
    checker.feed(QByteArrayView("\xa9gion \xe2\x82"));
    checker.feed(QByteArrayView("\xac"));
    QVERIFY(checker.finish());
    QVERIFY(checker.sawNonAscii());

    Utf8Checker latin1;
    latin1.feed(QByteArray(5000, 'a'));
    latin1.feed(QByteArrayView("\xe9t\xe9"));
    QVERIFY(!latin1.finish());

    Utf8Checker unfinished;
    unfinished.feed(QByteArrayView("ab\xc3"));
    QVERIFY(!unfinished.finish());
}

void TestTextDecoding::byteOrderMarks()
{
    QCOMPARE(byteOrderMark("\xef\xbb\xbfx"), ByteOrderMark::Utf8);
    QCOMPARE(byteOrderMark("\xff\xfex\0"), ByteOrderMark::Utf16);
    QCOMPARE(byteOrderMark("\xfe\xff\0x"), ByteOrderMark::Utf16);
    QCOMPARE(byteOrderMark(QByteArrayView("\xff\xfe\0\0", 4)), ByteOrderMark::Utf32);
    QCOMPARE(byteOrderMark("finess"), ByteOrderMark::None);
}

void TestTextDecoding::utf16WithoutBom()
{
    const QString text = QStringLiteral("finess;rs\n010000024;CH A\n");
    const QByteArray le(reinterpret_cast<const char*>(text.utf16()), text.size() * 2);
    QVERIFY(looksLikeUtf16(le));
    QVERIFY(!looksLikeUtf16("finess;rs\n010000024;CH A\n"));
}

QTEST_GUILESS_MAIN(TestTextDecoding)
#include "tst_textdecoding.moc"
