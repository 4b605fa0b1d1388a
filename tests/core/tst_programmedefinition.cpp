// SPDX-License-Identifier: GPL-3.0-or-later
#include "db/Database.h"
#include "programme/ProgrammeDefinition.h"
#include "programme/ProgrammeStore.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QObject>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace Palier;

namespace {

// The wording of DOMAIN.md, which the shipped Hop'EN definition must carry letter for letter.
const QStringList HopenPrerequisites{
    QStringLiteral("Identités, mouvements"),
    QStringLiteral("Sécurité"),
    QStringLiteral("Confidentialité"),
    QStringLiteral("Échange et partage"),
};
const QStringList HopenDomains{
    QStringLiteral("Partager les résultats d'imagerie, de biologie et d'anatomo-pathologie"),
    QStringLiteral("Développer le dossier patient informatisé et interopérable et le DMP"),
    QStringLiteral("Informatiser la prescription alimentant le plan de soins"),
    QStringLiteral("Programmer ses ressources et partager l'agenda patient"),
    QStringLiteral("Piloter son activité médico-économique"),
    QStringLiteral("Communiquer et échanger avec les partenaires"),
    QStringLiteral("Mettre à disposition des services en ligne aux usagers et aux patients"),
};

QByteArray shipped(const QString& code)
{
    const Result<QByteArray> json = shippedProgrammeJson(code);
    return json ? json.value() : QByteArray();
}

/// `node` with the value at `path` ("domains.3.indicators.1.target", numbers index arrays) replaced by
/// `value`, or removed when `value` is undefined.
QJsonValue replaced(const QJsonValue& node, QStringList path, const QJsonValue& value)
{
    const QString step = path.takeFirst();
    bool isIndex = false;
    const int index = step.toInt(&isIndex);
    if (isIndex) {
        QJsonArray array = node.toArray();
        if (path.isEmpty()) {
            array.replace(index, value);
        } else {
            array.replace(index, replaced(array.at(index), path, value));
        }
        return array;
    }
    QJsonObject object = node.toObject();
    if (path.isEmpty() && value.isUndefined()) {
        object.remove(step);
    } else if (path.isEmpty()) {
        object.insert(step, value);
    } else {
        object.insert(step, replaced(object.value(step), path, value));
    }
    return object;
}

/// The shipped definition `code` with values changed, in order.
QByteArray edited(const QString& code, const QList<std::pair<QString, QJsonValue>>& changes)
{
    QJsonValue root = QJsonDocument::fromJson(shipped(code)).object();
    for (const auto& [path, value] : changes) {
        root = replaced(root, path.split(u'.'), value);
    }
    return QJsonDocument(root.toObject()).toJson();
}

/// The shipped definition `code` with one value changed.
QByteArray edited(const QString& code, const QString& path, const QJsonValue& value)
{
    return edited(code, {{path, value}});
}

// The criteria of the default scoring grid, in order, and their weights (DOMAIN.md and issue 4).
const QStringList DefaultCriteria{QStringLiteral("AXES"),    QStringLiteral("ECART"), QStringLiteral("FAISABILITE"),
                                  QStringLiteral("EDITEUR"), QStringLiteral("GHT"),   QStringLiteral("COUT")};
const QList<double> DefaultWeights{25, 20, 20, 10, 15, 10};

int rowCount(const Database& db, const QString& sql)
{
    QSqlQuery query(db.connection());
    if (!query.exec(sql) || !query.next()) {
        return -1;
    }
    return query.value(0).toInt();
}

QStringList labels(const Database& db, const QString& sql)
{
    QStringList result;
    QSqlQuery query(db.connection());
    if (query.exec(sql)) {
        while (query.next()) {
            result.append(query.value(0).toString());
        }
    }
    return result;
}

} // namespace

class TestProgrammeDefinition : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void availableProgrammesAreShipped();
    void shippedCounts_data();
    void shippedCounts();
    void hopenMatchesTheDomain();
    void sunEsWindows();
    void unknownProgrammeListsTheAvailableOnes();
    void looseIndicatorsJoinTheirParent();
    void defaultScoringGrid_data();
    void defaultScoringGrid();
    void gridIsOptional();
    void refused_data();
    void refused();
    void serialisationRoundTrips_data();
    void serialisationRoundTrips();
    void storedRows_data();
    void storedRows();
    void hopenLabelsRoundTrip();
    void storingTwiceIsRefused();
    void unknownStoredProgramme();

private:
    std::unique_ptr<Database> freshDatabase();

    QTemporaryDir m_dir;
    int m_databases = 0;
};

