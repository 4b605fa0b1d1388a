// SPDX-License-Identifier: GPL-3.0-or-later
#include "WorkflowTestSupport.h"
#include "workflow/Labels.h"

#include <QStandardPaths>
#include <QTemporaryDir>

using namespace Palier;
using namespace Palier::Test;

class TestLabels : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void createRenameRecolourDelete();
    void refusedLabels_data();
    void refusedLabels();
    void renameKeepsNamesUnique();
    void unknownLabel();
    void attachAndDetachAllOrNothing();
    void labelIdsOfEveryFile();

private:
    QTemporaryDir m_dir;
    std::unique_ptr<Database> m_db;
    QList<qint64> m_files;
};

void TestLabels::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    m_db = campaignDatabase(m_dir.filePath(QStringLiteral("labels.palier")));
    QVERIFY(m_db);
    for (int i = 1; i <= 4; ++i) {
        m_files.append(addFile(*m_db, QStringLiteral("recu"), QStringLiteral("Clinique fictive n° %1").arg(i)));
    }
}

void TestLabels::init()
{
    QVERIFY(run(*m_db, QStringLiteral("DELETE FROM label")));
}

void TestLabels::createRenameRecolourDelete()
{
    Result<Label> created = createLabel(*m_db, QStringLiteral("  À discuter "), QStringLiteral("#e67e22"));
    QVERIFY2(created, qPrintable(created.error().message));
    QCOMPARE(created->name, QStringLiteral("À discuter")); // trimmed
    QCOMPARE(created->color, QStringLiteral("#E67E22"));   // one spelling of each colour
    QVERIFY(createLabel(*m_db, QStringLiteral("Dossier complet"), QStringLiteral("#27AE60")));
    Result<QList<Label>> labels = listLabels(*m_db);
    QVERIFY(labels);
    QCOMPARE(labels->size(), 2);
    QCOMPARE(labels->first(), created.value()); // sorted by name: “À” before “D”

    QVERIFY(renameLabel(*m_db, created->id, QStringLiteral("À rediscuter")));
    QVERIFY(recolorLabel(*m_db, created->id, QStringLiteral("#C0392B")));
    QCOMPARE(listLabels(*m_db)->first(),
             (Label{created->id, QStringLiteral("À rediscuter"), QStringLiteral("#C0392B")}));

    QCOMPARE(labelUsage(*m_db, created->id).value(), 0);
    QVERIFY(attachLabel(*m_db, created->id, {m_files.at(0), m_files.at(2)}));
    QCOMPARE(labelUsage(*m_db, created->id).value(), 2);
    QVERIFY(deleteLabel(*m_db, created->id));
    QCOMPARE(labelUsage(*m_db, created->id).value(), 0);
    QCOMPARE(listLabels(*m_db)->size(), 1);
    QVERIFY(labelsOf(*m_db, m_files.at(0))->isEmpty()); // taken off the files with it
}

void TestLabels::refusedLabels_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("color");
    QTest::addColumn<QString>("expectedCode");
    QTest::addRow("empty name") << ""
                                << "#2980B9"
                                << "label.name-empty";
    QTest::addRow("blank name") << "   "
                                << "#2980B9"
                                << "label.name-empty";
    QTest::addRow("name too long") << QString(41, QLatin1Char('x')) << "#2980B9"
                                   << "label.name-too-long";
    QTest::addRow("same name") << "Priorité GHT"
                               << "#2980B9"
                               << "label.duplicate";
    QTest::addRow("same name, other case") << "PRIORITÉ ght"
                                           << "#2980B9"
                                           << "label.duplicate";
    QTest::addRow("colour name") << "Urgent"
                                 << "red"
                                 << "label.bad-color";
    QTest::addRow("no hash") << "Urgent"
                             << "2980B9"
                             << "label.bad-color";
    QTest::addRow("short colour") << "Urgent"
                                  << "#298"
                                  << "label.bad-color";
    QTest::addRow("five digits") << "Urgent"
                                 << "#2980B"
                                 << "label.bad-color";
    QTest::addRow("alpha channel") << "Urgent"
                                   << "#2980B9FF"
                                   << "label.bad-color";
    QTest::addRow("not hexadecimal") << "Urgent"
                                     << "#GG80B9"
                                     << "label.bad-color";
    QTest::addRow("empty colour") << "Urgent"
                                  << ""
                                  << "label.bad-color";
}

