// SPDX-License-Identifier: GPL-3.0-or-later
#include "WorkflowTestSupport.h"
#include "workflow/History.h"
#include "workflow/StateChange.h"
#include "workflow/Workflow.h"

#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTranslator>

using namespace Palier;
using namespace Palier::Test;

namespace {

const QStringList AllStates{
    QStringLiteral("recu"),           QStringLiteral("recevable"),  QStringLiteral("irrecevable"),
    QStringLiteral("en_instruction"), QStringLiteral("instruit"),   QStringLiteral("preselectionne"),
    QStringLiteral("liste_attente"),  QStringLiteral("non_retenu"), QStringLiteral("valide_dgos"),
    QStringLiteral("notifie"),        QStringLiteral("en_cours"),   QStringLiteral("termine"),
    QStringLiteral("abandonne")};

/// The workflow of issue 4, written out again here: "" allowed, "reason" allowed with a reason.
const QHash<QString, QHash<QString, QString>> Expected{
    {QStringLiteral("recu"),
     {{QStringLiteral("recevable"), {}}, {QStringLiteral("irrecevable"), QStringLiteral("reason")}}},
    {QStringLiteral("recevable"),
     {{QStringLiteral("en_instruction"), {}}, {QStringLiteral("irrecevable"), QStringLiteral("reason")}}},
    {QStringLiteral("irrecevable"), {{QStringLiteral("en_instruction"), QStringLiteral("reason")}}},
    {QStringLiteral("en_instruction"), {{QStringLiteral("instruit"), {}}}},
    {QStringLiteral("instruit"),
     {{QStringLiteral("en_instruction"), QStringLiteral("reason")},
      {QStringLiteral("preselectionne"), {}},
      {QStringLiteral("liste_attente"), {}},
      {QStringLiteral("non_retenu"), QStringLiteral("reason")}}},
    {QStringLiteral("preselectionne"),
     {{QStringLiteral("en_instruction"), QStringLiteral("reason")},
      {QStringLiteral("liste_attente"), {}},
      {QStringLiteral("non_retenu"), QStringLiteral("reason")},
      {QStringLiteral("valide_dgos"), {}}}},
    {QStringLiteral("liste_attente"),
     {{QStringLiteral("preselectionne"), {}},
      {QStringLiteral("non_retenu"), QStringLiteral("reason")},
      {QStringLiteral("en_instruction"), QStringLiteral("reason")}}},
    {QStringLiteral("non_retenu"), {{QStringLiteral("en_instruction"), QStringLiteral("reason")}}},
    {QStringLiteral("valide_dgos"), {{QStringLiteral("notifie"), {}}}},
    {QStringLiteral("notifie"), {{QStringLiteral("en_cours"), {}}}},
    {QStringLiteral("en_cours"),
     {{QStringLiteral("termine"), {}}, {QStringLiteral("abandonne"), QStringLiteral("reason")}}},
};

/// Answers the plural question as palier_en.qm would, and records what was asked.
class PluralTranslator : public QTranslator
{
public:
    bool isEmpty() const override { return false; }
    QString translate(const char* context, const char* sourceText, const char* disambiguation, int n) const override
    {
        Q_UNUSED(disambiguation)
        if (QLatin1String(sourceText) != QLatin1String("Move %Ln file(s) to %1?")) {
            return {};
        }
        askedContext = QString::fromLatin1(context);
        return n == 1 ? QStringLiteral("Move %Ln file to %1?") : QStringLiteral("Move %Ln files to %1?");
    }
    mutable QString askedContext;
};

} // namespace

class TestWorkflow : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void transitions_data();
    void transitions();
    void allowedTargetsComeFromTheTable();
    void refusalNamesFileStatesAndChoices();
    void unusableRequests();
    void confirmationTextCountsFiles();
    void currentAuthorFromEnvironment();

private:
    QTemporaryDir m_dir;
    std::unique_ptr<Database> m_db;
    qint64 m_file = 0;
};

void TestWorkflow::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    m_db = campaignDatabase(m_dir.filePath(QStringLiteral("workflow.palier")));
    QVERIFY(m_db);
    m_file = addFile(*m_db, QStringLiteral("recu"), QStringLiteral("Centre hospitalier fictif de Valbrune"));
    QVERIFY(m_file > 0);
}

void TestWorkflow::transitions_data()
{
    QTest::addColumn<QString>("from");
    QTest::addColumn<QString>("to");
    QTest::addColumn<QString>("expected"); // allowed, reason or refused
    for (const QString& from : AllStates) {
        for (const QString& to : AllStates) {
            const auto targets = Expected.value(from);
            const QString expected = !targets.contains(to)         ? QStringLiteral("refused")
                                     : targets.value(to).isEmpty() ? QStringLiteral("allowed")
                                                                   : QStringLiteral("reason");
            QTest::addRow("%s -> %s", qPrintable(from), qPrintable(to)) << from << to << expected;
        }
    }
}