std::unique_ptr<Database> TestProgrammeDefinition::freshDatabase()
{
    const QString path = m_dir.filePath(QStringLiteral("test-%1.palier").arg(++m_databases));
    Result<std::unique_ptr<Database>> db = Database::open(path, {.create = true, .backupDir = m_dir.path()});
    if (!db) {
        qWarning() << db.error().message << db.error().detail;
        return nullptr;
    }
    return std::move(db).value();
}

void TestProgrammeDefinition::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY(m_dir.isValid());
}

void TestProgrammeDefinition::availableProgrammesAreShipped()
{
    QCOMPARE(availableProgrammes(), (QStringList{QStringLiteral("hopen-2019"), QStringLiteral("sun-es")}));
}

void TestProgrammeDefinition::shippedCounts_data()
{
    QTest::addColumn<QString>("code");
    QTest::addColumn<int>("prerequisites");
    QTest::addColumn<int>("domains");
    QTest::addColumn<int>("windows");
    QTest::addColumn<int>("milestones");
    QTest::addColumn<int>("seedShare");
    QTest::addColumn<int>("usageShare");

    QTest::addRow("hopen-2019") << QStringLiteral("hopen-2019") << 4 << 7 << 0 << 4 << 20 << 80;
    QTest::addRow("sun-es") << QStringLiteral("sun-es") << 6 << 3 << 4 << 0 << 0 << 100;
}

void TestProgrammeDefinition::shippedCounts()
{
    QFETCH(QString, code);
    const Result<ProgrammeDefinition> def = loadShippedProgramme(code);
    QVERIFY2(def.ok(), qPrintable(def.error().message));
    QCOMPARE(def->code, code);
    QTEST(int(def->prerequisites.size()), "prerequisites");
    QTEST(int(def->domains.size()), "domains");
    QTEST(int(def->windows.size()), "windows");
    QTEST(int(def->milestones.size()), "milestones");
    QTEST(def->seedSharePercent, "seedShare");
    QTEST(def->usageSharePercent, "usageShare");
    QVERIFY(!def->notice.isEmpty());
    QVERIFY(def->forfaitMinCents <= def->forfaitMaxCents);
    // Every indicator is a default to check against the official guide.
    const auto checkGroup = [](const auto& group) {
        QVERIFY2(group.indicators.size() >= 2 && group.indicators.size() <= 4, qPrintable(group.code));
        for (const IndicatorDef& indicator : group.indicators) {
            QVERIFY2(indicator.targetToCheck, qPrintable(indicator.code));
            QVERIFY2(indicator.code.startsWith(group.code + u'.'), qPrintable(indicator.code));
        }
    };
    for (const PrerequisiteDef& prerequisite : def->prerequisites) {
        checkGroup(prerequisite);
    }
    for (const DomainDef& domain : def->domains) {
        checkGroup(domain);
    }
}

void TestProgrammeDefinition::hopenMatchesTheDomain()
{
    const Result<ProgrammeDefinition> def = loadShippedProgramme(QStringLiteral("hopen-2019"));
    QVERIFY2(def.ok(), qPrintable(def.error().message));
    QCOMPARE(def->name, QStringLiteral("Hop'EN"));
    QCOMPARE(def->firstYear, 2019);
    QCOMPARE(def->lastYear, 2023);
    QCOMPARE(def->forfaitMinCents, 40'000'00);
    QCOMPARE(def->forfaitMaxCents, 700'000'00);
    QVERIFY(!def->fundingToCheck);
    for (qsizetype i = 0; i < HopenPrerequisites.size(); ++i) {
        QCOMPARE(def->prerequisites.at(i).code, QStringLiteral("P%1").arg(i + 1));
        QCOMPARE(def->prerequisites.at(i).label, HopenPrerequisites.at(i));
    }
    for (qsizetype i = 0; i < HopenDomains.size(); ++i) {
        QCOMPARE(def->domains.at(i).code, QStringLiteral("D%1").arg(i + 1));
        QCOMPARE(def->domains.at(i).label, HopenDomains.at(i));
    }
    const QList<QDate> dates{QDate(2019, 3, 8), QDate(2019, 6, 30), QDate(2019, 8, 30), QDate(2019, 9, 30)};
    for (qsizetype i = 0; i < dates.size(); ++i) {
        QCOMPARE(def->milestones.at(i).dueOn, dates.at(i));
        QVERIFY(!def->milestones.at(i).label.isEmpty());
    }
    QCOMPARE(def->indicatorCount(), 36);
}

