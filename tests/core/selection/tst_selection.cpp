// SPDX-License-Identifier: GPL-3.0-or-later
// The two preselection methods on made-up instances: the optimum equals a brute-force optimum, no selection breaks
// the envelope or a quota, rank-fill follows its rule and gives the binding reasons.
#include "selection/Selection.h"

#include <QLocale>
#include <QRandomGenerator>
#include <QTest>

using namespace Palier;

namespace {

struct Instance
{
    QList<SelectionCandidate> files;
    SelectionParameters parameters;
};

const QStringList Domains{QStringLiteral("D1"), QStringLiteral("D2"), QStringLiteral("D6")};
const QStringList Statuses{QStringLiteral("public"), QStringLiteral("prive_lucratif"),
                           QStringLiteral("prive_non_lucratif")};

Instance randomInstance(QRandomGenerator& rng, int n)
{
    Instance instance;
    qint64 total = 0;
    for (int i = 0; i < n; ++i) {
        SelectionCandidate f;
        f.id = 100 + i;
        // Now and then two files of the same establishment in the same domain (the constraint stays generic).
        f.establishmentId = (i > 0 && rng.bounded(6) == 0) ? instance.files.at(i - 1).establishmentId : 1000 + i;
        f.domainCode = (i > 0 && f.establishmentId == instance.files.at(i - 1).establishmentId)
                           ? instance.files.at(i - 1).domainCode
                           : Domains.at(int(rng.bounded(Domains.size())));
        f.status = Statuses.at(int(rng.bounded(Statuses.size())));
        f.department = QStringLiteral("0%1").arg(1 + rng.bounded(3));
        f.score = double(rng.bounded(10000)) / 100.0;
        f.amountCents = (4 + qint64(rng.bounded(66))) * 1000000; // 40 000 € to 700 000 €
        total += f.amountCents;
        instance.files.append(f);
    }
    for (const QString& domain : Domains) {
        QList<SelectionCandidate*> inDomain;
        for (SelectionCandidate& f : instance.files) {
            if (f.domainCode == domain) {
                inDomain.append(&f);
            }
        }
        std::sort(inDomain.begin(), inDomain.end(),
                  [](const SelectionCandidate* a, const SelectionCandidate* b) { return a->score > b->score; });
        for (int r = 0; r < inDomain.size(); ++r) {
            inDomain[r]->domainRank = r + 1;
        }
    }
    SelectionParameters& p = instance.parameters;
    p.envelopeCents = total * (30 + rng.bounded(40)) / 100;
    p.weightByDomain = rng.bounded(2) == 0;
    p.domainWeights = {{QStringLiteral("D1"), 1.0}, {QStringLiteral("D2"), 2.0}, {QStringLiteral("D6"), 0.5}};
    for (const QString& domain : Domains) {
        if (rng.bounded(2) == 0) {
            Quota q{QuotaKind::Domain, domain, std::nullopt, p.envelopeCents * (20 + rng.bounded(40)) / 100};
            if (rng.bounded(3) == 0) {
                q.minCents = p.envelopeCents * rng.bounded(15) / 100;
            }
            p.quotas.append(q);
        }
    }
    for (const QString& status : Statuses) {
        if (rng.bounded(3) == 0) {
            p.quotas.append({QuotaKind::Status, status, std::nullopt, p.envelopeCents * (20 + rng.bounded(50)) / 100});
        }
    }
    if (rng.bounded(3) == 0) {
        p.forcedIn.insert(instance.files.at(int(rng.bounded(n))).id);
    }
    if (rng.bounded(3) == 0) {
        p.forcedOut.insert(instance.files.at(int(rng.bounded(n))).id);
    }
    p.forcedOut.subtract(p.forcedIn);
    return instance;
}

/// Checks every rule of `p` on a selection, independently of the code under test; empty when it holds.
QString violation(const Instance& instance, const QList<bool>& in, bool withMinimums)
{
    const SelectionParameters& p = instance.parameters;
    qint64 total = 0;
    QHash<QString, qint64> domain, status;
    QHash<QPair<qint64, QString>, int> perEstablishment;
    for (int i = 0; i < instance.files.size(); ++i) {
        const SelectionCandidate& f = instance.files.at(i);
        if (p.forcedOut.contains(f.id) && in.at(i)) {
            return QStringLiteral("forced out %1 selected").arg(f.id);
        }
        if (withMinimums && p.forcedIn.contains(f.id) && !in.at(i)) {
            return QStringLiteral("forced in %1 left out").arg(f.id);
        }
        if (in.at(i)) {
            total += f.amountCents;
            domain[f.domainCode] += f.amountCents;
            status[f.status] += f.amountCents;
            if (++perEstablishment[{f.establishmentId, f.domainCode}] > 1) {
                return QStringLiteral("two files of establishment %1").arg(f.establishmentId);
            }
        }
    }
    if (total > p.envelopeCents) {
        return QStringLiteral("envelope: %1 > %2").arg(total).arg(p.envelopeCents);
    }
    // Coverage: every department (GHT) with a file not forced out has one selected.
    for (const bool ght : {false, true}) {
        if (!withMinimums || !(ght ? p.coverGhts : p.coverDepartments)) {
            continue;
        }
        QHash<QString, bool> covered;
        for (int i = 0; i < instance.files.size(); ++i) {
            const SelectionCandidate& f = instance.files.at(i);
            const QString code = ght ? f.ght : f.department;
            if (!code.isEmpty() && !p.forcedOut.contains(f.id)) {
                covered[code] = covered.value(code) || in.at(i);
            }
        }
        for (auto it = covered.cbegin(); it != covered.cend(); ++it) {
            if (!it.value()) {
                return QStringLiteral("%1 %2 not covered").arg(ght ? "GHT" : "department", it.key());
            }
        }
    }
    for (const Quota& q : p.quotas) {
        const qint64 sum = q.kind == QuotaKind::Domain ? domain.value(q.code) : status.value(q.code);
        if (q.maxCents && sum > *q.maxCents) {
            return QStringLiteral("quota %1: %2 > %3").arg(q.key()).arg(sum).arg(*q.maxCents);
        }
        if (withMinimums && q.minCents && sum < *q.minCents) {
            return QStringLiteral("minimum %1: %2 < %3").arg(q.key()).arg(sum).arg(*q.minCents);
        }
    }
    return {};
}

double objective(const Instance& instance, const QList<bool>& in)
{
    double sum = 0;
    for (int i = 0; i < instance.files.size(); ++i) {
        if (in.at(i)) {
            const SelectionCandidate& f = instance.files.at(i);
            sum += f.score *
                   (instance.parameters.weightByDomain ? instance.parameters.domainWeights.value(f.domainCode) : 1.0);
        }
    }
    return sum;
}

/// The best objective over every subset, or -1 when no subset meets the rules.
double bruteForce(const Instance& instance)
{
    const int n = int(instance.files.size());
    double best = -1;
    QList<bool> in(n, false);
    for (quint32 mask = 0; mask < (1u << n); ++mask) {
        for (int i = 0; i < n; ++i) {
            in[i] = (mask >> i) & 1u;
        }
        if (violation(instance, in, true).isEmpty()) {
            best = std::max(best, objective(instance, in));
        }
    }
    return best;
}

QList<bool> selectedOf(const SelectionResult& result)
{
    QList<bool> in;
    for (const SelectionItem& item : result.items) {
        in.append(item.selected);
    }
    return in;
}

SelectionCandidate file(qint64 id, const QString& domain, int rank, double score, qint64 euros,
                        const QString& status = QStringLiteral("public"))
{
    SelectionCandidate f;
    f.id = id;
    f.establishmentId = id;
    f.domainCode = domain;
    f.domainRank = rank;
    f.score = score;
    f.amountCents = euros * 100;
    f.status = status;
    return f;
}

} // namespace