void TestLabels::refusedLabels()
{
    QFETCH(QString, name);
    QFETCH(QString, color);
    QFETCH(QString, expectedCode);
    QVERIFY(createLabel(*m_db, QStringLiteral("Priorité GHT"), QStringLiteral("#2980B9")));
    Result<Label> refused = createLabel(*m_db, name, color);
    QVERIFY(!refused);
    QCOMPARE(refused.error().code, expectedCode);
    QVERIFY(!refused.error().message.isEmpty());
    QCOMPARE(listLabels(*m_db)->size(), 1);
}

void TestLabels::renameKeepsNamesUnique()
{
    Result<Label> first = createLabel(*m_db, QStringLiteral("À discuter"), QStringLiteral("#E67E22"));
    Result<Label> second = createLabel(*m_db, QStringLiteral("Dossier complet"), QStringLiteral("#27AE60"));
    QVERIFY(first && second);
    Result<void> refused = renameLabel(*m_db, second->id, QStringLiteral("à DISCUTER"));
    QVERIFY(!refused);
    QCOMPARE(refused.error().code, QStringLiteral("label.duplicate"));
    // Changing the case of its own name is not a duplicate.
    QVERIFY(renameLabel(*m_db, first->id, QStringLiteral("À DISCUTER")));
    QVERIFY(!recolorLabel(*m_db, first->id, QStringLiteral("orange")));
}

void TestLabels::unknownLabel()
{
    QCOMPARE(renameLabel(*m_db, 424242, QStringLiteral("x")).error().code, QStringLiteral("label.unknown"));
    QCOMPARE(recolorLabel(*m_db, 424242, QStringLiteral("#000000")).error().code, QStringLiteral("label.unknown"));
    QCOMPARE(deleteLabel(*m_db, 424242).error().code, QStringLiteral("label.unknown"));
    QCOMPARE(attachLabel(*m_db, 424242, {m_files.at(0)}).error().code, QStringLiteral("label.unknown"));
}

void TestLabels::attachAndDetachAllOrNothing()
{
    Result<Label> label = createLabel(*m_db, QStringLiteral("Dossier complet"), QStringLiteral("#27AE60"));
    QVERIFY(label);
    // One unknown file: none gets the label.
    Result<int> refused = attachLabel(*m_db, label->id, {m_files.at(0), 99999999, m_files.at(1)});
    QVERIFY(!refused);
    QCOMPARE(refused.error().code, QStringLiteral("workflow.unknown-candidature"));
    QCOMPARE(scalar(*m_db, QStringLiteral("SELECT count(*) FROM candidature_label")).toInt(), 0);

    QCOMPARE(attachLabel(*m_db, label->id, {m_files.at(0), m_files.at(1)}).value(), 2);
    QCOMPARE(attachLabel(*m_db, label->id, {m_files.at(0), m_files.at(1), m_files.at(2)}).value(), 1);
    Result<Label> other = createLabel(*m_db, QStringLiteral("À discuter"), QStringLiteral("#E67E22"));
    QVERIFY(other);
    QCOMPARE(attachLabel(*m_db, other->id, {m_files.at(0)}).value(), 1);
    QCOMPARE(labelsOf(*m_db, m_files.at(0)).value(), (QList<Label>{other.value(), label.value()}));

    QVERIFY(!detachLabel(*m_db, label->id, {m_files.at(0), 99999999}));
    QCOMPARE(labelsOf(*m_db, m_files.at(0))->size(), 2);
    QCOMPARE(detachLabel(*m_db, label->id, {m_files.at(0), m_files.at(3)}).value(), 1);
    QCOMPARE(labelsOf(*m_db, m_files.at(0)).value(), QList<Label>{other.value()});
    QVERIFY(labelsOf(*m_db, m_files.at(3))->isEmpty());
}

void TestLabels::labelIdsOfEveryFile()
{
    Result<Label> a = createLabel(*m_db, QStringLiteral("A"), QStringLiteral("#111111"));
    Result<Label> b = createLabel(*m_db, QStringLiteral("B"), QStringLiteral("#222222"));
    QVERIFY(a && b);
    QVERIFY(attachLabel(*m_db, a->id, {m_files.at(0), m_files.at(1)}));
    QVERIFY(attachLabel(*m_db, b->id, {m_files.at(1)}));
    Result<QHash<qint64, QList<qint64>>> all = labelIdsByCandidature(*m_db);
    QVERIFY(all);
    QCOMPARE(all->size(), 2);
    QCOMPARE(all->value(m_files.at(0)), QList<qint64>{a->id});
    QCOMPARE(all->value(m_files.at(1)), (QList<qint64>{a->id, b->id}));
}

QTEST_GUILESS_MAIN(TestLabels)
#include "tst_labels.moc"