void TestProgrammeDefinition::sunEsWindows()
{
    const Result<ProgrammeDefinition> def = loadShippedProgramme(QStringLiteral("sun-es"));
    QVERIFY2(def.ok(), qPrintable(def.error().message));
    QCOMPARE(def->fullName, QStringLiteral("Ségur usage numérique en établissements de santé"));
    QVERIFY(def->fundingToCheck);
    const QList<WindowDef> expected{
        {QStringLiteral("F1"), QStringLiteral("Fenêtre 1"), QDate(2021, 9, 1), QDate(2021, 10, 31), true},
        {QStringLiteral("F2"), QStringLiteral("Fenêtre 2"), QDate(2022, 3, 1), QDate(2022, 4, 30), false},
        {QStringLiteral("F3"), QStringLiteral("Fenêtre 3"), QDate(2022, 9, 1), QDate(2022, 10, 31), false},
        {QStringLiteral("F4"), QStringLiteral("Fenêtre 4"), QDate(2023, 3, 1), QDate(2023, 4, 30), false},
    };
    QCOMPARE(def->windows, expected);
    for (const PrerequisiteDef& prerequisite : def->prerequisites) {
        QVERIFY2(prerequisite.toCheck, qPrintable(prerequisite.code));
    }
}

void TestProgrammeDefinition::unknownProgrammeListsTheAvailableOnes()
{
    const Result<ProgrammeDefinition> def = loadShippedProgramme(QStringLiteral("hopen-2024"));
    QVERIFY(!def.ok());
    QCOMPARE(def.error().code, QStringLiteral("programme.unknown"));
    QVERIFY2(def.error().message.contains(QStringLiteral("hopen-2024")), qPrintable(def.error().message));
    QVERIFY2(def.error().message.contains(QStringLiteral("hopen-2019, sun-es")), qPrintable(def.error().message));
}

void TestProgrammeDefinition::looseIndicatorsJoinTheirParent()
{
    const QJsonObject loose{{QStringLiteral("code"), QStringLiteral("D2.9")},
                            {QStringLiteral("label"), QStringLiteral("Indicateur importé à part")},
                            {QStringLiteral("kind"), QStringLiteral("usage")},
                            {QStringLiteral("valueType"), QStringLiteral("count")},
                            {QStringLiteral("target"), 12},
                            {QStringLiteral("targetToCheck"), false},
                            {QStringLiteral("parent"), QStringLiteral("D2")}};
    const Result<ProgrammeDefinition> def =
        parseProgrammeDefinition(edited(QStringLiteral("hopen-2019"), QStringLiteral("indicators"), QJsonArray{loose}));
    QVERIFY2(def.ok(), qPrintable(def.error().message));
    const IndicatorDef& last = def->domains.at(1).indicators.constLast();
    QCOMPARE(last.code, QStringLiteral("D2.9"));
    QCOMPARE(last.valueType, IndicatorValueType::Count);
    QCOMPARE(last.target, 12.0);
    QVERIFY(!last.targetToCheck);
    QCOMPARE(def->indicatorCount(), 37);
}

void TestProgrammeDefinition::defaultScoringGrid_data()
{
    QTest::addColumn<QString>("code");
    QTest::addRow("hopen-2019") << QStringLiteral("hopen-2019");
    QTest::addRow("sun-es") << QStringLiteral("sun-es");
}

void TestProgrammeDefinition::defaultScoringGrid()
{
    QFETCH(QString, code);
    const Result<ProgrammeDefinition> def = loadShippedProgramme(code);
    QVERIFY2(def.ok(), qPrintable(def.error().message));
    QVERIFY(def->scoringToCheck);
    QCOMPARE(def->scoringCriteria.size(), DefaultCriteria.size());
    for (qsizetype i = 0; i < DefaultCriteria.size(); ++i) {
        const Criterion& c = def->scoringCriteria.at(i);
        QCOMPARE(c.code, DefaultCriteria.at(i));
        QCOMPARE(c.weight, DefaultWeights.at(i));
        QCOMPARE(c.scaleMin, 0);
        QCOMPARE(c.scaleMax, 4);
        QCOMPARE(c.levels.size(), 5);
        QVERIFY(!c.label.isEmpty());
        for (const QString& level : c.levels) {
            QVERIFY2(level.endsWith(u'.'), qPrintable(level)); // a sentence, in French
        }
    }
    QVERIFY(def->scoringCriteria.at(3).label.contains(code == QLatin1String("sun-es") ? QStringLiteral("Ségur")
                                                                                      : QStringLiteral("HN Quality")));
}

