// SPDX-License-Identifier: GPL-3.0-or-later
// Two referents scoring the same files and filling in the same prerequisites (issue 8): the score sheet and the
// prerequisites panel of one, and a second connection standing for the colleague (another Palier, or a session on the
// same PostgreSQL server: tst_concurrentscores_pg). A score or a value saved on a version the colleague has since
// changed — or entered first where the cell was empty — is refused; the conflict dialog shows both values, and what is
// chosen there is what ends in the database, on the new version. Cancelling writes nothing.
#include "ConflictDialog.h"
#include "Formats.h"
#include "PrerequisitesModel.h"
#include "ScoreSheetDialog.h"
#include "ScoreSheetModel.h"
#include "SharedDemo.h"
#include "db/Database.h"
#include "prerequisites/Prerequisites.h"
#include "scoring/ScoreStore.h"

#include <QApplication>
#include <QComboBox>
#include <QLocale>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace Palier;

class TestConcurrentScores : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void staleScoreTakesTheirs();
    void staleScoreKeepsMine();
    void cancelledScoreConflictWritesNothing();
    void firstScoreRace();
    void staleCommentShowsBothComments();
    void staleIndicatorValue();
    void cancelledIndicatorConflictWritesNothing();
    void firstIndicatorValueRace();

private:
    /// A cell of the sheet holding a score of the evaluator shown, below the top of its scale.
    QModelIndex scoredCell() const;
    const Criterion& criterionOf(const QModelIndex& cell) const;
    ScoreCell stored(const QModelIndex& cell) const;
    /// The colleague saves `value` (and `comment`) on the score of `cell`, as their own sheet would.
    void colleagueScores(const QModelIndex& cell, std::optional<int> value, const QString& comment);
    static int fieldNamed(const ConflictDialog& dialog, const QString& label);
    static void picture(ConflictDialog& dialog, const char* suffix);
    /// The row of `code` in the prerequisites panel.
    int indicatorRow(const QString& code) const;

    QTemporaryDir m_dir;
    QString m_path;
    std::unique_ptr<Database> m_mine;
    std::unique_ptr<Database> m_theirs;
    std::unique_ptr<ScoreSheetDialog> m_sheetDialog;
    ScoreSheetModel* m_sheet = nullptr;
    qint64 m_evaluator = 0;
    std::unique_ptr<QWidget> m_page;
    PrerequisitesModel* m_prerequisites = nullptr;
    qint64 m_establishment = 0;
};

void TestConcurrentScores::initTestCase()
{
    QVERIFY(m_dir.isValid());
    m_path = m_dir.filePath(QStringLiteral("demo.palier"));
    const QString failed = TestSupport::prepareSharedDemo(m_path);
    QVERIFY2(failed.isEmpty(), qPrintable(failed));
}

void TestConcurrentScores::init()
{
    Result<std::unique_ptr<Database>> mine = Database::open(m_path, {});
    QVERIFY2(mine, qPrintable(mine.error().message + u' ' + mine.error().detail));
    m_mine = std::move(mine).value();
    Result<std::unique_ptr<Database>> theirs = Database::open(m_path, {});
    QVERIFY2(theirs, qPrintable(theirs.error().message + u' ' + theirs.error().detail));
    m_theirs = std::move(theirs).value();

    m_sheetDialog = std::make_unique<ScoreSheetDialog>(*m_mine);
    m_sheet = m_sheetDialog->sheet();
    m_evaluator = m_sheetDialog->findChild<QComboBox*>(QStringLiteral("evaluatorComboBox"))->currentData().toLongLong();
    QVERIFY(m_evaluator > 0);
    QVERIFY(m_sheet->rowCount() > 0);

    m_page = std::make_unique<QWidget>();
    m_prerequisites = new PrerequisitesModel(m_page.get());
    QSqlQuery first(m_mine->connection());
    QVERIFY(first.exec(QStringLiteral("SELECT min(id) FROM establishment")) && first.next());
    m_establishment = first.value(0).toLongLong();
    QVERIFY(m_prerequisites->load(m_mine.get(), m_establishment));
    QVERIFY(m_prerequisites->rowCount() > 0);
}