void TestWorkflow::transitions()
{
    QFETCH(QString, from);
    QFETCH(QString, to);
    QFETCH(QString, expected);
    QVERIFY(run(*m_db, QStringLiteral("UPDATE candidature SET state = ?, state_reason = NULL WHERE id = ?"),
                {from, m_file}));
    Result<Workflow> workflow = Workflow::load(*m_db);
    QVERIFY(workflow);
    const StateTransition* transition = workflow->transition(from, to);
    QCOMPARE(transition != nullptr, expected != QLatin1String("refused"));
    QCOMPARE(workflow->allowedTargets(from).contains(to), expected != QLatin1String("refused"));
    const int historyBefore = historyCount(*m_db);

    if (expected == QLatin1String("refused")) {
        Result<TransitionReport> refused = changeState(*m_db, {m_file}, to, QStringLiteral("une raison"), {});
        QVERIFY(!refused);
        QCOMPARE(refused.error().code, QStringLiteral("workflow.refused"));
        QVERIFY2(refused.error().message.contains(workflow->label(from)), qPrintable(refused.error().message));
        QVERIFY2(refused.error().message.contains(workflow->label(to)), qPrintable(refused.error().message));
        QCOMPARE(stateOf(*m_db, m_file), from);
        QCOMPARE(historyCount(*m_db), historyBefore);
        return;
    }
    QCOMPARE(transition->requiresReason, expected == QLatin1String("reason"));
    if (expected == QLatin1String("reason")) {
        for (const QString& blank : {QString(), QStringLiteral("   ")}) {
            Result<TransitionReport> refused = changeState(*m_db, {m_file}, to, blank, QStringLiteral("test"));
            QVERIFY(!refused);
            QCOMPARE(refused.error().code, QStringLiteral("workflow.reason-required"));
            QCOMPARE(stateOf(*m_db, m_file), from);
            QCOMPARE(historyCount(*m_db), historyBefore);
        }
    }
    const QString reason = expected == QLatin1String("reason") ? QStringLiteral("Motif de test") : QString();
    Result<TransitionReport> moved = changeState(*m_db, {m_file}, to, reason, QStringLiteral("test"));
    QVERIFY2(moved, qPrintable(moved.error().message));
    QCOMPARE(moved->changes.size(), 1);
    QCOMPARE(moved->changes.first().fromState, from);
    QCOMPARE(stateOf(*m_db, m_file), to);
    QCOMPARE(historyCount(*m_db), historyBefore + 1);
    // The motivation stays with the file while it is in the state it explains.
    const QVariant stored =
        scalar(*m_db, QStringLiteral("SELECT state_reason FROM candidature WHERE id = ?"), {m_file});
    QCOMPARE(stored.isNull(), reason.isEmpty());
    QCOMPARE(stored.toString(), reason);
}

void TestWorkflow::allowedTargetsComeFromTheTable()
{
    Result<Workflow> workflow = Workflow::load(*m_db);
    QVERIFY(workflow);
    QCOMPARE(workflow->states().size(), AllStates.size());
    QCOMPARE(workflow->label(QStringLiteral("en_instruction")), QStringLiteral("En instruction"));
    QCOMPARE(workflow->allowedTargets(QStringLiteral("recu")),
             (QStringList{QStringLiteral("recevable"), QStringLiteral("irrecevable")}));
    QVERIFY(workflow->allowedTargets(QStringLiteral("termine")).isEmpty());

    // Transitions are data: a row added to the table is a move the core accepts.
    const qint64 file = addFile(*m_db, QStringLiteral("recu"), QStringLiteral("Clinique fictive de Mirabel"));
    QVERIFY(!changeState(*m_db, {file}, QStringLiteral("en_instruction"), {}, QStringLiteral("test")));
    QVERIFY(run(*m_db, QStringLiteral("INSERT INTO state_transition VALUES ('recu', 'en_instruction', 0)")));
    QVERIFY(changeState(*m_db, {file}, QStringLiteral("en_instruction"), {}, QStringLiteral("test")));
    QVERIFY(run(*m_db, QStringLiteral("DELETE FROM state_transition WHERE from_state = 'recu' AND "
                                      "to_state = 'en_instruction'")));
}