void TestProgrammeDefinition::gridIsOptional()
{
    const QByteArray json = edited(QStringLiteral("hopen-2019"), QStringLiteral("scoringGrid"), QJsonValue::Undefined);
    const Result<ProgrammeDefinition> def = parseProgrammeDefinition(json);
    QVERIFY2(def.ok(), qPrintable(def.error().message));
    QVERIFY(def->scoringCriteria.isEmpty());
    QVERIFY(!serializeProgrammeDefinition(def.value()).contains("scoringGrid"));

    const std::unique_ptr<Database> db = freshDatabase();
    QVERIFY(db);
    QVERIFY(storeProgramme(*db, def.value(), json).ok());
    QCOMPARE(rowCount(*db, QStringLiteral("SELECT count(*) FROM scoring_grid")), 0);
}

void TestProgrammeDefinition::refused_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<QString>("path");     // the JSON path the message must name
    QTest::addColumn<QString>("fragment"); // and what it must say about it

    const QString hopen = QStringLiteral("hopen-2019");
    const QString sunEs = QStringLiteral("sun-es");
    const QJsonValue removed(QJsonValue::Undefined);

    QTest::addRow("truncated JSON") << shipped(hopen).left(200) << QString() << QStringLiteral("not valid JSON");
    QTest::addRow("not an object") << QByteArray("[1, 2]") << QStringLiteral("$")
                                   << QStringLiteral("expected an "
                                                     "object");
    QTest::addRow("newer schema") << edited(hopen, QStringLiteral("schemaVersion"), 2)
                                  << QStringLiteral("$.schemaVersion") << QStringLiteral("version 2 is not supported");
    QTest::addRow("target not a number") << edited(hopen, QStringLiteral("domains.3.indicators.1.target"),
                                                   QStringLiteral("high"))
                                         << QStringLiteral("$.domains[3].indicators[1].target")
                                         << QStringLiteral("expected a number");
    QTest::addRow("impossible date") << edited(hopen, QStringLiteral("milestones.0.date"), QStringLiteral("2019-02-30"))
                                     << QStringLiteral("$.milestones[0].date")
                                     << QStringLiteral("\"2019-02-30\" is not a date (YYYY-MM-DD)");
    QTest::addRow("missing label") << edited(hopen, QStringLiteral("prerequisites.0.label"), removed)
                                   << QStringLiteral("$.prerequisites[0].label")
                                   << QStringLiteral("this field is required");
    QTest::addRow("blank label") << edited(hopen, QStringLiteral("domains.4.label"), QStringLiteral("  "))
                                 << QStringLiteral("$.domains[4].label") << QStringLiteral("must not be empty");
    QTest::addRow("misspelt field") << edited(hopen, QStringLiteral("domains.1.indicators.0.targetTocheck"), true)
                                    << QStringLiteral("$.domains[1].indicators[0].targetTocheck")
                                    << QStringLiteral("unknown field");
    QTest::addRow("prerequisites not an array")
        << edited(hopen, QStringLiteral("prerequisites"), QJsonObject()) << QStringLiteral("$.prerequisites")
        << QStringLiteral("expected an array");
    QTest::addRow("bad programme code") << edited(hopen, QStringLiteral("code"), QStringLiteral("Hop EN"))
                                        << QStringLiteral("$.code") << QStringLiteral("not a programme code");
    QTest::addRow("years reversed") << edited(hopen, QStringLiteral("lastYear"), 2018) << QStringLiteral("$.lastYear")
                                    << QStringLiteral("before firstYear (2019)");
    QTest::addRow("duplicate domain code")
        << edited(hopen, QStringLiteral("domains.2.code"), QStringLiteral("D2")) << QStringLiteral("$.domains[2].code")
        << QStringLiteral("already used at $.domains[1]");
    QTest::addRow("domain reuses a prerequisite code")
        << edited(hopen, QStringLiteral("domains.0.code"), QStringLiteral("P1")) << QStringLiteral("$.domains[0].code")
        << QStringLiteral("already used at $.prerequisites[0]");
    QTest::addRow("duplicate indicator code")
        << edited(hopen, QStringLiteral("domains.6.indicators.0.code"), QStringLiteral("P1.1"))
        << QStringLiteral("$.domains[6].indicators[0].code")
        << QStringLiteral("already used at $.prerequisites[0].indicators[0]");
    QTest::addRow("code with a space") << edited(hopen, QStringLiteral("prerequisites.1.code"), QStringLiteral("P 2"))
                                       << QStringLiteral("$.prerequisites[1].code") << QStringLiteral("one word");
    QTest::addRow("unknown kind") << edited(hopen, QStringLiteral("prerequisites.2.indicators.0.kind"),
                                            QStringLiteral("structure"))
                                  << QStringLiteral("$.prerequisites[2].indicators[0].kind")
                                  << QStringLiteral("\"structure\" is not an indicator kind");
    QTest::addRow("unknown value type") << edited(hopen, QStringLiteral("domains.0.indicators.2.valueType"),
                                                  QStringLiteral("percent"))
                                        << QStringLiteral("$.domains[0].indicators[2].valueType")
                                        << QStringLiteral("\"percent\" is not a value type");
    QTest::addRow("ratio above 100") << edited(hopen, QStringLiteral("domains.1.indicators.0.target"), 150)
                                     << QStringLiteral("$.domains[1].indicators[0].target")
                                     << QStringLiteral("percentage from 0 to 100");
    QTest::addRow("boolean target 2") << edited(hopen, QStringLiteral("prerequisites.0.indicators.0.target"), 2)
                                      << QStringLiteral("$.prerequisites[0].indicators[0].target")
                                      << QStringLiteral("0 (no) or 1 (yes)");
    QTest::addRow("split not 100") << edited(hopen, QStringLiteral("funding.seedSharePercent"), 30)
                                   << QStringLiteral("$.funding") << QStringLiteral("is 110, expected 100");
    QTest::addRow("share not whole") << edited(hopen, QStringLiteral("funding.usageSharePercent"), 79.5)
                                     << QStringLiteral("$.funding.usageSharePercent")
                                     << QStringLiteral("whole number from 0 to 100");
    QTest::addRow("forfait min above max") << edited(hopen, QStringLiteral("funding.forfaitMinEuros"), 800000)
                                           << QStringLiteral("$.funding.forfaitMinEuros")
                                           << QStringLiteral("800000 is more than forfaitMaxEuros (700000)");
    QTest::addRow("fraction of a cent") << edited(hopen, QStringLiteral("funding.forfaitMaxEuros"), 700000.005)
                                        << QStringLiteral("$.funding.forfaitMaxEuros")
                                        << QStringLiteral("at most two decimals");
    QTest::addRow("missing funding") << edited(hopen, QStringLiteral("funding"), removed) << QStringLiteral("$.funding")
                                     << QStringLiteral("this field is required");
    QTest::addRow("no domain") << edited(hopen, QStringLiteral("domains"), QJsonArray()) << QStringLiteral("$.domains")
                               << QStringLiteral("at least one domain");
    QTest::addRow("toCheck not a boolean")
        << edited(sunEs, QStringLiteral("prerequisites.5.toCheck"), QStringLiteral("yes"))
        << QStringLiteral("$.prerequisites[5].toCheck") << QStringLiteral("expected true or false");
    QTest::addRow("window closes before it opens")
        << edited(sunEs, QStringLiteral("windows.1.closesOn"), QStringLiteral("2022-02-01"))
        << QStringLiteral("$.windows[1].closesOn") << QStringLiteral("2022-02-01 is before opensOn (2022-03-01)");
    QTest::addRow("window month 13") << edited(sunEs, QStringLiteral("windows.3.opensOn"), QStringLiteral("2023-13-01"))
                                     << QStringLiteral("$.windows[3].opensOn") << QStringLiteral("is not a date");
    QTest::addRow("date in French order")
        << edited(sunEs, QStringLiteral("windows.0.opensOn"), QStringLiteral("01/09/2021"))
        << QStringLiteral("$.windows[0].opensOn") << QStringLiteral("is not a date");
    QTest::addRow("duplicate window code")
        << edited(sunEs, QStringLiteral("windows.2.code"), QStringLiteral("F1")) << QStringLiteral("$.windows[2].code")
        << QStringLiteral("already used at $.windows[0]");
    QTest::addRow("loose indicator without parent")
        << edited(sunEs, QStringLiteral("indicators"),
                  QJsonArray{QJsonObject{{QStringLiteral("code"), QStringLiteral("D3.9")},
                                         {QStringLiteral("label"), QStringLiteral("Orphelin")},
                                         {QStringLiteral("kind"), QStringLiteral("usage")},
                                         {QStringLiteral("valueType"), QStringLiteral("ratio")},
                                         {QStringLiteral("target"), 10},
                                         {QStringLiteral("parent"), QStringLiteral("D9")}}})
        << QStringLiteral("$.indicators[0].parent")
        << QStringLiteral("\"D9\" is not the code of a prerequisite or a domain");

    // The default scoring grid.
    const QString grid = QStringLiteral("scoringGrid");
    const QString criteria = QStringLiteral("scoringGrid.criteria");
    const auto at = [](int criterion, const QString& field) {
        return QStringLiteral("scoringGrid.criteria.%1.%2").arg(criterion).arg(field);
    };
    QTest::addRow("grid not an object") << edited(hopen, grid, QJsonArray()) << QStringLiteral("$.scoringGrid")
                                        << QStringLiteral("expected an object");
    QTest::addRow("grid without criteria")
        << edited(hopen, criteria, removed) << QStringLiteral("$.scoringGrid.criteria")
        << QStringLiteral("this field is required");
    QTest::addRow("grid toCheck not a boolean")
        << edited(sunEs, grid + QStringLiteral(".toCheck"), QStringLiteral("oui"))
        << QStringLiteral("$.scoringGrid.toCheck") << QStringLiteral("expected true or false");
    QTest::addRow("no criterion") << edited(hopen, criteria, QJsonArray()) << QStringLiteral("$.scoringGrid.criteria")
                                  << QStringLiteral("expected at least one criterion");
    QTest::addRow("criterion not an object")
        << edited(hopen, criteria + QStringLiteral(".2"), QStringLiteral("FAISABILITE"))
        << QStringLiteral("$.scoringGrid.criteria[2]") << QStringLiteral("expected an object");
    QTest::addRow("criterion field misspelt")
        << edited(hopen, at(0, QStringLiteral("poids")), 25) << QStringLiteral("$.scoringGrid.criteria[0].poids")
        << QStringLiteral("unknown field");
    QTest::addRow("criterion without weight")
        << edited(sunEs, at(1, QStringLiteral("weight")), removed) << QStringLiteral("$.scoringGrid.criteria[1].weight")
        << QStringLiteral("this field is required");
    QTest::addRow("weight not a number") << edited(hopen, at(0, QStringLiteral("weight")), QStringLiteral("lourd"))
                                         << QStringLiteral("$.scoringGrid.criteria[0].weight")
                                         << QStringLiteral("expected a number");
    QTest::addRow("negative weight") << edited(hopen, at(2, QStringLiteral("weight")), -5)
                                     << QStringLiteral("$.scoringGrid.criteria[2].weight")
                                     << QStringLiteral("a weight is a number from 0 to 1000000, not -5");
    QList<std::pair<QString, QJsonValue>> allZero;
    for (int i = 0; i < 6; ++i) {
        allZero.append({at(i, QStringLiteral("weight")), 0});
    }
    QTest::addRow("weights all zero") << edited(hopen, allZero) << QStringLiteral("$.scoringGrid.criteria")
                                      << QStringLiteral("the weights add up to 0");
    QTest::addRow("scale reversed") << edited(hopen, at(1, QStringLiteral("scaleMax")), 0)
                                    << QStringLiteral("$.scoringGrid.criteria[1].scaleMax")
                                    << QStringLiteral("the highest level (0) must be above the lowest (scaleMin, 0)");
    QTest::addRow("scale of one level") << edited(sunEs, at(3, QStringLiteral("scaleMin")), 4)
                                        << QStringLiteral("$.scoringGrid.criteria[3].scaleMax")
                                        << QStringLiteral(
                                               "the highest level (4) must be above the lowest (scaleMin, 4)");
    QTest::addRow("scale not whole") << edited(hopen, at(0, QStringLiteral("scaleMax")), 4.5)
                                     << QStringLiteral("$.scoringGrid.criteria[0].scaleMax")
                                     << QStringLiteral("expected a whole number");
    QTest::addRow("scale too wide") << edited(hopen, at(4, QStringLiteral("scaleMax")), 30)
                                    << QStringLiteral("$.scoringGrid.criteria[4].scaleMax")
                                    << QStringLiteral("at most 21 levels; 0 to 30 would have 31");
    QTest::addRow("descriptor missing") << edited(hopen, at(5, QStringLiteral("levels")),
                                                  QJsonArray{QStringLiteral("a."), QStringLiteral("b."),
                                                             QStringLiteral("c."), QStringLiteral("d.")})
                                        << QStringLiteral("$.scoringGrid.criteria[5].levels")
                                        << QStringLiteral("expected 5 descriptors, one per level from 0 to 4; found 4");
    QTest::addRow("descriptors for a wider scale")
        << edited(hopen, at(2, QStringLiteral("scaleMin")), 1) << QStringLiteral("$.scoringGrid.criteria[2].levels")
        << QStringLiteral("expected 4 descriptors, one per level from 1 to 4; found 5");
    QTest::addRow("blank descriptor") << edited(hopen, at(0, QStringLiteral("levels.3")), QStringLiteral("  "))
                                      << QStringLiteral("$.scoringGrid.criteria[0].levels[3]")
                                      << QStringLiteral("the descriptor of level 3 must not be empty");
    QTest::addRow("descriptor not text") << edited(hopen, at(0, QStringLiteral("levels.1")), 2)
                                         << QStringLiteral("$.scoringGrid.criteria[0].levels[1]")
                                         << QStringLiteral("expected a string");
    QTest::addRow("levels not an array") << edited(sunEs, at(4, QStringLiteral("levels")), QStringLiteral("0 à 4"))
                                         << QStringLiteral("$.scoringGrid.criteria[4].levels")
                                         << QStringLiteral("expected an array");
    QTest::addRow("duplicate criterion code") << edited(hopen, at(3, QStringLiteral("code")), QStringLiteral("AXES"))
                                              << QStringLiteral("$.scoringGrid.criteria[3].code")
                                              << QStringLiteral("already used at $.scoringGrid.criteria[0]");
    QTest::addRow("criterion code with a space")
        << edited(hopen, at(5, QStringLiteral("code")), QStringLiteral("COUT 2"))
        << QStringLiteral("$.scoringGrid.criteria[5].code") << QStringLiteral("one word");
    QTest::addRow("blank criterion label")
        << edited(hopen, at(1, QStringLiteral("label")), QString()) << QStringLiteral("$.scoringGrid.criteria[1].label")
        << QStringLiteral("must not be empty");
}

