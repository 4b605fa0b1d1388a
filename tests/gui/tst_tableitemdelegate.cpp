// SPDX-License-Identifier: GPL-3.0-or-later
#include "TableItemDelegate.h"

#include <QApplication>
#include <QImage>
#include <QPainter>
#include <QStandardItemModel>
#include <QStyledItemDelegate>
#include <QTableView>
#include <QTest>

using namespace Palier;

namespace {

/// A table view whose options for an item can be read, as the view gives them to its delegate.
class View : public QTableView
{
public:
    QStyleOptionViewItem optionFor(const QModelIndex& index)
    {
        QStyleOptionViewItem option;
        initViewItemOption(&option);
        option.rect = visualRect(index);
        return option;
    }
    using QTableView::sizeHintForColumn;
};

/// The delegate, with the options it gives a cell readable.
class OpenDelegate : public TableItemDelegate
{
public:
    using TableItemDelegate::initStyleOption;
};

QImage painted(const QAbstractItemDelegate& delegate, QStyleOptionViewItem option, const QModelIndex& index)
{
    const QSize size = option.rect.size();
    option.rect.moveTo(0, 0);
    QImage image(size, QImage::Format_ARGB32_Premultiplied);
    image.fill(Qt::magenta); // whatever the delegate leaves unpainted shows
    QPainter painter(&image);
    delegate.paint(&painter, option, index);
    painter.end();
    return image;
}

} // namespace

class TestTableItemDelegate : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void drawsTheSamePixelsAsTheStyle_data();
    void drawsTheSamePixelsAsTheStyle();
    void measuresTheSameSizeAsTheStyle();
    void keptLayoutsFollowTheCell();
    void leavesOtherCellsToTheStyle();

private:
    QStandardItemModel m_model;
    View m_view;
};

void TestTableItemDelegate::initTestCase()
{
    const QStringList texts = {
        QStringLiteral("CH d’Aix-en-Provence"),
        QStringLiteral("Établissement public de santé mentale des Alpes-Maritimes, site de Nice Saint-Roch"),
        QStringLiteral("12 345,67 €"),
        QString(),
        QStringLiteral("ﬁnesse « efficace »"),
        QStringLiteral("Ω ≤ 3 × π — 25 %"),
        QStringLiteral("مستشفى"), // right to left
        QStringLiteral("   espaces autour   "),
    };
    m_model.setColumnCount(3);
    for (const QString& text : texts) {
        QList<QStandardItem*> row;
        for (int column = 0; column < 3; ++column) {
            auto* item = new QStandardItem(text);
            item->setEditable(false);
            row.append(item);
        }
        row[1]->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
        row[2]->setForeground(QColor(0x9a, 0x34, 0x12));
        m_model.appendRow(row);
    }
    // A bold cell, a coloured background, a centred one.
    auto* bold = new QStandardItem(QStringLiteral("Gras et long, assez pour être coupé"));
    QFont font = bold->font();
    font.setBold(true);
    bold->setFont(font);
    auto* background = new QStandardItem(QStringLiteral("Fond"));
    background->setBackground(QColor(0xfe, 0xf3, 0xc7));
    auto* centred = new QStandardItem(QStringLiteral("Centré"));
    centred->setTextAlignment(Qt::AlignCenter);
    m_model.appendRow({bold, background, centred});

    m_view.setModel(&m_model);
    m_view.setWordWrap(false); // as Palier's tables: one line per cell, elided
    m_view.setAlternatingRowColors(true);
    m_view.setColumnWidth(0, 150);
    m_view.setColumnWidth(1, 90);
    m_view.setColumnWidth(2, 260);
    m_view.resize(600, 400);
    m_view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&m_view));
}

void TestTableItemDelegate::drawsTheSamePixelsAsTheStyle_data()
{
    QTest::addColumn<int>("state");
    QTest::addColumn<int>("elideMode");
    QTest::newRow("normal") << int(QStyle::State_Enabled | QStyle::State_Active) << int(Qt::ElideRight);
    QTest::newRow("selected") << int(QStyle::State_Enabled | QStyle::State_Active | QStyle::State_Selected)
                              << int(Qt::ElideRight);
    QTest::newRow("selected, window inactive")
        << int(QStyle::State_Enabled | QStyle::State_Selected) << int(Qt::ElideRight);
    QTest::newRow("disabled") << int(QStyle::State_None) << int(Qt::ElideRight);
    QTest::newRow("under the mouse") << int(QStyle::State_Enabled | QStyle::State_Active | QStyle::State_MouseOver)
                                     << int(Qt::ElideRight);
    QTest::newRow("elided in the middle") << int(QStyle::State_Enabled | QStyle::State_Active) << int(Qt::ElideMiddle);
}

void TestTableItemDelegate::drawsTheSamePixelsAsTheStyle()
{
    QFETCH(int, state);
    QFETCH(int, elideMode);
    const QStyledItemDelegate style;
    const OpenDelegate fast;
    int plain = 0;
    int elided = 0;
    for (int row = 0; row < m_model.rowCount(); ++row) {
        for (int column = 0; column < m_model.columnCount(); ++column) {
            const QModelIndex index = m_model.index(row, column);
            QStyleOptionViewItem option = m_view.optionFor(index);
            option.state = QStyle::State(state);
            option.textElideMode = Qt::TextElideMode(elideMode);
            if (row % 2 == 1) {
                option.features |= QStyleOptionViewItem::Alternate;
            }
            QStyleOptionViewItem initialised = option;
            fast.initStyleOption(&initialised, index);
            plain += TableItemDelegate::isPlainText(initialised) ? 1 : 0;
            const int margins = 2 * (m_view.style()->pixelMetric(QStyle::PM_FocusFrameHMargin) + 1);
            elided += QFontMetrics(initialised.font).horizontalAdvance(initialised.text) > option.rect.width() - margins
                          ? 1
                          : 0;
            const QImage expected = painted(style, option, index);
            // Measured first, as a view fits its columns, then painted twice: from the text laid out to measure it,
            // then from the layout kept.
            fast.sizeHint(option, index);
            const QImage actual = painted(fast, option, index);
            const QString where =
                QStringLiteral("row %1, column %2: “%3”").arg(row).arg(column).arg(index.data().toString());
            QVERIFY2(actual == expected, qPrintable(where));
            QVERIFY2(painted(fast, option, index) == expected, qPrintable(where + QStringLiteral(", painted again")));
        }
    }
    // The cells went through the delegate's own drawing, several of them elided.
    QCOMPARE(plain, m_model.rowCount() * m_model.columnCount());
    QVERIFY(elided >= 4);
}

