// SPDX-License-Identifier: GPL-3.0-or-later
// RoadmapPage, its grid of forfaits (the amounts per size class and domain): editing it and showing it. The rest of
// the page is in RoadmapPage.cpp.
#include "RoadmapPage.h"

#include "ConflictDialog.h"
#include "ForfaitGridDialog.h"
#include "Formats.h"
#include "MessageBox.h"
#include "db/Database.h"

#include <QLocale>
#include <QSet>

#include <algorithm>
#include <memory>

namespace Palier {

bool RoadmapPage::applyForfaitGrid(const QList<ForfaitCell>& cells)
{
    if (!database()) {
        return false;
    }
    const Database* db = database();
    const QString text = tr("Edit the forfait grid");
    // The grid the page showed is what the edit was prepared on: only the cells it changes are written, and an undo
    // gives them back, each refused if a colleague changed the same cell since.
    const QList<ForfaitCell> originalBase = m_forfaitGrid.cells;
    QList<ForfaitCell> before = originalBase;
    QList<ForfaitCell> wanted = cells;
    for (;;) {
        QList<ForfaitConflict> conflicts;
        auto firstConflicts = std::make_shared<QList<ForfaitConflict>>();
        const Result<void> written = push(
            text,
            [db, before, wanted, firstConflicts](bool forward) {
                QList<ForfaitConflict> found;
                Result<void> done = forward ? replaceForfaitGridFrom(*db, before, wanted, &found)
                                            : replaceForfaitGridFrom(*db, wanted, before, &found);
                if (firstConflicts->isEmpty()) {
                    *firstConflicts = found;
                }
                return done;
            },
            [db] { return lastForfaitChange(*db); });
        if (written) {
            return true;
        }
        if (written.error().code != QLatin1String("db.conflict")) {
            return false;
        }
        conflicts = *firstConflicts;
        Result<ForfaitGrid> current = loadForfaitGrid(*db);
        if (!current) {
            MessageBox::showError(this, text, current.error());
            return false;
        }
        const auto amountText = [](const std::optional<qint64>& amount) {
            return amount ? Formats::amount(*amount) : tr("no amount");
        };
        QList<ConflictDialog::Field> fields;
        for (const ForfaitConflict& c : std::as_const(conflicts)) {
            const QVariant theirs = c.theirs ? QVariant(*c.theirs) : QVariant();
            const QVariant yours = c.yours ? QVariant(*c.yours) : QVariant();
            fields.append({tr("%1 – %2").arg(c.sizeClass, c.domainCode), theirs, yours, amountText(c.theirs),
                           amountText(c.yours), true, true});
        }
        const LastChange last = lastForfaitChange(*db);
        ConflictDialog dialog(tr("Forfait grid"), last.user, last.at, fields, this);
        if (dialog.run() != QDialog::Accepted) {
            return false; // nothing written: the page shows theirs
        }
        // Saved again on the grid as it is now: every change of the user, but where they kept the colleague's amount.
        using Key = QPair<QString, QString>;
        const auto amounts = [](const QList<ForfaitCell>& list) {
            QHash<Key, qint64> map;
            for (const ForfaitCell& cell : list) {
                map.insert({cell.sizeClass, cell.domainCode}, cell.amountCents);
            }
            return map;
        };
        const QHash<Key, qint64> base0 = amounts(originalBase);
        const QHash<Key, qint64> wanted0 = amounts(cells);
        QHash<Key, qint64> next = amounts(current->cells);
        QSet<Key> keys;
        for (const QHash<Key, qint64>* map : {&base0, &wanted0}) {
            for (auto it = map->cbegin(); it != map->cend(); ++it) {
                keys.insert(it.key());
            }
        }
        for (const Key& key : std::as_const(keys)) {
            const auto was = base0.constFind(key);
            const auto want = wanted0.constFind(key);
            const bool changed = (was == base0.cend()) != (want == wanted0.cend()) ||
                                 (was != base0.cend() && want != wanted0.cend() && *was != *want);
            if (!changed) {
                continue;
            }
            const auto conflict = std::find_if(conflicts.cbegin(), conflicts.cend(), [&key](const ForfaitConflict& c) {
                return c.sizeClass == key.first && c.domainCode == key.second;
            });
            if (conflict != conflicts.cend() && !dialog.keepsYours(int(conflict - conflicts.cbegin()))) {
                continue;
            }
            if (want != wanted0.cend()) {
                next.insert(key, *want);
            } else {
                next.remove(key);
            }
        }
        before = current->cells;
        wanted.clear();
        for (auto it = next.cbegin(); it != next.cend(); ++it) {
            wanted.append({it.key().first, it.key().second, it.value(), 0});
        }
        if (amounts(before) == next) {
            return false; // nothing of the user's is left to write: theirs is in the database
        }
    }
}

void RoadmapPage::editForfaitGrid()
{
    if (!database()) {
        return;
    }
    refresh(); // the grid as it is now
    ForfaitGridDialog dialog(*database(), m_forfaitGrid, m_coverage, this);
    if (dialog.exec() == QDialog::Accepted && !database()->isReadOnly() && dialog.isChanged()) {
        applyForfaitGrid(dialog.cells());
    }
}

QString RoadmapPage::forfaitHtml() const
{
    const ForfaitGrid& grid = m_forfaitGrid;
    QString html = QStringLiteral("<h3><a name=\"forfait\"></a>%1</h3>").arg(tr("Forfait grid"));
    const QStringList classes = grid.sizeClasses();
    const auto nowrap = [](QString text) { return text.replace(QChar(0x202F), QChar(0x00A0)); };
    if (classes.isEmpty()) {
        html += QStringLiteral("<p>%1</p>")
                    .arg(tr("No forfait yet: every file gets the amount it requests, between %1 and %2.")
                             .arg(nowrap(Formats::amount(grid.forfaitMinCents)),
                                  nowrap(Formats::amount(grid.forfaitMaxCents))));
    } else {
        // In thousands of euros, so that seven domains fit beside the calendar.
        html +=
            QStringLiteral("<table cellspacing=\"0\" cellpadding=\"2\"><tr><th align=\"left\">%1</th>").arg(tr("k€"));
        for (const QString& domain : grid.domains) {
            html += QStringLiteral("<th align=\"right\">%1</th>").arg(domain);
        }
        html += QStringLiteral("</tr>");
        for (const QString& sizeClass : classes) {
            html += QStringLiteral("<tr><td>%1 (%2)</td>")
                        .arg(sizeClass.toHtmlEscaped())
                        .arg(m_coverage.establishments(sizeClass));
            for (const QString& domain : grid.domains) {
                const std::optional<qint64> amount = grid.amount(sizeClass, domain);
                html +=
                    QStringLiteral("<td align=\"right\">%1</td>")
                        .arg(amount ? QLocale().toString(double(*amount) / 100000.0, 'f', *amount % 100000 == 0 ? 0 : 1)
                                    : QStringLiteral("—"));
            }
            html += QStringLiteral("</tr>");
        }
        html += QStringLiteral("</table>");
    }
    html += QStringLiteral("<p>%1</p>")
                .arg(m_coverage.withoutClass == 0
                         ? tr("Every establishment has a size class.")
                         : tr("%Ln establishment(s) without a size class get the amount they request.", nullptr,
                              m_coverage.withoutClass));
    return html;
}

} // namespace Palier