void TestProgrammeDefinition::refused()
{
    QFETCH(QByteArray, json);
    QFETCH(QString, path);
    QFETCH(QString, fragment);

    const Result<ProgrammeDefinition> def = parseProgrammeDefinition(json);
    QVERIFY(!def.ok());
    const Error& error = def.error();
    QCOMPARE(error.code, QStringLiteral("programme.invalid"));
    if (path.isEmpty()) {
        QVERIFY2(error.message.contains(QStringLiteral("offset ")), qPrintable(error.message));
    } else {
        QVERIFY2(error.message.contains(path + QStringLiteral(": ")), qPrintable(error.message));
        QVERIFY2(error.detail.endsWith(u' ' + path), qPrintable(error.detail));
    }
    QVERIFY2(error.message.contains(fragment), qPrintable(error.message));
}

void TestProgrammeDefinition::serialisationRoundTrips_data()
{
    QTest::addColumn<QString>("code");
    QTest::addRow("hopen-2019") << QStringLiteral("hopen-2019");
    QTest::addRow("sun-es") << QStringLiteral("sun-es");
}

void TestProgrammeDefinition::serialisationRoundTrips()
{
    QFETCH(QString, code);
    const Result<ProgrammeDefinition> def = loadShippedProgramme(code);
    QVERIFY2(def.ok(), qPrintable(def.error().message));
    const Result<ProgrammeDefinition> again = parseProgrammeDefinition(serializeProgrammeDefinition(def.value()));
    QVERIFY2(again.ok(), qPrintable(again.error().message));
    QVERIFY(again.value() == def.value());
}

