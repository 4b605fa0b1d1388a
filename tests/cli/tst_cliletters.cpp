// SPDX-License-Identifier: GPL-3.0-or-later
// palier-cli letters on the demo: one letter per establishment with a decision, exit codes, names safe on Windows.
#include "CliTestSupport.h"
#include "db/Database.h"

#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace Palier::CliTest;

namespace {

QString pdfText(const QString& path)
{
    QProcess process;
    process.start(QStringLiteral("pdftotext"), {path, QStringLiteral("-")});
    process.waitForFinished(30000);
    return QString::fromUtf8(process.readAllStandardOutput()).simplified();
}

int pdfPages(const QString& path)
{
    QProcess process;
    process.start(QStringLiteral("pdfinfo"), {path});
    process.waitForFinished(30000);
    static const QRegularExpression pages(QStringLiteral("Pages:\\s+(\\d+)"));
    const QRegularExpressionMatch m = pages.match(QString::fromUtf8(process.readAllStandardOutput()));
    return m.hasMatch() ? m.captured(1).toInt() : -1;
}

} // namespace

class TestCliLetters : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void oneLetterPerEstablishmentOnTheDemo();
    void badArgumentsWriteNothing_data();
    void badArgumentsWriteNothing();
    void skippedLettersExitOne();
    void awkwardNamesMakeSafeFiles();

private:
    QVariant scalar(const QString& sql);
    bool exec(const QString& sql, const QVariantList& values = {});

    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_db;
    QString m_out;
};

void TestCliLetters::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    m_db = m_dir->filePath(QStringLiteral("demo.palier"));
    m_out = m_dir->filePath(QStringLiteral("courriers"));
    QCOMPARE(palierCli({QStringLiteral("demo"), QStringLiteral("--db"), m_db}).exitCode, 0);
}

QVariant TestCliLetters::scalar(const QString& sql)
{
    auto db = Palier::Database::open(m_db, {});
    if (!db) {
        return {};
    }
    QSqlQuery query(db.value()->connection());
    return query.exec(sql) && query.next() ? query.value(0) : QVariant();
}

bool TestCliLetters::exec(const QString& sql, const QVariantList& values)
{
    auto db = Palier::Database::open(m_db, {});
    if (!db) {
        return false;
    }
    QSqlQuery query(db.value()->connection());
    query.prepare(sql);
    for (const QVariant& v : values) {
        query.addBindValue(v);
    }
    return query.exec();
}

void TestCliLetters::oneLetterPerEstablishmentOnTheDemo()
{
    const int decided =
        scalar(QStringLiteral("SELECT count(DISTINCT establishment_id) FROM candidature WHERE state IN "
                              "('liste_attente', 'non_retenu', 'valide_dgos', 'notifie', 'en_cours', 'termine')"))
            .toInt();
    const int sentBefore = scalar(QStringLiteral("SELECT count(*) FROM letter WHERE sent_at IS NOT NULL")).toInt();
    QVERIFY2(decided > 10, "the demo has decisions");
    QVERIFY2(sentBefore > 0, "the demo has letters recorded as sent");

    const QString combined = m_dir->filePath(QStringLiteral("tout.pdf"));
    const Run run = palierCli({QStringLiteral("letters"), QStringLiteral("--db"), m_db, QStringLiteral("--out"), m_out,
                               QStringLiteral("--combined"), combined, QStringLiteral("--json")});
    QVERIFY2(run.exitCode == 0, run.err.constData());
    const QJsonArray generated = run.json().value(QStringLiteral("generated")).toArray();
    QCOMPARE(generated.size(), decided);
    QCOMPARE(QDir(m_out).entryList({QStringLiteral("*.pdf")}, QDir::Files).size(), decided);
    int pages = 0;
    for (const QJsonValue& v : generated) {
        const QJsonObject letter = v.toObject();
        const QString path = letter.value(QStringLiteral("path")).toString();
        QVERIFY2(QFileInfo::exists(path), qPrintable(path));
        pages += pdfPages(path);
    }
    QCOMPARE(run.json().value(QStringLiteral("combined_pages")).toInt(), pages);
    QCOMPARE(pdfPages(combined), pages);

    const QJsonObject first = generated.at(0).toObject();
    const QString text = pdfText(first.value(QStringLiteral("path")).toString());
    QVERIFY(text.contains(first.value(QStringLiteral("finess")).toString()));
    QVERIFY(text.contains(QStringLiteral("27 septembre 2019")));
    QVERIFY(text.contains(first.value(QStringLiteral("reference")).toString()));

    // Letters already sent in the demo are regenerated as a second version, except for an establishment whose
    // retained files were all abandoned since (the demo's follow-up): it has nothing left to be told.
    QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM letter WHERE version = 2")).toInt(),
             scalar(QStringLiteral("SELECT count(*) FROM letter l WHERE l.version = 1 AND l.sent_at IS NOT NULL AND "
                                   "EXISTS (SELECT 1 FROM candidature c WHERE c.establishment_id = l.establishment_id "
                                   "AND c.state IN ('liste_attente', 'non_retenu', 'valide_dgos', 'notifie', "
                                   "'en_cours', 'termine'))"))
                 .toInt());
    QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM letter WHERE sent_at IS NOT NULL")).toInt(), sentBefore);
}

