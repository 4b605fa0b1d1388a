// SPDX-License-Identifier: GPL-3.0-or-later
// Every row-level bad file of tests/data/bad (rows-*) is reported on exactly the expected lines, with a column
// and a reason, and nothing is written while rows are rejected. The expectations are in
// tests/data/import/bad-rows-expected.json, shared with the CLI test.
#include "ImportTestSupport.h"

#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace Palier;
using namespace ImportTest;

namespace {

const QString BadDir = QStringLiteral(PALIER_TEST_DATA_DIR "/bad");

QJsonObject expectations()
{
    QFile file(QStringLiteral(PALIER_TEST_DATA_DIR "/import/bad-rows-expected.json"));
    return file.open(QIODevice::ReadOnly) ? QJsonDocument::fromJson(file.readAll()).object() : QJsonObject();
}

QList<int> toLines(const QJsonValue& value)
{
    QList<int> result;
    for (const QJsonValue& line : value.toArray()) {
        result.append(line.toInt());
    }
    return result;
}

} // namespace

class TestImportBadRows : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    void everyFileHasExpectations();
    void reportedOnExpectedLines_data();
    void reportedOnExpectedLines();

private:
    QTemporaryDir m_dir;
};

void TestImportBadRows::everyFileHasExpectations()
{
    const QStringList files = QDir(BadDir).entryList({QStringLiteral("rows-*")}, QDir::Files);
    QVERIFY(files.size() >= 6);
    const QJsonObject expected = expectations();
    for (const QString& file : files) {
        QVERIFY2(expected.contains(file), qPrintable(file + QLatin1String(" has no entry in bad-rows-expected.json")));
    }
    QCOMPARE(expected.size(), files.size());
}

void TestImportBadRows::reportedOnExpectedLines_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<QString>("kind");
    QTest::addColumn<QList<int>>("rejected");
    QTest::addColumn<QList<int>>("warnings");
    const QJsonObject expected = expectations();
    for (auto it = expected.begin(); it != expected.end(); ++it) {
        const QJsonObject entry = it.value().toObject();
        QTest::addRow("%s", qPrintable(it.key()))
            << it.key() << entry.value("kind").toString() << toLines(entry.value("rejected"))
            << toLines(entry.value("warnings"));
    }
}

void TestImportBadRows::reportedOnExpectedLines()
{
    QFETCH(QString, file);
    QFETCH(QString, kind);
    QFETCH(QList<int>, rejected);
    QFETCH(QList<int>, warnings);
    const std::optional<ImportKind> importKind = importKindFromCode(kind);
    QVERIFY(importKind);
    auto db = campaignDatabase(m_dir.filePath(file + QLatin1String(".palier")));
    QVERIFY(db);
    if (*importKind == ImportKind::Candidatures) {
        const QString registry = QStringLiteral(PALIER_TEST_DATA_DIR "/import/candidature-establishments.csv");
        QVERIFY(runImport(*db, request(ImportKind::Establishments, registry)));
    }
    const QByteArray before = contentChecksum(*db);

    Result<ImportReport> report = runImport(*db, request(*importKind, BadDir + QLatin1Char('/') + file));
    QVERIFY2(report, qPrintable(errorOf(report)));
    QCOMPARE(lines(report->rejected), rejected);
    QCOMPARE(lines(report->warnings), warnings);
    for (const QList<RowIssue>* issues : {&report->rejected, &report->warnings}) {
        for (const RowIssue& issue : *issues) {
            QVERIFY2(!issue.column.isEmpty() && issue.reason.size() > 20,
                     qPrintable(QStringLiteral("line %1: %2").arg(issue.line).arg(issue.reason)));
        }
    }
    QCOMPARE(report->committed, rejected.isEmpty());
    if (!rejected.isEmpty()) {
        QCOMPARE(contentChecksum(*db), before);
    }
}

QTEST_GUILESS_MAIN(TestImportBadRows)
#include "tst_importbadrows.moc"