void TestProgrammeDefinition::storedRows_data()
{
    QTest::addColumn<QString>("code");
    QTest::addColumn<int>("prerequisites");
    QTest::addColumn<int>("domains");
    QTest::addColumn<int>("indicators");
    QTest::addColumn<int>("windows");
    QTest::addColumn<int>("milestones");
    QTest::addColumn<int>("grids"); // version 1 of the default grid, one per domain

    QTest::addRow("hopen-2019") << QStringLiteral("hopen-2019") << 4 << 7 << 36 << 0 << 4 << 7;
    QTest::addRow("sun-es") << QStringLiteral("sun-es") << 6 << 3 << 19 << 4 << 0 << 3;
}

void TestProgrammeDefinition::storedRows()
{
    QFETCH(QString, code);
    const std::unique_ptr<Database> db = freshDatabase();
    QVERIFY(db);
    const QByteArray json = shipped(code);
    const Result<ProgrammeDefinition> def = parseProgrammeDefinition(json);
    QVERIFY2(def.ok(), qPrintable(def.error().message));

    // As createCampaign does: the caller holds the transaction.
    TransactionGuard guard(*db);
    QVERIFY(guard.started().ok());
    const Result<qint64> id = storeProgramme(*db, def.value(), json);
    QVERIFY2(id.ok(), qPrintable(id.error().message + u' ' + id.error().detail));
    QVERIFY(guard.commit().ok());

    QCOMPARE(rowCount(*db, QStringLiteral("SELECT count(*) FROM programme")), 1);
    QTEST(rowCount(*db, QStringLiteral("SELECT count(*) FROM prerequisite")), "prerequisites");
    QTEST(rowCount(*db, QStringLiteral("SELECT count(*) FROM domain")), "domains");
    QTEST(rowCount(*db, QStringLiteral("SELECT count(*) FROM indicator")), "indicators");
    QTEST(rowCount(*db, QStringLiteral("SELECT count(*) FROM programme_window")), "windows");
    QTEST(rowCount(*db, QStringLiteral("SELECT count(*) FROM milestone WHERE source = 'programme'")), "milestones");
    QTEST(rowCount(*db, QStringLiteral("SELECT count(*) FROM scoring_grid WHERE version = 1 AND author = 'Palier'")),
          "grids");
    QFETCH(int, grids);
    QCOMPARE(rowCount(*db, QStringLiteral("SELECT count(*) FROM criterion")), grids * 6);
    QCOMPARE(rowCount(*db, QStringLiteral("SELECT count(*) FROM criterion_level")), grids * 6 * 5);
    QCOMPARE(rowCount(*db, QStringLiteral("SELECT count(DISTINCT domain_id) FROM scoring_grid")), grids);
    QTEST(rowCount(*db, QStringLiteral("SELECT count(*) FROM indicator WHERE prerequisite_id IS NOT NULL")) +
              rowCount(*db, QStringLiteral("SELECT count(*) FROM indicator WHERE domain_id IS NOT NULL")),
          "indicators");

    QSqlQuery query(db->connection());
    query.prepare(QStringLiteral("SELECT definition_json FROM programme WHERE id = ?"));
    query.addBindValue(id.value());
    QVERIFY(query.exec() && query.next());
    QCOMPARE(query.value(0).toString().toUtf8(), json);

    const Result<ProgrammeDefinition> stored = loadStoredProgramme(*db, id.value());
    QVERIFY2(stored.ok(), qPrintable(stored.error().message));
    QCOMPARE(stored->prerequisites, def->prerequisites);
    QCOMPARE(stored->domains, def->domains);
    QCOMPARE(stored->windows, def->windows);
    QCOMPARE(stored->milestones, def->milestones);
    QVERIFY(stored.value() == def.value());
}

