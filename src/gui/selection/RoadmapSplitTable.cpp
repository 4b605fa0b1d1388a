// SPDX-License-Identifier: GPL-3.0-or-later
#include "RoadmapSplitTable.h"

#include "selection/Selection.h"

#include <QComboBox>
#include <QHeaderView>
#include <QLocale>
#include <QRegularExpression>

#include <cmath>

namespace Palier {

namespace {

enum SplitColumn { Name, Unit, Planned, Minimum, Maximum, Weight, SplitColumns };
constexpr int KindRole = Qt::UserRole;
constexpr int CodeRole = Qt::UserRole + 1;

} // namespace

std::optional<double> RoadmapNumbers::parse(QString text, bool* ok)
{
    text.remove(QRegularExpression(QStringLiteral("[\\s\\x{00A0}\\x{202F}%€]")));
    *ok = true;
    if (text.isEmpty()) {
        return std::nullopt;
    }
    double value = QLocale().toDouble(text, ok);
    if (!*ok) { // "12,5" typed under another locale, or "12.5" under a French one
        value = QLocale::c().toDouble(text.replace(QLatin1Char(','), QLatin1Char('.')), ok);
    }
    return *ok ? std::optional<double>(value) : std::nullopt;
}

QString RoadmapNumbers::text(const std::optional<double>& value, bool percent)
{
    if (!value) {
        return {};
    }
    const double shown = percent ? *value : *value / 100.0; // cents are typed as euros
    return QLocale().toString(shown, 'f', shown == std::floor(shown) ? 0 : 2);
}

RoadmapSplitTable::RoadmapSplitTable(const QList<RoadmapDomain>& domains, const QList<RoadmapShare>& shares,
                                     QWidget* parent)
    : QTableWidget(0, SplitColumns, parent)
{
    setObjectName(QStringLiteral("splitTableWidget"));
    setAccessibleName(tr("Planned split per domain and status"));
    setHorizontalHeaderLabels(
        {tr("Domain or status"), tr("Unit"), tr("Planned"), tr("Minimum"), tr("Maximum"), tr("Weight")});
    verticalHeader()->hide();
    QList<RoadmapShare> rows;
    for (const RoadmapDomain& domain : domains) {
        rows.append({QuotaKind::Domain, domain.code, true, {}, {}, {}, 1});
    }
    for (const QString& status : roadmapStatusCodes()) {
        rows.append({QuotaKind::Status, status, true, {}, {}, {}, 1});
    }
    for (const RoadmapShare& share : shares) {
        auto same = [&share](const RoadmapShare& row) { return row.kind == share.kind && row.code == share.code; };
        if (auto it = std::find_if(rows.begin(), rows.end(), same); it != rows.end()) {
            *it = share;
        } else {
            rows.append(share);
        }
    }
    for (const RoadmapShare& share : std::as_const(rows)) {
        addShareRow(share, domains);
    }
    resizeColumnsToContents();
    horizontalHeader()->setSectionResizeMode(Name, QHeaderView::Stretch);
    connect(this, &QTableWidget::itemChanged, this, &RoadmapSplitTable::changed);
}

void RoadmapSplitTable::addShareRow(const RoadmapShare& share, const QList<RoadmapDomain>& domains)
{
    const int row = rowCount();
    insertRow(row);
    const bool domain = share.kind == QuotaKind::Domain;
    auto* name = new QTableWidgetItem(domain ? share.code : SelectionTexts::statusName(share.code));
    name->setData(KindRole, int(share.kind));
    name->setData(CodeRole, share.code);
    name->setFlags(Qt::ItemIsEnabled);
    for (const RoadmapDomain& d : domains) {
        if (domain && d.code == share.code) {
            name->setText(QStringLiteral("%1 — %2").arg(d.code, d.label));
        }
    }
    setItem(row, Name, name);
    auto* unit = new QComboBox(this);
    unit->addItem(tr("% of the envelope"));
    unit->addItem(tr("€"));
    unit->setCurrentIndex(share.percent ? 0 : 1);
    connect(unit, &QComboBox::currentIndexChanged, this, [this, unit](int index) {
        convertRow(unit, index == 0);
        Q_EMIT changed();
    });
    setCellWidget(row, Unit, unit);
    setItem(row, Planned, new QTableWidgetItem(RoadmapNumbers::text(share.planned, share.percent)));
    setItem(row, Minimum, new QTableWidgetItem(RoadmapNumbers::text(share.min, share.percent)));
    setItem(row, Maximum, new QTableWidgetItem(RoadmapNumbers::text(share.max, share.percent)));
    auto* weight = new QTableWidgetItem(domain ? QLocale().toString(share.weight) : QString());
    if (!domain) {
        weight->setFlags(Qt::ItemIsEnabled); // weights are per domain only
    }
    setItem(row, Weight, weight);
}

QList<RoadmapShare> RoadmapSplitTable::shares() const
{
    QList<RoadmapShare> result;
    for (int row = 0; row < rowCount(); ++row) {
        RoadmapShare share;
        share.kind = QuotaKind(item(row, Name)->data(KindRole).toInt());
        share.code = item(row, Name)->data(CodeRole).toString();
        share.percent = static_cast<QComboBox*>(cellWidget(row, Unit))->currentIndex() == 0;
        bool ok = true;
        const auto value = [&](int column) {
            std::optional<double> v = RoadmapNumbers::parse(item(row, column)->text(), &ok);
            return v && !share.percent ? std::optional<double>(std::round(*v * 100.0)) : v; // € typed, cents kept
        };
        share.planned = value(Planned);
        share.min = value(Minimum);
        share.max = value(Maximum);
        share.weight = RoadmapNumbers::parse(item(row, Weight)->text(), &ok).value_or(1);
        if (share.planned || share.min || share.max || share.weight != 1) {
            result.append(share);
        }
    }
    return result;
}

QStringList RoadmapSplitTable::problems() const
{
    QStringList problems;
    for (int row = 0; row < rowCount(); ++row) {
        for (int column : {Planned, Minimum, Maximum, Weight}) {
            bool ok = true;
            const QString text = item(row, column) ? item(row, column)->text() : QString();
            RoadmapNumbers::parse(text, &ok);
            if (!ok) {
                problems.append(tr("“%1” is not a number (%2).").arg(text, item(row, Name)->text()));
            }
        }
    }
    return problems;
}

void RoadmapSplitTable::convertRow(QWidget* unit, bool toPercent)
{
    // The same amount in the other unit, so that switching does not silently change the split.
    for (int row = 0; row < rowCount(); ++row) {
        if (cellWidget(row, Unit) != unit) {
            continue;
        }
        const QSignalBlocker blocker(this);
        for (int column : {Planned, Minimum, Maximum}) {
            bool ok = true;
            const std::optional<double> value = RoadmapNumbers::parse(item(row, column)->text(), &ok);
            if (!value || !ok) {
                continue;
            }
            if (toPercent && m_envelope <= 0) {
                item(row, column)->setText(QString()); // no envelope: no share of it
            } else if (toPercent) {
                item(row, column)
                    ->setText(RoadmapNumbers::text(std::round(*value * 10000.0 / m_envelope) / 100.0, true));
            } else {
                item(row, column)->setText(RoadmapNumbers::text(std::round(m_envelope * *value), false)); // cents
            }
        }
    }
}

} // namespace Palier