void TestConcurrentScores::cleanup()
{
    ConflictDialog::setNextHandler({});
    m_sheetDialog.reset();
    m_page.reset();
    m_theirs.reset();
    m_mine.reset();
}

QModelIndex TestConcurrentScores::scoredCell() const
{
    for (int row = 0; row < m_sheet->rowCount(); ++row) {
        for (int column = ScoreSheetModel::FirstCriterionColumn; column < m_sheet->totalColumn(); ++column) {
            const QModelIndex cell = m_sheet->index(row, column);
            const Criterion& criterion = criterionOf(cell);
            const ScoreCell now = stored(cell);
            // Away from what the other tests changed: a score no test wrote yet (version 1), with room above it.
            if (!cell.data(Qt::EditRole).toString().isEmpty() && now.version == 1 &&
                cell.data(Qt::EditRole).toInt() + 2 <= criterion.scaleMax) {
                return cell;
            }
        }
    }
    return {};
}

const Criterion& TestConcurrentScores::criterionOf(const QModelIndex& cell) const
{
    return m_sheet->grid().criteria.at(cell.column() - ScoreSheetModel::FirstCriterionColumn);
}

ScoreCell TestConcurrentScores::stored(const QModelIndex& cell) const
{
    // Read by the colleague's connection: what is really in the database.
    const Result<ScoreCell> read =
        readScore(*m_theirs, m_sheet->candidatureId(cell.row()), criterionOf(cell).code, m_evaluator);
    if (!read) {
        qFatal("readScore: %s", qPrintable(read.error().detail));
    }
    return read.value();
}

void TestConcurrentScores::colleagueScores(const QModelIndex& cell, std::optional<int> value, const QString& comment)
{
    const ScoreCell before = stored(cell);
    const Result<qint64> written = writeScore(*m_theirs, m_sheet->candidatureId(cell.row()), criterionOf(cell).code,
                                              m_evaluator, value, comment, before.version);
    QVERIFY2(written, qPrintable(written.error().detail));
}

int TestConcurrentScores::fieldNamed(const ConflictDialog& dialog, const QString& label)
{
    for (int i = 0; i < dialog.fieldCount(); ++i) {
        if (dialog.field(i).label == label) {
            return i;
        }
    }
    return -1;
}

void TestConcurrentScores::picture(ConflictDialog& dialog, const char* suffix)
{
    if (QString path = qEnvironmentVariable("PALIER_CONFLICT_SCREENSHOT"); !path.isEmpty()) {
        dialog.adjustSize();
        dialog.grab().save(path.replace(QLatin1String(".png"), QLatin1String(suffix) + QLatin1String(".png")));
    }
}

int TestConcurrentScores::indicatorRow(const QString& code) const
{
    for (int row = 0; row < m_prerequisites->rowCount(); ++row) {
        if (m_prerequisites->index(row, int(PrerequisitesModel::Column::Indicator))
                .data()
                .toString()
                .startsWith(code + u' ')) {
            return row;
        }
    }
    return -1;
}