void TestProgrammeDefinition::hopenLabelsRoundTrip()
{
    const std::unique_ptr<Database> db = freshDatabase();
    QVERIFY(db);
    const Result<ProgrammeDefinition> def = loadShippedProgramme(QStringLiteral("hopen-2019"));
    QVERIFY2(def.ok(), qPrintable(def.error().message));
    // An empty source: the definition is serialised instead.
    const Result<qint64> id = storeProgramme(*db, def.value(), QByteArray());
    QVERIFY2(id.ok(), qPrintable(id.error().message));

    QCOMPARE(labels(*db, QStringLiteral("SELECT label FROM prerequisite ORDER BY sort_order")), HopenPrerequisites);
    QCOMPARE(labels(*db, QStringLiteral("SELECT label FROM domain ORDER BY sort_order")), HopenDomains);
    QCOMPARE(labels(*db, QStringLiteral("SELECT name FROM programme")), QStringList{QStringLiteral("Hop'EN")});
    QCOMPARE(labels(*db, QStringLiteral("SELECT due_on FROM milestone ORDER BY due_on")),
             (QStringList{QStringLiteral("2019-03-08"), QStringLiteral("2019-06-30"), QStringLiteral("2019-08-30"),
                          QStringLiteral("2019-09-30")}));
    QCOMPARE(rowCount(*db, QStringLiteral("SELECT count(*) FROM indicator WHERE target_to_check = 1")), 36);
    QCOMPARE(rowCount(*db, QStringLiteral("SELECT forfait_max_cents / 100 FROM programme")), 700000);

    const Result<ProgrammeDefinition> stored = loadStoredProgramme(*db, id.value());
    QVERIFY2(stored.ok(), qPrintable(stored.error().message));
    QVERIFY(stored.value() == def.value());
}

