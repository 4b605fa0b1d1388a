// SPDX-License-Identifier: GPL-3.0-or-later
// Typing in the search box of the establishments page on 100,000 establishments (issue 10: < 30 ms per keystroke).
// Each measured keystroke is a real key press in the page's search box followed by the repaint of the page, as the
// user sees it: the filter of every row, the view's layout and paint. The database is the one bench/run.sh imports
// the 100,000-line FINESS file into (PALIER_BENCH_DB). Google Benchmark, manual time; run by bench/run.sh.
#include "DatabaseTableModel.h"
#include "PageFactory.h"
#include "Pages.h"
#include "TablePage.h"
#include "db/Database.h"

#include <QAbstractItemModel>
#include <QApplication>
#include <QElapsedTimer>
#include <QLineEdit>
#include <QTableView>
#include <QTest>

#include <benchmark/benchmark.h>

#include <memory>

using namespace Palier;

namespace {

/// The word typed, one letter per keystroke: "centre" is in thousands of establishments' names.
const QString Word = QStringLiteral("centre");

struct SearchPage
{
    std::unique_ptr<Database> db;
    std::unique_ptr<QWidget> page;
    QLineEdit* search = nullptr;
    int rows = 0;
};

SearchPage* g_opened = nullptr;

SearchPage& establishmentsPage()
{
    static SearchPage opened = [] {
        SearchPage p;
        const QString path = qEnvironmentVariable("PALIER_BENCH_DB");
        auto db = Database::open(path, {.readOnly = true});
        if (path.isEmpty() || !db) {
            qFatal("PALIER_BENCH_DB must name a database holding the establishments (bench/run.sh sets it)");
        }
        p.db = std::move(db).value();
        p.page.reset(PageFactory::create(Page::Establishments));
        auto* table = qobject_cast<TablePage*>(p.page.get());
        p.page->resize(1280, 760);
        p.page->show();
        if (!table || !table->reload(p.db.get())) {
            qFatal("cannot show the establishments");
        }
        p.search = p.page->findChild<QLineEdit*>(QStringLiteral("searchLineEdit"));
        p.rows = table->model()->rowCount();
        if (!p.search || p.rows < 100000) {
            qFatal("the database holds %d establishments; 100,000 expected", p.rows);
        }
        QApplication::processEvents();
        return p;
    }();
    g_opened = &opened;
    return opened;
}

/// One key press in the search box, then everything Qt has to do before the user sees the result.
double timedKey(SearchPage& p, Qt::Key key, QChar text)
{
    QElapsedTimer timer;
    timer.start();
    QTest::keyClick(p.search, key, Qt::NoModifier);
    if (!text.isNull() && !p.search->text().endsWith(text)) {
        qFatal("the key press did not reach the search box");
    }
    QApplication::processEvents();
    p.page->repaint();
    return double(timer.nsecsElapsed()) / 1e9;
}

void setText(SearchPage& p, const QString& text)
{
    p.search->setText(text);
    QApplication::processEvents();
    p.page->repaint();
}

/// Typing the `state.range(0)`-th letter of the word, the ones before it already typed.
void BM_TypeLetter(benchmark::State& state)
{
    SearchPage& p = establishmentsPage();
    const int n = int(state.range(0));
    const QChar letter = Word.at(n - 1);
    for (auto _ : state) {
        setText(p, Word.left(n - 1));
        state.SetIterationTime(timedKey(p, Qt::Key(letter.toUpper().unicode()), letter));
    }
    auto* table = p.page->findChild<QTableView*>();
    state.counters["rows_shown"] = table ? table->model()->rowCount() : -1;
}
BENCHMARK(BM_TypeLetter)->DenseRange(1, 6)->UseManualTime()->Unit(benchmark::kMillisecond);

/// Erasing the only letter typed: every one of the 100,000 rows comes back.
void BM_EraseLastLetter(benchmark::State& state)
{
    SearchPage& p = establishmentsPage();
    for (auto _ : state) {
        setText(p, Word.left(1));
        state.SetIterationTime(timedKey(p, Qt::Key_Backspace, {}));
        if (!p.search->text().isEmpty()) {
            qFatal("the backspace did not reach the search box");
        }
    }
}
BENCHMARK(BM_EraseLastLetter)->UseManualTime()->Unit(benchmark::kMillisecond);

} // namespace

int main(int argc, char** argv)
{
    qputenv("QT_QPA_PLATFORM", qgetenv("QT_QPA_PLATFORM").isEmpty() ? "offscreen" : qgetenv("QT_QPA_PLATFORM"));
    QApplication app(argc, argv);
    benchmark::Initialize(&argc, argv);
    benchmark::RunSpecifiedBenchmarks();
    benchmark::Shutdown();
    if (g_opened) { // closed while the application lives
        g_opened->page.reset();
        g_opened->db.reset();
    }
    return 0;
}