void TestConcurrentScores::staleScoreTakesTheirs()
{
    const QModelIndex cell = scoredCell();
    QVERIFY(cell.isValid());
    const ScoreCell seen = stored(cell);
    const int mine = seen.value.value() + 1;
    const int theirs = seen.value.value() + 2;
    // The colleague saves a score and a comment on the same cell after the sheet was read...
    colleagueScores(cell, theirs, QStringLiteral("Revu en comité fictif"));
    const LastChange last =
        lastScoreChange(*m_theirs, m_sheet->candidatureId(cell.row()), criterionOf(cell).code, m_evaluator);
    QVERIFY(!last.user.isEmpty());

    // ... then the user types theirs: refused, the cell shows the colleague's score, the dialog both.
    int shown = 0;
    ConflictDialog::setNextHandler([&](ConflictDialog& dialog) {
        ++shown;
        picture(dialog, "");
        [&] {
            QCOMPARE(dialog.fieldCount(), 2);
            const int score = fieldNamed(dialog, ScoreSheetModel::tr("Score"));
            QVERIFY(score >= 0);
            QCOMPARE(dialog.field(score).theirsText, QLocale().toString(theirs));
            QCOMPARE(dialog.field(score).yoursText, QLocale().toString(mine));
            QVERIFY(dialog.field(score).changedByThem && dialog.field(score).changedByYou);
            QVERIFY(dialog.keepsYours(score));
            const int comment = fieldNamed(dialog, ScoreSheetModel::tr("Comment"));
            QVERIFY(comment >= 0);
            QCOMPARE(dialog.field(comment).theirsText, QStringLiteral("Revu en comité fictif"));
            QVERIFY(dialog.field(comment).changedByThem && !dialog.field(comment).changedByYou);
            QVERIFY2(!dialog.keepsYours(comment), "what only the colleague changed is kept by default");
            QVERIFY2(dialog.summary().contains(last.user.toHtmlEscaped()), qPrintable(dialog.summary()));
            QVERIFY2(dialog.summary().contains(m_sheet->index(cell.row(), 0).data().toString().toHtmlEscaped()),
                     qPrintable(dialog.summary()));
            dialog.setKeepsYours(score, false); // the colleague's score is the right one
        }();
        return int(QDialog::Accepted);
    });
    QSignalSpy resolved(m_sheet, &ScoreSheetModel::conflictResolved);
    QVERIFY(!m_sheet->setData(cell, QString::number(mine)));
    QCOMPARE(cell.data(Qt::EditRole).toInt(), theirs); // the cell shows the database at once
    QTRY_COMPARE(resolved.size(), 1);
    QCOMPARE(shown, 1);

    const ScoreCell after = stored(cell);
    QCOMPARE(after.value, std::optional<int>(theirs));
    QCOMPARE(after.comment, QStringLiteral("Revu en comité fictif"));
    QCOMPARE(after.version, seen.version + 1); // theirs kept: nothing written
    QCOMPARE(cell.data(Qt::EditRole).toInt(), theirs);
    QCOMPARE(cell.data(ScoreSheetModel::CommentRole).toString(), QStringLiteral("Revu en comité fictif"));

    // The sheet is on the colleague's version now: the next edit is saved without a conflict.
    QVERIFY(m_sheet->setData(cell, QString::number(mine)));
    QCOMPARE(stored(cell).value, std::optional<int>(mine));
    QCOMPARE(stored(cell).version, seen.version + 2);
    QTest::qWait(10);
    QCOMPARE(shown, 1);
}

void TestConcurrentScores::staleScoreKeepsMine()
{
    const QModelIndex cell = scoredCell();
    QVERIFY(cell.isValid());
    const ScoreCell seen = stored(cell);
    const int mine = seen.value.value() + 1;
    colleagueScores(cell, seen.value.value() + 2, QStringLiteral("Commentaire fictif du collègue"));

    ConflictDialog::setNextHandler([&](ConflictDialog& dialog) {
        return fieldNamed(dialog, ScoreSheetModel::tr("Score")) >= 0 ? int(QDialog::Accepted) : -1; // the defaults
    });
    QSignalSpy resolved(m_sheet, &ScoreSheetModel::conflictResolved);
    QVERIFY(!m_sheet->setData(cell, QString::number(mine)));
    QTRY_COMPARE(resolved.size(), 1);
    QCOMPARE(resolved.first().first().toBool(), true);
    // My score, their comment (changed by them alone), on the version after theirs.
    const ScoreCell after = stored(cell);
    QCOMPARE(after.value, std::optional<int>(mine));
    QCOMPARE(after.comment, QStringLiteral("Commentaire fictif du collègue"));
    QCOMPARE(after.version, seen.version + 2);
    QCOMPARE(cell.data(Qt::EditRole).toInt(), mine);
    QCOMPARE(cell.data(ScoreSheetModel::CommentRole).toString(), QStringLiteral("Commentaire fictif du collègue"));
    // And the sheet knows that version: clearing the score is not refused.
    QVERIFY(m_sheet->setData(cell, QString()));
    QCOMPARE(stored(cell).version, NoScoreYet);
}