void TestWorkflow::refusalNamesFileStatesAndChoices()
{
    const qint64 file = addFile(*m_db, QStringLiteral("recu"), QStringLiteral("CH fictif de Roquebelle"));
    Result<TransitionReport> refused = changeState(*m_db, {file}, QStringLiteral("instruit"), {}, {});
    QVERIFY(!refused);
    QCOMPARE(refused.error().message,
             QStringLiteral("The file %1 (CH fictif de Roquebelle, D2) is “Reçu”: it can go to Recevable or "
                            "Irrecevable, not to Instruit.")
                 .arg(file));

    const qint64 done =
        addFile(*m_db, QStringLiteral("termine"), QStringLiteral("CH fictif de Pontvieux"), QStringLiteral("D6"));
    refused = changeState(*m_db, {done}, QStringLiteral("en_cours"), {}, {});
    QVERIFY(!refused);
    QCOMPARE(refused.error().message,
             QStringLiteral("The file %1 (CH fictif de Pontvieux, D6) is “Terminé”: its state can no longer change, "
                            "so it cannot go to En cours.")
                 .arg(done));

    refused = changeState(*m_db, {file}, QStringLiteral("recu"), {}, {});
    QVERIFY(!refused);
    QCOMPARE(refused.error().code, QStringLiteral("workflow.refused"));
    QCOMPARE(refused.error().message,
             QStringLiteral("The file %1 (CH fictif de Roquebelle, D2) is already “Reçu”.").arg(file));

    // Several files refused: one sentence per state, and the files that could have moved are not moved either.
    const qint64 other = addFile(*m_db, QStringLiteral("recu"), QStringLiteral("CH fictif de Lauzières"));
    const qint64 ok = addFile(*m_db, QStringLiteral("en_instruction"), QStringLiteral("CH fictif de Malaure"));
    refused = changeState(*m_db, {file, other, done, ok}, QStringLiteral("instruit"), {}, {});
    QVERIFY(!refused);
    const QStringList sentences = refused.error().message.split(QLatin1Char('\n'));
    QCOMPARE(sentences.size(), 3);
    QVERIFY2(sentences.at(0).contains(QStringLiteral("are “Reçu”")), qPrintable(sentences.at(0)));
    QVERIFY(sentences.at(0).contains(QString::number(other)));
    QVERIFY(sentences.at(1).contains(QStringLiteral("is “Terminé”")));
    QVERIFY(sentences.at(2).startsWith(QStringLiteral("Nothing was changed")));
    QCOMPARE(stateOf(*m_db, ok), QStringLiteral("en_instruction"));
}

void TestWorkflow::unusableRequests()
{
    const qint64 file = addFile(*m_db, QStringLiteral("recu"), QStringLiteral("CH fictif de Cabrières"));
    Result<TransitionReport> r = changeState(*m_db, {file}, QStringLiteral("validé"), {}, {});
    QVERIFY(!r);
    QCOMPARE(r.error().code, QStringLiteral("workflow.unknown-state"));
    QVERIFY(r.error().message.contains(QStringLiteral("en_instruction (En instruction)")));

    r = changeState(*m_db, {}, QStringLiteral("recevable"), {}, {});
    QVERIFY(!r);
    QCOMPARE(r.error().code, QStringLiteral("workflow.no-file"));

    r = changeState(*m_db, {file, 987654}, QStringLiteral("recevable"), {}, {});
    QVERIFY(!r);
    QCOMPARE(r.error().code, QStringLiteral("workflow.unknown-candidature"));
    QVERIFY(r.error().message.contains(QStringLiteral("987654")));
    QCOMPARE(stateOf(*m_db, file), QStringLiteral("recu"));

    QVERIFY(!history(*m_db, 987654));
    QCOMPARE(history(*m_db, 987654).error().code, QStringLiteral("workflow.unknown-candidature"));
}

void TestWorkflow::confirmationTextCountsFiles()
{
    Result<Workflow> workflow = Workflow::load(*m_db);
    QVERIFY(workflow);
    // Without a translation, the source text shows the count.
    QCOMPARE(workflow->confirmationText(37, QStringLiteral("en_instruction")),
             QStringLiteral("Move 37 file(s) to En instruction?"));
    // With one, the plural form is the translation's: the count reaches the translator.
    PluralTranslator translator;
    QVERIFY(QCoreApplication::installTranslator(&translator));
    QCOMPARE(workflow->confirmationText(37, QStringLiteral("en_instruction")),
             QStringLiteral("Move 37 files to En instruction?"));
    QCOMPARE(workflow->confirmationText(1, QStringLiteral("irrecevable")),
             QStringLiteral("Move 1 file to Irrecevable?"));
    QCOMPARE(translator.askedContext, QStringLiteral("Palier::Workflow"));
    QCoreApplication::removeTranslator(&translator);
}

void TestWorkflow::currentAuthorFromEnvironment()
{
    const QByteArray user = qgetenv("USER");
    const QByteArray username = qgetenv("USERNAME");
    qputenv("USER", "cmartin");
    qputenv("USERNAME", "windows-user");
    QCOMPARE(currentAuthor(), QStringLiteral("cmartin"));
    qunsetenv("USER");
    QCOMPARE(currentAuthor(), QStringLiteral("windows-user"));
    qunsetenv("USERNAME");
    QCOMPARE(currentAuthor(), QStringLiteral("palier"));
    if (!user.isNull()) {
        qputenv("USER", user);
    }
    if (!username.isNull()) {
        qputenv("USERNAME", username);
    }
}

QTEST_GUILESS_MAIN(TestWorkflow)
#include "tst_workflow.moc"