void TestProgrammeDefinition::storingTwiceIsRefused()
{
    const std::unique_ptr<Database> db = freshDatabase();
    QVERIFY(db);
    const Result<ProgrammeDefinition> def = loadShippedProgramme(QStringLiteral("sun-es"));
    QVERIFY2(def.ok(), qPrintable(def.error().message));
    QVERIFY(storeProgramme(*db, def.value(), shipped(QStringLiteral("sun-es"))).ok());
    const Result<qint64> again = storeProgramme(*db, def.value(), shipped(QStringLiteral("sun-es")));
    QVERIFY(!again.ok());
    QCOMPARE(again.error().code, QStringLiteral("programme.exists"));
    QCOMPARE(rowCount(*db, QStringLiteral("SELECT count(*) FROM programme")), 1);
}

void TestProgrammeDefinition::unknownStoredProgramme()
{
    const std::unique_ptr<Database> db = freshDatabase();
    QVERIFY(db);
    const Result<ProgrammeDefinition> stored = loadStoredProgramme(*db, 42);
    QVERIFY(!stored.ok());
    QCOMPARE(stored.error().code, QStringLiteral("programme.not-found"));
}

QTEST_GUILESS_MAIN(TestProgrammeDefinition)
#include "tst_programmedefinition.moc"