void TestTableItemDelegate::measuresTheSameSizeAsTheStyle()
{
    const QStyledItemDelegate style;
    const OpenDelegate fast;
    for (int row = 0; row < m_model.rowCount(); ++row) {
        for (int column = 0; column < m_model.columnCount(); ++column) {
            const QModelIndex index = m_model.index(row, column);
            const QStyleOptionViewItem option = m_view.optionFor(index);
            QCOMPARE(fast.sizeHint(option, index), style.sizeHint(option, index));
        }
    }
    // What the view fits its columns to.
    TableItemDelegate* delegate = new TableItemDelegate(&m_view);
    const int before = m_view.sizeHintForColumn(0);
    m_view.setItemDelegate(delegate);
    QCOMPARE(m_view.sizeHintForColumn(0), before);
    m_view.setItemDelegate(nullptr);
    delete delegate;
}

void TestTableItemDelegate::keptLayoutsFollowTheCell()
{
    // One delegate throughout, as a view keeps it: each change of what a cell shows is drawn as the style draws it,
    // never from the layout kept for what the cell showed before.
    QStandardItemModel model;
    auto* item = new QStandardItem(QStringLiteral("Centre hospitalier intercommunal des Alpes du Sud"));
    model.appendRow(item);
    View view;
    view.setModel(&model);
    view.setWordWrap(false);
    view.setColumnWidth(0, 400);
    view.resize(500, 200);
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    const OpenDelegate fast;
    const QStyledItemDelegate style;
    const QModelIndex index = model.index(0, 0);
    const auto same = [&](const QString& what, QStyleOptionViewItem option) {
        option.state |= QStyle::State_Enabled | QStyle::State_Active;
        const QImage expected = painted(style, option, index);
        QVERIFY2(painted(fast, option, index) == expected, qPrintable(what));
        QCOMPARE(fast.sizeHint(option, index), style.sizeHint(option, index));
    };
    QStyleOptionViewItem option = view.optionFor(index);
    same(QStringLiteral("whole"), option);
    // Narrower and narrower: elided, then elided shorter, then whole again.
    for (const int width : {200, 120, 400}) {
        option.rect.setWidth(width);
        same(QStringLiteral("%1 pixels wide").arg(width), option);
    }
    option.rect.setWidth(120);
    option.textElideMode = Qt::ElideMiddle;
    same(QStringLiteral("elided in the middle"), option);
    option.textElideMode = Qt::ElideRight;
    item->setText(QStringLiteral("CH de Digne"));
    same(QStringLiteral("another text"), option);
    QFont bold = item->font();
    bold.setBold(true);
    item->setFont(bold);
    same(QStringLiteral("bold"), option);
    item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
    same(QStringLiteral("aligned right"), option);
    option.direction = Qt::RightToLeft;
    same(QStringLiteral("right to left"), option);
}

void TestTableItemDelegate::leavesOtherCellsToTheStyle()
{
    QStandardItemModel model;
    auto* icon = new QStandardItem(QApplication::style()->standardIcon(QStyle::SP_MessageBoxWarning),
                                   QStringLiteral("Avec une icône"));
    auto* check = new QStandardItem(QStringLiteral("Avec une case"));
    check->setCheckable(true);
    check->setCheckState(Qt::Checked);
    auto* lines = new QStandardItem(QStringLiteral("Deux\nlignes"));
    auto* plain = new QStandardItem(QStringLiteral("Simple"));
    model.appendRow({icon, check, lines, plain});
    View view;
    view.setModel(&model);
    view.setWordWrap(false);
    view.resize(500, 200);
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    const OpenDelegate fast;
    const QStyledItemDelegate style;
    for (int column = 0; column < 4; ++column) {
        const QModelIndex index = model.index(0, column);
        QStyleOptionViewItem option = view.optionFor(index);
        QStyleOptionViewItem initialised = option;
        fast.initStyleOption(&initialised, index);
        QCOMPARE(TableItemDelegate::isPlainText(initialised), column == 3);
        // The focused cell is drawn by the style too (its focus frame).
        option.state |= QStyle::State_HasFocus;
        initialised = option;
        fast.initStyleOption(&initialised, index);
        QVERIFY(!TableItemDelegate::isPlainText(initialised));
        QVERIFY(painted(fast, option, index) == painted(style, option, index));
        QCOMPARE(fast.sizeHint(option, index), style.sizeHint(option, index));
    }
    // A view that wraps its text (the style breaks it at words before eliding).
    view.setWordWrap(true);
    QStyleOptionViewItem wrapped = view.optionFor(model.index(0, 3));
    fast.initStyleOption(&wrapped, model.index(0, 3));
    QVERIFY(!TableItemDelegate::isPlainText(wrapped));
}

QTEST_MAIN(TestTableItemDelegate)
#include "tst_tableitemdelegate.moc"
