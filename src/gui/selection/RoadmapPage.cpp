// SPDX-License-Identifier: GPL-3.0-or-later
#include "RoadmapPage.h"

#include "ConflictDialog.h"
#include "Formats.h"
#include "MessageBox.h"
#include "MilestoneDialog.h"
#include "RoadmapCommand.h"
#include "RoadmapDialog.h"
#include "RoadmapModel.h"
#include "db/Database.h"
#include "selection/RoadmapExport.h"
#include "selection/Selection.h"

#include <QAction>
#include <QDir>
#include <QFileDialog>
#include <QLocale>
#include <QPushButton>
#include <QSet>
#include <QTableView>
#include <QTextBrowser>
#include <QTextDocument>
#include <QToolButton>
#include <QUndoStack>

#include <algorithm>
#include <memory>

namespace Palier {

RoadmapPage::RoadmapPage(const QString& title, QWidget* parent)
    : TablePage(title, new RoadmapModel, parent)
    , m_roadmap(static_cast<RoadmapModel*>(model()))
    , m_text(new QTextBrowser(this))
    , m_editAction(new QAction(tr("Edit the &Roadmap…"), this))
    , m_addMilestoneAction(new QAction(tr("&Add a Milestone…"), this))
    , m_editMilestoneAction(new QAction(tr("Edit the &Milestone…"), this))
    , m_removeMilestoneAction(new QAction(tr("Remove the Milestone"), this))
    , m_forfaitAction(new QAction(tr("&Forfait Grid…"), this))
    , m_written(std::make_shared<QHash<qint64, qint64>>())
{
    setMainColumn(int(RoadmapModel::Column::Date));
    tableView()->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_text->setObjectName(QStringLiteral("roadmapTextBrowser"));
    m_text->setAccessibleName(tr("Roadmap summary"));
    m_text->setOpenLinks(false);
    m_text->setMinimumWidth(380);
    addSideWidget(m_text);
    auto* exportButton = new QPushButton(tr("&Export…"), this);
    exportButton->setObjectName(QStringLiteral("exportRoadmapButton"));
    exportButton->setToolTip(tr("The roadmap as a PDF or an OpenDocument text the ARS can send"));
    connect(exportButton, &QPushButton::clicked, this, &RoadmapPage::exportDocument);
    addHeaderWidget(exportButton);
    const QList<std::tuple<QAction*, QString, QString>> actions{
        // added right after the title, so in reverse order
        {m_removeMilestoneAction, QStringLiteral("removeMilestoneAction"),
         tr("Removes the selected milestone of the ARS (the programme’s stay)")},
        {m_editMilestoneAction, QStringLiteral("editMilestoneAction"),
         tr("Changes the date or label of the selected milestone of the ARS")},
        {m_addMilestoneAction, QStringLiteral("addMilestoneAction"), tr("Adds a milestone of the ARS to the calendar")},
        {m_forfaitAction, QStringLiteral("forfaitGridAction"),
         tr("The forfait granted per size class of establishment and domain")},
        {m_editAction, QStringLiteral("editRoadmapAction"),
         tr("Edits the correspondent, the envelope, the axes, the planned split and the strategy")}};
    for (const auto& [action, name, tip] : actions) {
        action->setObjectName(name);
        action->setToolTip(tip);
        auto* toolButton = new QToolButton(this);
        toolButton->setDefaultAction(action);
        addHeaderWidget(toolButton);
    }
    connect(m_editAction, &QAction::triggered, this, &RoadmapPage::editRoadmap);
    connect(m_forfaitAction, &QAction::triggered, this, &RoadmapPage::editForfaitGrid);
    connect(m_addMilestoneAction, &QAction::triggered, this, [this] { editMilestone(true); });
    connect(m_editMilestoneAction, &QAction::triggered, this, [this] { editMilestone(false); });
    connect(m_removeMilestoneAction, &QAction::triggered, this, [this] {
        if (const Milestone* milestone = currentMilestone()) {
            removeMilestone(milestone->id);
        }
    });
    connect(tableView(), &QTableView::doubleClicked, this, [this] {
        if (m_editMilestoneAction->isEnabled()) {
            editMilestone(false);
        }
    });
    connect(this, &TablePage::currentRecordChanged, this, &RoadmapPage::updateActions);
    connect(this, &TablePage::reloaded, this, &RoadmapPage::refresh);
    updateActions();
}

const Milestone* RoadmapPage::currentMilestone() const
{
    const QList<qint64> ids = selectedRecordIds();
    const int row = ids.isEmpty() ? -1 : m_roadmap->rowOf(ids.constFirst());
    return row < 0 ? nullptr : &m_roadmap->milestone(row);
}

void RoadmapPage::updateActions()
{
    const bool writable = database() && !database()->isReadOnly();
    const Milestone* milestone = currentMilestone();
    const bool ars = writable && milestone && milestone->source == QLatin1String("ars");
    m_editAction->setEnabled(writable);
    m_forfaitAction->setEnabled(database() != nullptr); // shown read-only on a read-only database
    m_addMilestoneAction->setEnabled(writable);
    m_editMilestoneAction->setEnabled(ars);
    m_removeMilestoneAction->setEnabled(ars);
}

void RoadmapPage::readAgain()
{
    if (!database()) {
        return;
    }
    if (Result<void> loaded = m_roadmap->load(*database()); !loaded) {
        showMessage(loaded.error().message);
    }
    refresh();
}

namespace {

/// The key of the roadmap itself among the versions this page's writes left (milestones go by their id).
constexpr qint64 RoadmapKey = -1;

QString longDate(const QDate& date)
{
    return QLocale().toString(date, QStringLiteral("d MMMM yyyy"));
}

/// One value of the roadmap a conflict can be settled on: how it reads, and how it is taken from a roadmap.
struct RoadmapPart
{
    QString label;
    std::function<QString(const Roadmap&)> key;  ///< exact, to compare
    std::function<QString(const Roadmap&)> text; ///< as shown
    std::function<void(Roadmap& target, const Roadmap& source)> take;
};

QString plainText(const QString& html)
{
    QTextDocument document;
    document.setHtml(html);
    return document.toPlainText().simplified();
}

QString optionalKey(const std::optional<double>& value)
{
    return value ? QString::number(*value, 'g', 17) : QStringLiteral("-");
}

const RoadmapShare* findShare(const Roadmap& roadmap, QuotaKind kind, const QString& code)
{
    for (const RoadmapShare& share : roadmap.shares) {
        if (share.kind == kind && share.code == code) {
            return &share;
        }
    }
    return nullptr;
}

QString shareText(const RoadmapShare* share, qint64 envelopeCents)
{
    if (!share) {
        return RoadmapPage::tr("none");
    }
    const auto value = [share, envelopeCents](const std::optional<double>& v) {
        if (!v) {
            return QStringLiteral("—");
        }
        return share->percent
                   ? RoadmapPage::tr("%1 % (%2)")
                         .arg(QLocale().toString(*v, 'f', 1), Formats::amount(shareCents(*share, *v, envelopeCents)))
                   : Formats::amount(qint64(*v));
    };
    return RoadmapPage::tr("planned %1, minimum %2, maximum %3, weight %4")
        .arg(value(share->planned), value(share->min), value(share->max), QLocale().toString(share->weight));
}

/// Every value of the roadmap that `base`, `theirs` or `yours` hold.
QList<RoadmapPart> roadmapParts(const Roadmap& base, const Roadmap& theirs, const Roadmap& yours)
{
    QList<RoadmapPart> parts{
        {RoadmapPage::tr("Correspondent"), [](const Roadmap& r) { return r.correspondent; },
         [](const Roadmap& r) {
             return r.correspondent.isEmpty() ? RoadmapPage::tr("not named yet") : r.correspondent;
         },
         [](Roadmap& t, const Roadmap& s) { t.correspondent = s.correspondent; }},
        {RoadmapPage::tr("Envelope"), [](const Roadmap& r) { return QString::number(r.envelopeCents); },
         [](const Roadmap& r) { return Formats::amount(r.envelopeCents); },
         [](Roadmap& t, const Roadmap& s) { t.envelopeCents = s.envelopeCents; }},
        {RoadmapPage::tr("Score × domain weight"),
         [](const Roadmap& r) { return QString::number(int(r.weightByDomain)); },
         [](const Roadmap& r) { return r.weightByDomain ? RoadmapPage::tr("yes") : RoadmapPage::tr("no"); },
         [](Roadmap& t, const Roadmap& s) { t.weightByDomain = s.weightByDomain; }},
        {RoadmapPage::tr("DGOS deadline"), [](const Roadmap& r) { return r.dgosDeadline.toString(Qt::ISODate); },
         [](const Roadmap& r) {
             return r.dgosDeadline.isValid() ? longDate(r.dgosDeadline) : RoadmapPage::tr("from the calendar");
         },
         [](Roadmap& t, const Roadmap& s) { t.dgosDeadline = s.dgosDeadline; }},
        {RoadmapPage::tr("Priority axes"),
         [](const Roadmap& r) {
             QStringList axes;
             for (const RoadmapAxis& axis : r.axes) {
                 axes.append(axis.title + u'\x1f' + axis.description + u'\x1f' + axis.domains.join(u','));
             }
             return axes.join(u'\x1e');
         },
         [](const Roadmap& r) {
             QStringList axes;
             for (int n = 0; n < r.axes.size(); ++n) {
                 axes.append(RoadmapPage::tr("%1. %2 (%3)")
                                 .arg(n + 1)
                                 .arg(r.axes.at(n).title, r.axes.at(n).domains.join(QStringLiteral(", "))));
             }
             return axes.isEmpty() ? RoadmapPage::tr("none") : axes.join(QStringLiteral("; "));
         },
         [](Roadmap& t, const Roadmap& s) { t.axes = s.axes; }},
        {RoadmapPage::tr("Strategy"), [](const Roadmap& r) { return r.strategyHtml; },
         [](const Roadmap& r) {
             const QString text = plainText(r.strategyHtml);
             return text.isEmpty() ? RoadmapPage::tr("not written yet") : text;
         },
         [](Roadmap& t, const Roadmap& s) { t.strategyHtml = s.strategyHtml; }},
    };
    QSet<int> years;
    for (const Roadmap* r : {&base, &theirs, &yours}) {
        for (auto it = r->envelopePerYear.cbegin(); it != r->envelopePerYear.cend(); ++it) {
            years.insert(it.key());
        }
    }
    QList<int> sortedYears(years.cbegin(), years.cend());
    std::sort(sortedYears.begin(), sortedYears.end());
    for (const int year : std::as_const(sortedYears)) {
        parts.append({RoadmapPage::tr("Envelope of %1").arg(year),
                      [year](const Roadmap& r) {
                          return r.envelopePerYear.contains(year) ? QString::number(r.envelopePerYear.value(year))
                                                                  : QStringLiteral("-");
                      },
                      [year](const Roadmap& r) {
                          return r.envelopePerYear.contains(year) ? Formats::amount(r.envelopePerYear.value(year))
                                                                  : RoadmapPage::tr("none");
                      },
                      [year](Roadmap& t, const Roadmap& s) {
                          if (s.envelopePerYear.contains(year)) {
                              t.envelopePerYear.insert(year, s.envelopePerYear.value(year));
                          } else {
                              t.envelopePerYear.remove(year);
                          }
                      }});
    }
    QList<QPair<QuotaKind, QString>> shares;
    for (const Roadmap* r : {&base, &theirs, &yours}) {
        for (const RoadmapShare& share : r->shares) {
            if (!shares.contains(qMakePair(share.kind, share.code))) {
                shares.append(qMakePair(share.kind, share.code));
            }
        }
    }
    for (const auto& [kind, code] : std::as_const(shares)) {
        const QString name = kind == QuotaKind::Domain ? code : SelectionTexts::statusName(code);
        parts.append({RoadmapPage::tr("Planned split: %1").arg(name),
                      [kind, code](const Roadmap& r) {
                          const RoadmapShare* share = findShare(r, kind, code);
                          return share ? QStringLiteral("%1 %2 %3 %4 %5")
                                             .arg(int(share->percent))
                                             .arg(optionalKey(share->planned), optionalKey(share->min),
                                                  optionalKey(share->max), QString::number(share->weight, 'g', 17))
                                       : QStringLiteral("-");
                      },
                      [kind, code](const Roadmap& r) { return shareText(findShare(r, kind, code), r.envelopeCents); },
                      [kind, code](Roadmap& t, const Roadmap& s) {
                          t.shares.erase(std::remove_if(t.shares.begin(), t.shares.end(),
                                                        [&](const RoadmapShare& share) {
                                                            return share.kind == kind && share.code == code;
                                                        }),
                                         t.shares.end());
                          if (const RoadmapShare* share = findShare(s, kind, code)) {
                              t.shares.append(*share);
                          }
                      }});
    }
    return parts;
}

} // namespace

Result<void> RoadmapPage::push(const QString& text, std::function<Result<void>(bool)> write,
                               std::function<LastChange()> lastChangeOf)
{
    auto first = std::make_shared<Result<void>>();
    auto runs = std::make_shared<int>(0);
    undoStack()->push(
        new RoadmapCommand(text, std::move(write), [this, text, first, runs, lastChangeOf](const Result<void>& result) {
            const int run = (*runs)++;
            readAgain();
            if (run == 0) {
                *first = result;
                // A conflict on the first write is settled by the caller, with both values.
                if (!result && result.error().code != QLatin1String("db.conflict")) {
                    MessageBox::showError(this, text, result.error());
                }
                return;
            }
            if (result) {
                return;
            }
            const bool undo = run % 2 == 1; // the first run is the push's redo; undo and redo alternate after it
            if (result.error().code != QLatin1String("db.conflict")) {
                MessageBox::showError(this, text, result.error());
                return;
            }
            // Undoing (or redoing) would silently drop a colleague's later change: refused, and said.
            const LastChange last = lastChangeOf ? lastChangeOf() : LastChange{};
            const QString who = last.user.isEmpty() ? tr("someone else") : last.user;
            QString message;
            if (last.at.isValid()) {
                const QDateTime local = last.at.toLocalTime();
                message =
                    (undo ? tr("“%1” was not undone: %2 changed it on %3 at %4, after your change, and undoing "
                               "it would overwrite theirs. The page shows it as it is now.")
                          : tr("“%1” was not redone: %2 changed it on %3 at %4, after the undo, and redoing it "
                               "would overwrite theirs. The page shows it as it is now."))
                        .arg(text, who, longDate(local.date()), QLocale().toString(local.time(), QLocale::ShortFormat));
            } else {
                message = (undo ? tr("“%1” was not undone: %2 changed it after your change, and undoing it would "
                                     "overwrite theirs. The page shows it as it is now.")
                                : tr("“%1” was not redone: %2 changed it after the undo, and redoing it would "
                                     "overwrite theirs. The page shows it as it is now."))
                              .arg(text, who);
            }
            showMessage(message);
        })); // applies it; a failed command is obsolete, and the stack deletes it
    return *first;
}

bool RoadmapPage::applyRoadmap(const Roadmap& roadmap)
{
    return applyRoadmap(m_roadmap->roadmap(), roadmap);
}

bool RoadmapPage::applyRoadmap(const Roadmap& base, const Roadmap& roadmap)
{
    if (!database()) {
        return false;
    }
    const Database* db = database();
    const QString text = tr("Edit the roadmap");
    Roadmap before = base; // what the edit was prepared on, and what an undo gives back
    Roadmap wanted = roadmap;
    for (;;) {
        auto started = std::make_shared<bool>(false);
        const Result<void> written = push(
            text,
            [db, before, wanted, started, versions = m_written](bool forward) -> Result<void> {
                // First on the version the edit was prepared on, then on the one this page's last write left.
                const qint64 expected = *started ? versions->value(RoadmapKey) : before.version;
                Result<qint64> saved = saveRoadmapChecked(*db, forward ? wanted : before, expected);
                if (!saved) {
                    return saved.error();
                }
                versions->insert(RoadmapKey, saved.value());
                *started = true;
                return {};
            },
            [db] { return lastRoadmapChange(*db); });
        if (written) {
            return true;
        }
        if (written.error().code != QLatin1String("db.conflict")) {
            return false;
        }
        Result<Roadmap> current = loadRoadmap(*db);
        if (!current) {
            MessageBox::showError(this, text, current.error());
            return false;
        }
        // Both sides of every value either changed; the user picks one each.
        const QList<RoadmapPart> parts = roadmapParts(before, current.value(), wanted);
        QList<ConflictDialog::Field> fields;
        QList<const RoadmapPart*> shown;
        for (const RoadmapPart& part : parts) {
            const QString base = part.key(before);
            const QString theirs = part.key(current.value());
            const QString yours = part.key(wanted);
            if (theirs == yours) {
                continue;
            }
            fields.append({part.label, theirs, yours, part.text(current.value()), part.text(wanted), theirs != base,
                           yours != base});
            shown.append(&part);
        }
        if (fields.isEmpty()) { // the same values after all: written on the version now read
            before = current.value();
            continue;
        }
        const LastChange last = lastRoadmapChange(*db);
        ConflictDialog dialog(tr("Regional roadmap"), last.user, last.at, fields, this);
        if (dialog.run() != QDialog::Accepted) {
            return false; // nothing written: the page shows theirs
        }
        Roadmap merged = current.value();
        bool anyMine = false;
        for (int i = 0; i < shown.size(); ++i) {
            if (dialog.keepsYours(i)) {
                shown.at(i)->take(merged, wanted);
                anyMine = true;
            }
        }
        if (!anyMine) {
            return false; // theirs is already in the database
        }
        before = current.value();
        wanted = merged;
    }
}

qint64 RoadmapPage::addMilestone(const Milestone& milestone)
{
    if (!database()) {
        return 0;
    }
    const Database* db = database();
    auto id = std::make_shared<qint64>(0);
    const Result<void> added = push(
        tr("Add a milestone"),
        [db, milestone, id, versions = m_written](bool forward) -> Result<void> {
            if (!forward) {
                return Palier::removeMilestone(*db, *id, versions->value(*id));
            }
            Milestone again = milestone;
            again.id = *id; // a redo after an undo takes the same id and version back
            again.version = *id > 0 ? versions->value(*id) : 0;
            Result<qint64> written = Palier::addMilestone(*db, again);
            if (!written) {
                return written.error();
            }
            *id = written.value();
            versions->insert(*id, qMax<qint64>(again.version, 1));
            return {};
        },
        [db, id] { return lastChange(*db, QStringLiteral("milestone"), *id); });
    return added ? *id : 0;
}

bool RoadmapPage::changeMilestone(const Milestone& milestone)
{
    const int row = m_roadmap->rowOf(milestone.id);
    return row >= 0 && changeMilestone(m_roadmap->milestone(row), milestone);
}

bool RoadmapPage::changeMilestone(const Milestone& base, const Milestone& milestone)
{
    if (!database() || base.id != milestone.id) {
        return false;
    }
    const Database* db = database();
    const QString text = tr("Edit a milestone");
    Milestone before = base;
    Milestone wanted = milestone;
    for (;;) {
        auto started = std::make_shared<bool>(false);
        const Result<void> written = push(
            text,
            [db, before, wanted, started, versions = m_written](bool forward) -> Result<void> {
                Milestone write = forward ? wanted : before;
                write.version = *started ? versions->value(before.id) : before.version;
                Result<qint64> saved = updateMilestoneVersioned(*db, write);
                if (!saved) {
                    return saved.error();
                }
                versions->insert(before.id, saved.value());
                *started = true;
                return {};
            },
            [db, id = milestone.id] { return lastChange(*db, QStringLiteral("milestone"), id); });
        if (written) {
            return true;
        }
        if (written.error().code != QLatin1String("db.conflict")) {
            return false;
        }
        const int now = m_roadmap->rowOf(milestone.id); // read again by push()
        if (now < 0) {
            return false;
        }
        const Milestone current = m_roadmap->milestone(now);
        QList<ConflictDialog::Field> fields;
        if (current.dueOn != wanted.dueOn) {
            fields.append({tr("Date"), current.dueOn, wanted.dueOn, longDate(current.dueOn), longDate(wanted.dueOn),
                           current.dueOn != before.dueOn, wanted.dueOn != before.dueOn});
        }
        if (current.label != wanted.label.trimmed()) {
            fields.append({tr("Label"), current.label, wanted.label.trimmed(), current.label, wanted.label.trimmed(),
                           current.label != before.label, wanted.label.trimmed() != before.label});
        }
        Milestone merged = current;
        if (!fields.isEmpty()) {
            const LastChange last = lastChange(*db, QStringLiteral("milestone"), milestone.id);
            ConflictDialog dialog(current.label, last.user, last.at, fields, this);
            if (dialog.run() != QDialog::Accepted) {
                return false;
            }
            bool anyMine = false;
            for (int i = 0; i < fields.size(); ++i) {
                if (!dialog.keepsYours(i)) {
                    continue;
                }
                anyMine = true;
                if (fields.at(i).theirs.metaType().id() == QMetaType::QDate) {
                    merged.dueOn = wanted.dueOn;
                } else {
                    merged.label = wanted.label.trimmed();
                }
            }
            if (!anyMine) {
                return false;
            }
        }
        before = current;
        wanted = merged;
    }
}

bool RoadmapPage::removeMilestone(qint64 id)
{
    const int row = m_roadmap->rowOf(id);
    if (!database() || row < 0) {
        return false;
    }
    const Database* db = database();
    const Milestone before = m_roadmap->milestone(row);
    auto started = std::make_shared<bool>(false);
    const Result<void> removed = push(
        tr("Remove a milestone"),
        [db, before, started, versions = m_written](bool forward) -> Result<void> {
            if (forward) {
                const qint64 expected = *started ? versions->value(before.id) : before.version;
                if (Result<void> gone = Palier::removeMilestone(*db, before.id, expected); !gone) {
                    return gone;
                }
                versions->insert(before.id, expected); // what an undo gives back
                *started = true;
                return {};
            }
            Milestone again = before;
            again.version = versions->value(before.id); // given back as it was removed
            Result<qint64> written = Palier::addMilestone(*db, again);
            return written ? Result<void>() : Result<void>(written.error());
        },
        [db, id] { return lastChange(*db, QStringLiteral("milestone"), id); });
    if (!removed && removed.error().code == QLatin1String("db.conflict")) {
        // Changed since it was shown: not removed; say so, the page shows it as it is now.
        MessageBox::showError(this, tr("Remove a milestone"), removed.error());
    }
    return removed.ok();
}

void RoadmapPage::editRoadmap()
{
    if (!database()) {
        return;
    }
    Result<QList<RoadmapDomain>> domains = loadRoadmapDomains(*database());
    if (!domains) {
        MessageBox::showError(this, tr("Edit the Roadmap"), domains.error());
        return;
    }
    // What the dialog starts from, kept: the page may be read again while it is open (a colleague's change).
    const Roadmap base = m_roadmap->roadmap();
    RoadmapDialog dialog(base, domains.value(), this);
    if (dialog.exec() == QDialog::Accepted) {
        applyRoadmap(base, dialog.roadmap());
    }
}

void RoadmapPage::editMilestone(bool adding)
{
    const Milestone* current = currentMilestone();
    if (!database() || (!adding && !current)) {
        return;
    }
    // What the dialog starts from, kept: the page may be read again while it is open (a colleague's change).
    const Milestone base = adding ? Milestone{QDate::currentDate(), {}, QStringLiteral("ars")} : *current;
    MilestoneDialog dialog(base, this);
    if (dialog.exec() != QDialog::Accepted) {
        return;
    }
    if (adding) {
        if (const qint64 id = addMilestone(dialog.milestone())) {
            selectRecord(id);
        }
    } else {
        changeMilestone(base, dialog.milestone());
    }
}

void RoadmapPage::exportDocument()
{
    if (!database()) {
        return;
    }
    const QString path =
        QFileDialog::getSaveFileName(this, tr("Export the Roadmap"), QDir::home().filePath(tr("roadmap.pdf")),
                                     tr("PDF documents (*.pdf);;OpenDocument texts (*.odt)"));
    if (path.isEmpty()) {
        return;
    }
    if (Result<QString> written = exportRoadmap(*database(), path, QDate::currentDate()); !written) {
        MessageBox::showError(this, tr("Cannot Export the Roadmap"), written.error());
    }
}

QString RoadmapPage::roadmapHtml() const
{
    const Roadmap& r = m_roadmap->roadmap();
    if (!database()) {
        return {};
    }
    const auto escaped = [](const QString& text) { return text.toHtmlEscaped(); };
    QString html =
        QStringLiteral("<h3>%1</h3><p>%2</p>")
            .arg(tr("Correspondent"), r.correspondent.isEmpty() ? tr("not named yet") : escaped(r.correspondent));
    html += QStringLiteral("<h3>%1</h3><p>%2</p>").arg(tr("Envelope"), Formats::amount(r.envelopeCents));
    if (!r.envelopePerYear.isEmpty()) {
        html += QStringLiteral("<table cellspacing=\"0\" cellpadding=\"3\">");
        for (auto it = r.envelopePerYear.cbegin(); it != r.envelopePerYear.cend(); ++it) {
            html += QStringLiteral("<tr><td>%1</td><td align=\"right\">%2</td></tr>")
                        .arg(it.key())
                        .arg(Formats::amount(it.value()));
        }
        html += QStringLiteral("</table>");
    }
    html += QStringLiteral("<h3>%1</h3>").arg(tr("Priority axes"));
    if (r.axes.isEmpty()) {
        html += QStringLiteral("<p>%1</p>").arg(tr("No axis yet."));
    }
    for (int n = 0; n < r.axes.size(); ++n) {
        const RoadmapAxis& axis = r.axes.at(n);
        html += QStringLiteral("<p><b>%1. %2</b> (%3)<br>%4</p>")
                    .arg(n + 1)
                    .arg(escaped(axis.title), axis.domains.join(QStringLiteral(", ")), escaped(axis.description));
    }
    html += QStringLiteral("<h3>%1</h3><table cellspacing=\"0\" cellpadding=\"3\"><tr><th align=\"left\">%2</th>"
                           "<th>%3</th><th>%4</th><th>%5</th></tr>")
                .arg(tr("Planned split"), tr("Share"), tr("Planned"), tr("Minimum"), tr("Maximum"));
    for (const RoadmapShare& share : r.shares) {
        const auto value = [&share, &r](const std::optional<double>& v) {
            if (!v) {
                return QStringLiteral("—");
            }
            const QString text = share.percent ? tr("%1 % (%2)")
                                                     .arg(QLocale().toString(*v, 'f', 1),
                                                          Formats::amount(shareCents(share, *v, r.envelopeCents)))
                                               : Formats::amount(qint64(*v));
            // Qt lays out the narrow no-break space of French numbers as a break opportunity: a plain no-break
            // space keeps "2 823 600 €" on one line.
            return QString(text).replace(QChar(0x202F), QChar(0x00A0));
        };
        html += QStringLiteral("<tr><td>%1</td><td align=\"right\" nowrap>%2</td><td align=\"right\" nowrap>%3</td>"
                               "<td align=\"right\" nowrap>%4</td></tr>")
                    .arg(share.kind == QuotaKind::Domain ? share.code : SelectionTexts::statusName(share.code),
                         value(share.planned), value(share.min), value(share.max));
    }
    html += QStringLiteral("</table>") + forfaitHtml();
    html += QStringLiteral("<h3>%1</h3>").arg(tr("Strategy for the financing lever"));
    html += r.strategyHtml.isEmpty() ? QStringLiteral("<p>%1</p>").arg(tr("Not written yet.")) : r.strategyHtml;
    return html;
}

void RoadmapPage::refresh()
{
    m_forfaitGrid = {};
    m_coverage = {};
    if (database()) {
        Result<ForfaitGrid> grid = loadForfaitGrid(*database());
        Result<SizeClassCoverage> coverage = loadSizeClassCoverage(*database());
        if (!grid || !coverage) {
            showMessage((grid ? coverage.error() : grid.error()).message);
        } else {
            m_forfaitGrid = grid.value();
            m_coverage = coverage.value();
        }
    }
    m_text->setHtml(roadmapHtml());
    updateActions();
}

} // namespace Palier