void TestCliLetters::badArgumentsWriteNothing_data()
{
    QTest::addColumn<QStringList>("extra");
    QTest::addRow("no out") << QStringList{};
    QTest::addRow("bad format") << QStringList{QStringLiteral("--out"), QStringLiteral("OUT"),
                                               QStringLiteral("--format"), QStringLiteral("docx")};
    QTest::addRow("combined not pdf") << QStringList{QStringLiteral("--out"), QStringLiteral("OUT"),
                                                     QStringLiteral("--combined"), QStringLiteral("tout.txt")};
}

void TestCliLetters::badArgumentsWriteNothing()
{
    QFETCH(QStringList, extra);
    extra.replaceInStrings(QStringLiteral("OUT"), m_out);
    const int before = scalar(QStringLiteral("SELECT count(*) FROM letter")).toInt();
    const Run run = palierCli(QStringList{QStringLiteral("letters"), QStringLiteral("--db"), m_db} + extra);
    QCOMPARE(run.exitCode, 2);
    QVERIFY(!run.err.isEmpty());
    QVERIFY(!QFileInfo::exists(m_out));
    QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM letter")).toInt(), before);
    QCOMPARE(palierCli({QStringLiteral("letters"), QStringLiteral("--db"),
                        m_dir->filePath(QStringLiteral("none.palier")), QStringLiteral("--out"), m_out})
                 .exitCode,
             2);
}

void TestCliLetters::skippedLettersExitOne()
{
    QVERIFY(exec(QStringLiteral("DELETE FROM setting WHERE key = 'letters.signatory'")));
    const Run run = palierCli({QStringLiteral("letters"), QStringLiteral("--db"), m_db, QStringLiteral("--out"), m_out,
                               QStringLiteral("--json")});
    QCOMPARE(run.exitCode, 1);
    QCOMPARE(run.json().value(QStringLiteral("generated")).toArray().size(), 0);
    const QJsonArray skipped = run.json().value(QStringLiteral("skipped")).toArray();
    QVERIFY(!skipped.isEmpty());
    QVERIFY(skipped.at(0).toObject().value(QStringLiteral("reason")).toString().contains(QLatin1String("signatory")));
}

void TestCliLetters::awkwardNamesMakeSafeFiles()
{
    const QString finess = scalar(QStringLiteral("SELECT e.finess_et FROM establishment e JOIN candidature c ON "
                                                 "c.establishment_id = e.id WHERE c.state = 'valide_dgos' LIMIT 1"))
                               .toString();
    QVERIFY(!finess.isEmpty());
    QVERIFY(exec(QStringLiteral("UPDATE establishment SET name = ? WHERE finess_et = ?"),
                 {QStringLiteral("CH fictif Saint-Étienne/Nord : site « Clémenceau »"), finess}));
    const Run run = palierCli({QStringLiteral("letters"), QStringLiteral("--db"), m_db, QStringLiteral("--out"), m_out,
                               QStringLiteral("--format"), QStringLiteral("odt")});
    QCOMPARE(run.exitCode, 0);
    const QString expected = finess + QStringLiteral(" CH fictif Saint-Étienne_Nord _ site « Clémenceau ».odt");
    QVERIFY2(QFileInfo::exists(QDir(m_out).filePath(expected)),
             qPrintable(QDir(m_out).entryList(QDir::Files).join(u'\n')));
}

QTEST_GUILESS_MAIN(TestCliLetters)
#include "tst_cliletters.moc"