void TestConcurrentScores::cancelledScoreConflictWritesNothing()
{
    const QModelIndex cell = scoredCell();
    QVERIFY(cell.isValid());
    const ScoreCell seen = stored(cell);
    colleagueScores(cell, seen.value.value() + 2, seen.comment);
    const ScoreCell theirs = stored(cell);

    int shown = 0;
    ConflictDialog::setNextHandler([&](ConflictDialog& dialog) {
        ++shown;
        return dialog.fieldCount() == 1 ? int(QDialog::Rejected) : int(QDialog::Accepted);
    });
    QSignalSpy resolved(m_sheet, &ScoreSheetModel::conflictResolved);
    QVERIFY(!m_sheet->setData(cell, QString::number(seen.value.value() + 1)));
    QTRY_COMPARE(resolved.size(), 1);
    QCOMPARE(shown, 1);
    QCOMPARE(resolved.first().first().toBool(), false);
    const ScoreCell after = stored(cell);
    QCOMPARE(after.value, theirs.value);
    QCOMPARE(after.version, theirs.version);
    QCOMPARE(cell.data(Qt::EditRole).toInt(), theirs.value.value()); // the sheet shows the database's score

    // Removing the score seen before the colleague's change is refused as well; cancelled, it stays.
    ConflictDialog::setNextHandler([&](ConflictDialog& dialog) {
        ++shown;
        return dialog.fieldCount() >= 1 ? int(QDialog::Rejected) : int(QDialog::Accepted);
    });
    colleagueScores(cell, seen.value.value(), seen.comment);
    QVERIFY(!m_sheet->setData(cell, QString()));
    QTRY_COMPARE(resolved.size(), 2);
    QCOMPARE(shown, 2);
    QCOMPARE(stored(cell).value, seen.value);
    QCOMPARE(stored(cell).version, theirs.version + 1);
}

void TestConcurrentScores::firstScoreRace()
{
    // A new evaluator: every cell of their sheet is empty. The colleague, logged in as the same evaluator on another
    // machine, enters the first score of a cell while the user types theirs into it.
    const Result<qint64> evaluator = createEvaluator(*m_theirs, QStringLiteral("Évaluateur fictif des conflits"));
    QVERIFY(evaluator);
    const QString domain =
        m_sheetDialog->findChild<QComboBox*>(QStringLiteral("domainComboBox"))->currentData().toString();
    const Result<void> loaded = m_sheet->load(m_mine.get(), domain, evaluator.value());
    QVERIFY2(loaded, qPrintable(loaded.error().message));
    m_evaluator = evaluator.value();
    const QModelIndex cell = m_sheet->index(0, ScoreSheetModel::FirstCriterionColumn);
    QVERIFY(cell.data(Qt::EditRole).toString().isEmpty());
    const Criterion& criterion = criterionOf(cell);
    QVERIFY(criterion.scaleMax > criterion.scaleMin);
    colleagueScores(cell, criterion.scaleMin, {});
    QCOMPARE(stored(cell).version, 1);

    int shown = 0;
    ConflictDialog::setNextHandler([&](ConflictDialog& dialog) {
        ++shown;
        picture(dialog, "-first");
        [&] {
            QCOMPARE(dialog.fieldCount(), 1);
            QCOMPARE(dialog.field(0).theirsText, QLocale().toString(criterion.scaleMin));
            QCOMPARE(dialog.field(0).yoursText, QLocale().toString(criterion.scaleMax));
            QVERIFY(dialog.field(0).changedByThem && dialog.field(0).changedByYou);
        }();
        return int(QDialog::Accepted); // mine
    });
    QSignalSpy resolved(m_sheet, &ScoreSheetModel::conflictResolved);
    QVERIFY(!m_sheet->setData(cell, QString::number(criterion.scaleMax)));
    QCOMPARE(stored(cell).value, std::optional<int>(criterion.scaleMin)); // refused: theirs stands until chosen
    QTRY_COMPARE(resolved.size(), 1);
    QCOMPARE(shown, 1);
    QCOMPARE(stored(cell).value, std::optional<int>(criterion.scaleMax));
    QCOMPARE(stored(cell).version, 2);
    QCOMPARE(cell.data(Qt::EditRole).toInt(), criterion.scaleMax);
}