class TestSelection : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates)); }
    void optimalEqualsBruteForce_data();
    void optimalEqualsBruteForce();
    void rankFillTakesInRankOrderAndSkipsWhatDoesNotFit();
    void rankFillInterleavesDomainsByPlace();
    void rankFillReasonsNameTheBindingConstraint();
    void optimalReportsInfeasible();
    void forcedFiles();
    void coverageEqualsBruteForce_data();
    void coverageEqualsBruteForce();
    void rankFillCoversEachGht();
    void perYearEnvelope();
    void nationalSizeIsFast();
};

void TestSelection::optimalEqualsBruteForce_data()
{
    QTest::addColumn<quint32>("seed");
    for (quint32 seed = 1; seed <= 40; ++seed) {
        QTest::addRow("seed %u", seed) << seed;
    }
}

void TestSelection::optimalEqualsBruteForce()
{
    QFETCH(quint32, seed);
    QRandomGenerator rng(seed);
    const int n = seed == 20 ? 20 : 6 + int(rng.bounded(9));
    const Instance instance = randomInstance(rng, n);
    const double best = bruteForce(instance);

    SelectionParameters p = instance.parameters;
    p.method = SelectionMethod::Optimal;
    const SelectionResult optimal = optimise(instance.files, p);
    QCOMPARE(optimal.items.size(), instance.files.size());
    if (best < 0) {
        QCOMPARE(optimal.solverStatus, QStringLiteral("infeasible"));
    } else {
        QCOMPARE(optimal.solverStatus, QStringLiteral("optimal"));
        QVERIFY2(violation(instance, selectedOf(optimal), true).isEmpty(),
                 qPrintable(violation(instance, selectedOf(optimal), true)));
        QVERIFY2(qAbs(optimal.objective - best) < 1e-6,
                 qPrintable(QStringLiteral("GLPK %1, brute force %2").arg(optimal.objective).arg(best)));
        QVERIFY(qAbs(optimal.objective - objective(instance, selectedOf(optimal))) < 1e-9);
    }

    // Rank-fill never breaks a maximum, and leaves out exactly the files that no longer fit.
    const SelectionResult filled = rankFill(instance.files, p);
    const QList<bool> in = selectedOf(filled);
    QVERIFY2(violation(instance, in, false).isEmpty(), qPrintable(violation(instance, in, false)));
    QCOMPARE(filled.solverStatus, QStringLiteral("rule"));
    qint64 total = 0;
    for (int i = 0; i < in.size(); ++i) {
        total += in.at(i) ? instance.files.at(i).amountCents : 0;
    }
    QCOMPARE(filled.totalCents, total);
    for (int i = 0; i < in.size(); ++i) {
        if (in.at(i) || p.forcedOut.contains(instance.files.at(i).id)) {
            continue;
        }
        QList<bool> more = in;
        more[i] = true;
        QVERIFY2(!violation(instance, more, false).isEmpty(),
                 qPrintable(QStringLiteral("file %1 fits but was left out").arg(instance.files.at(i).id)));
        QVERIFY(!filled.items.at(i).reason.isEmpty());
    }
}

