// SPDX-License-Identifier: GPL-3.0-or-later
#include "BreakdownModel.h"

#include "NationalShares.h"
#include "db/Database.h"
#include "selection/Selection.h"

#include <QSqlQuery>

namespace Palier {

namespace {

QString breakdownSql(BreakdownModel::Dimension dimension)
{
    // Every domain of the programme and every status is listed, with or without files; departments only with files.
    switch (dimension) {
    case BreakdownModel::Dimension::Domain:
        return QStringLiteral(
            "SELECT d.code, d.label, count(c.id), coalesce(sum(c.requested_cents), 0), "
            "coalesce(sum(p.granted_cents), 0) FROM domain d JOIN campaign k ON k.programme_id = d.programme_id "
            "LEFT JOIN candidature c ON c.domain_id = d.id LEFT JOIN project p ON p.candidature_id = c.id "
            "GROUP BY d.id ORDER BY d.sort_order, d.code");
    case BreakdownModel::Dimension::Status:
        return QStringLiteral(
            "SELECT s.code, s.label, coalesce(t.files, 0), coalesce(t.requested, 0), coalesce(t.granted, 0) "
            "FROM legal_status s LEFT JOIN (SELECT e.legal_status AS status, count(*) AS files, "
            "  sum(c.requested_cents) AS requested, sum(coalesce(p.granted_cents, 0)) AS granted "
            "  FROM candidature c JOIN establishment e ON e.id = c.establishment_id "
            "  LEFT JOIN project p ON p.candidature_id = c.id GROUP BY e.legal_status) t ON t.status = s.code "
            "ORDER BY s.sort_order");
    case BreakdownModel::Dimension::Department:
        return QStringLiteral(
            "SELECT e.department_code, coalesce(dep.name, ''), count(*), sum(c.requested_cents), "
            "sum(coalesce(p.granted_cents, 0)) FROM candidature c JOIN establishment e ON e.id = c.establishment_id "
            "LEFT JOIN department dep ON dep.code = e.department_code LEFT JOIN project p ON p.candidature_id = c.id "
            "GROUP BY e.department_code ORDER BY count(*) DESC, e.department_code");
    }
    return {};
}

// The status under its bar: the full names do not fit.
QString shortStatusName(const QString& code)
{
    if (code == QLatin1String("public")) {
        return BreakdownModel::tr("Public");
    }
    if (code == QLatin1String("prive_lucratif")) {
        return BreakdownModel::tr("For-profit");
    }
    if (code == QLatin1String("prive_non_lucratif")) {
        return BreakdownModel::tr("Non-profit");
    }
    if (code == QLatin1String("clcc")) {
        return BreakdownModel::tr("CLCC");
    }
    return code;
}

std::optional<NationalShares> campaignShares(const Database& db)
{
    QSqlQuery query(db.connection());
    if (query.exec(QStringLiteral("SELECT p.code FROM campaign c JOIN programme p ON p.id = c.programme_id")) &&
        query.next()) {
        return NationalShares::forProgramme(query.value(0).toString());
    }
    return std::nullopt;
}

} // namespace

BreakdownModel::BreakdownModel(Dimension dimension, QObject* parent)
    : DashboardTableModel(parent)
    , m_dimension(dimension)
{
    updateColumns();
}

void BreakdownModel::updateColumns()
{
    const bool status = m_dimension == Dimension::Status;
    QString code = tr("Domain");
    if (m_dimension == Dimension::Status) {
        code = tr("Status");
    } else if (m_dimension == Dimension::Department) {
        code = tr("Department");
    }
    setColumns({
        {code, Kind::Text},
        {tr("Name"), Kind::Text},
        {tr("Files"), Kind::Count, tr("Candidatures received")},
        {tr("Requested"), Kind::Amount, tr("Amount requested by the candidatures")},
        {tr("Granted"), Kind::Amount, tr("Amount granted to the funded projects")},
        {tr("Files, region"), Kind::Percent, tr("Share of the region's candidatures")},
        {status ? tr("Estab., national") : tr("Files, national"), Kind::Percent,
         status ? tr("Share of the establishments preselected nationally")
                : tr("Share of the candidatures received "
                     "nationally")},
        {m_sharesGranted ? tr("Granted, region") : tr("Requested, region"), Kind::Percent,
         m_sharesGranted ? tr("Share of the amounts granted in the region")
                         : tr("Share of the amounts requested in the region (no project funded yet)")},
        {tr("Funding, national"), Kind::Percent, tr("Share of the funding granted nationally")},
    });
}

Result<void> BreakdownModel::load(const Database& db)
{
    clear();
    QSqlQuery query(db.connection());
    query.setForwardOnly(true);
    if (!query.exec(breakdownSql(m_dimension))) {
        return sqlError(tr("Cannot count the candidatures of this database."), query);
    }
    struct Raw
    {
        QString code;
        QString label;
        qint64 files = 0;
        qint64 requested = 0;
        qint64 granted = 0;
    };
    QList<Raw> raws;
    qint64 files = 0;
    qint64 requested = 0;
    qint64 granted = 0;
    while (query.next()) {
        Raw raw{query.value(0).toString(), query.value(1).toString(), query.value(2).toLongLong(),
                query.value(3).toLongLong(), query.value(4).toLongLong()};
        if (m_dimension == Dimension::Status) {
            raw.label = SelectionTexts::statusName(raw.code);
        } else if (m_dimension == Dimension::Department && raw.code.isEmpty()) {
            raw.label = tr("no department");
        }
        files += raw.files;
        requested += raw.requested;
        granted += raw.granted;
        raws.append(raw);
    }
    const std::optional<NationalShares> national =
        m_dimension == Dimension::Department ? std::nullopt : campaignShares(db);
    const bool byDomain = m_dimension == Dimension::Domain;
    m_sharesGranted = granted > 0;
    updateColumns();
    QList<Row> rows;
    for (const Raw& raw : raws) {
        QVariantList values(int(Column::Count));
        values[int(Column::Code)] = m_dimension == Dimension::Status ? shortStatusName(raw.code) : raw.code;
        values[int(Column::Label)] = raw.label;
        values[int(Column::Candidatures)] = raw.files;
        values[int(Column::Requested)] = euros(raw.requested);
        values[int(Column::Granted)] = euros(raw.granted);
        values[int(Column::CandidatureShare)] = percent(double(raw.files), double(files));
        values[int(Column::AmountShare)] = m_sharesGranted ? percent(double(raw.granted), double(granted))
                                                           : percent(double(raw.requested), double(requested));
        // A share nobody published stays empty: the chart draws no bar rather than a false zero.
        if (national) {
            const auto& candidatures = byDomain ? national->candidaturesByDomain : national->establishmentsByStatus;
            const auto& funding = byDomain ? national->fundingByDomain : national->fundingByStatus;
            if (candidatures.contains(raw.code)) {
                values[int(Column::NationalCandidatureShare)] = candidatures.value(raw.code);
            }
            if (funding.contains(raw.code)) {
                values[int(Column::NationalFundingShare)] = funding.value(raw.code);
            }
        }
        rows.append({raw.code, values});
    }
    setRows(rows);
    Q_EMIT headerDataChanged(Qt::Horizontal, 0, int(Column::Count) - 1);
    return {};
}

} // namespace Palier