void TestConcurrentScores::staleCommentShowsBothComments()
{
    const QModelIndex cell = scoredCell();
    QVERIFY(cell.isValid());
    const ScoreCell seen = stored(cell);
    colleagueScores(cell, seen.value, QStringLiteral("Leur commentaire fictif"));

    ConflictDialog::setNextHandler([&](ConflictDialog& dialog) {
        [&] {
            QCOMPARE(dialog.fieldCount(), 1);
            QCOMPARE(dialog.field(0).theirsText, QStringLiteral("Leur commentaire fictif"));
            QCOMPARE(dialog.field(0).yoursText, QStringLiteral("Mon commentaire fictif"));
            QVERIFY(dialog.keepsYours(0));
            dialog.setKeepsYours(0, false);
        }();
        return int(QDialog::Accepted);
    });
    QSignalSpy resolved(m_sheet, &ScoreSheetModel::conflictResolved);
    QVERIFY(!m_sheet->setComment(cell, QStringLiteral("Mon commentaire fictif")));
    QTRY_COMPARE(resolved.size(), 1);
    QCOMPARE(stored(cell).comment, QStringLiteral("Leur commentaire fictif"));
    QCOMPARE(stored(cell).version, seen.version + 1);
    QCOMPARE(cell.data(ScoreSheetModel::CommentRole).toString(), QStringLiteral("Leur commentaire fictif"));
}

void TestConcurrentScores::staleIndicatorValue()
{
    const QString code = QStringLiteral("P1.2"); // a percentage
    const int row = indicatorRow(code);
    QVERIFY(row >= 0);
    const QModelIndex value = m_prerequisites->index(row, int(PrerequisitesModel::Column::Value));
    const StoredIndicatorValue seen = readIndicatorValue(*m_theirs, m_establishment, code).value();
    QVERIFY(writeIndicatorValue(*m_theirs, m_establishment, code,
                                IndicatorValueInput{71, QDate(2019, 2, 1), QStringLiteral("Audit fictif")},
                                seen.version));

    int shown = 0;
    ConflictDialog::setNextHandler([&](ConflictDialog& dialog) {
        ++shown;
        picture(dialog, "-indicator");
        [&] {
            const int field = fieldNamed(dialog, PrerequisitesModel::tr("Value"));
            QVERIFY(field >= 0);
            // Each value with the date it was measured: the user's, today.
            QCOMPARE(dialog.field(field).theirsText,
                     PrerequisitesModel::tr("%1, measured on %2")
                         .arg(QLocale().toString(71), Formats::shortDate(QDate(2019, 2, 1))));
            QCOMPARE(dialog.field(field).yoursText,
                     PrerequisitesModel::tr("%1, measured on %2")
                         .arg(QLocale().toString(64.5, 'g', 6), Formats::shortDate(QDate::currentDate())));
            QVERIFY(dialog.keepsYours(field));
        }();
        return int(QDialog::Accepted); // my value, measured today; their evidence unless I changed it
    });
    QSignalSpy resolved(m_prerequisites, &PrerequisitesModel::conflictResolved);
    QVERIFY(!m_prerequisites->setData(value, QStringLiteral("64.5")));
    QTRY_COMPARE(resolved.size(), 1);
    QCOMPARE(shown, 1);
    const StoredIndicatorValue after = readIndicatorValue(*m_theirs, m_establishment, code).value();
    QCOMPARE(after.value, std::optional<double>(64.5));
    QCOMPARE(after.measuredOn, QDate::currentDate());
    QCOMPARE(after.evidence, QStringLiteral("Audit fictif")); // changed by the colleague alone: theirs by default
    QCOMPARE(after.version, seen.version + 2);
    const int rowNow = indicatorRow(code);
    QCOMPARE(m_prerequisites->index(rowNow, int(PrerequisitesModel::Column::Value)).data(Qt::EditRole).toDouble(),
             64.5);
    // On that version, the next edit goes through.
    QVERIFY(m_prerequisites->setData(m_prerequisites->index(rowNow, int(PrerequisitesModel::Column::Value)),
                                     QStringLiteral("90")));
    QCOMPARE(readIndicatorValue(*m_theirs, m_establishment, code)->value, std::optional<double>(90));
}

