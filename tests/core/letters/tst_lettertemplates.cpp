// SPDX-License-Identifier: GPL-3.0-or-later
#include "LetterTestSupport.h"
#include "letters/LetterTemplates.h"

#include <QTemporaryDir>
#include <QTest>

using namespace Palier;

class TestLetterTemplates : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void shippedTemplatesAreValid();
    void refusesBadTemplates_data();
    void refusesBadTemplates();
    void acceptsCommentsAndKnownNames();
    void savedTemplateIsNewVersion();
};

void TestLetterTemplates::shippedTemplatesAreValid()
{
    for (LetterKind kind : allLetterKinds()) {
        const QString body = shippedTemplate(kind);
        QVERIFY2(body.contains(QLatin1String("{{")), qPrintable(letterKindKey(kind)));
        const Result<void> valid = validateTemplate(body);
        QVERIFY2(valid.ok(), qPrintable(valid.error().message));
        QCOMPARE(letterKindFromKey(letterKindKey(kind)), kind);
    }
    QVERIFY(letterFrame().contains(QLatin1String("{{{corps}}}")));
    // The frame takes the rendered body in {{{corps}}}, a name the bodies cannot use; the rest follows their rules.
    QVERIFY(validateTemplate(letterFrame().remove(QStringLiteral("{{{corps}}}"))).ok());
    QCOMPARE(letterKindFromKey(QStringLiteral("retenue")), std::nullopt);
}

void TestLetterTemplates::refusesBadTemplates_data()
{
    QTest::addColumn<QString>("body");
    QTest::addColumn<QString>("code");
    QTest::addColumn<QString>("expected"); // in the message
    QTest::addRow("unknown placeholder line 3")
        << QStringLiteral("<p>Bonjour</p>\n<p>{{etablissement.finess}}</p>\n<p>{{etablissement.siret}}</p>")
        << QStringLiteral("letters.template-unknown-placeholder") << QStringLiteral("Line 3");
    QTest::addRow("unknown section") << QStringLiteral("{{#dossiers_refuses}}x{{/dossiers_refuses}}")
                                     << QStringLiteral("letters.template-unknown-placeholder")
                                     << QStringLiteral("Line 1");
    QTest::addRow("unclosed section line 2")
        << QStringLiteral("<p>Objet</p>\n{{#dossiers}}<tr><td>{{domaine}}</td></tr>\n<p>fin</p>")
        << QStringLiteral("letters.template-syntax") << QStringLiteral("Line 2: the section “dossiers”");
    QTest::addRow("unopened section line 4") << QStringLiteral("a\nb\nc\n{{/dossiers}}")
                                             << QStringLiteral("letters.template-syntax") << QStringLiteral("Line 4");
    QTest::addRow("unclosed tag after accents")
        << QStringLiteral("Réf. é à ô\nsuite\n{{reference") << QStringLiteral("letters.template-syntax")
        << QStringLiteral("Line 3");
    QTest::addRow("partial") << QStringLiteral("{{> autre}}") << QStringLiteral("letters.template-unknown-placeholder")
                             << QStringLiteral("Line 1");
}

void TestLetterTemplates::refusesBadTemplates()
{
    QFETCH(QString, body);
    QFETCH(QString, code);
    QFETCH(QString, expected);
    const Result<void> valid = validateTemplate(body);
    QVERIFY(!valid.ok());
    QCOMPARE(valid.error().code, code);
    QVERIFY2(valid.error().message.contains(expected), qPrintable(valid.error().message));
}

void TestLetterTemplates::acceptsCommentsAndKnownNames()
{
    QVERIFY(validateTemplate(QStringLiteral("{{! a note }}\n{{#dossiers}}{{domaine}} {{{intitule}}}{{/dossiers}}"
                                            "{{^non_eligible}}ok{{/non_eligible}}"))
                .ok());
    QVERIFY(validateTemplate(QString()).ok());
}

void TestLetterTemplates::savedTemplateIsNewVersion()
{
    QTemporaryDir dir;
    auto db = Test::campaignDatabase(dir.filePath(QStringLiteral("t.palier")));
    QVERIFY(db);
    Result<LetterTemplate> shipped = currentTemplate(*db, LetterKind::NonRetenu);
    QVERIFY(shipped.ok());
    QCOMPARE(shipped->version, 0);
    QCOMPARE(shipped->body, shippedTemplate(LetterKind::NonRetenu));

    Result<LetterTemplate> first =
        saveTemplate(*db, LetterKind::NonRetenu, QStringLiteral("<p>v1 {{reference}}</p>"), QStringLiteral("referent"));
    QVERIFY2(first.ok(), qPrintable(first.error().message));
    QCOMPARE(first->version, 1);
    Result<LetterTemplate> second =
        saveTemplate(*db, LetterKind::NonRetenu, QStringLiteral("<p>v2</p>"), QStringLiteral("referent"));
    QVERIFY(second.ok());
    QCOMPARE(second->version, 2);
    Result<LetterTemplate> bad = saveTemplate(*db, LetterKind::NonRetenu, QStringLiteral("{{#dossiers}}"), {});
    QVERIFY(!bad.ok());
    QCOMPARE(bad.error().code, QStringLiteral("letters.template-syntax"));

    Result<LetterTemplate> current = currentTemplate(*db, LetterKind::NonRetenu);
    QCOMPARE(current->version, 2);
    QCOMPARE(current->body, QStringLiteral("<p>v2</p>"));
    QCOMPARE(current->author, QStringLiteral("referent"));
    QCOMPARE(currentTemplate(*db, LetterKind::Retenu)->version, 0);
    QCOMPARE(Test::scalar(*db, QStringLiteral("SELECT count(*) FROM letter_template")).toInt(), 2);
}

QTEST_GUILESS_MAIN(TestLetterTemplates)
#include "tst_lettertemplates.moc"