void TestSelection::coverageEqualsBruteForce_data()
{
    QTest::addColumn<quint32>("seed");
    for (quint32 seed = 101; seed <= 130; ++seed) {
        QTest::addRow("seed %u", seed) << seed;
    }
}

void TestSelection::coverageEqualsBruteForce()
{
    QFETCH(quint32, seed);
    QRandomGenerator rng(seed);
    Instance instance = randomInstance(rng, 6 + int(rng.bounded(9)));
    for (SelectionCandidate& f : instance.files) {
        f.ght = rng.bounded(5) == 0 ? QString() : QStringLiteral("GHT-%1").arg(QChar(u'A' + rng.bounded(4)));
    }
    SelectionParameters& p = instance.parameters;
    p.coverGhts = true;
    p.coverDepartments = rng.bounded(2) == 0;
    p.method = SelectionMethod::Optimal;
    const double best = bruteForce(instance);
    const SelectionResult optimal = optimise(instance.files, p);
    if (best < 0) {
        QCOMPARE(optimal.solverStatus, QStringLiteral("infeasible"));
    } else {
        QCOMPARE(optimal.solverStatus, QStringLiteral("optimal"));
        QVERIFY2(violation(instance, selectedOf(optimal), true).isEmpty(),
                 qPrintable(violation(instance, selectedOf(optimal), true)));
        QVERIFY2(qAbs(optimal.objective - best) < 1e-6,
                 qPrintable(QStringLiteral("GLPK %1, brute force %2").arg(optimal.objective).arg(best)));
    }
    // Rank-fill breaks no maximum, and a GHT it leaves uncovered has no file that would still fit.
    const SelectionResult filled = rankFill(instance.files, p);
    const QList<bool> in = selectedOf(filled);
    QVERIFY2(violation(instance, in, false).isEmpty(), qPrintable(violation(instance, in, false)));
    QSet<QString> covered;
    for (int i = 0; i < in.size(); ++i) {
        if (in.at(i)) {
            covered.insert(instance.files.at(i).ght);
        }
    }
    for (int i = 0; i < in.size(); ++i) {
        const SelectionCandidate& f = instance.files.at(i);
        if (f.ght.isEmpty() || covered.contains(f.ght) || p.forcedOut.contains(f.id)) {
            continue;
        }
        QList<bool> more = in;
        more[i] = true;
        QVERIFY2(!violation(instance, more, false).isEmpty(),
                 qPrintable(QStringLiteral("GHT %1 left uncovered though file %2 fits").arg(f.ght).arg(f.id)));
        QVERIFY(filled.warnings.join(QLatin1Char(' ')).contains(f.ght));
    }
}