void TestConcurrentScores::cancelledIndicatorConflictWritesNothing()
{
    const QString code = QStringLiteral("P1.3");
    const int row = indicatorRow(code);
    QVERIFY(row >= 0);
    const StoredIndicatorValue seen = readIndicatorValue(*m_theirs, m_establishment, code).value();
    QVERIFY(writeIndicatorValue(*m_theirs, m_establishment, code, IndicatorValueInput{33, {}, {}}, seen.version));
    const StoredIndicatorValue theirs = readIndicatorValue(*m_theirs, m_establishment, code).value();

    ConflictDialog::setNextHandler([](ConflictDialog&) { return int(QDialog::Rejected); });
    QSignalSpy resolved(m_prerequisites, &PrerequisitesModel::conflictResolved);
    QVERIFY(!m_prerequisites->setData(m_prerequisites->index(row, int(PrerequisitesModel::Column::Value)),
                                      QStringLiteral("44")));
    QTRY_COMPARE(resolved.size(), 1);
    QCOMPARE(resolved.first().first().toBool(), false);
    const StoredIndicatorValue after = readIndicatorValue(*m_theirs, m_establishment, code).value();
    QCOMPARE(after.value, std::optional<double>(33));
    QCOMPARE(after.version, theirs.version);
    QCOMPARE(m_prerequisites->index(indicatorRow(code), int(PrerequisitesModel::Column::Value)).data(Qt::EditRole),
             QVariant(33.0));
}

void TestConcurrentScores::firstIndicatorValueRace()
{
    const QString code = QStringLiteral("P4.2"); // a percentage
    // No value yet on either side.
    const StoredIndicatorValue seen = readIndicatorValue(*m_theirs, m_establishment, code).value();
    if (seen.version != NoValueYet) {
        QVERIFY(writeIndicatorValue(*m_theirs, m_establishment, code, std::nullopt, seen.version));
    }
    QVERIFY(m_prerequisites->load(m_mine.get(), m_establishment));
    const int row = indicatorRow(code);
    QVERIFY(row >= 0);
    QVERIFY(
        m_prerequisites->index(row, int(PrerequisitesModel::Column::Value)).data(Qt::EditRole).toString().isEmpty());
    QVERIFY(writeIndicatorValue(*m_theirs, m_establishment, code, IndicatorValueInput{55, {}, {}}, NoValueYet));

    int shown = 0;
    ConflictDialog::setNextHandler([&](ConflictDialog& dialog) {
        ++shown;
        [&] {
            const int field = fieldNamed(dialog, PrerequisitesModel::tr("Value"));
            QVERIFY(field >= 0);
            QCOMPARE(dialog.field(field).theirsText, QLocale().toString(55));
            QVERIFY(dialog.field(field).changedByThem && dialog.field(field).changedByYou);
            dialog.setKeepsYours(field, false);
        }();
        return int(QDialog::Accepted); // theirs
    });
    QSignalSpy resolved(m_prerequisites, &PrerequisitesModel::conflictResolved);
    QVERIFY(!m_prerequisites->setData(m_prerequisites->index(row, int(PrerequisitesModel::Column::Value)),
                                      QStringLiteral("77")));
    QTRY_COMPARE(resolved.size(), 1);
    QCOMPARE(shown, 1);
    const StoredIndicatorValue after = readIndicatorValue(*m_theirs, m_establishment, code).value();
    QCOMPARE(after.value, std::optional<double>(55));
    QCOMPARE(after.version, 1);
}

QTEST_MAIN(TestConcurrentScores)
#include "tst_concurrentscores.moc"
