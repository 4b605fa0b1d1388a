// SPDX-License-Identifier: GPL-3.0-or-later
// The roadmap as a document the ARS sends: PDF read back with pdftotext, ODT opened as the zip it is.
#include "db/Database.h"
#include "demo/DemoGenerator.h"
#include "selection/Roadmap.h"
#include "selection/RoadmapExport.h"

#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace Palier;

class TestRoadmapExport : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void pdfHoldsTheRoadmap();
    void odtIsAnOpenDocumentText();
    void otherFormatsAreRefused();

private:
    QTemporaryDir m_dir;
    std::unique_ptr<Database> m_db;
    Roadmap m_roadmap;
};

void TestRoadmapExport::initTestCase()
{
    Result<std::unique_ptr<Database>> db =
        Database::open(m_dir.filePath(QStringLiteral("demo.palier")), {.create = true});
    QVERIFY(db);
    m_db = std::move(db).value();
    QVERIFY(generateDemo(*m_db, {}));
    Result<Roadmap> roadmap = loadRoadmap(*m_db);
    QVERIFY(roadmap);
    m_roadmap = roadmap.value();
    QVERIFY(!m_roadmap.axes.isEmpty());
}

void TestRoadmapExport::pdfHoldsTheRoadmap()
{
    const QString path = m_dir.filePath(QStringLiteral("feuille de route.pdf"));
    Result<QString> written = exportRoadmap(*m_db, path, QDate(2019, 8, 20));
    QVERIFY2(written, qPrintable(written ? QString() : written.error().message));
    QCOMPARE(written->size(), 64);
    QProcess text;
    text.start(QStringLiteral("pdftotext"), {QStringLiteral("-layout"), path, QStringLiteral("-")});
    QVERIFY(text.waitForFinished(30000));
    // Spaces of every kind as plain spaces: French amounts hold no-break ones.
    const QString content = QString::fromUtf8(text.readAllStandardOutput())
                                .replace(QChar(0x202F), QLatin1Char(' '))
                                .replace(QChar(0x00A0), QLatin1Char(' '))
                                .simplified();
    QVERIFY2(content.contains(QStringLiteral("Feuille de route régionale")), qPrintable(content.left(300)));
    QVERIFY(content.contains(m_roadmap.axes.constFirst().title.simplified()));
    // The envelope in French format, and the DGOS deadline of 30 August 2019 ten days ahead.
    const QString envelope = QLocale(QLocale::French, QLocale::France)
                                 .toString(double(m_roadmap.envelopeCents / 100), 'f', 0)
                                 .replace(QChar(0x202F), QLatin1Char(' '))
                                 .replace(QChar(0x00A0), QLatin1Char(' '));
    QVERIFY2(content.contains(envelope + QStringLiteral(" €")), qPrintable(envelope));
    QVERIFY(content.contains(QStringLiteral("30 août 2019")));
    QVERIFY(content.contains(QStringLiteral("Stratégie régionale")));
}

void TestRoadmapExport::odtIsAnOpenDocumentText()
{
    const QString path = m_dir.filePath(QStringLiteral("feuille-de-route.odt"));
    Result<QString> written = exportRoadmap(*m_db, path, QDate(2019, 8, 20));
    QVERIFY2(written, qPrintable(written ? QString() : written.error().message));
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray bytes = file.readAll();
    QVERIFY(bytes.startsWith("PK"));
    QVERIFY(bytes.contains("application/vnd.oasis.opendocument.text"));
}

void TestRoadmapExport::otherFormatsAreRefused()
{
    const QString path = m_dir.filePath(QStringLiteral("feuille.docx"));
    Result<QString> refused = exportRoadmap(*m_db, path, QDate(2019, 8, 20));
    QVERIFY(!refused);
    QCOMPARE(refused.error().code, QStringLiteral("roadmap.format"));
    QVERIFY(!QFileInfo::exists(path));
}

QTEST_MAIN(TestRoadmapExport)
#include "tst_roadmapexport.moc"