void TestSelection::rankFillCoversEachGht()
{
    // D1's best three come first by rank; covering GHT-B takes its file ahead of them, within the envelope.
    QList<SelectionCandidate> files{
        file(1, QStringLiteral("D1"), 1, 90, 100'000), file(2, QStringLiteral("D1"), 2, 80, 100'000),
        file(3, QStringLiteral("D1"), 3, 70, 100'000), file(4, QStringLiteral("D1"), 4, 20, 100'000)};
    for (SelectionCandidate& f : files) {
        f.ght = f.id == 4 ? QStringLiteral("GHT-B") : QStringLiteral("GHT-A");
    }
    SelectionParameters p;
    p.envelopeCents = 300'000'00;
    QCOMPARE(selectedOf(rankFill(files, p)), QList<bool>({true, true, true, false}));
    p.coverGhts = true;
    const SelectionResult covered = rankFill(files, p);
    QCOMPARE(selectedOf(covered), QList<bool>({true, true, false, true}));
    QVERIFY(covered.items.at(2).reason.contains(QStringLiteral("envelope")));
    QCOMPARE(selectedOf(optimise(files, p)), QList<bool>({true, true, false, true}));
    // Forced out, GHT-B has nothing left to cover it with: no constraint, no warning.
    p.forcedOut = {4};
    QCOMPARE(selectedOf(rankFill(files, p)), QList<bool>({true, true, true, false}));
    QVERIFY(rankFill(files, p).warnings.isEmpty());
}

void TestSelection::rankFillTakesInRankOrderAndSkipsWhatDoesNotFit()
{
    const QList<SelectionCandidate> files{
        file(1, QStringLiteral("D2"), 1, 90, 60000), file(2, QStringLiteral("D2"), 2, 80, 50000),
        file(3, QStringLiteral("D2"), 3, 70, 40000), file(4, QStringLiteral("D2"), 4, 60, 10000)};
    SelectionParameters p;
    p.envelopeCents = 1000000 * 100;
    p.quotas.append({QuotaKind::Domain, QStringLiteral("D2"), std::nullopt, 100000 * 100});
    const SelectionResult r = rankFill(files, p);
    QCOMPARE(selectedOf(r), (QList<bool>{true, false, true, false}));
    QCOMPARE(r.totalCents, 100000 * 100);
    // The missing amount is what taking the file would need on top of the final selection.
    QCOMPARE(r.items.at(1).reason, QStringLiteral("D2 envelope exhausted: €50,000 missing"));
    QCOMPARE(r.items.at(3).reason, QStringLiteral("D2 envelope exhausted: €10,000 missing"));
    QCOMPARE(r.items.at(0).decision, QStringLiteral("preselectionne"));
    QCOMPARE(r.items.at(1).decision, QStringLiteral("liste_attente"));
    // The optimum takes 50 000 + 40 000 + 10 000: 80 + 70 + 60 = 210 beats rank-fill's 160.
    p.method = SelectionMethod::Optimal;
    const SelectionResult o = optimise(files, p);
    QCOMPARE(o.solverStatus, QStringLiteral("optimal"));
    QCOMPARE(o.totalScore, 210.0);
    QCOMPARE(r.totalScore, 160.0);
}

void TestSelection::rankFillInterleavesDomainsByPlace()
{
    // Every domain's first before any second: D1's first (score 50) goes before D2's second (score 95).
    const QList<SelectionCandidate> files{file(1, QStringLiteral("D2"), 1, 99, 40000),
                                          file(2, QStringLiteral("D2"), 2, 95, 40000),
                                          file(3, QStringLiteral("D1"), 1, 50, 40000)};
    SelectionParameters p;
    p.envelopeCents = 80000 * 100;
    const SelectionResult r = rankFill(files, p);
    QCOMPARE(selectedOf(r), (QList<bool>{true, false, true}));
    QCOMPARE(r.items.at(1).reason, QStringLiteral("regional envelope exhausted: €40,000 missing"));
}

void TestSelection::rankFillReasonsNameTheBindingConstraint()
{
    QLocale::setDefault(QLocale(QLocale::French, QLocale::France));
    const QList<SelectionCandidate> files{
        file(1, QStringLiteral("D1"), 1, 90, 100000, QStringLiteral("prive_lucratif")),
        file(2, QStringLiteral("D1"), 2, 80, 100000, QStringLiteral("prive_lucratif")),
        file(3, QStringLiteral("D1"), 3, 70, 42000, QStringLiteral("public"))};
    SelectionParameters p;
    p.envelopeCents = 130000 * 100;
    p.quotas.append({QuotaKind::Status, QStringLiteral("prive_lucratif"), std::nullopt, 150000 * 100});
    p.waitingListMinScore = 75;
    const SelectionResult r = rankFill(files, p);
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
    QCOMPARE(selectedOf(r), (QList<bool>{true, false, false}));
    QCOMPARE(r.items.at(1).reason, QStringLiteral("private for-profit quota reached"));
    QVERIFY2(r.items.at(2).reason.startsWith(QStringLiteral("regional envelope exhausted: 12")),
             qPrintable(r.items.at(2).reason));
    QVERIFY2(r.items.at(2).reason.endsWith(QStringLiteral("000\u00a0€ missing")) || // French amount format
                 r.items.at(2).reason.endsWith(QStringLiteral("000 € missing")),
             qPrintable(r.items.at(2).reason));
    QCOMPARE(r.items.at(1).decision, QStringLiteral("liste_attente"));
    QCOMPARE(r.items.at(2).decision, QStringLiteral("non_retenu")); // below the waiting list's minimum score
}

void TestSelection::optimalReportsInfeasible()
{
    const QList<SelectionCandidate> files{file(1, QStringLiteral("D1"), 1, 90, 100000),
                                          file(2, QStringLiteral("D2"), 1, 80, 100000)};
    SelectionParameters p;
    p.envelopeCents = 150000 * 100;
    p.quotas.append({QuotaKind::Domain, QStringLiteral("D1"), 100000 * 100, std::nullopt});
    p.quotas.append({QuotaKind::Domain, QStringLiteral("D2"), 100000 * 100, std::nullopt});
    const SelectionResult r = optimise(files, p);
    QCOMPARE(r.solverStatus, QStringLiteral("infeasible"));
    QCOMPARE(r.totalCents, 0);
    QVERIFY(!r.warnings.isEmpty());
    // A minimum on a domain without any file cannot be met either.
    p.quotas = {{QuotaKind::Domain, QStringLiteral("D7"), 1, std::nullopt}};
    QCOMPARE(optimise(files, p).solverStatus, QStringLiteral("infeasible"));
}

void TestSelection::forcedFiles()
{
    const QList<SelectionCandidate> files{file(1, QStringLiteral("D1"), 1, 90, 100000),
                                          file(2, QStringLiteral("D1"), 2, 10, 100000)};
    SelectionParameters p;
    p.envelopeCents = 100000 * 100;
    p.forcedIn.insert(2);
    for (const SelectionResult& r : {rankFill(files, p), optimise(files, p)}) {
        QCOMPARE(selectedOf(r), (QList<bool>{false, true}));
    }
    p.forcedIn.clear();
    p.forcedOut.insert(1);
    for (const SelectionResult& r : {rankFill(files, p), optimise(files, p)}) {
        QCOMPARE(selectedOf(r), (QList<bool>{false, true}));
        QCOMPARE(r.items.at(0).reason, QStringLiteral("left out by the referent"));
        QCOMPARE(r.items.at(0).decision, QStringLiteral("non_retenu"));
    }
}

void TestSelection::perYearEnvelope()
{
    QList<SelectionCandidate> files{file(1, QStringLiteral("D1"), 1, 90, 100000),
                                    file(2, QStringLiteral("D2"), 1, 80, 100000)};
    for (SelectionCandidate& f : files) {
        f.seedYear = 2019;
        f.seedCents = f.amountCents / 5;
        f.usageYear = 2020;
        f.usageCents = f.amountCents - f.seedCents;
    }
    SelectionParameters p;
    p.envelopeCents = 1000000 * 100;
    p.envelopePerYear.insert(2020, 100000 * 100); // room for one usage payment only
    for (const SelectionResult& r : {rankFill(files, p), optimise(files, p)}) {
        QCOMPARE(selectedOf(r), (QList<bool>{true, false}));
        QCOMPARE(r.items.at(1).reason, QStringLiteral("2020 budget exhausted: €60,000 missing"));
    }
}

void TestSelection::nationalSizeIsFast()
{
    QRandomGenerator rng(7);
    Instance instance = randomInstance(rng, 20);
    QList<SelectionCandidate> files;
    for (int i = 0; i < 6589; ++i) {
        SelectionCandidate f = instance.files.at(i % 20);
        f.id = i + 1;
        f.establishmentId = i + 1;
        f.score = double(rng.bounded(10000)) / 100.0;
        f.domainRank = i / 20 + 1;
        files.append(f);
    }
    SelectionParameters p;
    p.envelopeCents = 42000000000LL;
    p.quotas.append({QuotaKind::Domain, QStringLiteral("D2"), std::nullopt, p.envelopeCents / 2});
    p.quotas.append({QuotaKind::Status, QStringLiteral("public"), std::nullopt, p.envelopeCents * 64 / 100});
    const SelectionResult r = rankFill(files, p);
    QVERIFY2(r.elapsedMs < 500, qPrintable(QString::number(r.elapsedMs)));
    QVERIFY(r.totalCents <= p.envelopeCents);
}

QTEST_GUILESS_MAIN(TestSelection)
#include "tst_selection.moc"
